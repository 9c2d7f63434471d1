import { describe, expect, it } from 'vitest';
import { periodOf } from '../../../shared/billing/periods.js';
import type { SubscriptionRepository } from '../../../shared/billing/ports.js';
import { rate } from '../../../shared/billing/rating.js';
import { type BillingDeps, getSubscription, previewSubscription } from '../../../shared/billing/subscribe.js';
import { activeLedgerSubscription, type Subscription } from '../../../shared/billing/subscription.js';
import { findPlan } from '../../../shared/catalogue/plans.js';
import { DomainError } from '../../../shared/errors.js';
import type { Actor } from '../../../shared/platform/actor.js';

const TENANT = 'tenant-1';
const NOW = '2026-12-07T09:00:00.000Z';
const admin: Actor = { userId: 'admin-1', email: 'admin@example.com', roles: ['customer-admin'], tenantId: TENANT };
const december = periodOf(new Date(NOW));

const depsWith = (subscription: Subscription | null, payments: 'ledger' | 'stripe' = 'ledger') => ({
  subscriptions: { get: async () => subscription } as unknown as SubscriptionRepository,
  payments: payments === 'stripe' ? ({} as never) : null,
  clock: { now: () => new Date(NOW) },
});

const onEighth = activeLedgerSubscription(TENANT, 'webmaster-eighth', december, december.start);

const eur = (amount: number) => ({ amount, currency: 'EUR' });

describe('previewing a plan change', () => {
  it('prices an upgrade on 7 December as the invoice will: 25 of 31 days of the new plan, 6 of the old', async () => {
    const preview = await previewSubscription(depsWith(onEighth), admin, 'webmaster-quarter');
    expect(preview).toMatchObject({
      change: 'upgrade',
      currentPlan: { id: 'webmaster-eighth' },
      plan: { id: 'webmaster-quarter' },
      price: eur(229_000),
      effectiveAt: NOW,
      period: december,
      proratedDays: 25,
      periodDays: 31,
      // 2,290.00 × 25 ÷ 31 = 1,846.774… → 1,846.77
      proratedAmount: eur(184_677),
      // + 1,190.00 × 6 ÷ 31 = 230.322… → 230.32
      periodFees: eur(207_709),
      nextInvoiceAt: '2027-01-01T00:00:00.000Z',
      needsPaymentMethod: false,
    });
  });

  it('agrees with the rating of the period after the upgrade, line for line', async () => {
    const preview = await previewSubscription(depsWith(onEighth), admin, 'webmaster-quarter');
    const rated = rate({
      period: december,
      planHistory: [...onEighth.planHistory, { planId: 'webmaster-quarter', effectiveFrom: NOW }],
      cancelledAt: null,
      plans: findPlan,
      usage: [],
      hosts: [],
      seller: { country: 'DE', vatRate: 0 },
      buyer: { country: 'DE', vatId: null },
    });
    const fees = rated.lines.filter((line) => line.kind === 'base_fee');
    expect(fees.reduce((sum, line) => sum + line.amount, 0)).toBe(preview.periodFees.amount);
    expect(fees.find((line) => line.description.startsWith('Webmaster share — a quarter'))?.amount).toBe(
      preview.proratedAmount.amount,
    );
  });

  it('starts a downgrade with the next period and charges nothing for it in this one', async () => {
    const preview = await previewSubscription(depsWith(onEighth), admin, 'on-demand');
    expect(preview).toMatchObject({
      change: 'downgrade',
      effectiveAt: '2027-01-01T00:00:00.000Z',
      proratedDays: 0,
      proratedAmount: eur(0),
      periodFees: eur(119_000),
    });
  });

  it('prices a first plan from today, and says when Stripe needs a payment method first', async () => {
    const ledger = await previewSubscription(depsWith(null), admin, 'webmaster-quarter');
    expect(ledger).toMatchObject({
      change: 'start',
      currentPlan: null,
      effectiveAt: NOW,
      proratedDays: 25,
      proratedAmount: eur(184_677),
      periodFees: eur(184_677),
      needsPaymentMethod: false,
    });
    const stripe = await previewSubscription(depsWith(null, 'stripe'), admin, 'webmaster-quarter');
    expect(stripe.needsPaymentMethod).toBe(true);
  });

  it('shows the plan in force as kept, for its days of the period', async () => {
    const preview = await previewSubscription(depsWith(onEighth), admin, 'webmaster-eighth');
    expect(preview).toMatchObject({ change: 'keep', proratedDays: 31, proratedAmount: eur(119_000) });
  });

  it('refuses a plan that does not exist, naming the query parameter (422)', async () => {
    const refused = await previewSubscription(depsWith(onEighth), admin, 'gold').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({
      code: 'REQUEST.INVALID',
      errors: [{ path: 'query.planId', message: expect.stringContaining('webmaster-quarter') }],
    });
  });

  it('refuses provider staff, who have no subscription', async () => {
    const staff: Actor = { userId: 'op', email: 'op@example.com', roles: ['operator'], tenantId: null };
    await expect(previewSubscription(depsWith(null), staff, 'webmaster-quarter')).rejects.toMatchObject({
      code: 'AUTH.FORBIDDEN',
    });
  });
});

describe('the hosts entitlement', () => {
  it('counts the hosts registered now, so two hosts on a plan with one read as over the limit', async () => {
    const deps = {
      ...depsWith(onEighth),
      usage: { totals: async () => ({ webmaster_minutes: 0, hosts: 0, task_runs: 0, call_outs: 0 }) },
      hosts: {
        list: async () => [
          { id: 'mi-0123456789abcdef0', registeredAt: '2026-12-02T10:00:00.000Z' },
          { id: 'mi-0123456789abcdef1', registeredAt: '2026-12-03T10:00:00.000Z' },
        ],
      },
    } as unknown as BillingDeps;
    const view = await getSubscription(deps, admin);
    expect(view.entitlements).toContainEqual({ kind: 'hosts', included: 1, used: 2, unit: 'hosts' });
  });
});
