import { auditActorOf, newAuditEntry } from '../audit/audit-entry.js';
import { findPlan, PLANS } from '../catalogue/plans.js';
import { DomainError } from '../errors.js';
import { type Actor, tenantOf } from '../platform/actor.js';
import type { Clock, IdGenerator } from '../platform/ports.js';
import type { TenantRepository } from '../tenancy/ports.js';
import { isUpgrade, periodOf, rollForward } from './periods.js';
import type { PaymentProvider, SubscriptionRepository, UsageTotals } from './ports.js';
import type { Entitlement, Subscription, SubscriptionView } from './subscription.js';

export interface BillingDeps {
  subscriptions: SubscriptionRepository;
  tenants: TenantRepository;
  usage: UsageTotals;
  /** null in ledger mode (no Stripe key): subscriptions are active at once, nothing is collected. */
  payments: PaymentProvider | null;
  clock: Clock;
  ids: IdGenerator;
  /** Where the web app lives, for Checkout and portal return URLs. */
  webUrl: string;
}

const ownTenant = (actor: Actor): string => tenantOf(actor, 'Only an organisation has a subscription.');

const planOrThrow = (planId: string) => {
  const plan = findPlan(planId);
  if (!plan) {
    throw new DomainError('REQUEST.INVALID', `There is no plan ${planId}.`, [
      { path: 'body.planId', message: `one of ${PLANS.map((p) => p.id).join(', ')}` },
    ]);
  }
  return plan;
};

export const entitlementsOf = (subscription: Subscription | null, used: Record<string, number>): Entitlement[] => {
  const plan = subscription ? findPlan(subscription.planId) : undefined;
  const hostsUsed = used.hosts ?? 0;
  // Managed-host plans bill every host and include task runs per host.
  const hostsIncluded = plan ? (plan.perHost ? null : plan.included.hosts) : 0;
  const taskRunsIncluded = plan ? plan.included.taskRuns + (plan.perHost?.includedTaskRuns ?? 0) * hostsUsed : 0;
  return [
    {
      kind: 'webmaster_minutes',
      included: plan ? plan.included.webmasterHours * 60 : 0,
      used: used.webmaster_minutes ?? 0,
      unit: 'minutes',
    },
    { kind: 'hosts', included: hostsIncluded, used: hostsUsed, unit: 'hosts' },
    { kind: 'task_runs', included: taskRunsIncluded, used: used.task_runs ?? 0, unit: 'runs' },
    {
      kind: 'call_outs',
      included: plan?.callOutsAllowed ? plan.included.callOuts : null,
      used: used.call_outs ?? 0,
      unit: 'call-outs',
    },
  ];
};

const view = async (deps: BillingDeps, tenantId: string, stored: Subscription | null): Promise<SubscriptionView> => {
  const now = deps.clock.now();
  const subscription = stored ? rollForward(stored, now) : null;
  const period = subscription?.period ?? periodOf(now);
  const used = await deps.usage.totals(tenantId, period.id);
  return {
    status: subscription?.status ?? 'none',
    paymentStatus: subscription?.paymentStatus ?? 'current',
    billing: deps.payments ? 'stripe' : 'ledger',
    plan: subscription ? (findPlan(subscription.planId) ?? null) : null,
    pendingPlan: subscription?.pendingPlanId ? (findPlan(subscription.pendingPlanId) ?? null) : null,
    period,
    paymentMethodOnFile: subscription?.paymentMethodOnFile ?? false,
    entitlements: entitlementsOf(subscription, used),
  };
};

export const getSubscription = async (deps: BillingDeps, actor: Actor): Promise<SubscriptionView> => {
  const tenantId = ownTenant(actor);
  return view(deps, tenantId, await deps.subscriptions.get(tenantId));
};

const auditOf = (deps: BillingDeps, actor: Actor, tenantId: string, action: string, details: Record<string, unknown>) =>
  newAuditEntry(deps, {
    actor: auditActorOf(actor),
    tenantId,
    action,
    target: { type: 'subscription', id: tenantId },
    details,
  });

/**
 * Choose or change the plan. Ledger mode, or a payment method on file: a first plan and upgrades
 * take effect at once, downgrades at the end of the period. Stripe mode without a payment method:
 * the plan is remembered as `incomplete` and the customer is sent to Checkout (setup mode); the
 * `checkout.session.completed` webhook activates it.
 */
