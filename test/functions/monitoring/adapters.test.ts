import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoOnCallRotaRepository } from '../../../functions/adapters/dynamodb/dynamo-staff-availability-repository.js';
import { DynamoTenantRepository } from '../../../functions/adapters/dynamodb/dynamo-tenant-repository.js';
import { RandomIds } from '../../../functions/adapters/system/random-ids.js';
import {
  HmacAckLinkSigner,
  heartbeatTokens,
  LockHostActivity,
  MONITORING_ACTOR_EMAIL,
  TableStaffDirectory,
  TaskDiagnosticsRunner,
  TenantAdminContacts,
} from '../../../functions/monitoring/adapters.js';
import type { Actor } from '../../../shared/platform/actor.js';
import type { TaskQueue } from '../../../shared/tasks/ports.js';
import { createTestTable, type TestTable } from '../../support/dynamo.js';
import { seedAudit, testUser } from '../../support/seed.js';
import { type TaskTestDeps, taskTestDeps } from '../../support/task-deps.js';

/** The monitoring context's small adapters: secrets, links, who is paged, diagnostics as tasks, host activity. */
const NOW = new Date('2026-11-18T09:30:00.000Z');
const clock = { now: () => NOW };
const ids = new RandomIds();

describe('heartbeat tokens', () => {
  it('are URL-safe with at least 128 bits, distinct, and looked up by their SHA-256', () => {
    const a = heartbeatTokens.newToken();
    const b = heartbeatTokens.newToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(a).not.toBe(b);
    expect(heartbeatTokens.hash(a)).toBe(createHash('sha256').update(a).digest('hex'));
    expect(heartbeatTokens.hash(a)).not.toBe(heartbeatTokens.hash(b));
  });
});

describe('HmacAckLinkSigner', () => {
  const signer = new HmacAckLinkSigner('a-secret-of-the-stage-long-enough-for-hmac');
  const claims = { incidentId: 'inc-1', staffId: 'op-1', expiresAt: '2026-11-19T09:30:00.000Z' };

  it('verifies its own link until it expires', () => {
    const token = signer.sign(claims);
    expect(token.length).toBeGreaterThanOrEqual(20);
    expect(signer.verify(token, NOW)).toEqual(claims);
    expect(signer.verify(token, new Date('2026-11-19T09:30:00.000Z'))).toBeNull();
  });

  it('refuses a changed claim, a changed signature, another stage’s secret and garbage', () => {
    const token = signer.sign(claims);
    const [payload, signature] = token.split('.') as [string, string];
    const forged = Buffer.from(JSON.stringify({ ...claims, incidentId: 'inc-2' })).toString('base64url');
    expect(signer.verify(`${forged}.${signature}`, NOW)).toBeNull();
    expect(signer.verify(`${payload}.${signature.slice(0, -2)}AA`, NOW)).toBeNull();
    expect(new HmacAckLinkSigner('another-secret-of-another-stage-32chars').verify(token, NOW)).toBeNull();
    expect(signer.verify('not-a-token', NOW)).toBeNull();
    expect(signer.verify(`${token}.extra`, NOW)).toBeNull();
  });

  it('will not start with a short secret', () => {
    expect(() => new HmacAckLinkSigner('short')).toThrow(/ACK_LINK_SECRET/);
  });
});

