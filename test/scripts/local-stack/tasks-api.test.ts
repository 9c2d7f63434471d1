import { beforeAll, describe, expect, it } from 'vitest';
import {
  DynamoHostLocks,
  DynamoHostRepository,
  DynamoTaskSettingsRepository,
} from '../../../functions/adapters/dynamodb/dynamo-host-repository.js';
import { DynamoTaskRepository } from '../../../functions/adapters/dynamodb/dynamo-task-repository.js';
import { redeemActivation } from '../../../functions/adapters/local/local-host-directory.js';
import { SqsTaskQueue } from '../../../functions/adapters/sqs/sqs-task-queue.js';
import { RandomIds } from '../../../functions/adapters/system/random-ids.js';
import { createQueueClient, queueUrl } from '../../../functions/queues/batch.js';
import { WEEKDAYS, zonedParts } from '../../../shared/platform/zoned-time.js';
import type { Host, Task } from '../../../shared/tasks/model.js';
import { releaseDueTasks } from '../../../shared/tasks/tasks.js';
import { createTestApi, type Persona, type TestApi } from '../../support/api.js';
import { E2E_TODAY } from '../../support/local-stack-process.js';
import { setTestRateLimits } from '../../support/rate-limits.js';

// Tenant A requests tasks at machine speed: more than the per-tenant default lets through.
setTestRateLimits({ taskRequests: { burst: 200 } });

/**
 * Tasks through the local stack's API with the real pieces behind it: DynamoDB Local, the task-dispatch
 * FIFO queue and its dead-letter queue on fauxqs with the local poller, the local host runner running
 * documents with /bin/sh, and its SSM status events delivered to the command-status handler.
 */
let api: TestApi;
let hostA: Host;
let hostB: Host;

beforeAll(async () => {
  // On a fixed day: the maintenance-window test reads the clock in Berlin, where DST changes the answer.
  api = await createTestApi({ queues: true, clockStart: E2E_TODAY });
  hostA = await api.addHost({ tenantId: api.tenantA.id });
  hostB = await api.addHost({ tenantId: api.tenantB.id });
});

const post = async (persona: Persona, url: string, body?: unknown) => api.request('POST', url, { persona, body });
const getTask = async (persona: Persona, id: string): Promise<Task> =>
  (await api.request('GET', `/api/tasks/${id}`, { persona })).json();

