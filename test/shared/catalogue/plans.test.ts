import { describe, expect, it } from 'vitest';
import { hostAllowance, PlanSchema } from '../../../shared/catalogue/plan.js';
import { findPlan, PLANS } from '../../../shared/catalogue/plans.js';

describe('plan catalogue', () => {
  it('offers the four plan kinds of the product, priced in EUR', () => {
    expect(new Set(PLANS.map((plan) => plan.kind))).toEqual(new Set(['webmaster-share', 'on-demand', 'managed-host']));
    expect(findPlan('webmaster-eighth')?.included.webmasterHours).toBe(20);
    expect(findPlan('webmaster-quarter')?.included.webmasterHours).toBe(40);
    expect(findPlan('on-demand')?.monthlyFee.amount).toBe(0);
    expect(findPlan('managed-host')?.perHost?.includedTaskRuns).toBeGreaterThan(0);
    expect(PLANS.every((plan) => plan.monthlyFee.currency === 'EUR')).toBe(true);
  });

  const valid = structuredClone(PLANS[0]!);

  it('refuses an hourly price that does not split into quarter hours', () => {
    const plan = { ...valid, overage: { ...valid.overage, webmasterHour: { amount: 8001, currency: 'EUR' } } };
    expect(PlanSchema.safeParse(plan).success).toBe(false);
  });

  it('refuses a call-out price on a plan without call-outs, and mixed currencies', () => {
    expect(PlanSchema.safeParse({ ...valid, callOutsAllowed: false }).success).toBe(false);
    const mixed = { ...valid, monthlyFee: { amount: 100, currency: 'USD' } };
    expect(PlanSchema.safeParse(mixed).success).toBe(false);
  });

  it('refuses per-host pricing outside managed host plans', () => {
    expect(
      PlanSchema.safeParse({ ...valid, perHost: { monthlyFee: valid.monthlyFee, includedTaskRuns: 1, maxHosts: 5 } })
        .success,
    ).toBe(false);
  });

  it('caps the hosts of a managed host plan with maxHosts (a whole number of at least one)', () => {
    const managed = structuredClone(findPlan('managed-host')!);
    expect(PlanSchema.safeParse(managed).success).toBe(true);
    for (const maxHosts of [undefined, 0, 2.5]) {
      const plan = { ...managed, perHost: { ...managed.perHost!, maxHosts } };
      expect(PlanSchema.safeParse(plan).success, `maxHosts ${maxHosts}`).toBe(false);
    }
    expect(hostAllowance(managed)).toBe(managed.perHost?.maxHosts);
    expect(hostAllowance(findPlan('webmaster-eighth')!)).toBe(1);
    expect(hostAllowance(findPlan('webmaster-quarter')!)).toBe(3);
    expect(hostAllowance(findPlan('on-demand')!)).toBe(0);
  });
});
