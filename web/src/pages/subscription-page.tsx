import { useCallback, useEffect, useState } from 'react';
import type { Tenant } from '../../../shared/tenancy/model.js';
import { useAuth } from '../auth/auth-context.js';
import { BillingProfileCard } from '../components/billing-profile-card.js';
import { EntitlementBar } from '../components/entitlement-bar.js';
import { planPrice } from '../components/plan-card.js';
import { EmptyState, ErrorAlert, Loading, Notice } from '../components/status.js';
import { api, isAbortError, type SubscriptionView } from '../lib/api.js';
import {
  formatMonth,
  formatPeriodBoundary,
  loadSubscription,
  PAYMENT_STATUS_LABELS,
  SUBSCRIPTION_STATUS_LABELS,
  summarizeEntitlement,
  usePlanChange,
  usePortal,
} from '../lib/billing.js';
import { useDisplayZone } from '../lib/display-zone.js';
import { count } from '../lib/format.js';
import { Link, useLocation } from '../lib/router.js';
import { useResource } from '../lib/use-resource.js';
import '../styles/billing.css';

/** After Stripe Checkout, the plan activates when Stripe's webhook arrives: ask again this often, this many times. */
const CHECKOUT_POLL_MS = 3_000;
const CHECKOUT_POLL_ATTEMPTS = 20;
const PLAN_HEADING_ID = 'plan-heading';

