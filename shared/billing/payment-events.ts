import { newAuditEntry, STRIPE_ACTOR, SYSTEM_ACTOR } from '../audit/audit-entry.js';
import type { Clock, IdGenerator } from '../platform/ports.js';
import type { TenantRepository } from '../tenancy/ports.js';
import { periodOf, rollForward } from './periods.js';
import type { PaymentEvent, SubscriptionChange, SubscriptionRepository } from './ports.js';
import type { Subscription } from './subscription.js';

export interface PaymentEventDeps {
  subscriptions: SubscriptionRepository;
  tenants: TenantRepository;
  clock: Clock;
  ids: IdGenerator;
}

export type PaymentEventOutcome = 'applied' | 'duplicate' | 'stale' | 'unknown_customer';

const systemAudit = (deps: PaymentEventDeps, tenantId: string, action: string, event: PaymentEvent) =>
  newAuditEntry(deps, {
    actor: STRIPE_ACTOR,
    tenantId,
    action,
    target: { type: 'subscription', id: tenantId },
    details: { eventId: event.eventId, eventType: event.type, occurredAt: event.at },
  });

/** An event older than the state it would change is stale: newer state wins. */
const isStale = (event: PaymentEvent, lastAppliedAt: string | null) =>
  lastAppliedAt !== null && event.at < lastAppliedAt;

/**
 * Applies one verified payment event to the tenant's subscription and status — at most once per
 * event id (the event id is written in the same transaction), ignoring events older than the state
 * they would change, so replays and out-of-order delivery leave the same result.
 */
export async function applyPaymentEvent(deps: PaymentEventDeps, event: PaymentEvent): Promise<PaymentEventOutcome> {
  const tenantId = await deps.subscriptions.tenantOfCustomer(event.customerId);
  const stored = tenantId ? await deps.subscriptions.get(tenantId) : null;
  const tenant = tenantId ? await deps.tenants.getTenant(tenantId) : null;
  if (!tenantId || !stored || !tenant) return 'unknown_customer';
  const now = deps.clock.now();
  const current = rollForward(stored, now);
  const base = { ...current, updatedAt: now.toISOString(), revision: stored.revision + 1 };
  let change: Omit<SubscriptionChange, 'expectedRevision' | 'eventId'>;

  switch (event.type) {
    case 'payment_method_saved': {
      if (isStale(event, current.paymentMethodAt)) return 'stale';
      const activate = current.status === 'incomplete';
      const planId = event.requestedPlanId ?? current.planId;
      const next: Subscription = {
        ...base,
        paymentMethodOnFile: true,
        paymentMethodAt: event.at,
        ...(activate
          ? {
              status: 'active' as const,
              planId,
              period: periodOf(now),
              planHistory: [...current.planHistory, { planId, effectiveFrom: now.toISOString() }],
            }
          : {}),
      };
      change = {
        subscription: next,
        audit: [
          systemAudit(deps, tenantId, activate ? 'subscription.started' : 'subscription.payment_method_saved', event),
        ],
      };
      break;
    }
    case 'invoice_paid': {
      if (isStale(event, current.paymentStateAt)) return 'stale';
      const reactivate =
        tenant.status === 'past_due' || (tenant.status === 'suspended' && current.suspendedForNonPayment);
      change = {
        subscription: {
          ...base,
          paymentStatus: 'current',
          pastDueSince: null,
          suspendedForNonPayment: false,
          paymentStateAt: event.at,
        },
        ...(reactivate ? { tenantStatus: { from: [tenant.status], to: 'active' as const } } : {}),
        ...(current.pastDueSince ? { pastDue: { remove: current.pastDueSince } } : {}),
        audit: [systemAudit(deps, tenantId, 'subscription.invoice_paid', event)],
      };
      break;
    }
    case 'invoice_payment_failed': {
      if (isStale(event, current.paymentStateAt)) return 'stale';
      const since = current.pastDueSince ?? event.at;
      change = {
        subscription: { ...base, paymentStatus: 'past_due', pastDueSince: since, paymentStateAt: event.at },
        ...(tenant.status === 'active' ? { tenantStatus: { from: ['active'] as const, to: 'past_due' as const } } : {}),
        ...(current.pastDueSince ? {} : { pastDue: { add: since } }),
        audit: [systemAudit(deps, tenantId, 'subscription.payment_failed', event)],
      };
      break;
    }
    case 'customer_deleted': {
      change = {
        subscription: { ...base, stripeCustomerId: null, paymentMethodOnFile: false, paymentMethodAt: event.at },
        audit: [systemAudit(deps, tenantId, 'subscription.customer_deleted', event)],
      };
      break;
    }
  }
  const applied = await deps.subscriptions.commit({
    ...change,
    expectedRevision: stored.revision,
    eventId: event.eventId,
  });
  return applied ? 'applied' : 'duplicate';
}

/**
 * Scheduled: tenants past due for longer than the grace period are suspended — customers still see
 * billing and can pay (a paid invoice reactivates them), but cannot book or request tasks.
 */
export async function suspendOverdueTenants(
  deps: PaymentEventDeps & { graceDays: number },
  batchSize = 50,
): Promise<{ suspended: string[] }> {
  const now = deps.clock.now();
  const cutoff = new Date(now.getTime() - deps.graceDays * 86_400_000).toISOString();
  const suspended: string[] = [];
  for (const { tenantId, pastDueSince } of await deps.subscriptions.listPastDueSince(cutoff, batchSize)) {
    const [stored, tenant] = await Promise.all([deps.subscriptions.get(tenantId), deps.tenants.getTenant(tenantId)]);
    if (!stored || !tenant) continue;
    const stillPastDue = stored.paymentStatus === 'past_due' && tenant.status === 'past_due';
    await deps.subscriptions.commit({
      subscription: {
        ...rollForward(stored, now),
        suspendedForNonPayment: stillPastDue || stored.suspendedForNonPayment,
        updatedAt: now.toISOString(),
        revision: stored.revision + 1,
      },
      expectedRevision: stored.revision,
      ...(stillPastDue ? { tenantStatus: { from: ['past_due'] as const, to: 'suspended' as const } } : {}),
      pastDue: { remove: pastDueSince },
      audit: stillPastDue
        ? [
            newAuditEntry(deps, {
              actor: SYSTEM_ACTOR,
              tenantId,
              action: 'tenant.suspended_for_non_payment',
              target: { type: 'tenant', id: tenantId },
              details: { pastDueSince, graceDays: deps.graceDays },
            }),
          ]
        : [],
    });
    if (stillPastDue) suspended.push(tenantId);
  }
  return { suspended };
}
