import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/platform/actor.js';
import type { Task } from '../../../shared/tasks/model.js';
import type { CommandRunner, SendCommandInput } from '../../../shared/tasks/ports.js';
import {
  applyCommandStatus,
  cancelTask,
  deadLetterTask,
  dispatchTask,
  redriveTask,
  releaseDueTasks,
  requestTask,
} from '../../../shared/tasks/tasks.js';
import { createTestTable, type TestTable } from '../../support/dynamo.js';
import { type TaskTestDeps, taskTestDeps } from '../../support/task-deps.js';

/**
 * One command at a time per host: the FIFO queue orders dispatches, and the host lock (DynamoDB
 * Local) holds the host from SendCommand to the command's final status.
 */
let table: TestTable;
let deps: TaskTestDeps;
const sent: SendCommandInput[] = [];
const enqueued: { taskId: string; version: number }[] = [];
let now = new Date('2026-11-23T10:00:00Z');
const tenantId = 'tenant-lock';
const hostId = 'mi-0000000000000a001';
const admin: Actor = { userId: 'u1', email: 'admin@example.org', roles: ['customer-admin'], tenantId };

const runner: CommandRunner = {
  send: async (_tenant, command) => {
    sent.push(command);
    return { commandId: `cmd-${sent.length}` };
  },
  status: async () => 'InProgress',
  output: async () => ({ stdout: 'ok', stderr: '' }),
};

beforeAll(async () => {
  table = await createTestTable();
  deps = await taskTestDeps(table, {
    tenant: { id: tenantId, name: 'Lock Verein' },
    admin,
    hosts: [{ id: hostId, name: 'web-01' }],
    runner,
    queue: { enqueue: async (task) => void enqueued.push({ taskId: task.taskId, version: task.version }) },
    clock: { now: () => now },
  });
});

/** Each request a second after the last: task ids sort by request time. */
const request = () => {
  now = new Date(now.getTime() + 1000);
  return requestTask(deps, admin, { typeId: 'disk-report', hostId, params: {} });
};
const reload = async (task: Task) => (await deps.tasks.get(tenantId, task.id)) as Task;

describe('one command at a time per host', () => {
  it('a second task waits for the host and is enqueued again, in order, when the first finishes', async () => {
    const first = await request();
    const second = await request();
    const third = await request();
    expect(await dispatchTask(deps, { tenantId, taskId: first.id })).toBe('dispatched');
    expect(await dispatchTask(deps, { tenantId, taskId: second.id })).toBe('waiting');
    expect(await dispatchTask(deps, { tenantId, taskId: third.id })).toBe('waiting');
    expect(sent).toHaveLength(1);
    const waiting = await reload(second);
    expect(waiting).toMatchObject({ status: 'queued', commandId: null });
    // Should the release get lost, the watchdog looks again once the holder's lock would expire.
    expect(Date.parse(waiting.nextCheckAt ?? '')).toBeGreaterThan(now.getTime() + 120_000);

    enqueued.length = 0;
    const dispatched = await reload(first);
    await applyCommandStatus(deps, {
      commandId: dispatched.commandId ?? '',
      instanceId: hostId,
      status: 'Success',
      at: now.toISOString(),
    });
    expect(enqueued.map((entry) => entry.taskId)).toEqual([second.id, third.id]);
    // Each is a new message: the version moved on since the first enqueue.
    expect(enqueued[0]?.version).toBeGreaterThan(1);

    expect(await dispatchTask(deps, { tenantId, taskId: second.id })).toBe('dispatched');
    expect(await dispatchTask(deps, { tenantId, taskId: third.id })).toBe('waiting');
    expect(sent).toHaveLength(2);
  });

  it('a failed SendCommand frees the host at once', async () => {
    const failing: CommandRunner = { ...runner, send: async () => Promise.reject(new Error('SSM is down')) };
    now = new Date('2026-11-24T10:00:00Z');
    const lockFree = { ...deps, runner: failing, clock: { now: () => now } };
    const task = await requestTask(lockFree, admin, { typeId: 'disk-report', hostId, params: {} });
    // The previous test's third task still waits; take the host over as stale by moving the clock past its lock.
    now = new Date('2026-11-25T10:00:00Z');
    await expect(dispatchTask(lockFree, { tenantId, taskId: task.id })).rejects.toThrow('SSM is down');
    expect((await reload(task)).lastError).toMatch(/SSM is down/);
    expect(
      await deps.locks.acquire({ tenantId, hostId, taskId: 'probe', until: now.toISOString(), now: now.toISOString() }),
    ).toEqual({
      acquired: true,
    });
  });
});

