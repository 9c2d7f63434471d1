import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoSubscriptionRepository } from '../../../functions/adapters/dynamodb/dynamo-subscription-repository.js';
import { RandomIds } from '../../../functions/adapters/system/random-ids.js';
import { applyPaymentEvent, suspendOverdueTenants } from '../../../shared/billing/payment-events.js';
import { createTestApi, type TestApi } from '../../support/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

const admin = { persona: 'customer-admin-A' as const };
const subscribe = async (planId: string, persona: 'customer-admin-A' | 'customer-admin-B' = 'customer-admin-A') =>
  api.request('POST', '/api/subscription', { persona, body: { planId } });

describe('subscriptions in ledger mode (no Stripe key)', () => {
  it('shows no subscription yet, with the period and zero entitlements', async () => {
    const view = (await api.request('GET', '/api/subscription', { persona: 'customer-admin-B' })).json();
    expect(view).toMatchObject({ status: 'none', billing: 'ledger', plan: null });
    expect(view.period.id).toBe(new Date().toISOString().slice(0, 7));
  });

  it('activates a plan at once and shows its entitlements, included vs used', async () => {
    const response = await subscribe('webmaster-eighth');
    expect(response.status).toBe(200);
    const view = response.json();
    expect(view).toMatchObject({
      status: 'active',
      billing: 'ledger',
      plan: { id: 'webmaster-eighth' },
      pendingPlan: null,
    });
    expect(view.entitlements).toEqual([
      { kind: 'webmaster_minutes', included: 1200, used: 0, unit: 'minutes' },
      { kind: 'hosts', included: 1, used: 0, unit: 'hosts' },
      { kind: 'task_runs', included: 30, used: 0, unit: 'runs' },
      { kind: 'call_outs', included: 0, used: 0, unit: 'call-outs' },
    ]);
    const member = (await api.request('GET', '/api/subscription', { persona: 'customer-member-A' })).json();
    expect(member.plan.id).toBe('webmaster-eighth');
  });

  it('upgrades at once and schedules a downgrade for the period end; choosing the current plan again cancels it', async () => {
    const upgraded = (await subscribe('webmaster-quarter')).json();
    expect(upgraded).toMatchObject({ plan: { id: 'webmaster-quarter' }, pendingPlan: null });
    const downgraded = (await subscribe('on-demand')).json();
    expect(downgraded).toMatchObject({ plan: { id: 'webmaster-quarter' }, pendingPlan: { id: 'on-demand' } });
    const kept = (await subscribe('webmaster-quarter')).json();
    expect(kept.pendingPlan).toBeNull();
    const actions = (await api.request('GET', '/api/audit?limit=5', admin))
      .json()
      .items.map((e: { action: string }) => e.action);
    expect(actions.slice(0, 3)).toEqual([
      'subscription.downgrade_cancelled',
      'subscription.downgrade_scheduled',
      'subscription.upgraded',
    ]);
  });

  it('refuses an unknown plan with the field named, members with 403, and the portal without Stripe', async () => {
    const unknown = await subscribe('platinum');
    expect(unknown.status).toBe(422);
    expect(unknown.json().errors[0].path).toBe('body.planId');
    expect(
      (await api.request('POST', '/api/subscription', { persona: 'customer-member-A', body: { planId: 'on-demand' } }))
        .status,
    ).toBe(403);
    const portal = await api.request('POST', '/api/billing/portal', admin);
    expect(portal.status).toBe(409);
    expect(portal.json().detail).toContain('ledger billing');
  });
});

describe('non-payment: past due, then suspended after the grace period, reactivated by a payment', () => {
  it('suspends only after the grace period and reactivates on a paid invoice', async () => {
    await subscribe('on-demand', 'customer-admin-B');
    const subscriptions = new DynamoSubscriptionRepository(api.table.client, api.table.tableName);
    // Ledger mode has no Stripe customer: give tenant B one, as Stripe mode would have.
    const stored = (await subscriptions.get(api.tenantB.id))!;
    await subscriptions.commit({
      subscription: { ...stored, stripeCustomerId: 'cus_b', revision: stored.revision + 1 },
      expectedRevision: stored.revision,
      audit: [],
    });
    const ids = new RandomIds();
    const now = Date.now();
    const deps = (offsetDays: number) => ({
      subscriptions,
      tenants: api.tenants,
      ids,
      clock: { now: () => new Date(now + offsetDays * 86_400_000) },
    });
    const at = new Date(now).toISOString();
    await applyPaymentEvent(deps(0), { type: 'invoice_payment_failed', eventId: 'evt_f1', customerId: 'cus_b', at });
    expect((await api.tenants.getTenant(api.tenantB.id))?.status).toBe('past_due');

    expect((await suspendOverdueTenants({ ...deps(13), graceDays: 14 })).suspended).not.toContain(api.tenantB.id);
    expect((await suspendOverdueTenants({ ...deps(15), graceDays: 14 })).suspended).toContain(api.tenantB.id);
    expect((await api.tenants.getTenant(api.tenantB.id))?.status).toBe('suspended');
    // Suspended customers still see billing.
    expect((await api.request('GET', '/api/subscription', { persona: 'customer-admin-B' })).status).toBe(200);

    const paidAt = new Date(now + 16 * 86_400_000).toISOString();
    await applyPaymentEvent(deps(16), { type: 'invoice_paid', eventId: 'evt_p1', customerId: 'cus_b', at: paidAt });
    expect((await api.tenants.getTenant(api.tenantB.id))?.status).toBe('active');
    expect((await suspendOverdueTenants({ ...deps(40), graceDays: 14 })).suspended).toEqual([]);
  });

  it('a payment does not lift a suspension the provider imposed', async () => {
    const subscriptions = new DynamoSubscriptionRepository(api.table.client, api.table.tableName);
    await api.request('POST', `/api/admin/tenants/${api.tenantB.id}/suspend`, {
      persona: 'provider-admin',
      body: { reason: 'Unpaid invoices since September.' },
    });
    await applyPaymentEvent(
      {
        subscriptions,
        tenants: api.tenants,
        ids: new RandomIds(),
        clock: { now: () => new Date(Date.now() + 20 * 86_400_000) },
      },
      {
        type: 'invoice_paid',
        eventId: 'evt_p2',
        customerId: 'cus_b',
        at: new Date(Date.now() + 20 * 86_400_000).toISOString(),
      },
    );
    expect((await api.tenants.getTenant(api.tenantB.id))?.status).toBe('suspended');
  });
});
