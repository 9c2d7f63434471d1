import { beforeEach, describe, expect, it } from 'vitest';
import { periodNamed } from '../../../shared/billing/periods.js';
import { rate } from '../../../shared/billing/rating.js';
import { findPlan } from '../../../shared/catalogue/plans.js';
import type { Actor } from '../../../shared/platform/actor.js';
import { ServiceReportSchema } from '../../../shared/reports/model.js';
import {
  generateServiceReport,
  getReport,
  getReportExport,
  listReports,
  planFacts,
  reportAfterClose,
} from '../../../shared/reports/reports.js';
import type { UsageRecord } from '../../../shared/usage/usage-record.js';
import { FakeClock, newTestMonitor, SequentialIds } from '../../support/monitoring-fakes.js';
import { InMemoryReportFacts, InMemoryReportStore, testSubscription } from '../../support/report-fakes.js';

const LINKS = { web: 'https://app.opsdesk.example/' };
const NOVEMBER = periodNamed('2026-11');

const customer = (tenantId: string, role: 'customer-admin' | 'customer-member' = 'customer-admin'): Actor => ({
  userId: `user-${tenantId}`,
  email: `admin@${tenantId}.example`,
  roles: [role],
  tenantId,
});
const finance: Actor = {
  userId: 'staff-finance',
  email: 'finance@opsdesk.example',
  roles: ['finance'],
  tenantId: null,
};

const usage = (id: string, minutes: number, occurredAt: string): UsageRecord => ({
  id,
  tenantId: 'tenant-a',
  kind: 'webmaster_minutes',
  quantity: minutes,
  unit: 'minutes',
  occurredAt,
  sourceId: `booking-${id}`,
  unitPrice: null,
});

let facts: InMemoryReportFacts;
let store: InMemoryReportStore;
let clock: FakeClock;
const deps = () => ({ facts, reports: store, clock, ids: new SequentialIds('audit'), links: LINKS });

beforeEach(() => {
  facts = new InMemoryReportFacts();
  store = new InMemoryReportStore();
  clock = new FakeClock('2026-12-01T00:05:00.000Z');
  facts.tenants.set('tenant-a', { id: 'tenant-a', name: 'Acme GmbH', timeZone: 'Europe/Berlin', status: 'active' });
  facts.subscriptions.set('tenant-a', testSubscription('tenant-a', 'webmaster-eighth', '2026-01-01T00:00:00.000Z'));
  facts.admins.set('tenant-a', [
    { email: 'zoe@acme.example', name: 'Zoe Admin' },
    { email: 'anna@acme.example', name: 'Anna Admin' },
  ]);
  facts.monitorList = [
    newTestMonitor({ id: 'mon-1', name: 'Shop', createdAt: '2026-10-01T00:00:00.000Z' }),
    newTestMonitor({ id: 'mon-2', name: 'Later', createdAt: '2026-12-02T00:00:00.000Z' }),
  ];
  facts.rollupList = [
    { monitorId: 'mon-1', bucket: '2026-11-01', up: 1430, down: 10, noData: 0, maintenance: 0, p50Ms: 100, p95Ms: 200 },
    { monitorId: 'mon-1', bucket: '2026-12-01', up: 5, down: 5, noData: 0, maintenance: 0, p50Ms: 100, p95Ms: 200 },
  ];
  facts.usageList = [usage('u1', 50, '2026-11-10T10:00:00.000Z')];
});

