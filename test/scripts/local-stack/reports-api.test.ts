import { QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoMonitorRepository } from '../../../functions/adapters/dynamodb/dynamo-monitor-repository.js';
import { DynamoSubscriptionRepository } from '../../../functions/adapters/dynamodb/dynamo-subscription-repository.js';
import { DynamoTaskRepository } from '../../../functions/adapters/dynamodb/dynamo-task-repository.js';
import { DynamoUsageLedger } from '../../../functions/adapters/dynamodb/dynamo-usage-ledger.js';
import { keys } from '../../../functions/adapters/dynamodb/keys.js';
import { openIncidentItems, rollupUpdate } from '../../../functions/adapters/dynamodb/monitoring-items.js';
import type { BookingNotification } from '../../../shared/booking/notifications.js';
import type { CheckResult, Incident } from '../../../shared/monitoring/model.js';
import type { ReportExport, ServiceReport } from '../../../shared/reports/model.js';
import { findTaskType } from '../../../shared/tasks/catalogue.js';
import type { Task } from '../../../shared/tasks/model.js';
import { taskDraft } from '../../../shared/tasks/tasks.js';
import type { UsageRecord } from '../../../shared/usage/usage-record.js';
import { createTestApi, type Persona, type TestApi } from '../../support/api.js';
import { eventually, waitForClose } from '../../support/billing.js';
import { parseCsv } from '../../support/csv.js';
import { newTestMonitor } from '../../support/monitoring-fakes.js';
import { testSubscription } from '../../support/report-fakes.js';
import { figuresOf, recomputeReport } from '../../support/report-recompute.js';

/**
 * The monthly service report through the local stack: tenant A's November 2026 (a monitor created mid-month with its
 * results, an incident, a completed booking and a task, their usage) is closed as finance closes a period — the
 * handlers' clock just after the month, the period-close queue on fauxqs, the real consumer invoicing and then making
 * the report — and read back through the API as each persona may.
 */
const PERIOD = '2026-11';
/** The handlers' clock: half an hour after November 2026 ended. */
const CLOSE_AT = new Date('2026-12-01T00:30:00.000Z');
const LONG_AGO = '2026-10-01T00:00:00.000Z';

let api: TestApi;
const ids = { monitor: 'mon-report', incident: 'inc-report', task: 'task-report', booking: 'booking-report' };

const as = (persona: Persona, headers: Record<string, string> = {}) => ({ persona, headers });

const result = (at: string, outcome: CheckResult['outcome'], inMaintenance = false): CheckResult => ({
  id: `${ids.monitor}#${at}`,
  monitorId: ids.monitor,
  tenantId: api.tenantA.id,
  at,
  outcome,
  inMaintenance,
  responseMs: outcome === 'no_data' ? null : 120,
  message: outcome === 'up' ? 'HTTP 200' : 'HTTP 503',
  recheck: false,
});

const usage = (id: string, minutes: number, occurredAt: string, sourceId: string): UsageRecord => ({
  id,
  tenantId: api.tenantA.id,
  kind: 'webmaster_minutes',
  quantity: minutes,
  unit: 'minutes',
  occurredAt,
  sourceId,
  unitPrice: null,
});

