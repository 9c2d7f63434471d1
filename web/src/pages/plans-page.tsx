import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { Plan } from '../../../shared/catalogue/plan.js';
import { useAuth } from '../auth/auth-context.js';
import { PlanCard, planPrice } from '../components/plan-card.js';
import { EmptyState, ErrorAlert, Loading, Notice } from '../components/status.js';
import type { SubscriptionView } from '../lib/api.js';
import {
  changeKind,
  formatMonth,
  formatPeriodBoundary,
  loadSubscription,
  loadSubscriptionPreview,
  usePlanChange,
} from '../lib/billing.js';
import { useDisplayZone } from '../lib/display-zone.js';
import { formatDate, formatDateTime, formatMoney } from '../lib/format.js';
import { loadPlans } from '../lib/plans.js';
import { Link, navigate, useLocation } from '../lib/router.js';
import { useResource } from '../lib/use-resource.js';
import '../styles/billing.css';

type PlanChange = ReturnType<typeof usePlanChange>;

export function PlansPage() {
  const auth = useAuth();
  const location = useLocation();
  const plans = useResource(loadPlans);
  const me = auth.status === 'signed-in' ? auth.me : null;
  // Billing is for customer admins: members and staff see the catalogue only.
  const isAdmin = me?.roles.includes('customer-admin') === true && me.tenant !== null;
  const subscription = useResource(isAdmin ? loadSubscription : null);
  const refresh = auth.status === 'signed-in' ? auth.refresh : null;
  const onChanged = useCallback(
    (next: SubscriptionView) => {
      // The organisation's plan is part of the signed-in account too (dashboard, "Your plan").
      refresh?.().catch(() => undefined);
      // The subscription page says what was done (the plan now, or the change ahead).
      const chosen = next.pendingPlan?.id ?? next.plan?.id;
      navigate(chosen ? `/subscription?changed=${encodeURIComponent(chosen)}` : '/subscription');
    },
    [refresh],
  );
  const change = usePlanChange(onChanged);

  const view = isAdmin && subscription.status === 'ready' ? subscription.data : null;
  // "Your plan": the subscription's active plan for admins; for everyone else the organisation's, from /api/me.
  let activePlanId = me?.tenant?.planId ?? null;
  if (view) activePlanId = view.status === 'active' ? (view.plan?.id ?? null) : null;
  const pendingDeletion = me?.tenant?.status === 'pending_deletion';
  const waitingForSubscription = isAdmin && subscription.status === 'loading';
  const canChange = view !== null && !pendingDeletion;

  return (
    <>
      <h1>Plans</h1>
      <p className="lead">
        Prices are net; VAT is added on the invoice. Webmaster time is billed in 15-minute increments, and anything
        beyond what a plan includes is billed at the prices below.
        {isAdmin &&
          ' A move to a plan of higher monthly value takes effect at once; any other change at the end of the billing period.'}
      </p>
      {location.search.get('checkout') === 'cancelled' && (
        <Notice>
          <p>Checkout was cancelled; no plan was changed.</p>
        </Notice>
      )}
      {me && !isAdmin && me.tenant && (
        <p className="muted">Only your organisation’s admins can choose or change the plan.</p>
      )}
      {isAdmin && pendingDeletion && (
        <div className="alert alert-warning" role="status">
          <p className="alert-title">Your organisation is scheduled for deletion</p>
          <p>
            Its plan cannot change meanwhile. To choose or change a plan, first cancel the deletion on the{' '}
            <Link to="/organisation">Organisation</Link> page.
          </p>
        </div>
      )}
      {isAdmin && subscription.status === 'error' && (
        <ErrorAlert error={subscription.error} title="Could not load your subscription" onRetry={subscription.reload}>
          <p>The plans are shown below, but can be chosen only once your subscription has loaded.</p>
        </ErrorAlert>
      )}
      {(plans.status === 'loading' || waitingForSubscription) && plans.status !== 'error' && (
        <Loading>Loading plans…</Loading>
      )}
      {plans.status === 'error' && (
        <ErrorAlert error={plans.error} title="Could not load the plans" onRetry={plans.reload} />
      )}
      {plans.status === 'ready' &&
        !waitingForSubscription &&
        (plans.data.length === 0 ? (
          <EmptyState>No plans are on offer at the moment. Please check back later.</EmptyState>
        ) : (
          <div className="card-grid">
            {plans.data.map((plan) => (
              <PlanCard
                key={plan.id}
                plan={plan}
                badge={
                  plan.id === activePlanId
                    ? 'Your plan'
                    : view?.status === 'active' && view.pendingPlan?.id === plan.id
                      ? 'Your next plan'
                      : undefined
                }
                action={
                  auth.status === 'signed-out' ? (
                    <Link className="button button-secondary" to="/signup" aria-label={`Sign up for ${plan.name}`}>
                      Sign up
                    </Link>
                  ) : canChange && view ? (
                    <PlanChoice plan={plan} view={view} change={change} />
                  ) : undefined
                }
              />
            ))}
          </div>
        ))}
    </>
  );
}