describe('generateServiceReport', () => {
  it('stores the report with its export, one e-mail per customer-admin and the audit entry', async () => {
    expect(await generateServiceReport(deps(), { tenantId: 'tenant-a', periodId: '2026-11' })).toBe('generated');
    const stored = await store.get('tenant-a', '2026-11');
    expect(ServiceReportSchema.parse(stored?.report).periodId).toBe('2026-11');
    expect(stored?.report.generatedAt).toBe('2026-12-01T00:05:00.000Z');
    // The monitor created after the period's end is not in it; the rollups read are the period's UTC days.
    expect(stored?.report.monitors.map((m) => m.monitorId)).toEqual(['mon-1']);
    expect(facts.rollupRanges).toEqual(['mon-1 2026-11-01..2026-11-30']);
    expect(stored?.report.monitors[0]).toMatchObject({ up: 1430, down: 10 });
    expect(stored?.export.usage.map((u) => u.id)).toEqual(['u1']);

    expect(store.outbox.map((n) => n.to)).toEqual(['anna@acme.example', 'zoe@acme.example']);
    const [first] = store.outbox;
    expect(first).toMatchObject({
      kind: 'service_report',
      tenantId: 'tenant-a',
      bookingId: null,
      ics: null,
      attachment: { type: 'service_report', periodId: '2026-11' },
      dueAt: '2026-12-01T00:05:00.000Z',
      subject: 'Service report for November 2026: Acme GmbH',
    });
    expect(first?.id).toMatch(/^service_report-tenant-a-2026-11-[0-9a-f]{8}$/);
    expect(new Set(store.outbox.map((n) => n.id)).size).toBe(2);
    expect(first?.text).toContain('Hello Anna Admin,');
    expect(first?.text).toContain('https://app.opsdesk.example/reports/2026-11');
    expect(first?.text).toContain('Webmaster time: 1 h of 20 h included');
    expect(store.audit).toEqual([
      expect.objectContaining({
        action: 'report.generated',
        tenantId: 'tenant-a',
        target: { type: 'report', id: '2026-11' },
        actor: expect.objectContaining({ userId: 'system' }),
      }),
    ]);
  });

  it('makes the same e-mail ids for the same admins when run again, and stores nothing twice', async () => {
    await generateServiceReport(deps(), { tenantId: 'tenant-a', periodId: '2026-11' });
    const ids = store.outbox.map((n) => n.id);
    clock.advanceMinutes(30);
    facts.usageList.push(usage('u2', 10, '2026-11-20T10:00:00.000Z'));
    expect(await generateServiceReport(deps(), { tenantId: 'tenant-a', periodId: '2026-11' })).toBe('exists');
    const stored = await store.get('tenant-a', '2026-11');
    expect(stored?.report.generatedAt).toBe('2026-12-01T00:05:00.000Z');
    expect(stored?.export.usage).toHaveLength(1);
    expect(store.outbox.map((n) => n.id)).toEqual(ids);
    expect(store.audit).toHaveLength(1);
    // The ids depend on the addresses, not on the order the admins are read in.
    const again = new InMemoryReportStore();
    facts.admins.set('tenant-a', [...(facts.admins.get('tenant-a') ?? [])].reverse());
    await generateServiceReport({ ...deps(), reports: again }, { tenantId: 'tenant-a', periodId: '2026-11' });
    expect(again.outbox.map((n) => n.id)).toEqual(ids);
  });

  it('is made after a close that invoiced the tenant or found it invoiced, never after one that skipped it', async () => {
    const message = { tenantId: 'tenant-a', periodId: '2026-11' };
    expect(await reportAfterClose(deps(), message, 'skipped')).toBe('skipped');
    expect(store.attempts).toBe(0);
    expect(await reportAfterClose(deps(), message, 'exists')).toBe('generated');
    expect(await reportAfterClose(deps(), message, 'invoiced')).toBe('exists');
  });

  it('skips a tenant that is gone, and one with neither a plan, usage nor an invoice in the period', async () => {
    expect(await generateServiceReport(deps(), { tenantId: 'tenant-x', periodId: '2026-11' })).toBe('skipped');
    facts.subscriptions.delete('tenant-a');
    facts.usageList = [];
    expect(await generateServiceReport(deps(), { tenantId: 'tenant-a', periodId: '2026-11' })).toBe('skipped');
    expect(store.attempts).toBe(0);
  });

  it('queues no e-mail when the organisation has no customer-admin, and still stores the report', async () => {
    facts.admins.set('tenant-a', []);
    expect(await generateServiceReport(deps(), { tenantId: 'tenant-a', periodId: '2026-11' })).toBe('generated');
    expect(store.outbox).toEqual([]);
    expect(store.audit[0]?.details).toEqual({ periodId: '2026-11', recipients: 0 });
  });
});

describe('planFacts', () => {
  it('prorates the included minutes over a plan change exactly as the invoice rates them', () => {
    const subscription = testSubscription('tenant-a', 'webmaster-eighth', '2026-01-01T00:00:00.000Z', [
      { planId: 'webmaster-quarter', effectiveFrom: '2026-11-11T09:30:00.000Z' },
    ]);
    const rated = rate({
      period: NOVEMBER,
      planHistory: subscription.planHistory,
      cancelledAt: null,
      plans: findPlan,
      usage: [],
      hosts: [],
      seller: { country: 'DE', vatRate: 1900 },
      buyer: { country: 'DE', vatId: null },
    });
    const plan = planFacts(subscription, NOVEMBER);
    // 10 days of 20 h and 20 days of 40 h over 30 days: 2000 minutes.
    expect(plan).toEqual({
      id: 'webmaster-quarter',
      name: findPlan('webmaster-quarter')?.name,
      includedMinutes: rated.usage.includedMinutes,
      acknowledgeMinutes: 15,
      resolveMinutes: 240,
    });
    expect(plan?.includedMinutes).toBe(2000);
  });

  it('counts a plan taken up mid-month for its days only, and none after a cancellation', () => {
    const late = testSubscription('tenant-a', 'webmaster-eighth', '2026-11-16T12:00:00.000Z');
    expect(planFacts(late, NOVEMBER)?.includedMinutes).toBe(600);
    const cancelled = { ...late, status: 'cancelled' as const, updatedAt: '2026-11-20T08:00:00.000Z' };
    // Served from the 16th through the 20th: 5 of 30 days of 1200 minutes.
    expect(planFacts(cancelled, NOVEMBER)?.includedMinutes).toBe(200);
  });

  it('is null without a plan in force before the period’s end', () => {
    expect(planFacts(null, NOVEMBER)).toBeNull();
    expect(
      planFacts(testSubscription('tenant-a', 'webmaster-eighth', '2026-12-01T00:00:00.000Z'), NOVEMBER),
    ).toBeNull();
  });
});

