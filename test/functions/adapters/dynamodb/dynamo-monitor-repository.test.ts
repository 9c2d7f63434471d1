import { beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClient } from '../../../../functions/adapters/dynamodb/client.js';
import { DynamoCheckResultStore } from '../../../../functions/adapters/dynamodb/dynamo-check-result-store.js';
import { DynamoIncidentRepository } from '../../../../functions/adapters/dynamodb/dynamo-incident-repository.js';
import { DynamoMonitorRepository } from '../../../../functions/adapters/dynamodb/dynamo-monitor-repository.js';
import { DynamoTenantRepository } from '../../../../functions/adapters/dynamodb/dynamo-tenant-repository.js';
import { isDuplicateResult } from '../../../../functions/adapters/dynamodb/monitoring-items.js';
import { runInTenantScope } from '../../../../functions/adapters/dynamodb/tenant-scope.js';
import { TenantScopedDocumentClient } from '../../../../functions/adapters/dynamodb/tenant-scoped-client.js';
import type { AuditEntry } from '../../../../shared/audit/audit-entry.js';
import type { BookingNotification } from '../../../../shared/booking/notifications.js';
import type { CheckResult, Incident, Monitor } from '../../../../shared/monitoring/model.js';
import { createTestTable, type TestTable } from '../../../support/dynamo.js';
import { newTestMonitor, testTenant } from '../../../support/monitoring-fakes.js';

/** Monitors, their results and rollups, and incidents, on DynamoDB Local (through the tenant-scoped client). */
let table: TestTable;
let monitors: DynamoMonitorRepository;
let incidents: DynamoIncidentRepository;
let results: DynamoCheckResultStore;
let tenants: DynamoTenantRepository;
const NOW = new Date('2026-12-06T14:30:00.000Z');

beforeAll(async () => {
  table = await createTestTable();
  const client = TenantScopedDocumentClient.over(createDynamoClient(table.endpoint));
  monitors = new DynamoMonitorRepository(client, table.tableName);
  incidents = new DynamoIncidentRepository(client, table.tableName);
  results = new DynamoCheckResultStore(client, table.tableName, () => NOW);
  tenants = new DynamoTenantRepository(client, table.tableName);
});

const audit = (tenantId: string, id: string): AuditEntry => ({
  id: `audit-${id}`,
  tenantId,
  at: '2026-12-06T14:00:00.000Z',
  actor: { userId: 'admin', email: 'admin@example.com', roles: ['customer-admin'] },
  action: 'monitor.created',
  target: { type: 'monitor', id },
  details: {},
});

const monitor = (tenantId: string, id: string, overrides: Partial<Monitor> = {}): Monitor =>
  newTestMonitor({
    id,
    tenantId,
    name: `Monitor ${id}`,
    target: 'https://shop.example.org/',
    method: 'GET',
    nextCheckAt: '2026-12-06T14:01:00.000Z',
    createdAt: '2026-12-06T14:00:00.000Z',
    updatedAt: '2026-12-06T14:00:00.000Z',
    ...overrides,
  });

const result = (m: Monitor, scheduledAt: string, overrides: Partial<CheckResult> = {}): CheckResult => ({
  id: `${m.id}#${scheduledAt}`,
  monitorId: m.id,
  tenantId: m.tenantId,
  at: scheduledAt,
  outcome: 'up',
  inMaintenance: false,
  responseMs: 120,
  message: 'HTTP 200',
  recheck: false,
  ...overrides,
});

const incident = (m: Monitor, overrides: Partial<Incident> = {}): Incident => ({
  id: `inc-${m.id}`,
  tenantId: m.tenantId,
  tenantName: 'Acme',
  monitorId: m.id,
  monitorName: m.name,
  monitorKind: m.kind,
  severity: 'major',
  status: 'open',
  detectedAt: '2026-12-06T14:05:00.000Z',
  openedAt: '2026-12-06T14:06:00.000Z',
  acknowledgedAt: null,
  acknowledgedBy: null,
  resolvedAt: null,
  acknowledgeDueAt: '2026-12-06T14:21:00.000Z',
  resolveDueAt: '2026-12-06T18:06:00.000Z',
  coverage: 'covered',
  coverageStartsAt: null,
  pages: 1,
  escalationLevel: 0,
  nextPageAt: '2026-12-06T14:16:00.000Z',
  pagedStaffIds: ['op-1'],
  timeline: [],
  version: 1,
  ...overrides,
});

