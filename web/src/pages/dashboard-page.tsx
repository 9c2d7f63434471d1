import type { Role } from '../../../shared/contracts/roles.js';
import type { MeResponse, Tenant } from '../../../shared/tenancy/model.js';
import { navItemsFor } from '../app-routes.js';
import { useAuth } from '../auth/auth-context.js';
import { formatDate } from '../lib/format.js';
import { loadPlans } from '../lib/plans.js';
import { isCustomer, ROLE_DUTIES, ROLE_LABELS, roleList, TENANT_STATUS_LABELS } from '../lib/roles.js';
import { Link } from '../lib/router.js';
import { useResource } from '../lib/use-resource.js';

export function DashboardPage() {
  const auth = useAuth();
  // The route table only renders this page for signed-in users.
  if (auth.status !== 'signed-in') return null;
  const { me } = auth;
  return isCustomer(me.roles) ? <CustomerDashboard me={me} /> : <StaffDashboard me={me} />;
}

function CustomerDashboard({ me }: { me: MeResponse }) {
  const { tenant, roles } = me;
  if (!tenant) {
    return (
      <>
        <h1>Your organisation</h1>
        <div className="alert alert-error" role="alert">
          <p className="alert-title">No organisation found</p>
          <p>Your account is not linked to an organisation. Please contact your provider.</p>
        </div>
      </>
    );
  }
  return (
    <>
      <p className="eyebrow">Your organisation</p>
      <h1>{tenant.name}</h1>
      {tenant.status !== 'active' && (
        <div className="alert alert-warning" role="status">
          <p className="alert-title">{TENANT_STATUS_LABELS[tenant.status]}</p>
          <p>{statusExplanation(tenant.status)}</p>
        </div>
      )}
      <div className="card-grid">
        <section className="card" aria-labelledby="organisation-heading">
          <h2 id="organisation-heading">Organisation</h2>
          <dl className="facts">
            <div>
              <dt>Status</dt>
              <dd>
                <span className={`status-pill status-${tenant.status}`}>{TENANT_STATUS_LABELS[tenant.status]}</span>
              </dd>
            </div>
            <div>
              <dt>Time zone</dt>
              <dd>{tenant.timeZone}</dd>
            </div>
            <div>
              <dt>Customer since</dt>
              <dd>{formatDate(tenant.createdAt, tenant.timeZone)}</dd>
            </div>
            <div>
              <dt>Plan</dt>
              <dd>
                <PlanName planId={tenant.planId} />
              </dd>
            </div>
          </dl>
        </section>
        <section className="card" aria-labelledby="you-heading">
          <h2 id="you-heading">You</h2>
          <dl className="facts">
            <div>
              <dt>Name</dt>
              <dd>{me.user.name}</dd>
            </div>
            <div>
              <dt>E-mail</dt>
              <dd>{me.user.email}</dd>
            </div>
            <div>
              <dt>Your role</dt>
              <dd>{roleList(roles)}</dd>
            </div>
          </dl>
          <h3>What you can do</h3>
          <RoleDuties roles={roles} />
        </section>
      </div>
    </>
  );
}

function statusExplanation(status: Tenant['status']): string {
  switch (status) {
    case 'past_due':
      return 'The last payment did not go through. Please update your payment method to keep your plan.';
    case 'suspended':
      return 'Your provider has suspended this organisation. Please contact them.';
    case 'pending_deletion':
      return 'This organisation will be deleted at the end of the grace period.';
    default:
      return '';
  }
}

function PlanName({ planId }: { planId: string | null }) {
  const plans = useResource(planId ? loadPlans : null);
  if (!planId) {
    return (
      <>
        No plan yet. <Link to="/plans">Compare the plans</Link>
      </>
    );
  }
  // The id is a fair fallback while the catalogue loads or if it cannot.
  const plan = plans.status === 'ready' ? plans.data.find((candidate) => candidate.id === planId) : undefined;
  return <Link to="/subscription">{plan?.name ?? planId}</Link>;
}

function StaffDashboard({ me }: { me: MeResponse }) {
  const pages = navItemsFor(me.roles).filter((item) => item.path !== '/dashboard');
  return (
    <>
      <p className="eyebrow">{roleList(me.roles)}</p>
      <h1>Welcome, {me.user.name}</h1>
      <p className="lead">
        You are signed in as <strong>{me.user.email}</strong> with the role {roleList(me.roles)}.
      </p>
      <div className="card-grid">
        <section className="card" aria-labelledby="duties-heading">
          <h2 id="duties-heading">What your role is for</h2>
          <RoleDuties roles={me.roles} />
        </section>
        <section className="card" aria-labelledby="pages-heading">
          <h2 id="pages-heading">Available to you</h2>
          {pages.length > 0 ? (
            <ul>
              {pages.map((item) => (
                <li key={item.path}>
                  <Link to={item.path}>{item.label}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">Nothing else yet.</p>
          )}
        </section>
      </div>
    </>
  );
}

function RoleDuties({ roles }: { roles: readonly Role[] }) {
  return (
    <>
      {roles.map((role) => (
        <div key={role} className="duties">
          {roles.length > 1 && <h3>{ROLE_LABELS[role]}</h3>}
          <ul>
            {ROLE_DUTIES[role].map((duty) => (
              <li key={duty}>{duty}</li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