describe('reading reports', () => {
  beforeEach(async () => {
    await generateServiceReport(deps(), { tenantId: 'tenant-a', periodId: '2026-11' });
    facts.tenants.set('tenant-b', { id: 'tenant-b', name: 'Beta AG', timeZone: 'UTC', status: 'active' });
    facts.subscriptions.set('tenant-b', testSubscription('tenant-b', 'on-demand', '2026-01-01T00:00:00.000Z'));
    await generateServiceReport(deps(), { tenantId: 'tenant-b', periodId: '2026-11' });
    clock.set('2026-11-01T00:05:00.000Z');
    await generateServiceReport(deps(), { tenantId: 'tenant-a', periodId: '2026-10' });
  });

  it('lists a customer’s own reports, newest first, and nothing for another organisation they name', async () => {
    expect((await listReports(deps(), customer('tenant-a', 'customer-member'), {})).items).toEqual([
      expect.objectContaining({ tenantId: 'tenant-a', periodId: '2026-11', tenantName: 'Acme GmbH' }),
      expect.objectContaining({ tenantId: 'tenant-a', periodId: '2026-10' }),
    ]);
    expect((await listReports(deps(), customer('tenant-a'), { period: '2026-10' })).items).toHaveLength(1);
    expect((await listReports(deps(), customer('tenant-a'), { tenantId: 'tenant-b' })).items).toEqual([]);
  });

  it('lets staff list a tenant’s reports or every tenant’s of a period, and asks them to name one', async () => {
    expect((await listReports(deps(), finance, { tenantId: 'tenant-b' })).items.map((i) => i.periodId)).toEqual([
      '2026-11',
    ]);
    expect((await listReports(deps(), finance, { period: '2026-11' })).items.map((i) => i.tenantName)).toEqual([
      'Acme GmbH',
      'Beta AG',
    ]);
    await expect(listReports(deps(), finance, {})).rejects.toMatchObject({
      code: 'REQUEST.INVALID',
      errors: [expect.objectContaining({ path: 'query.tenantId' })],
    });
  });

  it('answers a customer with their organisation’s report and export, and 404 for a period not closed', async () => {
    const report = await getReport(deps(), customer('tenant-a', 'customer-member'), '2026-11');
    expect(report).toMatchObject({ tenantId: 'tenant-a', periodId: '2026-11' });
    const exported = await getReportExport(deps(), customer('tenant-a'), '2026-11', 'tenant-a');
    expect(exported).toMatchObject({ tenantId: 'tenant-a', periodId: '2026-11' });
    await expect(getReport(deps(), customer('tenant-a'), '2026-12')).rejects.toMatchObject({
      code: 'RESOURCE.NOT_FOUND',
      message: 'No report for 2026-12: the period has not been closed yet',
    });
  });

  it('never shows a customer another organisation’s report, whatever tenantId they name', async () => {
    await expect(getReport(deps(), customer('tenant-c'), '2026-11')).rejects.toMatchObject({
      code: 'RESOURCE.NOT_FOUND',
    });
    await expect(getReport(deps(), customer('tenant-c'), '2026-11', 'tenant-a')).rejects.toMatchObject({
      code: 'RESOURCE.NOT_FOUND',
    });
    await expect(getReportExport(deps(), customer('tenant-b'), '2026-11', 'tenant-a')).rejects.toMatchObject({
      code: 'RESOURCE.NOT_FOUND',
    });
  });

  it('lets staff open any tenant’s report they name, and asks them to name one', async () => {
    expect((await getReport(deps(), finance, '2026-11', 'tenant-b')).tenantName).toBe('Beta AG');
    expect((await getReportExport(deps(), finance, '2026-10', 'tenant-a')).periodId).toBe('2026-10');
    await expect(getReport(deps(), finance, '2026-11')).rejects.toMatchObject({
      code: 'REQUEST.INVALID',
      errors: [expect.objectContaining({ path: 'query.tenantId' })],
    });
    await expect(getReportExport(deps(), finance, '2026-11')).rejects.toMatchObject({ code: 'REQUEST.INVALID' });
  });
});