const page = (i: Incident): BookingNotification => ({
  id: `incident_page-${i.id}-1`,
  kind: 'incident_page',
  bookingId: null,
  incidentId: i.id,
  tenantId: i.tenantId,
  to: 'op@opsdesk.example',
  subject: 'Incident',
  text: 'Down',
  ics: null,
  dueAt: i.openedAt,
});

/** A customer's request of tenant `tenantId`: the key guard refuses any key it was not granted. */
const asCustomer = <T>(tenantId: string, fn: () => Promise<T>) => runInTenantScope(tenantId, fn, 'req-1');

const advance = (m: Monitor, changes: Partial<Monitor>): Monitor => ({ ...m, ...changes, version: m.version + 1 });

describe('DynamoMonitorRepository', () => {
  it('creates, lists by name, moves the schedule marker and deletes within a customer’s tenant scope', async () => {
    const b = monitor('mt-1', 'm-b', { name: 'Beta' });
    const a = monitor('mt-1', 'm-a', { name: 'Alpha', nextCheckAt: '2026-12-06T14:02:00.000Z' });
    await asCustomer('mt-1', () => monitors.create(b, audit('mt-1', 'm-b'), null));
    await asCustomer('mt-1', () => monitors.create(a, audit('mt-1', 'm-a'), null));
    await monitors.create(monitor('mt-2', 'm-c'), audit('mt-2', 'm-c'), null);

    expect((await asCustomer('mt-1', () => monitors.list('mt-1'))).map((m) => m.name)).toEqual(['Alpha', 'Beta']);
    expect(await monitors.get('mt-1', 'm-a')).toEqual(a);
    expect(await monitors.get('mt-2', 'm-a')).toBeNull();

    const due = await monitors.due('2026-12-06T14:01:00.000Z', 100);
    expect(due.filter((d) => d.tenantId === 'mt-1')).toEqual([
      { dueAt: '2026-12-06T14:01:00.000Z', tenantId: 'mt-1', monitorId: 'm-b' },
    ]);

    const paused = advance(b, { paused: true });
    await asCustomer('mt-1', () => monitors.update(b, paused, {}));
    const resumed = advance(paused, { paused: false, nextCheckAt: '2026-12-06T14:10:00.000Z' });
    await monitors.update(paused, resumed, {});
    const markers = (await table.items()).filter((item) => item.pk === 'P#MONITOR_DUE' && item.monitorId === 'm-b');
    expect(markers.map((item) => item.sk)).toEqual(['2026-12-06T14:10:00.000Z#mt-1#m-b']);

    await expect(monitors.update(b, advance(b, { name: 'stale' }), {})).rejects.toMatchObject({
      code: 'STATE.CONFLICT',
    });

    await asCustomer('mt-1', () => monitors.remove(resumed, audit('mt-1', 'm-b-del')));
    expect(await monitors.get('mt-1', 'm-b')).toBeNull();
    expect((await table.items()).filter((item) => item.monitorId === 'm-b' && item.pk === 'P#MONITOR_DUE')).toEqual([]);
  });

  it('reads due monitors oldest first up to the limit, and a host’s monitors', async () => {
    for (const [index, minute] of ['03', '01', '02'].entries()) {
      const m = monitor('mt-6', `m-due-${index}`, {
        nextCheckAt: `2026-12-05T10:${minute}:00.000Z`,
        hostId: index === 0 ? 'mi-00000000000000006' : null,
      });
      await monitors.create(m, audit('mt-6', m.id), null);
    }
    const due = await monitors.due('2026-12-05T10:02:00.000Z', 10);
    expect(due.map((d) => d.monitorId)).toEqual(['m-due-1', 'm-due-2']);
    expect((await monitors.due('2026-12-05T10:59:00.000Z', 2)).map((d) => d.monitorId)).toEqual(['m-due-1', 'm-due-2']);
    expect((await monitors.listForHost('mt-6', 'mi-00000000000000006')).map((m) => m.id)).toEqual(['m-due-0']);
  });

  it('finds a heartbeat by its token’s hash and forgets the token with the monitor', async () => {
    const hb = monitor('mt-3', 'm-hb', { kind: 'heartbeat', target: null, periodMinutes: 60, graceMinutes: 5 });
    await asCustomer('mt-3', () => monitors.create(hb, audit('mt-3', 'm-hb'), 'ab'.repeat(32)));
    expect(await monitors.findByHeartbeatToken('ab'.repeat(32))).toEqual(hb);
    expect(await monitors.findByHeartbeatToken('cd'.repeat(32))).toBeNull();
    await asCustomer('mt-3', () => monitors.remove(hb, audit('mt-3', 'm-hb-del')));
    expect(await monitors.findByHeartbeatToken('ab'.repeat(32))).toBeNull();
  });

  it('records a result once, adds it to the hour and day rollups, and reads p50/p95 back', async () => {
    let m = monitor('mt-4', 'm-r');
    await monitors.create(m, audit('mt-4', 'm-r'), null);
    const times = [40, 90, 150, 150, 250, 400, 600, 900, 1200, 8000];
    for (const [index, responseMs] of times.entries()) {
      const scheduledAt = `2026-12-06T14:${String(index + 1).padStart(2, '0')}:00.000Z`;
      const next = advance(m, {
        lastCheckedAt: scheduledAt,
        nextCheckAt: `2026-12-06T14:${String(index + 2).padStart(2, '0')}:00.000Z`,
      });
      await monitors.update(m, next, { result: result(m, scheduledAt, { responseMs }) });
      m = next;
    }
    const down = advance(m, { state: 'down' });
    await monitors.update(m, down, {
      result: result(m, '2026-12-06T14:20:00.000Z', { outcome: 'down', responseMs: null, message: 'timeout' }),
    });
    m = down;
    const inMaintenance = advance(m, {});
    await monitors.update(m, inMaintenance, {
      result: result(m, '2026-12-06T14:21:00.000Z', { outcome: 'down', inMaintenance: true }),
    });
    m = inMaintenance;
    const noData = advance(m, {});
    await monitors.update(m, noData, {
      result: result(m, '2026-12-06T14:22:00.000Z', { outcome: 'no_data', responseMs: null }),
    });
    m = noData;

    // The same result again (a redelivered batch): refused as a duplicate, nothing counted twice.
    const again = advance(m, {});
    const duplicate = await monitors
      .update(m, again, { result: result(m, '2026-12-06T14:22:00.000Z', { outcome: 'no_data', responseMs: null }) })
      .catch((error: unknown) => error);
    expect(isDuplicateResult(duplicate)).toBe(true);
    expect(duplicate).toMatchObject({ code: 'STATE.CONFLICT' });

    const hourly = await results.rollups('mt-4', 'm-r', 'hour', '2026-12-06T00', '2026-12-06T23');
    expect(hourly).toEqual([
      {
        monitorId: 'm-r',
        bucket: '2026-12-06T14',
        up: 10,
        down: 1,
        noData: 1,
        maintenance: 1,
        p50Ms: 300,
        p95Ms: 10_000,
      },
    ]);
    const daily = await results.rollups('mt-4', 'm-r', 'day', '2026-12-01', '2026-12-06');
    expect(daily).toMatchObject([{ bucket: '2026-12-06', up: 10, down: 1, noData: 1, maintenance: 1 }]);
    expect(await results.rollups('mt-4', 'm-r', 'day', '2026-12-07', '2026-12-31')).toEqual([]);

    const recent = await results.recent('mt-4', 'm-r', 3);
    expect(recent.map((r) => r.at)).toEqual([
      '2026-12-06T14:22:00.000Z',
      '2026-12-06T14:21:00.000Z',
      '2026-12-06T14:20:00.000Z',
    ]);
    expect(recent[0]).toEqual(result(m, '2026-12-06T14:22:00.000Z', { outcome: 'no_data', responseMs: null }));
    const stored = (await table.items()).find((item) => item.id === 'm-r#2026-12-06T14:01:00.000Z');
    expect(stored?.expiresAt).toBe(Date.parse('2026-12-13T14:01:00.000Z') / 1000);
  });

  it('opens an incident with the monitor’s change once, pages through the outbox and keeps its indexes in step', async () => {
    const m = monitor('mt-5', 'm-i');
    await monitors.create(m, audit('mt-5', 'm-i'), null);
    const opened = incident(m);
    const down = advance(m, { state: 'down', incidentId: opened.id });
    await monitors.update(m, down, {
      result: result(m, '2026-12-06T14:06:00.000Z', { outcome: 'down' }),
      openIncident: opened,
      notifications: [page(opened)],
    });
    // A second delivery that lost the race cannot open it again.
    await expect(
      monitors.update(down, advance(down, {}), {
        result: result(m, '2026-12-06T14:07:00.000Z', { outcome: 'down' }),
        openIncident: opened,
      }),
    ).rejects.toMatchObject({ code: 'STATE.CONFLICT' });

    expect(await incidents.get('mt-5', opened.id)).toEqual(opened);
    expect(await incidents.find(opened.id)).toEqual(opened);
    expect(await incidents.get('mt-4', opened.id)).toBeNull();
    expect(
      (await table.items()).filter((item) => item.entity === 'notification' && item.incidentId === opened.id),
    ).toHaveLength(1);
    expect(await incidents.duePages('2026-12-06T14:15:59.000Z', 10)).toEqual([]);
    expect(await incidents.duePages('2026-12-06T14:16:00.000Z', 10)).toContainEqual({
      dueAt: '2026-12-06T14:16:00.000Z',
      tenantId: 'mt-5',
      incidentId: opened.id,
    });
    expect((await incidents.listUnresolved()).map((i) => i.id)).toContain(opened.id);
    expect((await incidents.listForTenant('mt-5', { limit: 10 })).items).toEqual([opened]);
    expect((await incidents.listAll({ limit: 50, status: 'open' })).items.map((i) => i.id)).toContain(opened.id);

    const acknowledged = { ...opened, status: 'acknowledged' as const, nextPageAt: null, version: 2 };
    await incidents.update(opened, acknowledged, {});
    expect(await incidents.duePages('2026-12-06T23:00:00.000Z', 10)).not.toContainEqual(
      expect.objectContaining({ incidentId: opened.id }),
    );
    await expect(incidents.update(opened, acknowledged, {})).rejects.toMatchObject({ code: 'STATE.CONFLICT' });

    // Resolved with the monitor's recovery, from a customer's request (deleting the monitor resolves it too).
    const resolved = {
      ...acknowledged,
      status: 'resolved' as const,
      resolvedAt: '2026-12-06T15:00:00.000Z',
      version: 3,
    };
    await asCustomer('mt-5', () =>
      monitors.update(down, advance(down, { state: 'up', incidentId: null }), {
        updateIncident: { before: acknowledged, after: resolved },
      }),
    );
    expect((await incidents.listUnresolved()).map((i) => i.id)).not.toContain(opened.id);
    expect((await incidents.listAll({ limit: 50, status: 'open' })).items.map((i) => i.id)).not.toContain(opened.id);
    expect((await incidents.listForTenant('mt-5', { limit: 10, status: 'resolved' })).items).toEqual([resolved]);
  });

  it('deletes one schedule marker and one page marker as the dispatcher and the pager read them', async () => {
    const m = monitor('mt-7', 'm-gone', { nextCheckAt: '2026-12-03T08:00:00.000Z' });
    await monitors.create(m, audit('mt-7', m.id), null);
    const opened = incident(m, { nextPageAt: '2026-12-03T08:10:00.000Z' });
    await monitors.update(m, advance(m, { incidentId: opened.id }), { openIncident: opened });
    const marker = (await monitors.due('2026-12-03T08:00:00.000Z', 100)).find((d) => d.monitorId === m.id);
    const pageMarker = (await incidents.duePages('2026-12-03T08:10:00.000Z', 100)).find(
      (d) => d.incidentId === opened.id,
    );
    expect(marker).toEqual({ dueAt: '2026-12-03T08:00:00.000Z', tenantId: 'mt-7', monitorId: m.id });
    expect(pageMarker).toEqual({ dueAt: '2026-12-03T08:10:00.000Z', tenantId: 'mt-7', incidentId: opened.id });

    await monitors.removeDue(marker!);
    await incidents.removePage(pageMarker!);
    // Twice is harmless: the dispatcher of the next minute may see the same marker before the delete shows.
    await monitors.removeDue(marker!);
    expect((await monitors.due('2026-12-03T08:00:00.000Z', 100)).map((d) => d.monitorId)).not.toContain(m.id);
    expect((await incidents.duePages('2026-12-03T08:10:00.000Z', 100)).map((d) => d.incidentId)).not.toContain(
      opened.id,
    );
  });
});

