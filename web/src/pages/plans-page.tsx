import { useAuth } from '../auth/auth-context.js';
import { PlanCard } from '../components/plan-card.js';
import { EmptyState, ErrorAlert, Loading } from '../components/status.js';
import { loadPlans } from '../lib/plans.js';
import { Link } from '../lib/router.js';
import { useResource } from '../lib/use-resource.js';

export function PlansPage() {
  const auth = useAuth();
  const plans = useResource(loadPlans);
  const currentPlanId = auth.status === 'signed-in' ? auth.me.tenant?.planId : null;

  return (
    <>
      <h1>Plans</h1>
      <p className="lead">
        Prices are net; VAT is added on the invoice. Webmaster time is billed in 15-minute increments, and anything
        beyond what a plan includes is billed at the prices below.
      </p>
      {plans.status === 'loading' && <Loading>Loading plans…</Loading>}
      {plans.status === 'error' && (
        <ErrorAlert error={plans.error} title="Could not load the plans" onRetry={plans.reload} />
      )}
      {plans.status === 'ready' &&
        (plans.data.length === 0 ? (
          <EmptyState>No plans are on offer at the moment. Please check back later.</EmptyState>
        ) : (
          <div className="card-grid">
            {plans.data.map((plan) => (
              <PlanCard
                key={plan.id}
                plan={plan}
                badge={plan.id === currentPlanId ? 'Your plan' : undefined}
                action={
                  auth.status === 'signed-out' ? (
                    <Link className="button button-secondary" to="/signup" aria-label={`Sign up for ${plan.name}`}>
                      Sign up
                    </Link>
                  ) : undefined
                }
              />
            ))}
          </div>
        ))}
    </>
  );
}
