import { describe, expect, it } from 'vitest';
import { periodOf } from '../../../shared/billing/periods.js';
import { type RatingInput, rate } from '../../../shared/billing/rating.js';
import { findPlan } from '../../../shared/catalogue/plans.js';
import { monitorMonthRecord } from '../../../shared/monitoring/checks.js';
import type { UsageRecord } from '../../../shared/usage/usage-record.js';

const input = (usage: UsageRecord[], planHistory?: RatingInput['planHistory']): RatingInput => ({
  period: periodOf(new Date('2026-11-15T00:00:00Z')),
  planHistory: planHistory ?? [{ planId: 'webmaster-eighth', effectiveFrom: '2026-01-01T00:00:00.000Z' }],
  cancelledAt: null,
  plans: findPlan,
  usage,
  hosts: [],
  seller: { country: 'DE', vatRate: 1900 },
  buyer: { country: 'DE', vatId: null },
});

/** One `monitors` record per monitor for November, as the checker writes them. */
const monitorMonths = (count: number) =>
  Array.from({ length: count }, (_, index) =>
    monitorMonthRecord({ id: `mon-${index + 1}`, tenantId: 'tenant-a' }, '2026-11-03T10:00:00.000Z'),
  );

const monitorLines = (invoice: ReturnType<typeof rate>) =>
  invoice.lines.filter((line) => line.kind === 'monitor_overage');

describe('rating monitors', () => {
  it('bills nothing for monitors within the plan’s included ones', () => {
    const included = findPlan('webmaster-eighth')?.monitoring.includedMonitors ?? 0;
    expect(included).toBe(5);
    expect(monitorLines(rate(input(monitorMonths(5))))).toEqual([]);
  });

  it('bills each monitor beyond the included ones at the plan’s extra-monitor price', () => {
    const plan = findPlan('webmaster-eighth');
    const lines = monitorLines(rate(input(monitorMonths(8))));
    expect(lines).toEqual([
      {
        kind: 'monitor_overage',
        description: 'Monitors beyond the 5 included',
        quantity: 3,
        unit: 'monitor-months',
        unitPrice: plan?.monitoring.extraMonitor.amount,
        amount: 3 * (plan?.monitoring.extraMonitor.amount ?? 0),
        vatRate: 1900,
      },
    ]);
  });

  it('counts a monitor’s record once however often it was written', () => {
    const records = [...monitorMonths(7), ...monitorMonths(7)];
    expect(monitorLines(rate(input(records)))[0]?.quantity).toBe(2);
  });

  it('uses the plan in force at the end of the period for the allowance and the price', () => {
    const history = [
      { planId: 'webmaster-eighth', effectiveFrom: '2026-01-01T00:00:00.000Z' },
      { planId: 'webmaster-quarter', effectiveFrom: '2026-11-20T00:00:00.000Z' },
    ];
    const quarter = findPlan('webmaster-quarter');
    const lines = monitorLines(rate(input(monitorMonths(17), history)));
    expect(lines[0]?.quantity).toBe(17 - (quarter?.monitoring.includedMonitors ?? 0));
    expect(lines[0]?.unitPrice).toBe(quarter?.monitoring.extraMonitor.amount);
  });

  it('adds the monitor line into the net and the VAT', () => {
    const without = rate(input([]));
    const withExtra = rate(input(monitorMonths(6)));
    const extra = findPlan('webmaster-eighth')?.monitoring.extraMonitor.amount ?? 0;
    expect(withExtra.net - without.net).toBe(extra);
  });
});