describe('purging a tenant with monitoring', () => {
  it('leaves no provider-side monitoring item of the tenant, and another tenant’s untouched', async () => {
    const site = monitor('mt-8', 'm-site', { nextCheckAt: '2026-12-02T09:00:00.000Z' });
    const paused = monitor('mt-8', 'm-paused', { paused: true, nextCheckAt: '2026-12-02T09:01:00.000Z' });
    const hb = monitor('mt-8', 'm-hb8', {
      kind: 'heartbeat',
      target: null,
      periodMinutes: 60,
      graceMinutes: 5,
      nextCheckAt: '2026-12-02T10:00:00.000Z',
    });
    const other = monitor('mt-9', 'm-other', { nextCheckAt: '2026-12-02T09:00:00.000Z' });
    await monitors.create(site, audit('mt-8', site.id), null);
    await monitors.create(paused, audit('mt-8', paused.id), null);
    await monitors.create(hb, audit('mt-8', hb.id), 'ef'.repeat(32));
    await monitors.create(other, audit('mt-9', other.id), null);
    const open = incident(site, { id: 'inc-open-8', nextPageAt: '2026-12-02T09:20:00.000Z' });
    await monitors.update(site, advance(site, { incidentId: open.id }), {
      result: result(site, '2026-12-02T09:00:00.000Z', { outcome: 'down' }),
      openIncident: open,
      notifications: [page(open)],
    });
    const resolved = incident(hb, {
      id: 'inc-resolved-8',
      status: 'resolved',
      resolvedAt: '2026-12-02T09:30:00.000Z',
      nextPageAt: null,
    });
    await monitors.update(hb, advance(hb, {}), { openIncident: resolved });
    const otherIncident = incident(other, { id: 'inc-other-9' });
    await monitors.update(other, advance(other, { incidentId: otherIncident.id }), { openIncident: otherIncident });

    const providerSide = async (tenantId: string) =>
      (await table.items())
        .filter((item) => !String(item.pk).startsWith('T#') && item.tenantId === tenantId)
        .map((item) => `${item.pk} ${item.sk}`)
        .sort();
    // What the purge must find: markers, the token lookup, the incidents' pointers, indexes and the page marker.
    expect(await providerSide('mt-8')).toEqual(
      [
        `P#INCIDENT#inc-open-8 INCIDENT`,
        `P#INCIDENT#inc-resolved-8 INCIDENT`,
        `P#INCIDENTS_OPEN ${open.openedAt}#inc-open-8`,
        `P#INCIDENT_PAGE 2026-12-02T09:20:00.000Z#inc-open-8`,
        `P#MONITOR_DUE 2026-12-02T09:00:00.000Z#mt-8#m-site`,
        `P#MONITOR_DUE 2026-12-02T10:00:00.000Z#mt-8#m-hb8`,
        `P#MONITOR_TOKEN#${'ef'.repeat(32)} TOKEN`,
        `P#NOTIFY ${open.openedAt}#${page(open).id}`,
      ].sort(),
    );
    const otherBefore = await providerSide('mt-9');

    await tenants.purgeTenant(testTenant({ id: 'mt-8' }), {
      ...audit('mt-8', 'purge'),
      tenantId: null,
      action: 'tenant.purged',
    });

    expect(await providerSide('mt-8')).toEqual([]);
    expect((await table.items()).filter((item) => item.pk === 'T#mt-8')).toEqual([]);
    expect(await monitors.findByHeartbeatToken('ef'.repeat(32))).toBeNull();
    expect(await incidents.find(open.id)).toBeNull();
    expect((await incidents.listUnresolved()).map((i) => i.id)).toContain(otherIncident.id);
    expect(await providerSide('mt-9')).toEqual(otherBefore);
    expect(otherBefore).toHaveLength(4);
  });
});
