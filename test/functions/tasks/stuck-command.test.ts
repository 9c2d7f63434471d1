import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalHostRegistry } from '../../../functions/adapters/local/local-host-registry.js';
import { LocalHostRunner } from '../../../functions/adapters/local/local-host-runner.js';
import type { Actor } from '../../../shared/platform/actor.js';
import type { Task } from '../../../shared/tasks/model.js';
import type { CommandRunner } from '../../../shared/tasks/ports.js';
import {
  applyCommandStatus,
  cancelTask,
  dispatchTask,
  listDeadLetters,
  redriveTask,
  releaseDueTasks,
  requestTask,
} from '../../../shared/tasks/tasks.js';
import { createTestTable, type TestTable } from '../../support/dynamo.js';
import { type TaskTestDeps, taskTestDeps } from '../../support/task-deps.js';

/**
 * A task whose host went quiet: the command's final status never arrives (the local stack died, the
 * agent stopped, the event was lost). The minute job resolves it by its deadline — from the runner's
 * answer if it has a final one, else as timed out into the operators' dead-letter view — and an
 * operator can redrive it. DynamoDB Local; the runner is a stand-in whose answer each test sets.
 */
let table: TestTable;
let deps: TaskTestDeps;
let now = new Date('2027-01-04T10:00:00Z');
let answer: () => Promise<string> = async () => 'InProgress';
let commands = 0;
const enqueued: string[] = [];
const tenantId = 'tenant-quiet';
const admin: Actor = { userId: 'u1', email: 'admin@example.org', roles: ['customer-admin'], tenantId };
const operator: Actor = { userId: 'op', email: 'op@opsdesk.local', roles: ['operator'], tenantId: null };
/** disk-report: a 120 s time limit; SendCommand may wait as long again for delivery, plus the 10-minute margin. */
const DEADLINE_MS = 2 * 120_000 + 10 * 60_000;

const runner: CommandRunner = {
  send: async () => ({ commandId: `quiet-cmd-${++commands}` }),
  status: () => answer(),
  output: async () => ({ stdout: 'partial', stderr: '' }),
};

beforeAll(async () => {
  table = await createTestTable();
  deps = await taskTestDeps(table, {
    tenant: { id: tenantId, name: 'Quiet Verein' },
    admin,
    hosts: [1, 2, 3, 4, 5, 6].map((n) => ({ id: `mi-0000000000000b00${n}` })),
    runner,
    queue: { enqueue: async (task) => void enqueued.push(task.taskId) },
    clock: { now: () => now },
  });
});

const at = (instant: number | string) => {
  now = new Date(instant);
};
const reload = async (task: Task) => (await deps.tasks.get(tenantId, task.id)) as Task;
const release = () => releaseDueTasks(deps);
/** Requests a disk report on `hostId` and sends it; the runner then says InProgress (the task is running). */
const sendOn = async (hostId: string, start: string) => {
  at(start);
  answer = async () => 'InProgress';
  const task = await requestTask(deps, admin, { typeId: 'disk-report', hostId, params: {} });
  expect(await dispatchTask(deps, { tenantId, taskId: task.id })).toBe('dispatched');
  const sent = await reload(task);
  await applyCommandStatus(deps, {
    commandId: sent.commandId ?? '',
    instanceId: hostId,
    status: 'InProgress',
    at: now.toISOString(),
  });
  const running = await reload(task);
  expect(running.status).toBe('running');
  return { task: running, sentAt: Date.parse(start) };
};
const hostIsFree = async (hostId: string) =>
  deps.locks.acquire({ tenantId, hostId, taskId: `probe-${hostId}`, until: now.toISOString(), now: now.toISOString() });
const usageOf = async (task: Task) =>
  (await table.items()).filter((item) => item.entity === 'usage' && item.sourceId === task.id);
const auditOf = async (task: Task) =>
  (await table.items())
    .filter((item) => item.entity === 'audit' && (item.target as { id?: string } | undefined)?.id === task.id)
    .map((item) => item.action);

