import { describe, expect, it } from 'vitest';
import { isUpgrade, periodOf, rollForward } from '../../../shared/billing/periods.js';
import type { Subscription } from '../../../shared/billing/subscription.js';
import { findPlan } from '../../../shared/catalogue/plans.js';

const plan = (id: string) => findPlan(id)!;

describe('billing periods', () => {
  it('are UTC calendar months, including February of a leap year', () => {
    expect(periodOf(new Date('2028-02-29T23:59:59Z'))).toEqual({
      id: '2028-02',
      start: '2028-02-01T00:00:00.000Z',
      end: '2028-03-01T00:00:00.000Z',
    });
    expect(periodOf(new Date('2026-12-31T23:00:00Z')).end).toBe('2027-01-01T00:00:00.000Z');
  });
});

describe('plan changes', () => {
  it('orders plans by monthly value', () => {
    expect(isUpgrade(plan('webmaster-eighth'), plan('webmaster-quarter'))).toBe(true);
    expect(isUpgrade(plan('webmaster-quarter'), plan('webmaster-eighth'))).toBe(false);
    expect(isUpgrade(plan('on-demand'), plan('managed-host'))).toBe(true);
    expect(isUpgrade(plan('webmaster-eighth'), plan('on-demand'))).toBe(false);
  });

  it('applies a pending downgrade at the start of the next period, across several months if need be', () => {
    const subscription: Subscription = {
      tenantId: 't',
      planId: 'webmaster-quarter',
      status: 'active',
      paymentStatus: 'current',
      period: periodOf(new Date('2026-01-15T00:00:00Z')),
      pendingPlanId: 'webmaster-eighth',
      planHistory: [{ planId: 'webmaster-quarter', effectiveFrom: '2026-01-15T00:00:00.000Z' }],
      stripeCustomerId: null,
      paymentMethodOnFile: false,
      pastDueSince: null,
      suspendedForNonPayment: false,
      paymentStateAt: null,
      paymentMethodAt: null,
      createdAt: '2026-01-15T00:00:00.000Z',
      updatedAt: '2026-01-15T00:00:00.000Z',
      revision: 3,
    };
    expect(rollForward(subscription, new Date('2026-01-31T23:59:59Z'))).toBe(subscription);
    const rolled = rollForward(subscription, new Date('2026-03-10T00:00:00Z'));
    expect(rolled.period.id).toBe('2026-03');
    expect(rolled.planId).toBe('webmaster-eighth');
    expect(rolled.pendingPlanId).toBeNull();
    expect(rolled.planHistory.at(-1)).toEqual({
      planId: 'webmaster-eighth',
      effectiveFrom: '2026-02-01T00:00:00.000Z',
    });
  });
});
