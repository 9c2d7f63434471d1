import { PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoInvoiceRepository } from '../../../../functions/adapters/dynamodb/dynamo-invoice-repository.js';
import { DynamoMonitorRepository } from '../../../../functions/adapters/dynamodb/dynamo-monitor-repository.js';
import { DynamoReportFactsReader, finishedAt } from '../../../../functions/adapters/dynamodb/dynamo-report-facts.js';
import { DynamoSubscriptionRepository } from '../../../../functions/adapters/dynamodb/dynamo-subscription-repository.js';
import { DynamoTaskRepository } from '../../../../functions/adapters/dynamodb/dynamo-task-repository.js';
import { DynamoTenantRepository } from '../../../../functions/adapters/dynamodb/dynamo-tenant-repository.js';
import { DynamoUsageLedger } from '../../../../functions/adapters/dynamodb/dynamo-usage-ledger.js';
import { keys } from '../../../../functions/adapters/dynamodb/keys.js';
import { openIncidentItems, rollupUpdate } from '../../../../functions/adapters/dynamodb/monitoring-items.js';
import type { AuditEntry } from '../../../../shared/audit/audit-entry.js';
import type { Booking } from '../../../../shared/booking/model.js';
import type { CheckResult, Incident } from '../../../../shared/monitoring/model.js';
import type { Task, TaskStatus } from '../../../../shared/tasks/model.js';
import { createTestTable, type TestTable } from '../../../support/dynamo.js';
import { sampleInvoice } from '../../../support/invoices.js';
import { newTestMonitor, testTenant } from '../../../support/monitoring-fakes.js';
import { reportIncident, reportTask } from '../../../support/report-facts.js';
import { testSubscription } from '../../../support/report-fakes.js';

/** The report's facts read from DynamoDB Local through the repositories: what overlaps November 2026 and what not. */
let table: TestTable;
let reader: DynamoReportFactsReader;
const T = 'tenant-facts';
const START = '2026-11-01T00:00:00.000Z';
const END = '2026-12-01T00:00:00.000Z';

const audit = (id: string): AuditEntry => ({
  id,
  tenantId: T,
  at: '2026-10-01T00:00:00.000Z',
  actor: { userId: 'system', email: 'system@opsdesk', roles: [] },
  action: 'test.seeded',
  target: { type: 'test', id },
  details: {},
});

const monitor = newTestMonitor({ id: 'mon-f', tenantId: T, name: 'Shop', createdAt: '2026-10-01T00:00:00.000Z' });

const incident = (id: string, openedAt: string, resolvedAt: string | null): Incident =>
  reportIncident(id, openedAt, {
    tenantId: T,
    tenantName: 'Facts GmbH',
    monitorId: monitor.id,
    monitorName: monitor.name,
    severity: 'major',
    resolvedAt,
    acknowledgeDueAt: openedAt,
    resolveDueAt: openedAt,
    pages: 0,
  });

const task = (id: string, status: TaskStatus, lastAt: string): Task =>
  reportTask(
    id,
    [
      ['queued', '2026-10-20T08:00:00.000Z'],
      [status, lastAt],
    ],
    { tenantId: T, tenantName: 'Facts GmbH' },
  );

const booking = (id: string, start: string): Booking => ({
  id,
  tenantId: T,
  typeId: 'consultation',
  staffId: 'staff-1',
  bookedBy: 'u-1',
  start,
  end: new Date(Date.parse(start) + 3_600_000).toISOString(),
  durationMinutes: 60,
  holdStart: start,
  holdEnd: new Date(Date.parse(start) + 3_600_000).toISOString(),
  status: 'confirmed',
  notes: null,
  lateCancellationFee: null,
  minutesSpent: null,
  createdAt: '2026-10-01T00:00:00.000Z',
  updatedAt: '2026-10-01T00:00:00.000Z',
});

const result = (at: string, outcome: CheckResult['outcome']): CheckResult => ({
  id: `${monitor.id}#${at}`,
  monitorId: monitor.id,
  tenantId: T,
  at,
  outcome,
  inMaintenance: false,
  responseMs: 100,
  message: 'HTTP 200',
  recheck: false,
});