export function SubscriptionPage() {
  const auth = useAuth();
  const location = useLocation();
  const subscription = useResource(loadSubscription);
  // A newer answer than the loaded one: after keeping the plan, or while waiting for Stripe to confirm a checkout.
  const [latest, setLatest] = useState<SubscriptionView | null>(null);
  const refresh = auth.status === 'signed-in' ? auth.refresh : null;
  const checkoutSucceeded = location.search.get('checkout') === 'success';
  // Back from the plans page after a confirmed change: which plan was chosen.
  const changedTo = location.search.get('changed');
  const view = latest ?? (subscription.status === 'ready' ? subscription.data : null);
  const waitingForStripe = checkoutSucceeded && view?.status === 'incomplete';

  useEffect(() => {
    if (!waitingForStripe) return;
    const controller = new AbortController();
    let attempts = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () => {
      timer = setTimeout(async () => {
        attempts += 1;
        try {
          const next = await api.getSubscription(controller.signal);
          if (controller.signal.aborted) return;
          setLatest(next);
          if (next.status !== 'incomplete') {
            refresh?.().catch(() => undefined);
            return;
          }
        } catch (error) {
          if (isAbortError(error) || controller.signal.aborted) return;
        }
        if (attempts < CHECKOUT_POLL_ATTEMPTS) poll();
      }, CHECKOUT_POLL_MS);
    };
    poll();
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [waitingForStripe, refresh]);

  // What the last change here did (keeping the plan cancels a pending change).
  const [notice, setNotice] = useState<string | null>(null);
  const onChanged = useCallback(
    (next: SubscriptionView) => {
      setLatest(next);
      setNotice(next.plan ? `The change is cancelled: ${next.plan.name} stays your plan.` : null);
      refresh?.().catch(() => undefined);
      // The button that was used is gone; continue from the plan's heading.
      requestAnimationFrame(() => document.getElementById(PLAN_HEADING_ID)?.focus());
    },
    [refresh],
  );

  // The route table only renders this page for signed-in customer admins and members.
  if (auth.status !== 'signed-in') return null;
  const { tenant, roles } = auth.me;
  const isAdmin = roles.includes('customer-admin');

  return (
    <>
      <h1>Subscription</h1>
      <p className="lead">
        Your organisation’s plan, its billing period, and how much of what it includes has been used so far.
        {!isAdmin &&
          ' Only your organisation’s admins can change the plan, the payment method or the address invoices go to.'}
      </p>
      {view ? (
        <Subscription
          view={view}
          notice={notice}
          changedTo={latest ? null : changedTo}
          tenant={tenant}
          isAdmin={isAdmin}
          checkoutSucceeded={checkoutSucceeded}
          onChanged={onChanged}
        />
      ) : subscription.status === 'error' ? (
        <ErrorAlert error={subscription.error} title="Could not load your subscription" onRetry={subscription.reload} />
      ) : (
        <Loading>Loading your subscription…</Loading>
      )}
      {isAdmin && (
        <div className="stack">
          <BillingProfileCard organisation={tenant?.name ?? null} />
        </div>
      )}
    </>
  );
}

function Subscription({
  view,
  notice,
  changedTo,
  tenant,
  isAdmin,
  checkoutSucceeded,
  onChanged,
}: {
  view: SubscriptionView;
  notice: string | null;
  changedTo: string | null;
  tenant: Tenant | null;
  isAdmin: boolean;
  checkoutSucceeded: boolean;
  onChanged: (view: SubscriptionView) => void;
}) {
  // One for the past-due warning, one for the plan's actions: each shows its own failure beside its button.
  const pastDuePortal = usePortal();
  const portal = usePortal();
  const zone = useDisplayZone();
  const { plan } = view;
  if (view.status === 'none' || !plan) {
    return isAdmin ? (
      <EmptyState>
        Your organisation has not chosen a plan yet. <Link to="/plans">Choose a plan</Link> to get webmaster hours,
        managed hosts and task runs.
      </EmptyState>
    ) : (
      <EmptyState>Your admin has not chosen a plan yet.</EmptyState>
    );
  }

  const stripe = view.billing === 'stripe';
  const { amount, per } = planPrice(plan);
  const organisation = tenant?.name ?? 'Your organisation';
  const hosts = view.entitlements.find((entitlement) => entitlement.kind === 'hosts');
  const hostsOver = hosts ? summarizeEntitlement(hosts).overLimit : null;
  let success: string | null = null;
  if (changedTo && view.pendingPlan?.id === changedTo) {
    success = `Done: your plan changes to ${view.pendingPlan.name} on ${formatPeriodBoundary(view.period.end, zone)}. Until then, ${plan.name} stays in force.`;
  } else if (changedTo && plan.id === changedTo && view.status === 'active') {
    success = `Done: ${plan.name} is your plan from now on.`;
  }
  return (
    <div className="stack">
      {success && (
        <div className="alert alert-success" role="status">
          <p>{success}</p>
        </div>
      )}
      {hosts && hostsOver && (
        <div className="alert alert-warning" role="status">
          <p className="alert-title">More managed hosts than your plan includes</p>
          <p>
            {organisation} has {count(hosts.used, 'managed host')} registered; {plan.name} includes{' '}
            {hosts.included ? count(hosts.included, 'host') : 'none'}. New hosts cannot be registered until you{' '}
            <Link to="/hosts">deregister a host</Link>
            {isAdmin ? (
              <>
                {' '}
                or <Link to="/plans">choose a plan with more hosts</Link>.
              </>
            ) : (
              ' or your admin chooses a plan with more hosts.'
            )}
          </p>
        </div>
      )}
      {notice && (
        <Notice>
          <p>{notice}</p>
        </Notice>
      )}
      {checkoutSucceeded && view.status === 'incomplete' && (
        <Notice>
          <p>Payment method saved — your plan becomes active as soon as Stripe confirms it.</p>
        </Notice>
      )}
      {view.paymentStatus === 'past_due' && (
        <div className="alert alert-error" role="status">
          <p className="alert-title">Payment past due</p>
          <p>
            The last payment did not go through. If it stays unpaid, {organisation} will be suspended: webmaster hours
            and tasks can then no longer be booked or requested.
            {isAdmin && stripe ? ' Update the payment method so that Stripe can collect it.' : ''}
            {!isAdmin && ' Please tell your organisation’s admin.'}
          </p>
          {isAdmin && stripe && (
            <>
              {pastDuePortal.state.kind === 'failed' && (
                <ErrorAlert error={pastDuePortal.state.error} title="Could not open the payment portal" />
              )}
              <div className="form-actions">
                <PortalButton portal={pastDuePortal} label="Update payment method" />
              </div>
            </>
          )}
        </div>
      )}

      <section className="card" aria-labelledby={PLAN_HEADING_ID}>
        <p className="eyebrow">Your plan</p>
        <h2 id={PLAN_HEADING_ID} tabIndex={-1}>
          {plan.name}
        </h2>
        <p className="plan-price">
          <span className="plan-amount">{amount}</span> <span className="plan-per">{per}</span>
        </p>
        {view.pendingPlan && <PendingChange view={view} current={plan.name} isAdmin={isAdmin} onChanged={onChanged} />}
        {view.status === 'incomplete' && !checkoutSucceeded && (
          <p>
            This plan starts once a payment method is saved with Stripe.
            {isAdmin && ' If you left Stripe Checkout before finishing, choose the plan again.'}
          </p>
        )}
        <dl className="facts">
          <div>
            <dt>Status</dt>
            <dd>
              <span className={`status-pill status-${view.status}`}>{SUBSCRIPTION_STATUS_LABELS[view.status]}</span>
            </dd>
          </div>
          <div>
            <dt>Billing period</dt>
            <dd>
              {formatMonth(view.period.id)}
              <span className="cell-sub muted">
                {formatPeriodBoundary(view.period.start, zone)} to {formatPeriodBoundary(view.period.end, zone)}
              </span>
            </dd>
          </div>
          <div>
            <dt>Payment</dt>
            <dd>
              {stripe || view.paymentStatus === 'past_due' ? (
                <span className={`status-pill status-${view.paymentStatus}`}>
                  {PAYMENT_STATUS_LABELS[view.paymentStatus]}
                </span>
              ) : (
                // Ledger billing: nothing is collected here, so "up to date" would claim what nobody checked.
                'Not collected online: your provider sends the invoices.'
              )}
            </dd>
          </div>
          {stripe && (
            <div>
              <dt>Payment method</dt>
              <dd>{view.paymentMethodOnFile ? 'Saved with Stripe' : 'None saved yet'}</dd>
            </div>
          )}
        </dl>
        {isAdmin && (
          <div className="card-actions">
            {portal.state.kind === 'failed' && (
              <ErrorAlert error={portal.state.error} title="Could not open the payment portal" />
            )}
            <div className="form-actions">
              <Link className="button" to="/plans">
                Change plan
              </Link>
              {stripe && <PortalButton portal={portal} label="Manage payment methods" secondary />}
            </div>
          </div>
        )}
      </section>

      <section className="card" aria-labelledby="usage-heading">
        <h2 id="usage-heading">Used this period</h2>
        <p className="muted">
          So far in this billing period. Webmaster time counts in quarter hours; anything beyond what the plan includes
          is billed at its prices. Managed hosts are the ones registered now.
        </p>
        {view.entitlements.length > 0 ? (
          <ul className="entitlements">
            {view.entitlements.map((entitlement) => (
              <EntitlementBar key={entitlement.kind} entitlement={entitlement} />
            ))}
          </ul>
        ) : (
          <EmptyState>Nothing is included or used yet this period.</EmptyState>
        )}
      </section>
    </div>
  );
}

/** "Changes to X on 1 August 2025"; an admin can keep the current plan instead (choosing it again cancels the change). */
function PendingChange({
  view,
  current,
  isAdmin,
  onChanged,
}: {
  view: SubscriptionView;
  current: string;
  isAdmin: boolean;
  onChanged: (view: SubscriptionView) => void;
}) {
  const change = usePlanChange(onChanged);
  const zone = useDisplayZone();
  const { plan, pendingPlan } = view;
  if (!plan || !pendingPlan) return null;
  const { state } = change;
  return (
    <div className="alert alert-info">
      <p className="alert-title">
        Changes to {pendingPlan.name} on {formatPeriodBoundary(view.period.end, zone)}
      </p>
      <p>Until then, {current} stays in force.</p>
      {state.kind === 'failed' && <ErrorAlert error={state.error} title="The change was not cancelled" />}
      {isAdmin && (
        <div className="form-actions">
          <button
            type="button"
            className="button button-secondary button-small"
            aria-disabled={change.busy || undefined}
            onClick={() => {
              change.choose(plan.id);
            }}
          >
            Keep {current}
          </button>
          {state.kind === 'changing' && <Loading>Keeping your plan…</Loading>}
        </div>
      )}
    </div>
  );
}

/** A button to the Stripe Customer Portal; `portal` (usePortal) holds what went wrong, shown where the caller wants it. */
function PortalButton({
  portal,
  label,
  secondary = false,
}: {
  portal: ReturnType<typeof usePortal>;
  label: string;
  secondary?: boolean;
}) {
  return (
    <>
      <button
        type="button"
        className={secondary ? 'button button-secondary' : 'button'}
        aria-disabled={portal.opening || undefined}
        onClick={() => {
          portal.open();
        }}
      >
        {label}
      </button>
      {portal.opening && <Loading>Opening Stripe…</Loading>}
    </>
  );
}
