import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodOf } from '../../../shared/billing/periods.js';
import { daysInPeriod, divideHalfUp, type RatingInput, rate } from '../../../shared/billing/rating.js';
import { findPlan } from '../../../shared/catalogue/plans.js';
import type { UsageRecord } from '../../../shared/usage/usage-record.js';

const DE = { country: 'DE', vatRate: 1900 };
const period = (id: string) => periodOf(new Date(`${id}-15T00:00:00Z`));

const input = (overrides: Partial<RatingInput> & { periodId?: string } = {}): RatingInput => {
  const p = period(overrides.periodId ?? '2026-11');
  return {
    period: p,
    planHistory: [{ planId: 'webmaster-eighth', effectiveFrom: '2026-01-01T00:00:00.000Z' }],
    cancelledAt: null,
    plans: findPlan,
    usage: [],
    hosts: [],
    seller: DE,
    buyer: { country: 'DE', vatId: null },
    ...overrides,
  };
};

let sequence = 0;
const usage = (kind: UsageRecord['kind'], quantity: number, extra: Partial<UsageRecord> = {}): UsageRecord => ({
  id: `u-${++sequence}`,
  tenantId: 't',
  kind,
  quantity,
  unit:
    kind === 'webmaster_minutes'
      ? 'minutes'
      : kind === 'task_runs'
        ? 'runs'
        : kind === 'call_outs'
          ? 'call-outs'
          : 'fees',
  occurredAt: '2026-11-10T10:00:00.000Z',
  sourceId: `source-${sequence}`,
  unitPrice: null,
  ...extra,
});

describe('rounding rule', () => {
  it('divides half up, once', () => {
    expect(divideHalfUp(5, 2)).toBe(3);
    expect(divideHalfUp(4, 3)).toBe(1);
    expect(divideHalfUp(119_000 * 15, 30)).toBe(59_500);
    expect(divideHalfUp(-5, 2)).toBe(-3);
  });
});