describe('nothing gets stuck, nothing runs twice', () => {
  const at = (iso: string) => {
    now = new Date(iso);
  };
  const runnerSaying = (status: string): CommandRunner => ({ ...runner, status: async () => status });
  const release = (status = 'InProgress') =>
    releaseDueTasks({ ...deps, runner: runnerSaying(status), clock: { now: () => now } });
  const freshHost = async () => {
    // Each scenario on a host of its own, so no lock of another scenario is in the way.
    const id = `mi-0000000000000a${String(Math.floor(Math.random() * 900) + 100)}`;
    await deps.hosts.replaceAll(tenantId, [
      ...(await deps.hosts.list(tenantId)),
      { ...(await deps.hosts.get(tenantId, hostId))!, id, name: id },
    ]);
    return id;
  };
  const requestOn = (host: string) => requestTask(deps, admin, { typeId: 'disk-report', hostId: host, params: {} });

  it('a sent command whose final event never came is asked about at its check time', async () => {
    at('2026-12-01T10:00:00Z');
    const host = await freshHost();
    const task = await requestOn(host);
    expect(await dispatchTask(deps, { tenantId, taskId: task.id })).toBe('dispatched');
    const sent = await reload(task);
    expect(sent.nextCheckAt).not.toBeNull();
    expect((await cancelTask(deps, admin, task.id).catch((error) => error)).code).toBe('STATE.CONFLICT');

    at(new Date(Date.parse(sent.nextCheckAt ?? '') + 1000).toISOString());
    expect(await release('InProgress')).toMatchObject({ failed: 0 });
    const stillRunning = await reload(task);
    expect(stillRunning.status).toBe('running');
    expect(Date.parse(stillRunning.nextCheckAt ?? '')).toBeGreaterThan(now.getTime());

    at(new Date(Date.parse(stillRunning.nextCheckAt ?? '') + 1000).toISOString());
    expect(await release('Success')).toMatchObject({ failed: 0 });
    const done = await reload(task);
    expect(done).toMatchObject({ status: 'succeeded', nextCheckAt: null });
    const usage = (await table.items()).filter((item) => item.entity === 'usage' && item.sourceId === task.id);
    expect(usage).toHaveLength(1);
    // The host is free again.
    expect(
      await deps.locks.acquire({
        tenantId,
        hostId: host,
        taskId: 'probe',
        until: now.toISOString(),
        now: now.toISOString(),
      }),
    ).toEqual({ acquired: true });
  });

  it('a dispatch interrupted after taking the host is failed for an operator, never sent again', async () => {
    at('2026-12-02T10:00:00Z');
    const host = await freshHost();
    const task = await requestOn(host);
    const crashing: CommandRunner = {
      ...runner,
      send: () => new Promise(() => undefined), // the function timed out while SSM was asked
    };
    void dispatchTask({ ...deps, runner: crashing }, { tenantId, taskId: task.id });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const reserved = await reload(task);
    expect(reserved.dispatchStartedAt).not.toBeNull();
    expect(await dispatchTask(deps, { tenantId, taskId: task.id })).toBe('skipped');

    at(new Date(Date.parse(reserved.nextCheckAt ?? '') + 1000).toISOString());
    const before = sent.length;
    await release();
    const failed = await reload(task);
    expect(failed).toMatchObject({ status: 'failed', commandId: null });
    expect(failed.deadLetteredAt).not.toBeNull();
    expect(failed.lastError).toMatch(/interrupted/);
    expect(sent.length).toBe(before);

    // SSM may have got the command before the interruption: the host stays taken until that command's deadline
    // (2 × the 120 s time limit + 10 min after the reservation), so no second command runs beside it.
    const next = await requestOn(host);
    expect(await dispatchTask(deps, { tenantId, taskId: next.id })).toBe('waiting');
    at(new Date(Date.parse(reserved.dispatchStartedAt ?? '') + 2 * 120_000 + 10 * 60_000 + 1000).toISOString());
    expect(await dispatchTask(deps, { tenantId, taskId: next.id })).toBe('dispatched');
  });

  it('a dead-letter message of an earlier round leaves a redriven task alone', async () => {
    at('2026-12-03T10:00:00Z');
    const host = await freshHost();
    const task = await requestOn(host);
    expect(await deadLetterTask(deps, { tenantId, taskId: task.id, round: 1 })).toBe('dead-lettered');
    const operator: Actor = { userId: 'op', email: 'op@opsdesk.local', roles: ['operator'], tenantId: null };
    await redriveTask(deps, operator, task.id);
    expect(await deadLetterTask(deps, { tenantId, taskId: task.id, round: 1 })).toBe('skipped');
    expect((await reload(task)).status).toBe('queued');
  });

  it('a command SSM could not deliver fails the task without a billable run', async () => {
    at('2026-12-04T10:00:00Z');
    const host = await freshHost();
    const task = await requestOn(host);
    await dispatchTask(deps, { tenantId, taskId: task.id });
    const sent = await reload(task);
    await applyCommandStatus(deps, {
      commandId: sent.commandId ?? '',
      instanceId: host,
      status: 'Undeliverable',
      at: now.toISOString(),
    });
    expect((await reload(task)).status).toBe('failed');
    const usage = (await table.items()).filter((item) => item.entity === 'usage' && item.sourceId === task.id);
    expect(usage).toEqual([]);
  });

  it('a disruptive task whose window closed before dispatch goes back to waiting for the next one', async () => {
    at('2026-12-06T01:30:00Z'); // Sunday 02:30 in Berlin: the default window is open
    const host = await freshHost();
    const restart = await requestTask(deps, admin, {
      typeId: 'service-restart',
      hostId: host,
      params: { service: 'nginx' },
    });
    expect(restart.status).toBe('queued');
    at('2026-12-06T05:00:00Z'); // 06:00: closed
    expect(await dispatchTask(deps, { tenantId, taskId: restart.id })).toBe('waiting');
    expect(await reload(restart)).toMatchObject({ status: 'scheduled', scheduledFor: '2026-12-13T01:00:00.000Z' });
  });
});
