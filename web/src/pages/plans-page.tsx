import { useCallback, useId } from 'react';
import type { Plan } from '../../../shared/catalogue/plan.js';
import { useAuth } from '../auth/auth-context.js';
import { PlanCard } from '../components/plan-card.js';
import { EmptyState, ErrorAlert, Loading, Notice } from '../components/status.js';
import type { SubscriptionView } from '../lib/api.js';
import { changeKind, formatPeriodDay, loadSubscription, usePlanChange } from '../lib/billing.js';
import { loadPlans } from '../lib/plans.js';
import { Link, navigate, useLocation } from '../lib/router.js';
import { useResource } from '../lib/use-resource.js';

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
  const onChanged = useCallback(() => {
    // The organisation's plan is part of the signed-in account too (dashboard, "Your plan").
    refresh?.().catch(() => undefined);
    navigate('/subscription');
  }, [refresh]);
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
  const current = view.status === 'active' ? view.plan : null;
  // The current plan has its "Your plan" badge and nothing to press.
  if (current?.id === plan.id) return null;

  const changeDay = formatPeriodDay(view.period.end);
  if (current && view.pendingPlan?.id === plan.id) {
    return (
      <p className="plan-change-note">
        Your plan changes to this one on {changeDay}. To stay on {current.name}, keep it on the{' '}
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
    note = `Downgrade: takes effect on ${changeDay}, when this billing period ends.`;
  }

  const { state, busy } = change;
  const mine = state.kind !== 'idle' && state.planId === plan.id;
  return (
    <div className="plan-change">
      {mine && state.kind === 'failed' && (
        <ErrorAlert error={state.error} title={current ? 'The plan was not changed' : 'The plan was not chosen'} />
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button"
          aria-describedby={noteId}
          aria-disabled={busy || undefined}
          onClick={() => {
            change.choose(plan.id);
          }}
        >
          {current ? 'Switch to this plan' : 'Choose this plan'}
          <span className="visually-hidden"> ({plan.name})</span>
        </button>
        {mine && state.kind === 'changing' && <Loading>{current ? 'Changing your plan…' : 'Choosing…'}</Loading>}
        {mine && state.kind === 'redirecting' && <Loading>Taking you to Stripe…</Loading>}
      </div>
      <p className="plan-change-note" id={noteId}>
        {note}
      </p>
    </div>
  );
}