describe('rating a period', () => {
  it('zero usage: the base fee, VAT, nothing else', () => {
    const invoice = rate(input());
    expect(invoice.lines.map((line) => [line.kind, line.amount])).toEqual([['base_fee', 119_000]]);
    expect(invoice.vat).toEqual([{ rate: 1900, base: 119_000, amount: 22_610 }]);
    expect(invoice.gross).toBe(141_610);
  });

  it.each([
    ['2026-02', 28],
    ['2028-02', 29],
    ['2026-11', 30],
    ['2026-12', 31],
  ])('a mid-period start in %s (%i days) prorates the fee by days', (id, days) => {
    const p = period(id);
    expect(daysInPeriod(p)).toBe(days);
    const tenth = `${id}-10T15:00:00.000Z`;
    const invoice = rate(input({ periodId: id, planHistory: [{ planId: 'webmaster-eighth', effectiveFrom: tenth }] }));
    const served = days - 9;
    expect(invoice.lines[0]).toMatchObject({ kind: 'base_fee', quantity: served });
    expect(invoice.lines[0]?.amount).toBe(divideHalfUp(119_000 * served, days));
  });

  it('an upgrade mid-period prorates both plans and their allowances; overage at the new plan’s price', () => {
    const invoice = rate(
      input({
        planHistory: [
          { planId: 'webmaster-eighth', effectiveFrom: '2026-10-01T00:00:00.000Z' },
          { planId: 'webmaster-quarter', effectiveFrom: '2026-11-16T08:30:00.000Z' },
        ],
        usage: [usage('webmaster_minutes', 1800), usage('webmaster_minutes', 7)],
      }),
    );
    const fees = invoice.lines.filter((line) => line.kind === 'base_fee');
    expect(fees.map((line) => [line.quantity, line.amount])).toEqual([
      [15, divideHalfUp(119_000 * 15, 30)],
      [15, divideHalfUp(229_000 * 15, 30)],
    ]);
    // 20 h × 15/30 + 40 h × 15/30 = 30 h = 1800 minutes included; 1800 + 15 (7 rounded up) used.
    expect(invoice.usage).toMatchObject({ includedMinutes: 1800, billedMinutes: 15, engagementMinutes: 1807 });
    const overage = invoice.lines.find((line) => line.kind === 'webmaster_overage');
    expect(overage).toMatchObject({ quantity: 1, unitPrice: 7_600 / 4, amount: 1_900 });
  });

  it('only overage (on demand): every engagement by the quarter hour, call-outs and runs at their prices', () => {
    const invoice = rate(
      input({
        planHistory: [{ planId: 'on-demand', effectiveFrom: '2026-11-01T00:00:00.000Z' }],
        usage: [
          usage('webmaster_minutes', 20),
          usage('webmaster_minutes', 45),
          usage('call_outs', 1),
          usage('task_runs', 3),
        ],
      }),
    );
    expect(invoice.lines.map((line) => [line.kind, line.quantity, line.amount])).toEqual([
      ['webmaster_overage', 5, 5 * 2_400],
      ['call_out', 1, 19_000],
      ['task_run_overage', 3, 3 * 800],
    ]);
    expect(invoice.net).toBe(12_000 + 19_000 + 2_400);
  });

  it('managed hosts are billed per day, with their included runs', () => {
    const invoice = rate(
      input({
        planHistory: [{ planId: 'managed-host', effectiveFrom: '2026-10-01T00:00:00.000Z' }],
        hosts: [
          { hostId: 'mi-0000000000000000a', from: '2026-10-01T00:00:00.000Z', to: null },
          { hostId: 'mi-0000000000000000b', from: '2026-11-21T12:00:00.000Z', to: null },
        ],
        usage: Array.from({ length: 45 }, () => usage('task_runs', 1)),
      }),
    );
    const hosts = invoice.lines.filter((line) => line.kind === 'host_fee');
    expect(hosts.map((line) => [line.quantity, line.amount])).toEqual([
      [30, 4_900],
      [10, divideHalfUp(4_900 * 10, 30)],
    ]);
    expect(invoice.usage.includedTaskRuns).toBe(30 + 10);
    expect(invoice.lines.find((line) => line.kind === 'task_run_overage')).toMatchObject({ quantity: 5 });
  });

  it('a cancellation ends the service after its day', () => {
    const invoice = rate(input({ cancelledAt: '2026-11-10T23:00:00.000Z' }));
    expect(invoice.lines[0]).toMatchObject({ quantity: 10, amount: divideHalfUp(119_000 * 10, 30) });
  });

  it('late-cancellation fees at their recorded price; a reversal cancels its record', () => {
    const fee = usage('late_cancellation', 1, { unitPrice: { amount: 4_500, currency: 'EUR' } });
    const wrong = usage('webmaster_minutes', 600);
    const invoice = rate(
      input({
        planHistory: [{ planId: 'on-demand', effectiveFrom: '2026-11-01T00:00:00.000Z' }],
        usage: [fee, wrong, usage('webmaster_minutes', -600, { reversalOf: wrong.id })],
      }),
    );
    expect(invoice.lines.map((line) => [line.kind, line.amount])).toEqual([['late_cancellation', 4_500]]);
  });

  it('VAT: domestic, reverse charge for EU businesses abroad, none outside the EU', () => {
    expect(rate(input({ buyer: { country: 'DE', vatId: 'DE123456789' } })).vatTreatment).toBe('domestic');
    const austria = rate(input({ buyer: { country: 'AT', vatId: 'ATU12345678' } }));
    expect(austria).toMatchObject({ vatTreatment: 'reverse_charge', vat: [{ rate: 0, amount: 0 }], gross: 119_000 });
    expect(rate(input({ buyer: { country: 'AT', vatId: null } })).vatTreatment).toBe('domestic');
    expect(rate(input({ buyer: { country: 'CH', vatId: 'CHE-123.456.789' } }))).toMatchObject({
      vatTreatment: 'outside_eu',
      gross: 119_000,
    });
  });
});