const waitForTask = async (persona: Persona, id: string, until: (task: Task) => boolean, timeoutMs = 15_000) => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const task = await getTask(persona, id);
    if (until(task)) return task;
    if (Date.now() > deadline) throw new Error(`task ${id} is still ${task.status}: ${JSON.stringify(task.history)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};
/** The release job here only releases scheduled tasks; it must not reach a host. */
const unused = () => Promise.reject(new Error('not used by this test'));
const finished = (task: Task) => ['succeeded', 'failed', 'timed_out', 'cancelled'].includes(task.status);

const usageItems = async (taskId: string) =>
  (await api.table.items()).filter((item) => item.entity === 'usage' && item.sourceId === taskId);

describe('task catalogue', () => {
  it('lists every type with flags and its parameters as JSON Schema', async () => {
    const response = await api.request('GET', '/api/task-types', { persona: 'customer-member-A' });
    expect(response.status).toBe(200);
    const { items } = response.json();
    expect(items).toHaveLength(8);
    expect(items.find((type: { id: string }) => type.id === 'certificate-check')).toMatchObject({
      automated: true,
      readOnly: true,
      parameters: { type: 'object', required: ['domain'] },
    });
  });
});

describe('automated tasks run on the tenant’s host', () => {
  it('a disk report is dispatched, runs for real, keeps its output and records one task run', async () => {
    const response = await post('customer-admin-A', '/api/tasks', { typeId: 'disk-report', hostId: hostA.id });
    expect(response.status).toBe(202);
    const requested: Task = response.json();
    expect(requested).toMatchObject({ status: 'queued', hostName: hostA.name, typeName: 'Disk report' });
    expect(requested.slaDueAt).not.toBeNull();

    const done = await waitForTask('customer-admin-A', requested.id, finished);
    expect(done.status).toBe('succeeded');
    expect(done.history.map((entry) => entry.status)).toEqual(['queued', 'running', 'succeeded']);
    expect(done.output?.excerpt).toContain('== File systems ==');
    expect(done.commandId).toBeTruthy();
    const usage = await usageItems(requested.id);
    expect(usage).toEqual([
      expect.objectContaining({ id: `task-run-${requested.id}`, kind: 'task_runs', quantity: 1 }),
    ]);
    const actions = (await api.table.items())
      .filter((item) => item.entity === 'audit' && (item.target as { id: string }).id === requested.id)
      .map((item) => item.action);
    expect(actions.sort()).toEqual(['task.finished', 'task.requested']);
  });

  it('refuses injection in parameters with 422 naming the field', async () => {
    for (const [typeId, params, field] of [
      ['certificate-check', { domain: 'example.org; rm -rf /' }, 'domain'],
      ['certificate-check', { domain: '$(reboot)' }, 'domain'],
      ['wordpress-update', { path: '/var/www/../../etc' }, 'path'],
      ['database-backup', { engine: 'mysql', database: 'wp`id`' }, 'database'],
      ['service-restart', { service: 'nginx\nreboot' }, 'service'],
      ['os-patching', { rebootIfRequired: 'true; reboot' }, 'rebootIfRequired'],
    ] as const) {
      const response = await post('customer-admin-A', '/api/tasks', { typeId, hostId: hostA.id, params });
      expect(response.status, `${typeId}.${field}`).toBe(422);
      expect(response.json().errors.map((error: { path: string }) => error.path)).toContain(`body.params.${field}`);
    }
    const tasks = (await api.table.items()).filter(
      (item) => item.entity === 'task' && item.tenantId === api.tenantA.id,
    );
    expect(tasks.every((task) => task.typeId === 'disk-report' || task.typeId === 'custom')).toBe(true);
  });

  it('an automated type needs a host', async () => {
    const response = await post('customer-admin-A', '/api/tasks', { typeId: 'disk-report' });
    expect(response.status).toBe(422);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: 'body.hostId' })]);
  });

  it('another tenant’s host is 404, and so is another tenant’s task', async () => {
    const response = await post('customer-admin-B', '/api/tasks', { typeId: 'disk-report', hostId: hostA.id });
    expect(response.status).toBe(404);
    const own = (await post('customer-admin-A', '/api/tasks', { typeId: 'disk-report', hostId: hostA.id })).json();
    expect((await api.request('GET', `/api/tasks/${own.id}`, { persona: 'customer-admin-B' })).status).toBe(404);
    expect((await post('customer-admin-B', `/api/tasks/${own.id}/cancel`)).status).toBe(404);
    await waitForTask('customer-admin-A', own.id, finished);
  });
});

describe('approvals and maintenance windows', () => {
  it('a member’s change needs a customer-admin’s approval; a read-only check does not', async () => {
    const check = await post('customer-member-A', '/api/tasks', {
      typeId: 'certificate-check',
      hostId: hostA.id,
      params: { domain: 'localhost', port: 9 },
    });
    expect(check.json().status).toBe('queued');
    const backup = await post('customer-member-A', '/api/tasks', {
      typeId: 'database-backup',
      hostId: hostA.id,
      params: { engine: 'postgresql', database: 'wordpress' },
    });
    expect(backup.json()).toMatchObject({ status: 'awaiting_approval', approvedBy: null });
    expect((await post('customer-member-A', `/api/tasks/${backup.json().id}/approve`)).status).toBe(403);
    const approved = await post('customer-admin-A', `/api/tasks/${backup.json().id}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.json()).toMatchObject({
      status: 'queued',
      approvedBy: { email: api.users['customer-admin-A'].email },
    });
    expect((await post('customer-admin-A', `/api/tasks/${backup.json().id}/approve`)).status).toBe(409);
    // A dry run: it reports what it would write (or that pg_dump is missing on this machine).
    const ran = await waitForTask('customer-admin-A', backup.json().id, finished);
    expect(ran.history.map((entry) => entry.status)).toEqual(['awaiting_approval', 'queued', 'running', ran.status]);
    expect(ran.output?.excerpt).toMatch(
      /Dry run: nothing is changed\.\nWould write \/var\/backups|pg_dump is not installed/,
    );
    const closed = await waitForTask('customer-member-A', check.json().id, finished);
    expect(closed.status).toBe('failed');
    expect(closed.output?.excerpt).toContain('No certificate could be read from localhost:9');
  });

  it('a disruptive task waits for the window, is released when it opens, and can be cancelled before', async () => {
    const today = zonedParts(api.now().getTime(), 'Europe/Berlin').weekday;
    const otherDay = WEEKDAYS[(WEEKDAYS.indexOf(today) + 3) % 7];
    const window = await api.request('PUT', '/api/maintenance-window', {
      persona: 'customer-admin-A',
      body: { day: otherDay, start: '03:00', durationMinutes: 120 },
    });
    expect(window.status).toBe(200);
    expect(window.json()).toMatchObject({ day: otherDay, timeZone: 'Europe/Berlin', openNow: false });
    const nextOpensAt = window.json().nextOpensAt as string;

    const restart = (
      await post('customer-admin-A', '/api/tasks', {
        typeId: 'service-restart',
        hostId: hostA.id,
        params: { service: 'nginx' },
      })
    ).json() as Task;
    expect(restart).toMatchObject({ status: 'scheduled', scheduledFor: nextOpensAt, nextCheckAt: nextOpensAt });
    const patching = (await post('customer-admin-A', '/api/tasks', { typeId: 'os-patching', hostId: hostA.id })).json();
    expect(patching.status).toBe('awaiting_approval');
    const scheduled = (await post('customer-admin-A', `/api/tasks/${patching.id}/approve`)).json();
    expect(scheduled).toMatchObject({ status: 'scheduled', scheduledFor: nextOpensAt });
    const cancelled = await post('customer-member-A', `/api/tasks/${patching.id}/cancel`);
    expect(cancelled.json().status).toBe('cancelled');
    expect((await post('customer-admin-A', `/api/tasks/${patching.id}/cancel`)).status).toBe(409);

    // The minute job, run at the window's opening, queues the restart. The dispatcher checks the window
    // again on the real clock: closed, so the task goes back to waiting for the next opening.
    const table = api.table;
    const releaseAt = (at: string) => ({
      tasks: new DynamoTaskRepository(table.client, table.tableName),
      hosts: new DynamoHostRepository(table.client, table.tableName),
      settings: new DynamoTaskSettingsRepository(table.client, table.tableName),
      tenants: api.tenants,
      locks: new DynamoHostLocks(table.client, table.tableName),
      runner: { send: unused, status: unused, output: unused },
      queue: new SqsTaskQueue(createQueueClient(), queueUrl('task-dispatch')),
      clock: { now: () => new Date(Date.parse(at) + 1000) },
      ids: new RandomIds(),
    });
    expect(await releaseDueTasks(releaseAt(nextOpensAt))).toEqual({
      released: 1,
      requeued: 0,
      checked: 0,
      timedOut: 0,
      failed: 0,
    });
    const back = await waitForTask('customer-admin-A', restart.id, (task) => task.history.length === 3);
    expect(back.history.map((entry) => [entry.status, entry.reason])).toEqual([
      ['scheduled', 'waits for the maintenance window'],
      ['queued', 'the maintenance window opened'],
      ['scheduled', 'the maintenance window closed before it could run'],
    ]);
    expect(back.commandId).toBeNull();

    // With the window open now, the next release runs it (a dry run) on the host.
    const berlin = zonedParts(api.now().getTime(), 'Europe/Berlin');
    const quarter = `${String(berlin.hour).padStart(2, '0')}:${String(berlin.minute - (berlin.minute % 15)).padStart(2, '0')}`;
    const open = await api.request('PUT', '/api/maintenance-window', {
      persona: 'customer-admin-A',
      body: { day: berlin.weekday, start: quarter, durationMinutes: 60 },
    });
    expect(open.json().openNow).toBe(true);
    expect(await releaseDueTasks(releaseAt(back.scheduledFor ?? ''))).toMatchObject({ released: 1, failed: 0 });
    const ran = await waitForTask('customer-admin-A', restart.id, finished);
    expect(ran.history.map((entry) => entry.status)).toEqual([
      'scheduled',
      'queued',
      'scheduled',
      'queued',
      'running',
      ran.status,
    ]);
    expect(ran.output?.excerpt).toMatch(/systemctl|Dry run/);
    expect(await releaseDueTasks(releaseAt(back.scheduledFor ?? ''))).toMatchObject({ released: 0, requeued: 0 });
  });
});