/** The button of one plan card for a customer admin: choose it, or switch to it, saying when that takes effect. */
function PlanChoice({ plan, view, change }: { plan: Plan; view: SubscriptionView; change: PlanChange }) {
  const noteId = useId();
  const zone = useDisplayZone();
  const [asking, setAsking] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const current = view.status === 'active' ? view.plan : null;
  // The current plan has its "Your plan" badge and nothing to press.
  if (current?.id === plan.id) return null;

  const changeAt = formatPeriodBoundary(view.period.end, zone);
  if (current && view.pendingPlan?.id === plan.id) {
    return (
      <p className="plan-change-note">
        Your plan changes to this one on {changeAt}. To stay on {current.name}, keep it on the{' '}
        <Link to="/subscription">Subscription</Link> page.
      </p>
    );
  }

  let note: string;
  if (!current) {
    note =
      view.billing === 'stripe' && !view.paymentMethodOnFile
        ? 'Next, you leave a payment method with Stripe; the plan starts once it is saved.'
        : 'Starts today; this month is billed pro rata.';
  } else if (changeKind(current, plan) === 'upgrade') {
    note = 'Upgrade: takes effect now; this month is billed pro rata.';
  } else {
    note = `Downgrade: takes effect on ${changeAt}, when this billing period ends.`;
  }

  const verb = current ? 'Switch to this plan' : 'Choose this plan';
  return (
    <div className="plan-change">
      {asking ? (
        <PlanConfirmation
          plan={plan}
          change={change}
          onCancel={() => {
            setAsking(false);
            requestAnimationFrame(() => triggerRef.current?.focus());
          }}
        />
      ) : (
        <div className="form-actions">
          <button
            ref={triggerRef}
            type="button"
            className="button"
            aria-describedby={noteId}
            aria-disabled={change.busy || undefined}
            onClick={() => {
              if (!change.busy) setAsking(true);
            }}
          >
            {verb}
            <span className="visually-hidden"> ({plan.name})</span>
          </button>
        </div>
      )}
      {!asking && (
        <p className="plan-change-note" id={noteId}>
          {note}
        </p>
      )}
    </div>
  );
}

/**
 * The step before a plan changes: the server's preview (GET /api/subscription/preview) — price, what this period's
 * invoice charges for the plan, when it takes effect — then "Confirm" or "Cancel". Nothing changes until confirmed.
 */
function PlanConfirmation({ plan, change, onCancel }: { plan: Plan; change: PlanChange; onCancel: () => void }) {
  const zone = useDisplayZone();
  const headingId = useId();
  const load = useCallback((signal: AbortSignal) => loadSubscriptionPreview(plan.id, signal), [plan.id]);
  const preview = useResource(load);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const ready = preview.status === 'ready';
  useEffect(() => {
    if (ready) cancelRef.current?.focus();
  }, [ready]);

  const { state, busy } = change;
  const mine = state.kind !== 'idle' && state.planId === plan.id;
  const cancelButton = (
    <button
      ref={cancelRef}
      type="button"
      className="button button-secondary"
      aria-disabled={busy || undefined}
      onClick={() => {
        if (!busy) onCancel();
      }}
    >
      Cancel<span className="visually-hidden"> ({plan.name} stays unchosen)</span>
    </button>
  );

  if (preview.status === 'loading') return <Loading>Working out what {plan.name} would cost…</Loading>;
  if (preview.status === 'error') {
    return (
      <>
        <ErrorAlert error={preview.error} title="Could not work out the change" onRetry={preview.reload} />
        <div className="form-actions">{cancelButton}</div>
      </>
    );
  }
  const p = preview.data;
  const { amount, per } = planPrice(p.plan);
  const month = formatMonth(p.period.id);
  const action = p.change === 'start' ? `Choose ${p.plan.name}` : `Switch to ${p.plan.name}`;
  return (
    <section className="plan-confirm" aria-labelledby={headingId}>
      <h3 id={headingId}>{action}?</h3>
      <dl className="plan-confirm-facts">
        <div>
          <dt>Price</dt>
          <dd>
            {amount} {per}, before VAT
          </dd>
        </div>
        <div>
          <dt>Takes effect</dt>
          <dd>
            {p.change === 'downgrade'
              ? `${formatDateTime(p.effectiveAt, zone)}, when this billing period ends`
              : `Now (${formatDateTime(p.effectiveAt, zone)})`}
          </dd>
        </div>
        <div>
          <dt>This month</dt>
          <dd>
            {p.change === 'downgrade' ? (
              <>
                Nothing for {p.plan.name}: {p.currentPlan?.name ?? 'your plan'} stays until then.
              </>
            ) : (
              <>
                {formatMoney(p.proratedAmount)} for {p.proratedDays} of {p.periodDays} days of {month}
                {p.proratedDays < p.periodDays && ' (pro rata)'}
              </>
            )}
          </dd>
        </div>
        {p.periodFees.amount !== p.proratedAmount.amount && (
          // Another plan was (or stays) in force for part of the month: what the month's fees come to together.
          <div>
            <dt>Monthly fees for {month}</dt>
            <dd>
              {formatMoney(p.periodFees)} in total with {p.currentPlan?.name ?? 'the plan before'}, before VAT
            </dd>
          </div>
        )}
        <div>
          <dt>Invoiced</dt>
          <dd>
            When {month} is closed, on {formatDate(p.nextInvoiceAt, zone)}
          </dd>
        </div>
      </dl>
      {p.needsPaymentMethod && <p>Next, you leave a payment method with Stripe; the plan starts once it is saved.</p>}
      {mine && state.kind === 'failed' && (
        <ErrorAlert
          error={state.error}
          title={p.currentPlan ? 'The plan was not changed' : 'The plan was not chosen'}
        />
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button"
          aria-disabled={busy || undefined}
          onClick={() => {
            change.choose(plan.id);
          }}
        >
          Confirm: {action}
        </button>
        {cancelButton}
        {mine && state.kind === 'changing' && <Loading>{p.currentPlan ? 'Changing your plan…' : 'Choosing…'}</Loading>}
        {mine && state.kind === 'redirecting' && <Loading>Taking you to Stripe…</Loading>}
      </div>
    </section>
  );
}