describe('rating properties (fast-check)', () => {
  const kinds = ['webmaster_minutes', 'call_outs', 'task_runs', 'late_cancellation'] as const;
  const records = fc.array(
    fc.record({
      kind: fc.constantFrom(...kinds),
      quantity: fc.integer({ min: 1, max: 600 }),
      day: fc.integer({ min: 1, max: 28 }),
    }),
    { maxLength: 40 },
  );
  const scenario = fc.record({
    periodId: fc.constantFrom('2026-02', '2028-02', '2026-04', '2026-12'),
    plans: fc.array(fc.constantFrom('webmaster-eighth', 'webmaster-quarter', 'on-demand', 'managed-host'), {
      minLength: 1,
      maxLength: 3,
    }),
    changeDays: fc.array(fc.integer({ min: 1, max: 28 }), { minLength: 3, maxLength: 3 }),
    records,
    hosts: fc.integer({ min: 0, max: 3 }),
    buyer: fc.constantFrom(
      { country: 'DE', vatId: null },
      { country: 'FR', vatId: 'FR12345678901' },
      { country: 'US', vatId: null },
    ),
  });
  type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;
  const build = (s: Scenario): RatingInput => {
    const p = period(s.periodId);
    const sortedDays = [...s.changeDays].sort((a, b) => a - b);
    return input({
      periodId: s.periodId,
      planHistory: s.plans.map((planId, index) => ({
        planId,
        effectiveFrom: `${s.periodId}-${String(index === 0 ? 1 : sortedDays[index]).padStart(2, '0')}T06:00:00.000Z`,
      })),
      usage: s.records.map((record, index) => ({
        id: `r-${index}`,
        tenantId: 't',
        kind: record.kind,
        quantity: record.kind === 'late_cancellation' ? 1 : record.quantity,
        unit: 'minutes',
        occurredAt: `${s.periodId}-${String(record.day).padStart(2, '0')}T10:00:00.000Z`,
        sourceId: `s-${index}`,
        unitPrice: record.kind === 'late_cancellation' ? { amount: 4_500, currency: 'EUR' } : null,
      })),
      hosts: Array.from({ length: s.hosts }, (_, index) => ({
        hostId: `mi-${String(index).padStart(17, '0')}`,
        from: p.start,
        to: null,
      })),
      buyer: s.buyer,
    });
  };

  it('the totals are the sums of the lines', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const invoice = rate(build(s));
        const net = invoice.lines.reduce((sum, line) => sum + line.amount, 0);
        expect(invoice.net).toBe(net);
        expect(invoice.vat.reduce((sum, vat) => sum + vat.base, 0)).toBe(net);
        expect(invoice.gross).toBe(net + invoice.vat.reduce((sum, vat) => sum + vat.amount, 0));
        for (const line of invoice.lines) {
          expect(Number.isInteger(line.amount)).toBe(true);
          expect(line.amount).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('rating is deterministic, whatever the order of the records', () => {
    fc.assert(
      fc.property(scenario, fc.array(fc.nat(), { minLength: 1 }), (s, keys) => {
        const once = build(s);
        // A random permutation: sort the records by random keys.
        const shuffled = once.usage
          .map((record, index) => ({ record, key: keys[index % keys.length] ?? 0, index }))
          .sort((a, b) => a.key - b.key || b.index - a.index)
          .map(({ record }) => record);
        expect(rate({ ...once, usage: shuffled })).toEqual(rate(once));
      }),
    );
  });

  it('replaying usage (the same records again) changes nothing', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const once = build(s);
        expect(rate({ ...once, usage: [...once.usage, ...once.usage] })).toEqual(rate(once));
      }),
    );
  });
});
