import { beforeAll, describe, expect, it } from 'vitest';
import {
  DynamoHostLocks,
  DynamoHostRepository,
  DynamoTaskSettingsRepository,
} from '../../../functions/adapters/dynamodb/dynamo-host-repository.js';
import { DynamoTaskRepository } from '../../../functions/adapters/dynamodb/dynamo-task-repository.js';
import { DynamoTenantRepository } from '../../../functions/adapters/dynamodb/dynamo-tenant-repository.js';
import { RandomIds } from '../../../functions/adapters/system/random-ids.js';
import type { Actor } from '../../../shared/platform/actor.js';
import type { Task } from '../../../shared/tasks/model.js';
import type { CommandRunner, SendCommandInput } from '../../../shared/tasks/ports.js';
import { applyCommandStatus, dispatchTask, requestTask } from '../../../shared/tasks/tasks.js';
import { createTestTable, type TestTable } from '../../support/dynamo.js';

/**
 * One command at a time per host: the FIFO queue orders dispatches, and the host lock (DynamoDB
 * Local) holds the host from SendCommand to the command's final status.
 */
let table: TestTable;
let deps: Parameters<typeof dispatchTask>[0] & Parameters<typeof requestTask>[0];
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
  output: async () => ({ stdout: 'ok', stderr: '' }),
};

beforeAll(async () => {
  table = await createTestTable();
  const ids = new RandomIds();
  const tenants = new DynamoTenantRepository(table.client, table.tableName);
  await tenants.createTenantWithAdmin({
    tenant: {
      id: tenantId,
      name: 'Lock Verein',
      status: 'active',
      timeZone: 'Europe/Berlin',
      planId: 'webmaster-eighth',
      createdAt: now.toISOString(),
      deletionDueAt: null,
    },
    admin: {
      id: 'u1',
      tenantId,
      email: admin.email,
      name: 'Admin',
      roles: ['customer-admin'],
      createdAt: now.toISOString(),
    },
    audit: {
      id: ids.newId(),
      tenantId,
      at: now.toISOString(),
      actor: { userId: 'test', email: 'test@opsdesk.local', roles: [] },
      action: 'test.seeded',
      target: { type: 'tenant', id: tenantId },
      details: {},
    },
  });
  const hosts = new DynamoHostRepository(table.client, table.tableName);
  await hosts.replaceAll(tenantId, [
    {
      id: hostId,
      tenantId,
      name: 'web-01',
      platform: 'Debian',
      agentVersion: '3',
      pingStatus: 'Online',
      lastSeenAt: null,
      registeredAt: null,
      ipAddress: null,
      syncedAt: now.toISOString(),
    },
  ]);
  deps = {
    tasks: new DynamoTaskRepository(table.client, table.tableName),
    hosts,
    settings: new DynamoTaskSettingsRepository(table.client, table.tableName),
    tenants,
    locks: new DynamoHostLocks(table.client, table.tableName),
    runner,
    queue: { enqueue: async (task) => void enqueued.push({ taskId: task.taskId, version: task.version }) },
    clock: { now: () => now },
    ids,
  };
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