/** Tenant A's November: written straight to the table, as the other contexts would have written it. */
const seedNovember = async () => {
  const { client, tableName } = api.table;
  // Both organisations existed before November (the seed made them at the handlers' clock).
  for (const tenant of [api.tenantA, api.tenantB]) {
    await client.send(
      new UpdateCommand({
        TableName: tableName,
        Key: keys.tenant(tenant.id),
        UpdateExpression: 'SET createdAt = :at, gsi1sk = :listing',
        ExpressionAttributeValues: { ':at': LONG_AGO, ':listing': keys.tenantListing(LONG_AGO, tenant.id).gsi1sk },
      }),
    );
  }
  await new DynamoSubscriptionRepository(client, tableName).commit({
    subscription: testSubscription(api.tenantA.id, 'webmaster-eighth', LONG_AGO),
    expectedRevision: null,
    audit: [],
  });
  const audit = {
    id: 'audit-seed',
    tenantId: api.tenantA.id,
    at: LONG_AGO,
    actor: { userId: 'test', email: 'test@opsdesk.local', roles: [] },
    action: 'test.seeded',
    target: { type: 'test', id: 'seed' },
    details: {},
  };
  const monitor = newTestMonitor({
    id: ids.monitor,
    tenantId: api.tenantA.id,
    name: 'Shop',
    target: 'https://shop.example.org/',
    method: 'GET',
    createdAt: '2026-11-10T12:00:00.000Z',
    updatedAt: '2026-11-10T12:00:00.000Z',
    nextCheckAt: '2027-01-01T00:00:00.000Z',
  });
  await new DynamoMonitorRepository(client, tableName).create(monitor, audit, null);
  const results = [
    ...Array.from({ length: 8 }, (_, i) => result(`2026-11-10T1${i}:30:00.000Z`, 'up')),
    result('2026-11-11T10:00:00.000Z', 'down'),
    result('2026-11-11T10:30:00.000Z', 'down'),
    result('2026-11-11T11:30:00.000Z', 'up'),
    result('2026-11-12T03:00:00.000Z', 'down', true),
    result('2026-11-12T04:00:00.000Z', 'no_data'),
  ];
  for (const r of results) {
    await client.send(new TransactWriteCommand({ TransactItems: [rollupUpdate(tableName, r, 'day')] as never }));
  }
  const incident: Incident = {
    id: ids.incident,
    tenantId: api.tenantA.id,
    tenantName: api.tenantA.name,
    monitorId: monitor.id,
    monitorName: monitor.name,
    monitorKind: 'http',
    severity: 'major',
    status: 'resolved',
    detectedAt: '2026-11-11T09:59:00.000Z',
    openedAt: '2026-11-11T10:00:00.000Z',
    acknowledgedAt: '2026-11-11T10:12:20.000Z',
    acknowledgedBy: api.users.operator.email,
    resolvedAt: '2026-11-11T11:30:00.000Z',
    acknowledgeDueAt: '2026-11-11T11:00:00.000Z',
    resolveDueAt: '2026-11-11T18:00:00.000Z',
    coverage: 'covered',
    coverageStartsAt: null,
    pages: 1,
    escalationLevel: 0,
    nextPageAt: null,
    pagedStaffIds: [api.users.operator.id],
    timeline: [],
    version: 3,
  };
  await client.send(new TransactWriteCommand({ TransactItems: openIncidentItems(tableName, incident) as never }));
  await client.send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Put: {
            TableName: tableName,
            Item: {
              ...keys.booking(api.tenantA.id, ids.booking),
              entity: 'booking',
              v: 1,
              id: ids.booking,
              tenantId: api.tenantA.id,
              typeId: 'consultation',
              staffId: api.users.operator.id,
              bookedBy: api.users['customer-admin-A'].id,
              start: '2026-11-12T09:00:00.000Z',
              end: '2026-11-12T10:00:00.000Z',
              durationMinutes: 60,
              holdStart: '2026-11-12T09:00:00.000Z',
              holdEnd: '2026-11-12T10:15:00.000Z',
              status: 'completed',
              notes: null,
              lateCancellationFee: null,
              minutesSpent: 50,
              createdAt: LONG_AGO,
              updatedAt: '2026-11-12T10:00:00.000Z',
            },
          },
        },
      ],
    }),
  );
  const admin = api.users['customer-admin-A'];
  const task: Task = {
    ...taskDraft({
      id: ids.task,
      tenant: api.tenantA,
      type: findTaskType('custom')!,
      host: null,
      params: { what: 'Move the shop’s images' },
      notes: null,
      requestedBy: { userId: admin.id, email: admin.email },
      at: new Date('2026-11-13T07:00:00.000Z'),
    }),
    status: 'succeeded',
    updatedAt: '2026-11-13T08:20:00.000Z',
    claimedBy: { userId: api.users.operator.id, email: api.users.operator.email },
    minutesSpent: 20,
    completionNote: 'Done',
    history: [
      { status: 'queued', at: '2026-11-13T07:00:00.000Z', by: admin.email, reason: null },
      { status: 'claimed', at: '2026-11-13T08:00:00.000Z', by: api.users.operator.email, reason: null },
      { status: 'succeeded', at: '2026-11-13T08:20:00.000Z', by: api.users.operator.email, reason: 'Done' },
    ],
    version: 3,
  };

  await new DynamoTaskRepository(client, tableName).create(task, {});
  await new DynamoUsageLedger(client, tableName).append([
    usage(`booking-${ids.booking}`, 50, '2026-11-12T10:00:00.000Z', ids.booking),
    usage(`task-${ids.task}`, 20, '2026-11-13T08:20:00.000Z', ids.task),
  ]);
};