export async function subscribe(
  deps: BillingDeps,
  actor: Actor,
  planId: string,
): Promise<{ checkoutUrl: string } | SubscriptionView> {
  const tenantId = ownTenant(actor);
  const plan = planOrThrow(planId);
  const tenant = await deps.tenants.getTenant(tenantId);
  if (!tenant) throw new DomainError('RESOURCE.NOT_FOUND', 'Your organisation no longer exists.');
  if (tenant.status === 'pending_deletion') {
    throw new DomainError('STATE.CONFLICT', 'Your organisation is being deleted; cancel the deletion first.');
  }
  const now = deps.clock.now();
  const at = now.toISOString();
  const stored = await deps.subscriptions.get(tenantId);
  const current = stored ? rollForward(stored, now) : null;

  let customerId = current?.stripeCustomerId ?? null;
  if (deps.payments && !customerId) {
    customerId = await deps.payments.ensureCustomer({ tenantId, name: tenant.name, email: actor.email });
  }
  const needsPaymentMethod = deps.payments !== null && !current?.paymentMethodOnFile;

  let next: Subscription;
  let action: string;
  if (current?.status !== 'active') {
    next = {
      tenantId,
      planId: plan.id,
      status: needsPaymentMethod ? 'incomplete' : 'active',
      paymentStatus: current?.paymentStatus ?? 'current',
      period: periodOf(now),
      pendingPlanId: null,
      planHistory: needsPaymentMethod
        ? (current?.planHistory ?? [])
        : [...(current?.planHistory ?? []), { planId: plan.id, effectiveFrom: at }],
      stripeCustomerId: customerId,
      paymentMethodOnFile: current?.paymentMethodOnFile ?? false,
      pastDueSince: current?.pastDueSince ?? null,
      suspendedForNonPayment: current?.suspendedForNonPayment ?? false,
      paymentStateAt: current?.paymentStateAt ?? null,
      paymentMethodAt: current?.paymentMethodAt ?? null,
      createdAt: current?.createdAt ?? at,
      updatedAt: at,
      revision: (stored?.revision ?? -1) + 1,
    };
    action = needsPaymentMethod ? 'subscription.checkout_started' : 'subscription.started';
  } else if (current.planId === plan.id) {
    next = {
      ...current,
      pendingPlanId: null,
      stripeCustomerId: customerId,
      updatedAt: at,
      revision: current.revision + 1,
    };
    action = current.pendingPlanId ? 'subscription.downgrade_cancelled' : 'subscription.unchanged';
  } else {
    const from = findPlan(current.planId) ?? plan;
    const upgrade = isUpgrade(from, plan);
    next = upgrade
      ? {
          ...current,
          planId: plan.id,
          pendingPlanId: null,
          planHistory: [...current.planHistory, { planId: plan.id, effectiveFrom: at }],
          stripeCustomerId: customerId,
          updatedAt: at,
          revision: current.revision + 1,
        }
      : {
          ...current,
          pendingPlanId: plan.id,
          stripeCustomerId: customerId,
          updatedAt: at,
          revision: current.revision + 1,
        };
    action = upgrade ? 'subscription.upgraded' : 'subscription.downgrade_scheduled';
  }

  if (action !== 'subscription.unchanged') {
    await deps.subscriptions.commit({
      subscription: next,
      expectedRevision: stored?.revision ?? null,
      audit: [auditOf(deps, actor, tenantId, action, { planId: plan.id, from: current?.planId ?? null })],
    });
  }
  if (needsPaymentMethod && deps.payments && customerId) {
    const checkoutUrl = await deps.payments.createSetupCheckout({
      customerId,
      tenantId,
      planId: plan.id,
      successUrl: `${deps.webUrl}/subscription?checkout=success`,
      cancelUrl: `${deps.webUrl}/plans?checkout=cancelled`,
      idempotencyKey: `checkout-${tenantId}-${next.revision}`,
    });
    return { checkoutUrl };
  }
  return view(deps, tenantId, next);
}

/** A Stripe Customer Portal session for changing cards and seeing payments (Stripe mode only). */
export async function openBillingPortal(deps: BillingDeps, actor: Actor): Promise<{ url: string }> {
  const tenantId = ownTenant(actor);
  if (!deps.payments) {
    throw new DomainError(
      'STATE.CONFLICT',
      'Payments are not collected in this installation (ledger billing): there is no portal.',
    );
  }
  const subscription = await deps.subscriptions.get(tenantId);
  if (!subscription?.stripeCustomerId) {
    throw new DomainError('STATE.CONFLICT', 'Choose a plan first: there is no payment account yet.');
  }
  return {
    url: await deps.payments.createPortalSession({
      customerId: subscription.stripeCustomerId,
      returnUrl: `${deps.webUrl}/subscription`,
    }),
  };
}