describe('on DynamoDB Local', () => {
  let table: TestTable;
  let tenants: DynamoTenantRepository;
  let deps: TaskTestDeps;
  const tenantId = 'mon-tenant';
  const admin: Actor = { userId: 'mon-admin', email: 'admin@example.com', roles: ['customer-admin'], tenantId };
  const sent: string[] = [];
  const queue: TaskQueue = {
    enqueue: async (task) => {
      sent.push(task.taskId);
    },
  };

  beforeAll(async () => {
    table = await createTestTable();
    tenants = new DynamoTenantRepository(table.client, table.tableName);
    deps = await taskTestDeps(table, {
      tenant: { id: tenantId, name: 'Monitored' },
      admin,
      hosts: [{ id: 'mi-00000000000000042', name: 'web-1' }],
      runner: {
        send: () => Promise.reject(new Error('not used')),
        status: () => Promise.reject(new Error('not used')),
        output: () => Promise.reject(new Error('not used')),
      },
      queue,
      clock,
    });
  });

  it('pages the rota’s person on call, nobody in a gap or when they left, and lists the provider-admins', async () => {
    const at = NOW.toISOString();
    const operator = testUser(ids, { tenantId: null, role: 'operator', email: 'otto@opsdesk.local', at, name: 'Otto' });
    const gone = testUser(ids, { tenantId: null, role: 'operator', email: 'gone@opsdesk.local', at });
    const adminB = testUser(ids, { tenantId: null, role: 'provider-admin', email: 'b-admin@opsdesk.local', at });
    const adminA = testUser(ids, { tenantId: null, role: 'provider-admin', email: 'a-admin@opsdesk.local', at });
    for (const user of [operator, adminB, adminA]) await tenants.createUser(user, seedAudit(ids, null, at));
    const rota = new DynamoOnCallRotaRepository(table.client, table.tableName);
    await rota.put(
      {
        shifts: [
          { staffId: operator.id, start: '2026-11-18T08:00:00.000Z', end: '2026-11-18T16:00:00.000Z' },
          { staffId: gone.id, start: '2026-11-18T18:00:00.000Z', end: '2026-11-18T20:00:00.000Z' },
        ],
      },
      seedAudit(ids, null, at),
    );
    // Otto works from New York (his working hours’ zone): his pages are written in it; the admins set none.
    const zones = { zoneOf: async (staffId: string) => (staffId === operator.id ? 'America/New_York' : null) };
    const directory = new TableStaffDirectory(table.client, table.tableName, rota, tenants, zones);
    expect(await directory.onCallAt(NOW)).toEqual({
      staffId: operator.id,
      email: operator.email,
      name: 'Otto',
      timeZone: 'America/New_York',
    });
    expect(await directory.onCallAt(new Date('2026-11-18T16:00:00.000Z'))).toBeNull();
    expect(await directory.onCallAt(new Date('2026-11-18T19:00:00.000Z'))).toBeNull();
    expect((await directory.providerAdmins()).map((a) => [a.email, a.timeZone])).toEqual([
      [adminA.email, null],
      [adminB.email, null],
    ]);
    // Who a staff id is now, with their roles (an acknowledgement link is checked against them); gone: null.
    expect(await directory.get(operator.id)).toEqual({
      staffId: operator.id,
      email: operator.email,
      name: 'Otto',
      roles: ['operator'],
    });
    expect(await directory.get(adminA.id)).toMatchObject({ email: adminA.email, roles: ['provider-admin'] });
    expect(await directory.get(gone.id)).toBeNull();
  });

  it('requests diagnostics as a task of the tenant, named Opsdesk’s or the operator’s, and describes it', async () => {
    const runner = new TaskDiagnosticsRunner(deps);
    const { taskId } = await runner.request({
      tenantId,
      incidentId: 'inc-9',
      typeId: 'disk-report',
      hostId: 'mi-00000000000000042',
      params: {},
      requestedBy: null,
    });
    const task = await deps.tasks.get(tenantId, taskId);
    // Read-only and not disruptive: queued for dispatch at once, like a customer-admin's request.
    expect(sent).toContain(taskId);
    expect(task).toMatchObject({
      typeId: 'disk-report',
      hostId: 'mi-00000000000000042',
      requestedBy: { email: MONITORING_ACTOR_EMAIL },
      notes: 'Incident inc-9',
    });
    expect(await runner.describe(tenantId, taskId)).toEqual({
      id: taskId,
      typeId: 'disk-report',
      status: task?.status,
      output: null,
      updatedAt: task?.updatedAt,
    });
    expect(await runner.describe('another-tenant', taskId)).toBeNull();

    const remediation = await runner.request({
      tenantId,
      incidentId: 'inc-9',
      typeId: 'disk-report',
      hostId: 'mi-00000000000000042',
      params: {},
      requestedBy: { userId: 'op-7', email: 'otto@opsdesk.local' },
    });
    expect((await deps.tasks.get(tenantId, remediation.taskId))?.requestedBy).toMatchObject({
      email: 'otto@opsdesk.local',
    });
    // A host outside the tenant is refused like any task request.
    await expect(
      runner.request({
        tenantId,
        incidentId: 'inc-9',
        typeId: 'disk-report',
        hostId: 'mi-00000000000000099',
        params: {},
        requestedBy: null,
      }),
    ).rejects.toMatchObject({ code: 'RESOURCE.NOT_FOUND' });
  });

  it('puts a host into maintenance while a disruptive task holds it, not while another does or the lock is stale', async () => {
    const activity = new LockHostActivity(table.client, table.tableName, deps.tasks, clock);
    const hostId = 'mi-00000000000000042';
    expect(await activity.disruptiveTaskOn(tenantId, hostId)).toBeNull();

    const harmless = await new TaskDiagnosticsRunner(deps).request({
      tenantId,
      incidentId: 'inc-10',
      typeId: 'disk-report',
      hostId,
      params: {},
      requestedBy: null,
    });
    const until = '2026-11-18T10:00:00.000Z';
    await deps.locks.acquire({ tenantId, hostId, taskId: harmless.taskId, until, now: NOW.toISOString() });
    expect(await activity.disruptiveTaskOn(tenantId, hostId)).toBeNull();
    await deps.locks.release({ tenantId, hostId, taskId: harmless.taskId });

    const patching = { ...(await deps.tasks.get(tenantId, harmless.taskId)), id: 'patch-1', disruptive: true };
    await deps.tasks.create(patching as never, {});
    await deps.locks.acquire({ tenantId, hostId, taskId: 'patch-1', until, now: NOW.toISOString() });
    expect(await activity.disruptiveTaskOn(tenantId, hostId)).toEqual({ taskId: 'patch-1' });
    const later = new LockHostActivity(table.client, table.tableName, deps.tasks, {
      now: () => new Date('2026-11-18T10:00:01.000Z'),
    });
    expect(await later.disruptiveTaskOn(tenantId, hostId)).toBeNull();
  });

  it('tells a tenant’s customer-admins, not its members, that an incident waits', async () => {
    const at = NOW.toISOString();
    const member = testUser(ids, { tenantId, role: 'customer-member', email: 'member@example.com', at });
    await tenants.createUser(member, seedAudit(ids, tenantId, at));
    const contacts = await new TenantAdminContacts(tenants).customerContacts(tenantId);
    expect(contacts.map((c) => c.email)).toEqual(['admin@example.com']);
  });
});