let report: ServiceReport;
let exported: ReportExport;

beforeAll(async () => {
  api = await createTestApi({ queues: true, clockStart: CLOSE_AT });
  await seedNovember();
});

describe('before the close', () => {
  it('has no report of the month yet: 404 saying the period is not closed', async () => {
    const response = await api.request('GET', `/api/reports/${PERIOD}`, as('customer-admin-A'));
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toBe('application/problem+json');
    expect(response.json().detail).toBe(`No report for ${PERIOD}: the period has not been closed yet`);
    expect((await api.request('GET', '/api/reports', as('customer-admin-A'))).json()).toEqual({ items: [] });
  });
});

describe('the close makes the report', () => {
  it('is made by the period-close consumer for the invoiced tenant, with no operator work', async () => {
    const close = await api.request('POST', `/api/finance/periods/${PERIOD}/close`, as('finance'));
    expect(close.status).toBeLessThan(300);
    await waitForClose(api, PERIOD);
    const ready = await eventually(
      () => api.request('GET', `/api/reports/${PERIOD}`, as('customer-admin-A')),
      (response) => response.status === 200,
      'the report of tenant A',
    );
    report = ready.json();
    exported = (await api.request('GET', `/api/reports/${PERIOD}/export`, as('customer-admin-A'))).json();
    expect(report).toMatchObject({ tenantId: api.tenantA.id, tenantName: 'Tenant A', periodId: PERIOD });
    expect(Date.parse(report.generatedAt)).toBeGreaterThanOrEqual(CLOSE_AT.getTime());
  });
});

describe('a customer reads the report', () => {
  it('lists it and shows its figures as JSON', async () => {
    const list = await api.request('GET', '/api/reports', as('customer-admin-A'));
    expect(list.json().items).toEqual([
      { tenantId: api.tenantA.id, tenantName: 'Tenant A', periodId: PERIOD, generatedAt: report.generatedAt },
    ]);
    expect(report.plan).toMatchObject({ id: 'webmaster-eighth' });
    expect(report.monitors).toEqual([
      expect.objectContaining({
        monitorId: ids.monitor,
        monitoredFrom: '2026-11-10T12:00:00.000Z',
        up: 9,
        down: 2,
        maintenance: 1,
        noData: 1,
      }),
    ]);
    expect(report.incidents).toEqual([
      expect.objectContaining({ incidentId: ids.incident, minutesToAcknowledge: 12, minutesToResolve: 90 }),
    ]);
    expect(report.tasks).toEqual([
      expect.objectContaining({ taskId: ids.task, outcome: 'succeeded', durationMinutes: 20 }),
    ]);
    expect(report.hours).toMatchObject({ includedMinutes: 1200, recordedMinutes: 70, roundedMinutes: 90 });
    expect(report.invoice).toMatchObject({ status: expect.any(String) });
    expect(exported.usage.map((u) => u.id).sort()).toEqual([`booking-${ids.booking}`, `task-${ids.task}`]);
    expect(exported.incidents.map((i) => i.id)).toEqual([ids.incident]);
    expect(exported.bookings.map((b) => b.id)).toEqual([ids.booking]);
  });

  it('downloads the PDF, the CSV and the export', async () => {
    const pdf = await api.request('GET', `/api/reports/${PERIOD}.pdf`, as('customer-admin-A'));
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/^attachment; filename=".+\.pdf"$/);
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const csv = await api.request('GET', `/api/reports/${PERIOD}`, as('customer-admin-A', { accept: 'text/csv' }));
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(parseCsv(csv.body.toString('utf8')).length).toBeGreaterThan(1);
    expect(csv.body.toString('utf8')).toContain('Shop');
    const exportAgain = await api.request('GET', `/api/reports/${PERIOD}/export`, as('customer-admin-A'));
    expect(exportAgain.json()).toEqual(exported);
  });

  it('has figures anyone recomputes from the export alone, exactly', async () => {
    expect(recomputeReport(exported)).toEqual(figuresOf(report));
  });

  it('is readable by a member of the organisation too', async () => {
    const response = await api.request('GET', `/api/reports/${PERIOD}`, as('customer-member-A'));
    expect(response.status).toBe(200);
    expect(response.json()).toEqual(report);
    expect((await api.request('GET', `/api/reports/${PERIOD}.pdf`, as('customer-member-A'))).status).toBe(200);
  });

  it('is never shown to another organisation’s admin, even naming the tenant', async () => {
    for (const path of [
      `/api/reports/${PERIOD}`,
      `/api/reports/${PERIOD}.pdf`,
      `/api/reports/${PERIOD}/export`,
      `/api/reports/${PERIOD}?tenantId=${api.tenantA.id}`,
      `/api/reports/${PERIOD}/export?tenantId=${api.tenantA.id}`,
    ]) {
      const response = await api.request('GET', path, as('customer-admin-B'));
      expect(response.status, path).toBe(404);
    }
    // Tenant B had neither a plan nor usage: the close skipped it, and it has no report.
    expect((await api.request('GET', '/api/reports', as('customer-admin-B'))).json()).toEqual({ items: [] });
  });
});

