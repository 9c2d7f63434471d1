import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoUsageLedger } from '../../../functions/adapters/dynamodb/dynamo-usage-ledger.js';
import { periodOf } from '../../../shared/billing/periods.js';
import { daysInPeriod, divideHalfUp } from '../../../shared/billing/rating.js';
import type { UsageRecord } from '../../../shared/usage/usage-record.js';
import { createTestApi, type TestApi } from '../../support/api.js';

/** The usage ledger and `GET /api/usage` through the local API, on DynamoDB Local. */
let api: TestApi;
let ledger: DynamoUsageLedger;
const now = new Date();
const period = periodOf(now);

const record = (id: string, kind: UsageRecord['kind'], quantity: number, extra: Partial<UsageRecord> = {}) =>
  ({
    id,
    tenantId: api.tenantA.id,
    kind,
    quantity,
    unit: kind === 'webmaster_minutes' ? 'minutes' : kind === 'task_runs' ? 'runs' : 'call-outs',
    occurredAt: new Date(Date.parse(period.start) + Number(id.replace(/\D/g, '')) * 60_000).toISOString(),
    sourceId: `source-${id}`,
    unitPrice: null,
    ...extra,
  }) satisfies UsageRecord;

beforeAll(async () => {
  api = await createTestApi();
  ledger = new DynamoUsageLedger(api.table.client, api.table.tableName);
  const subscribed = await api.request('POST', '/api/subscription', {
    persona: 'customer-admin-A',
    body: { planId: 'webmaster-eighth' },
  });
  expect(subscribed.status).toBe(200);
});

describe('usage ledger', () => {
  it('is append-only: a replay appends nothing', async () => {
    const records = [record('b1', 'webmaster_minutes', 20), record('b2', 'webmaster_minutes', 50)];
    expect(await ledger.append(records)).toEqual({ appended: 2 });
    expect(await ledger.append(records)).toEqual({ appended: 0 });
    expect(await ledger.list(api.tenantA.id, period.id)).toHaveLength(2);
  });

  it('shows the period’s records with running totals, allowances prorated from the start, and the estimate', async () => {
    await ledger.append([
      record('b3', 'webmaster_minutes', 90),
      record('b4', 'webmaster_minutes', -90, { reversalOf: 'b3' }),
      record('t5', 'task_runs', 1),
      record('t6', 'task_runs', 1),
    ]);
    const response = await api.request('GET', '/api/usage', { persona: 'customer-admin-A' });
    expect(response.status).toBe(200);
    const view = response.json();
    expect(view.period.id).toBe(period.id);
    expect(view.records.map((entry: { id: string; runningTotal: number }) => [entry.id, entry.runningTotal])).toEqual([
      ['b1', 20],
      ['b2', 70],
      ['b3', 160],
      ['b4', 70],
      ['t5', 1],
      ['t6', 2],
    ]);
    // The plan took effect today: allowances and the fee count the days from today's date.
    const days = daysInPeriod(period) - (now.getUTCDate() - 1);
    const total = daysInPeriod(period);
    expect(view.allowances.webmasterMinutes).toEqual({
      included: divideHalfUp(20 * 60 * days, total),
      used: 30 + 60,
      over: Math.max(0, 90 - divideHalfUp(20 * 60 * days, total)),
      unit: 'minutes',
    });
    expect(view.allowances.taskRuns).toMatchObject({ used: 2, included: divideHalfUp(30 * days, total) });
    expect(view.estimate).toEqual({ net: divideHalfUp(119_000 * days, total), currency: 'EUR' });
  });

  it('is the tenant’s own: another organisation sees none of it', async () => {
    const other = (await api.request('GET', '/api/usage', { persona: 'customer-admin-B' })).json();
    expect(other.records).toEqual([]);
  });

  it('refuses a malformed or future period with 422 naming the field', async () => {
    for (const bad of ['2026-13', 'last-month', '2999-01']) {
      const response = await api.request('GET', `/api/usage?period=${bad}`, { persona: 'customer-admin-A' });
      expect(response.status, bad).toBe(422);
      expect(response.json().errors[0].path).toBe('query.period');
    }
  });
});