describe('operators’ queue: manual work', () => {
  it('oldest first with tenant name and SLA; claim is exclusive; completion records the minutes once', async () => {
    const byMember = await post('customer-member-A', '/api/tasks', {
      typeId: 'custom',
      params: { description: 'Something that costs time.' },
    });
    expect(byMember.json().status).toBe('awaiting_approval');
    const custom = (
      await post('customer-admin-A', '/api/tasks', {
        typeId: 'custom',
        params: { description: 'Add a redirect from /old to /new.' },
        notes: 'By Friday, please.',
      })
    ).json() as Task;
    expect(custom).toMatchObject({ status: 'queued', hostId: null, automated: false });

    const queue = await api.request('GET', '/api/ops/queue?limit=200', { persona: 'operator' });
    expect(queue.status).toBe(200);
    const items = queue.json().items as Task[];
    const requestedAts = items.map((task) => task.requestedAt);
    expect(requestedAts).toEqual([...requestedAts].sort());
    expect(items.find((task) => task.id === custom.id)).toMatchObject({
      tenantName: 'Tenant A',
      slaDueAt: expect.any(String),
    });
    expect(items.every((task) => !finished(task))).toBe(true);

    const second = await api.tenants.findUserByEmail(api.users.operator.email);
    const otherOperator = { ...second!, id: 'second-operator', email: `second-${api.tenantA.id}@opsdesk.local` };
    await api.tenants.createUser(otherOperator, {
      id: 'audit-second-operator',
      tenantId: null,
      at: api.now().toISOString(),
      actor: { userId: 'test', email: 'test@opsdesk.local', roles: ['provider-admin'] },
      action: 'test.seeded',
      target: { type: 'user', id: otherOperator.id },
      details: {},
    });
    const otherToken = await api.tokenFor(otherOperator);

    const claims = await Promise.all([
      post('operator', `/api/ops/tasks/${custom.id}/claim`),
      api.request('POST', `/api/ops/tasks/${custom.id}/claim`, { token: otherToken }),
    ]);
    expect(claims.map((claim) => claim.status).sort()).toEqual([200, 409]);
    const winner = claims[0]?.status === 200 ? { persona: 'operator' as const } : { token: otherToken };
    const loser = claims[0]?.status === 200 ? { token: otherToken } : { persona: 'operator' as const };
    expect((await api.request('POST', `/api/ops/tasks/${custom.id}/claim`, winner)).status).toBe(200);
    // Only the claimer can hand it back; afterwards anyone may claim it again.
    expect((await api.request('POST', `/api/ops/tasks/${custom.id}/unclaim`, loser)).status).toBe(409);
    const handedBack = await api.request('POST', `/api/ops/tasks/${custom.id}/unclaim`, winner);
    expect(handedBack.json()).toMatchObject({ status: 'queued', claimedBy: null });
    expect((await api.request('POST', `/api/ops/tasks/${custom.id}/claim`, winner)).status).toBe(200);

    const completion = { minutesSpent: 25, note: 'Redirect added and tested.', outcome: 'succeeded' };
    expect(
      (await api.request('POST', `/api/ops/tasks/${custom.id}/complete`, { ...loser, body: completion })).status,
    ).toBe(409);
    const completed = await api.request('POST', `/api/ops/tasks/${custom.id}/complete`, {
      ...winner,
      body: completion,
    });
    expect(completed.status).toBe(200);
    expect(completed.json()).toMatchObject({
      status: 'succeeded',
      minutesSpent: 25,
      completionNote: 'Redirect added and tested.',
    });
    expect(
      (await api.request('POST', `/api/ops/tasks/${custom.id}/complete`, { ...winner, body: completion })).status,
    ).toBe(409);
    expect(await usageItems(custom.id)).toEqual([
      expect.objectContaining({ id: `task-${custom.id}`, kind: 'webmaster_minutes', quantity: 25, unit: 'minutes' }),
    ]);
    const after = (await api.request('GET', '/api/ops/queue?limit=200', { persona: 'operator' })).json()
      .items as Task[];
    expect(after.map((task) => task.id)).not.toContain(custom.id);
  });

  it('automated tasks are not claimed', async () => {
    const report = (await post('customer-admin-A', '/api/tasks', { typeId: 'disk-report', hostId: hostA.id })).json();
    expect((await post('operator', `/api/ops/tasks/${report.id}/claim`)).status).toBe(409);
    await waitForTask('customer-admin-A', report.id, finished);
  });
});