describe('a running task whose host went quiet', () => {
  it('is looked at before its deadline, and a failing status call there is only retried', async () => {
    const host = 'mi-0000000000000b001';
    const { task, sentAt } = await sendOn(host, '2027-01-04T10:00:00Z');
    const first = Date.parse(task.nextCheckAt ?? '');
    expect(first).toBeLessThan(sentAt + DEADLINE_MS);

    at(first + 1000);
    answer = async () => Promise.reject(Object.assign(new Error('no invocation'), { name: 'InvocationDoesNotExist' }));
    await release();
    const still = await reload(task);
    expect(still.status).toBe('running');
    expect(still.deadLetteredAt).toBeNull();
    // The minute job keeps looking: the next check is ahead, and not after the deadline.
    expect(Date.parse(still.nextCheckAt ?? '')).toBeGreaterThan(now.getTime());
    expect(Date.parse(still.nextCheckAt ?? '')).toBeLessThanOrEqual(sentAt + DEADLINE_MS);
  });

  it('past its deadline while the runner still says InProgress: timed out, host freed, dead-lettered, audited, not billed', async () => {
    const host = 'mi-0000000000000b002';
    const { task, sentAt } = await sendOn(host, '2027-01-05T10:00:00Z');
    // The runner never has anything else to say; the minute job comes round until the deadline.
    for (let guard = 0; guard < 10; guard++) {
      const current = await reload(task);
      if (!current.nextCheckAt) break;
      at(Date.parse(current.nextCheckAt) + 1000);
      await release();
    }
    expect(now.getTime()).toBeGreaterThanOrEqual(sentAt + DEADLINE_MS);
    const timedOut = await reload(task);
    expect(timedOut).toMatchObject({ status: 'timed_out', nextCheckAt: null });
    expect(timedOut.deadLetteredAt).not.toBeNull();
    expect(timedOut.lastError).toMatch(/no final status/i);
    expect(timedOut.history.at(-1)).toMatchObject({ status: 'timed_out', by: 'opsdesk' });
    expect(await hostIsFree(host)).toEqual({ acquired: true });
    const dead = await listDeadLetters(deps, { limit: 200 });
    expect(dead.items.map((item) => item.id)).toContain(task.id);
    expect(await auditOf(task)).toContain('task.timed_out');
    expect(await usageOf(task)).toEqual([]);
    // Finished: the customer can no longer cancel it.
    expect((await cancelTask(deps, admin, task.id).catch((error) => error)).code).toBe('STATE.CONFLICT');
  });

  it('past its deadline with a failing status call (SSM no longer knows the command): timed out', async () => {
    const host = 'mi-0000000000000b003';
    const { task, sentAt } = await sendOn(host, '2027-01-06T10:00:00Z');
    at(sentAt + DEADLINE_MS + 60_000);
    answer = async () => Promise.reject(Object.assign(new Error('no invocation'), { name: 'InvocationDoesNotExist' }));
    await release();
    const timedOut = await reload(task);
    expect(timedOut.status).toBe('timed_out');
    expect(timedOut.deadLetteredAt).not.toBeNull();
    expect(timedOut.lastError).toMatch(/no invocation/);
    expect(await hostIsFree(host)).toEqual({ acquired: true });
  });

  it('a final status the runner has by then wins over the deadline', async () => {
    const host = 'mi-0000000000000b004';
    const { task, sentAt } = await sendOn(host, '2027-01-07T10:00:00Z');
    at(sentAt + DEADLINE_MS + 60_000);
    answer = async () => 'Success';
    await release();
    expect((await reload(task)).status).toBe('succeeded');
    expect(await usageOf(task)).toHaveLength(1);
  });

  it('an operator redrives a timed-out task: queued again, sent anew, and the old command no longer concerns it', async () => {
    const host = 'mi-0000000000000b005';
    const { task, sentAt } = await sendOn(host, '2027-01-08T10:00:00Z');
    const oldCommand = task.commandId ?? '';
    at(sentAt + DEADLINE_MS + 60_000);
    await release();
    expect((await reload(task)).status).toBe('timed_out');

    enqueued.length = 0;
    const redriven = await redriveTask(deps, operator, task.id);
    expect(redriven).toMatchObject({ status: 'queued', deadLetteredAt: null, commandId: null, lastError: null });
    expect(enqueued).toEqual([task.id]);
    expect((await listDeadLetters(deps, { limit: 200 })).items.map((item) => item.id)).not.toContain(task.id);
    expect(await auditOf(task)).toContain('task.redriven');

    expect(await dispatchTask(deps, { tenantId, taskId: task.id })).toBe('dispatched');
    const resent = await reload(task);
    expect(resent.commandId).not.toBe(oldCommand);
    // The first command's final status arriving late changes nothing, and leaves the new command's host lock alone.
    expect(
      await applyCommandStatus(deps, {
        commandId: oldCommand,
        instanceId: host,
        status: 'Success',
        at: now.toISOString(),
      }),
    ).toBe('ignored');
    expect(await reload(task)).toMatchObject({ status: 'queued', commandId: resent.commandId });
    expect(await hostIsFree(host)).toMatchObject({ acquired: false });
  });

  it('SSM’s own TimedOut also lands in the dead-letter view, where it can be redriven', async () => {
    const host = 'mi-0000000000000b001';
    at('2027-01-09T10:00:00Z');
    // The first scenario's task still holds this host: let it finish.
    for (const item of (await deps.tasks.listOpen({ limit: 200 })).items) {
      if (item.hostId === host && item.commandId)
        await applyCommandStatus(deps, {
          commandId: item.commandId,
          instanceId: host,
          status: 'Failed',
          at: now.toISOString(),
        });
    }
    const { task } = await sendOn(host, '2027-01-09T10:00:00Z');
    await applyCommandStatus(deps, {
      commandId: task.commandId ?? '',
      instanceId: host,
      status: 'TimedOut',
      at: now.toISOString(),
    });
    const timedOut = await reload(task);
    expect(timedOut.status).toBe('timed_out');
    expect(timedOut.deadLetteredAt).not.toBeNull();
    expect((await redriveTask(deps, operator, task.id)).status).toBe('queued');
  });

  it('in the local stack: a command whose runner process died is resolved from the runner’s file, and can be redriven', async () => {
    const host = 'mi-0000000000000b006';
    const dir = mkdtempSync(join(tmpdir(), 'opsdesk-quiet-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const registry = new LocalHostRegistry(dir);
    registry.update((state) => {
      state.hosts.push({ id: host, tenantId, name: 'web', registeredAt: now.toISOString() });
    });
    const { task } = await sendOn(host, '2027-01-10T10:00:00Z');
    // The stack that sent it died while the command ran: its result file says InProgress, owned by a process that is gone.
    mkdirSync(join(dir, 'commands'), { recursive: true });
    writeFileSync(
      join(dir, 'commands', `${task.commandId}.json`),
      JSON.stringify({
        commandId: task.commandId,
        hostId: host,
        documentName: 'Opsdesk-DiskReport',
        status: 'InProgress',
        exitCode: null,
        stdout: '== File systems ==\n',
        stderr: '',
        requestedAt: now.toISOString(),
        finishedAt: null,
        owner: { pid: spawnSync('/bin/true').pid, runId: 'the-stack-that-died' },
        timeoutSeconds: 120,
      }),
    );
    const localRunner = new LocalHostRunner({ registry, emit: async () => undefined, now: () => now });
    // The restarted stack's minute job, at the task's first check (before the deadline).
    at(Date.parse(task.nextCheckAt ?? '') + 1000);
    await releaseDueTasks({ ...deps, runner: localRunner });
    const resolved = await reload(task);
    expect(resolved).toMatchObject({ status: 'timed_out', nextCheckAt: null });
    expect(resolved.deadLetteredAt).not.toBeNull();
    expect(resolved.output?.excerpt).toMatch(/local stack stopped while this command ran/);
    expect(await hostIsFree(host)).toEqual({ acquired: true });
    expect((await redriveTask(deps, operator, task.id)).status).toBe('queued');
  });
});
