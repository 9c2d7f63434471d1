import { auditActorOf, newAuditEntry } from '../audit/audit-entry.js';
import { findPlan, PLANS } from '../catalogue/plans.js';
import { DomainError } from '../errors.js';
import { type Actor, tenantOf } from '../platform/actor.js';
import type { Clock, IdGenerator } from '../platform/ports.js';
import type { TenantRepository } from '../tenancy/ports.js';
import type { HostDays } from '../usage/ledger.js';
import { isUpgrade, periodOf, rollForward } from './periods.js';
import type { PaymentProvider, SubscriptionRepository, UsageTotals } from './ports.js';
import { daysInPeriod, divideHalfUp, planDays } from './rating.js';
import type { Entitlement, Subscription, SubscriptionPreview, SubscriptionView } from './subscription.js';

export interface BillingDeps {
  subscriptions: SubscriptionRepository;
  tenants: TenantRepository;
  usage: UsageTotals;
  /** The organisation's managed hosts (as the hosts page lists them): what the hosts entitlement has used. */
  hosts: HostDays;
  /** null in ledger mode (no Stripe key): subscriptions are active at once, nothing is collected. */
  payments: PaymentProvider | null;
  clock: Clock;
  ids: IdGenerator;
  /** Where the web app lives, for Checkout and portal return URLs. */
  webUrl: string;
}

const ownTenant = (actor: Actor): string => tenantOf(actor, 'Only an organisation has a subscription.');

const planOrThrow = (planId: string, path = 'body.planId') => {
  const plan = findPlan(planId);
  if (!plan) {
    throw new DomainError('REQUEST.INVALID', `There is no plan ${planId}.`, [
      { path, message: `one of ${PLANS.map((p) => p.id).join(', ')}` },
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
  const [used, hosts] = await Promise.all([deps.usage.totals(tenantId, period.id), deps.hosts.list(tenantId)]);
  return {
    status: subscription?.status ?? 'none',
    paymentStatus: subscription?.paymentStatus ?? 'current',
    billing: deps.payments ? 'stripe' : 'ledger',
    plan: subscription ? (findPlan(subscription.planId) ?? null) : null,
    pendingPlan: subscription?.pendingPlanId ? (findPlan(subscription.pendingPlanId) ?? null) : null,
    period,
    paymentMethodOnFile: subscription?.paymentMethodOnFile ?? false,
    // Hosts are not a usage record: what is used is the hosts registered now (the hosts page's list).
    entitlements: entitlementsOf(subscription, { ...used, hosts: hosts.length }),
  };
};

export const getSubscription = async (deps: BillingDeps, actor: Actor): Promise<SubscriptionView> => {
  const tenantId = ownTenant(actor);
  return view(deps, tenantId, await deps.subscriptions.get(tenantId));
};

/**
 * `GET /api/subscription/preview?planId=`: what choosing `planId` would do, without doing it — when it takes effect
 * (subscribe's rule) and what this period's invoice charges for it (rating's rule: each plan's monthly fee × its UTC
 * days in force ÷ the period's days, rounded half up per plan). The figures are the invoice's, so the browser never
 * computes a price.
 */
export async function previewSubscription(
  deps: Pick<BillingDeps, 'subscriptions' | 'payments' | 'clock'>,
  actor: Actor,
  planId: string,
): Promise<SubscriptionPreview> {
  const tenantId = ownTenant(actor);
  const plan = planOrThrow(planId, 'query.planId');
  const now = deps.clock.now();
  const at = now.toISOString();
  const stored = await deps.subscriptions.get(tenantId);
  const current = stored ? rollForward(stored, now) : null;
  const active = current?.status === 'active' ? current : null;
  const currentPlan = active ? (findPlan(active.planId) ?? null) : null;
  const period = active?.period ?? periodOf(now);

  let change: SubscriptionPreview['change'];
  let planHistory = current?.planHistory ?? [];
  if (!active) {
    change = 'start';
    planHistory = [...planHistory, { planId: plan.id, effectiveFrom: at }];
  } else if (active.planId === plan.id) {
    change = 'keep';
  } else if (isUpgrade(currentPlan ?? plan, plan)) {
    change = 'upgrade';
    planHistory = [...planHistory, { planId: plan.id, effectiveFrom: at }];
  } else {
    change = 'downgrade';
  }

  const periodDays = daysInPeriod(period);
  const days = planDays({ period, planHistory, cancelledAt: null });
  const feeFor = (id: string, count: number) =>
    divideHalfUp((findPlan(id)?.monthlyFee.amount ?? 0) * count, periodDays);
  const proratedDays = change === 'downgrade' ? 0 : (days.get(plan.id) ?? 0);
  const currency = plan.monthlyFee.currency;
  return {
    plan,
    currentPlan,
    change,
    price: plan.monthlyFee,
    effectiveAt: change === 'downgrade' ? period.end : at,
    period,
    proratedDays,
    periodDays,
    proratedAmount: { amount: feeFor(plan.id, proratedDays), currency },
    periodFees: { amount: [...days].reduce((sum, [id, count]) => sum + feeFor(id, count), 0), currency },
    nextInvoiceAt: period.end,
    needsPaymentMethod: deps.payments !== null && !current?.paymentMethodOnFile,
  };
}

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
