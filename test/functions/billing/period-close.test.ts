import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoUsageLedger } from '../../../functions/adapters/dynamodb/dynamo-usage-ledger.js';
import { RandomIds } from '../../../functions/adapters/system/random-ids.js';
import { closePeriod, closeTenantPeriod, type Invoice } from '../../../shared/billing/invoices.js';
import { periodOf } from '../../../shared/billing/periods.js';
import { createTestApi, type TestApi } from '../../support/api.js';
import { parseCsv } from '../../support/csv.js';

/**
 * Period close through the real pieces: the close route and use case, one message per tenant on
 * the period-close queue (fauxqs) consumed by the local poller, invoices numbered in DynamoDB Local.
 */
let api: TestApi;
let deps: Awaited<ReturnType<typeof import('../../../functions/billing/wiring.js')['createBillingDeps']>>;
const period = periodOf(new Date());
const afterPeriod = { now: () => new Date(Date.parse(period.end) + 3_600_000) };
const ids = new RandomIds();

const waitForClose = async (periodId: string) => {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const response = await api.request('GET', `/api/finance/periods/${periodId}`, { persona: 'finance' });
    if (response.status === 200 && response.json().status === 'done') return response.json();
    if (Date.now() > deadline) throw new Error(`close of ${periodId} not done: ${response.body.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};
const invoicesOf = async (periodId: string): Promise<Invoice[]> =>
  (await api.request('GET', `/api/finance/invoices?period=${periodId}&limit=200`, { persona: 'finance' })).json().items;
const sequence = (number: string) => Number(number.split('-')[2]);

beforeAll(async () => {
  api = await createTestApi({ queues: true });
  const { createBillingDeps } = await import('../../../functions/billing/wiring.js');
  deps = await createBillingDeps();
  // B is an Austrian business with a VAT number: its invoice is reverse charge.
  const profile = await api.request('PUT', '/api/billing/profile', {
    persona: 'customer-admin-B',
    body: {
      legalName: 'Agentur Süd GmbH',
      addressLines: ['Ringstraße 1'],
      postalCode: '1010',
      city: 'Wien',
      country: 'AT',
      vatId: 'atu 123.456-78',
    },
  });
  expect(profile.status).toBe(200);
  for (const persona of ['customer-admin-A', 'customer-admin-B'] as const) {
    const subscribed = await api.request('POST', '/api/subscription', {
      persona,
      body: { planId: 'webmaster-eighth' },
    });
    expect(subscribed.status).toBe(200);
  }
  await new DynamoUsageLedger(api.table.client, api.table.tableName).append([
    {
      id: `booking-${ids.newId()}`,
      tenantId: api.tenantA.id,
      kind: 'webmaster_minutes',
      quantity: 3000,
      unit: 'minutes',
      occurredAt: new Date().toISOString(),
      sourceId: 'b-1',
      unitPrice: null,
    },
  ]);
});

describe('closing a period', () => {
  it('refuses a period that has not ended (409) and a malformed one (404)', async () => {
    const open = await api.request('POST', `/api/finance/periods/${period.id}/close`, { persona: 'finance' });
    expect(open.status).toBe(409);
    expect(open.json().detail).toMatch(/has not ended/);
    expect((await api.request('POST', '/api/finance/periods/2026-13/close', { persona: 'finance' })).status).toBe(404);
    expect((await api.request('GET', `/api/finance/periods/${period.id}`, { persona: 'finance' })).status).toBe(404);
  });

  it('fans out per tenant and finalizes each invoice with consecutive numbers; closing again changes nothing', async () => {
    const started = await closePeriod({ ...deps, clock: afterPeriod }, 'schedule', period.id);
    expect(started).toMatchObject({ periodId: period.id, tenants: 2, status: 'running' });
    const done = await waitForClose(period.id);
    expect(done).toMatchObject({ tenants: 2, invoiced: 2, skipped: 0, failed: 0 });

    const invoices = await invoicesOf(period.id);
    expect(invoices.map((invoice) => invoice.tenantId).sort()).toEqual([api.tenantA.id, api.tenantB.id].sort());
    const numbers = invoices.map((invoice) => sequence(invoice.number));
    expect(numbers).toEqual([numbers[0], (numbers[0] ?? 0) + 1]);
    const a = invoices.find((invoice) => invoice.tenantId === api.tenantA.id);
    expect(a?.lines.map((line) => line.kind)).toEqual(['base_fee', 'webmaster_overage']);
    expect(a).toMatchObject({ vatTreatment: 'domestic', buyer: { name: 'Tenant A', country: 'DE', vatId: null } });
    expect(a?.vat[0]?.rate).toBe(1900);
    const b = invoices.find((invoice) => invoice.tenantId === api.tenantB.id);
    expect(b).toMatchObject({
      vatTreatment: 'reverse_charge',
      buyer: {
        name: 'Agentur Süd GmbH',
        address: ['Ringstraße 1', '1010 Wien', 'Austria'],
        country: 'AT',
        vatId: 'ATU12345678',
      },
    });
    expect(b?.gross).toBe(b?.net);
    for (const invoice of invoices) {
      expect(invoice.status).toBe('finalized');
      expect(invoice.net).toBe(invoice.lines.reduce((sum, line) => sum + line.amount, 0));
      expect(invoice.gross).toBe(invoice.net + invoice.vat.reduce((sum, vat) => sum + vat.amount, 0));
      expect(invoice.seller.vatId).toBeTruthy();
      expect(invoice.servicePeriod).toEqual({ start: period.start, end: period.end });
    }

    const csv = await api.request('GET', `/api/finance/invoices?period=${period.id}`, {
      persona: 'finance',
      headers: { accept: 'text/csv' },
    });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const rows = parseCsv(csv.body.toString('utf8'));
    expect(rows[0]?.[0]).toBe('number');
    expect(rows.slice(1).map((row) => row[0])).toEqual(invoices.map((invoice) => invoice.number));
    expect(rows.slice(1).map((row) => row[11])).toEqual(invoices.map((invoice) => (invoice.gross / 100).toFixed(2)));

    const again = await closePeriod({ ...deps, clock: afterPeriod }, 'schedule', period.id);
    expect(again).toMatchObject({ status: 'done', invoiced: 2 });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await invoicesOf(period.id)).toEqual(invoices);
  });

  it('numbers stay consecutive when many tenants finish at once: no gaps, no duplicates', async () => {
    const pastPeriod = '2025-06';
    const tenants = await Promise.all(
      Array.from({ length: 25 }, async (_, index) => {
        const tenantId = ids.newId();
        const at = '2025-05-01T00:00:00.000Z';
        await api.tenants.createTenantWithAdmin({
          tenant: {
            id: tenantId,
            name: `Verein ${index}`,
            status: 'active',
            timeZone: 'Europe/Berlin',
            planId: null,
            createdAt: at,
            deletionDueAt: null,
          },
          admin: {
            id: ids.newId(),
            tenantId,
            email: `admin-${tenantId}@example.com`,
            name: 'Admin',
            roles: ['customer-admin'],
            createdAt: at,
          },
          audit: {
            id: ids.newId(),
            tenantId,
            at,
            actor: { userId: 'test', email: 'test@opsdesk.local', roles: [] },
            action: 'test.seeded',
            target: { type: 'tenant', id: tenantId },
            details: {},
          },
        });
        await deps.ledger.append([
          {
            id: `late-cancellation-${tenantId}`,
            tenantId,
            kind: 'late_cancellation',
            quantity: 1,
            unit: 'fees',
            occurredAt: '2025-06-10T10:00:00.000Z',
            sourceId: tenantId,
            unitPrice: { amount: 4_500, currency: 'EUR' },
          },
        ]);
        return tenantId;
      }),
    );
    await deps.closes.start(
      {
        periodId: pastPeriod,
        status: 'running',
        startedAt: new Date().toISOString(),
        tenants: tenants.length,
        invoiced: 0,
        skipped: 0,
        failed: 0,
      },
      {
        id: ids.newId(),
        tenantId: null,
        at: new Date().toISOString(),
        actor: { userId: 'test', email: 'test@opsdesk.local', roles: [] },
        action: 'period.close_started',
        target: { type: 'period', id: pastPeriod },
        details: {},
      },
    );
    // Every tenant at once, and each twice (a redelivered message).
    const outcomes = await Promise.all(
      [...tenants, ...tenants].map((tenantId) => closeTenantPeriod(deps, { periodId: pastPeriod, tenantId })),
    );
    expect(outcomes.filter((outcome) => outcome === 'invoiced')).toHaveLength(25);
    expect(outcomes.filter((outcome) => outcome === 'exists')).toHaveLength(25);
    const invoices = await invoicesOf(pastPeriod);
    expect(invoices).toHaveLength(25);
    const numbers = invoices.map((invoice) => sequence(invoice.number)).sort((x, y) => x - y);
    expect(new Set(numbers).size).toBe(25);
    expect(numbers.at(-1)! - numbers[0]!).toBe(24);
    expect(await deps.closes.get(pastPeriod)).toMatchObject({ invoiced: 25, status: 'done' });
    for (const invoice of invoices) expect(invoice.lines).toEqual([expect.objectContaining({ amount: 4_500 })]);
  });

  it('the monthly job closes the month that ended; tenants with nothing to invoice are skipped', async () => {
    const { handler } = await import('../../../functions/billing/close-previous-period.js');
    const close = await handler();
    const previous = periodOf(new Date(Date.parse(period.start) - 1));
    expect(close.periodId).toBe(previous.id);
    // The 25 tenants of the previous test existed then, without a plan or usage; A and B did not exist yet.
    const done = await waitForClose(previous.id);
    expect(done).toMatchObject({ tenants: 25, invoiced: 0, skipped: 25, failed: 0 });
    expect(await invoicesOf(previous.id)).toEqual([]);
    expect(await handler()).toMatchObject({ status: 'done', skipped: 25 });
  });
});