describe('staff read any tenant’s report', () => {
  it('finance opens a tenant’s report by `tenantId`, and lists a period’s reports by `period`', async () => {
    const one = await api.request('GET', `/api/reports/${PERIOD}?tenantId=${api.tenantA.id}`, as('finance'));
    expect(one.json()).toEqual(report);
    const file = await api.request('GET', `/api/reports/${PERIOD}.pdf?tenantId=${api.tenantA.id}`, as('operator'));
    expect(file.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const data = await api.request(
      'GET',
      `/api/reports/${PERIOD}/export?tenantId=${api.tenantA.id}`,
      as('provider-admin'),
    );
    expect(data.json()).toEqual(exported);
    const byTenant = await api.request('GET', `/api/reports?tenantId=${api.tenantA.id}`, as('finance'));
    expect(byTenant.json().items.map((item: { periodId: string }) => item.periodId)).toEqual([PERIOD]);
    const byPeriod = await api.request('GET', `/api/reports?period=${PERIOD}`, as('finance'));
    expect(byPeriod.json().items).toEqual([
      expect.objectContaining({ tenantId: api.tenantA.id, tenantName: 'Tenant A' }),
    ]);
  });

  it('answers 422 naming query.tenantId when staff name no tenant', async () => {
    for (const path of ['/api/reports', `/api/reports/${PERIOD}`, `/api/reports/${PERIOD}/export`]) {
      for (const persona of ['finance', 'operator', 'provider-admin'] as const) {
        const response = await api.request('GET', path, as(persona));
        expect(response.status, `${persona} ${path}`).toBe(422);
        expect(response.json().errors).toEqual([expect.objectContaining({ path: 'query.tenantId' })]);
      }
    }
  });
});

describe('the e-mails', () => {
  it('queues one service report e-mail per customer-admin, with the PDF as a reference, in the bulk outbox', async () => {
    const outbox = async (pk: string) =>
      (
        await api.table.client.send(
          new QueryCommand({
            TableName: api.table.tableName,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': pk },
          }),
        )
      ).Items ?? [];
    // Pages and booking e-mails never queue behind a month's reports: those wait in a partition of their own.
    expect((await outbox(keys.notificationPartition)).filter((item) => item.kind === 'service_report')).toEqual([]);
    const Items = await outbox(keys.bulkNotificationPartition);
    const mails = (Items as unknown as BookingNotification[]).filter((item) => item.kind === 'service_report');
    expect(mails.map((mail) => [mail.tenantId, mail.to])).toEqual([
      [api.tenantA.id, api.users['customer-admin-A'].email],
    ]);
    expect(mails[0]).toMatchObject({
      attachment: { type: 'service_report', periodId: PERIOD },
      bookingId: null,
      ics: null,
      subject: 'Service report for November 2026: Tenant A',
    });
    expect(mails[0]?.text).toContain(`/reports/${PERIOD}`);
  });
});