beforeAll(async () => {
  table = await createTestTable();
  const { client, tableName } = table;
  reader = new DynamoReportFactsReader(client, tableName);
  const tenants = new DynamoTenantRepository(client, tableName);
  await tenants.createTenantWithAdmin({
    tenant: testTenant({ id: T, name: 'Facts GmbH', timeZone: 'Europe/Vienna' }),
    admin: {
      id: 'u-1',
      tenantId: T,
      email: 'admin@facts.example',
      name: 'Ada Admin',
      roles: ['customer-admin'],
      createdAt: START,
    },
    audit: audit('a-tenant'),
  });
  await tenants.createUser(
    {
      id: 'u-2',
      tenantId: T,
      email: 'member@facts.example',
      name: 'Max Member',
      roles: ['customer-member'],
      createdAt: START,
    },
    audit('a-member'),
  );
  await new DynamoSubscriptionRepository(client, tableName).commit({
    subscription: testSubscription(T, 'webmaster-eighth', '2026-01-01T00:00:00.000Z'),
    expectedRevision: null,
    audit: [],
  });
  await new DynamoMonitorRepository(client, tableName).create(monitor, audit('a-monitor'), null);
  const results = [
    result('2026-10-31T23:59:00.000Z', 'up'),
    result('2026-11-01T00:00:00.000Z', 'up'),
    result('2026-11-30T23:59:00.000Z', 'down'),
    result('2026-12-01T00:00:00.000Z', 'up'),
  ];
  for (const r of results) {
    await client.send(new TransactWriteCommand({ TransactItems: [rollupUpdate(tableName, r, 'day')] as never }));
  }
  const incidents = [
    incident('inc-before', '2026-10-10T00:00:00.000Z', '2026-10-31T23:00:00.000Z'),
    incident('inc-carried', '2026-10-31T22:00:00.000Z', '2026-11-01T01:00:00.000Z'),
    incident('inc-open-long', '2026-09-15T00:00:00.000Z', null),
    incident('inc-in', '2026-11-10T00:00:00.000Z', '2026-11-10T02:00:00.000Z'),
    incident('inc-spanning', '2026-11-30T23:00:00.000Z', '2026-12-01T03:00:00.000Z'),
    incident('inc-after', '2026-12-01T00:00:00.000Z', null),
    // Opened more than 90 days before the period (INCIDENT_LOOKBACK_DAYS): beyond what is read.
    incident('inc-ancient', '2026-08-01T00:00:00.000Z', null),
  ];
  for (const i of incidents) {
    await client.send(new TransactWriteCommand({ TransactItems: openIncidentItems(tableName, i) as never }));
  }
  const tasks = new DynamoTaskRepository(client, tableName);
  await tasks.create(task('task-oct', 'succeeded', '2026-10-31T23:59:59.999Z'), {});
  await tasks.create(task('task-nov', 'failed', '2026-11-01T00:00:00.000Z'), {});
  await tasks.create(task('task-nov2', 'cancelled', '2026-11-29T12:00:00.000Z'), {});
  await tasks.create(task('task-open', 'running', '2026-11-15T00:00:00.000Z'), {});
  await tasks.create(task('task-dec', 'succeeded', '2026-12-01T00:00:00.000Z'), {});
  for (const b of [
    booking('b-oct', '2026-10-31T23:00:00.000Z'),
    booking('b-nov', '2026-11-12T09:00:00.000Z'),
    booking('b-dec', '2026-12-01T00:00:00.000Z'),
  ]) {
    await client.send(
      new PutCommand({ TableName: tableName, Item: { ...keys.booking(T, b.id), entity: 'booking', v: 1, ...b } }),
    );
  }
  await new DynamoUsageLedger(client, tableName).append([
    {
      id: 'usage-nov',
      tenantId: T,
      kind: 'webmaster_minutes',
      quantity: 50,
      unit: 'minutes',
      occurredAt: '2026-11-12T10:00:00.000Z',
      sourceId: 'b-nov',
      unitPrice: null,
    },
    {
      id: 'usage-dec',
      tenantId: T,
      kind: 'webmaster_minutes',
      quantity: 20,
      unit: 'minutes',
      occurredAt: '2026-12-02T10:00:00.000Z',
      sourceId: 'b-dec',
      unitPrice: null,
    },
  ]);
  const { number: _number, ...draft } = sampleInvoice({
    id: 'inv-facts',
    tenantId: T,
    periodId: '2026-11',
    servicePeriod: { start: START, end: END },
  });
  // An invoice is finalized within a period's close (it counts the close's invoices).
  await client.send(
    new PutCommand({
      TableName: tableName,
      Item: { ...keys.periodClose('2026-11'), entity: 'period_close', invoiced: 0 },
    }),
  );
  await new DynamoInvoiceRepository(client, tableName).finalize(draft, audit('a-invoice'));
});

describe('DynamoReportFactsReader', () => {
  it('reads the tenant, its subscription, monitors and the period’s daily rollups', async () => {
    expect(await reader.tenant(T)).toEqual({ id: T, name: 'Facts GmbH', timeZone: 'Europe/Vienna', status: 'active' });
    expect(await reader.tenant('tenant-none')).toBeNull();
    expect((await reader.subscription(T))?.planHistory).toEqual([
      { planId: 'webmaster-eighth', effectiveFrom: '2026-01-01T00:00:00.000Z' },
    ]);
    expect((await reader.monitors(T)).map((m) => m.id)).toEqual(['mon-f']);
    const rollups = await reader.dailyRollups(T, 'mon-f', '2026-11-01', '2026-11-30');
    expect(rollups.map((r) => [r.bucket, r.up, r.down])).toEqual([
      ['2026-11-01', 1, 0],
      ['2026-11-30', 0, 1],
    ]);
  });

  it('finds the incidents overlapping the period: carried over, within, spanning its end, still open (90 days back)', async () => {
    const found = await reader.incidentsOverlapping(T, START, END);
    expect(found.map((i) => i.id)).toEqual(['inc-open-long', 'inc-carried', 'inc-in', 'inc-spanning']);
  });

  it('keeps the tasks whose final status fell in the period, and only those', async () => {
    const found = await reader.tasksFinishedBetween(T, START, END);
    expect(found.map((t) => t.id)).toEqual(['task-nov', 'task-nov2']);
    expect(finishedAt(found[0]!)).toBe('2026-11-01T00:00:00.000Z');
  });

  it('keeps the bookings that start in the period, the period’s usage and its invoice', async () => {
    expect((await reader.bookingsBetween(T, START, END)).map((b) => b.id)).toEqual(['b-nov']);
    expect((await reader.usage(T, '2026-11')).map((u) => u.id)).toEqual(['usage-nov']);
    expect((await reader.invoice(T, '2026-11'))?.id).toBe('inv-facts');
    expect(await reader.invoice(T, '2026-10')).toBeNull();
  });

  it('names the organisation’s customer-admins, not its members', async () => {
    expect(await reader.customerAdmins(T)).toEqual([{ email: 'admin@facts.example', name: 'Ada Admin' }]);
  });
});