describe('dispatch failures', () => {
  it('three failed dispatches dead-letter the task; an operator redrives it once the host is reachable', async () => {
    const unreachable = await api.addHost({ tenantId: api.tenantA.id, registered: false });
    const task = (
      await post('customer-admin-A', '/api/tasks', { typeId: 'disk-report', hostId: unreachable.id })
    ).json();
    const failed = await waitForTask('customer-admin-A', task.id, finished, 20_000);
    expect(failed.status).toBe('failed');
    expect(failed.deadLetteredAt).not.toBeNull();
    expect(failed.dispatchAttempts).toBe(3);
    expect(failed.lastError).toMatch(/Not authorized to send commands/);
    const dead = (await api.request('GET', '/api/ops/dead-letters', { persona: 'operator' })).json().items as Task[];
    expect(dead.map((item) => item.id)).toContain(task.id);
    expect(await usageItems(task.id)).toEqual([]);

    api.hostRegistry.update((registry) => {
      registry.hosts.push({ id: unreachable.id, tenantId: api.tenantA.id, name: unreachable.name, registeredAt: '' });
    });
    const redriven = await post('operator', `/api/ops/tasks/${task.id}/redrive`);
    expect(redriven.status).toBe(200);
    expect(redriven.json()).toMatchObject({ status: 'queued', deadLetteredAt: null });
    expect((await post('operator', `/api/ops/tasks/${task.id}/redrive`)).status).toBe(409);
    const done = await waitForTask('customer-admin-A', task.id, (current) => current.status === 'succeeded');
    expect(done.history.map((entry) => entry.status)).toEqual(['queued', 'failed', 'queued', 'running', 'succeeded']);
    const deadAfter = (await api.request('GET', '/api/ops/dead-letters', { persona: 'operator' })).json()
      .items as Task[];
    expect(deadAfter.map((item) => item.id)).not.toContain(task.id);
  });
});

describe('hosts', () => {
  it('activations need a plan with hosts; the plan caps registered hosts plus unused activations', async () => {
    const email = `hosts-${Date.now()}@fresh.example`;
    const signup = await post('anonymous', '/api/signup', { organisation: 'Frisch e.V.', name: 'Frida Frisch', email });
    expect(signup.status).toBe(201);
    const token = (await api.request('POST', '/auth/dev/login', { body: { email } })).json().token as string;
    const tenantId = (await api.request('GET', '/api/me', { token })).json().tenant.id as string;
    const asFresh = (method: string, url: string, body?: unknown) => api.request(method, url, { token, body });

    const noPlan = await asFresh('POST', '/api/hosts/activations', { name: 'web-01' });
    expect(noPlan.status).toBe(409);
    expect(noPlan.headers['content-type']).toContain('application/problem+json');
    expect(noPlan.json()).toMatchObject({ code: 'STATE.CONFLICT', status: 409 });
    expect(noPlan.json().detail).toContain('includes no managed hosts; choose a plan with hosts first.');

    expect((await asFresh('POST', '/api/subscription', { planId: 'on-demand' })).status).toBe(200);
    const onDemand = await asFresh('POST', '/api/hosts/activations', { name: 'web-01' });
    expect(onDemand.status).toBe(409);
    expect(onDemand.json().detail).toBe(
      'Your plan (On demand) includes no managed hosts; choose a plan with hosts first.',
    );

    expect((await asFresh('POST', '/api/subscription', { planId: 'webmaster-quarter' })).status).toBe(200);
    const first = await asFresh('POST', '/api/hosts/activations', { name: 'web-01' });
    expect(first.status, first.body.toString()).toBe(201);
    const { activationId, activationCode, expiresAt } = first.json();
    const items = await api.table.items();
    const stored = items.find((item) => item.entity === 'activation' && item.activationId === activationId);
    expect(stored).toMatchObject({
      pk: `T#${tenantId}`,
      sk: `ACTIVATION#${activationId}`,
      name: 'web-01',
      validUntil: expiresAt,
      expiresAt: Math.ceil(Date.parse(expiresAt) / 1000),
    });
    expect(JSON.stringify(stored)).not.toContain(activationCode);
    expect(
      items.filter(
        (item) => item.entity === 'audit' && item.tenantId === tenantId && item.action === 'host.activation_created',
      ),
    ).toEqual([
      expect.objectContaining({
        target: { type: 'activation', id: activationId, name: 'web-01' },
        details: expect.objectContaining({ name: 'web-01' }),
      }),
    ]);
    expect(items.some((item) => item.pk === `T#${tenantId}` && item.sk === 'ACTIVATION_LOCK')).toBe(false);

    // A server registers with it (not synchronised yet); two more activations fill the plan's three hosts.
    const { hostId } = redeemActivation(api.hostRegistry, { activationId, activationCode, now: api.now() });
    expect((await asFresh('POST', '/api/hosts/activations', { name: 'web-02' })).status).toBe(201);
    expect((await asFresh('POST', '/api/hosts/activations', { name: 'web-03' })).status).toBe(201);
    const full = await asFresh('POST', '/api/hosts/activations', { name: 'web-04' });
    expect(full.status).toBe(409);
    expect(full.json().code).toBe('STATE.CONFLICT');
    expect(full.json().detail).toContain('includes at most 3 managed hosts: 1 registered and 2 unused activations');
    const used = (await api.table.items()).find((item) => item.sk === `ACTIVATION#${activationId}`);
    expect(used).toMatchObject({ hostId, usedAt: expect.any(String) });

    // Checking the limits synchronised SSM's list: the server is in the inventory.
    expect((await asFresh('GET', '/api/hosts')).json().items.map((host: Host) => host.id)).toEqual([hostId]);
  });

  it('lists only the tenant’s hosts; sync reads the registry; the admin list shows the host count', async () => {
    // Activations need a plan with hosts in force (the test tenant has none yet).
    const plan = await post('customer-admin-A', '/api/subscription', { planId: 'managed-host' });
    expect(plan.status).toBe(200);
    const listed = (await api.request('GET', '/api/hosts', { persona: 'customer-member-A' })).json().items as Host[];
    expect(listed.map((host) => host.id)).toContain(hostA.id);
    expect(listed.map((host) => host.id)).not.toContain(hostB.id);

    const activation = await post('customer-admin-A', '/api/hosts/activations', { name: 'web-07' });
    expect(activation.status).toBe(201);
    const { activationId, activationCode, registerCommand, expiresAt } = activation.json();
    expect(registerCommand).toContain(activationId);
    expect(registerCommand).toContain(activationCode);
    expect(Date.parse(expiresAt) - api.now().getTime()).toBeGreaterThan(23 * 3_600_000);
    const badName = await post('customer-admin-A', '/api/hosts/activations', { name: 'web 07; reboot' });
    expect(badName.status).toBe(422);
    expect((await post('customer-member-A', '/api/hosts/activations', { name: 'web-08' })).status).toBe(403);

    const { hostId } = redeemActivation(api.hostRegistry, { activationId, activationCode, now: api.now() });
    expect(() => redeemActivation(api.hostRegistry, { activationId, activationCode, now: api.now() })).toThrow(/limit/);
    const synced = await post('customer-member-A', '/api/hosts/sync');
    expect(synced.status).toBe(200);
    const names = (synced.json().items as Host[]).map((host) => host.name);
    expect(names).toContain('web-07');
    const tenants = (await api.request('GET', '/api/admin/tenants?limit=200', { persona: 'provider-admin' })).json()
      .items;
    const tenantA = tenants.find((tenant: { id: string }) => tenant.id === api.tenantA.id);
    expect(tenantA.hostCount).toBe((synced.json().items as Host[]).length);

    expect((await api.request('DELETE', `/api/hosts/${hostId}`, { persona: 'customer-admin-B' })).status).toBe(404);
    expect((await api.request('DELETE', `/api/hosts/${hostId}`, { persona: 'customer-admin-A' })).status).toBe(204);
    const after = (await api.request('GET', '/api/hosts', { persona: 'customer-admin-A' })).json().items as Host[];
    expect(after.map((host) => host.id)).not.toContain(hostId);
    expect(api.hostRegistry.host(hostId)).toBeUndefined();
  });
});
