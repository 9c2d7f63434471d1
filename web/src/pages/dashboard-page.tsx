import type { Role } from '../../../shared/contracts/roles.js';
import type { MeResponse } from '../../../shared/tenancy/model.js';
import { useAuth } from '../auth/auth-context.js';
import { AdminSections } from '../components/dashboard/admin-sections.js';
import { CustomerSections } from '../components/dashboard/customer-sections.js';
import { FinanceSections } from '../components/dashboard/finance-sections.js';
import { OperatorSections, ProviderQueueSections } from '../components/dashboard/staff-sections.js';
import { useDisplayZone } from '../lib/display-zone.js';
import { zoneLabel } from '../lib/format.js';
import { loadPlans } from '../lib/plans.js';
import { isCustomer, ROLE_LABELS, roleList } from '../lib/roles.js';
import { Link } from '../lib/router.js';
import { useResource } from '../lib/use-resource.js';

/**
 * The page everyone lands on, answering "what now?" for each role the user holds (docs/decisions.md, "Dashboards
 * answer what now"): a customer's next bookings, approvals, incidents and hours; an operator's day, queue and rota;
 * finance's period, unpaid invoices and differences; the provider-admin's tenants. Each card links to its full page.
 */
export function DashboardPage() {
  const auth = useAuth();
  // The route table only renders this page for signed-in users.
  if (auth.status !== 'signed-in') return null;
  const { me } = auth;
  const blocks = roleBlocks(me.roles);
  // One role: its cards sit under the page's heading; several: each role has a heading of its own.
  const level = blocks.length > 1 ? 3 : 2;
  return (
    <>
      <DashboardHeader me={me} />
      {blocks.map((block) => (
        <section key={block} className="dash-role" aria-label={blocks.length > 1 ? undefined : ROLE_LABELS[block]}>
          {blocks.length > 1 && <h2 className="dash-role-heading">{ROLE_LABELS[block]}</h2>}
          <RoleSections role={block} me={me} level={level} />
        </section>
      ))}
    </>
  );
}

/** The roles that have a part of the dashboard, in the order shown (a user's customer role is one part). */
function roleBlocks(roles: readonly Role[]): Role[] {
  const blocks: Role[] = [];
  const customerRole = roles.find((role) => role === 'customer-admin' || role === 'customer-member');
  if (customerRole) blocks.push(customerRole);
  for (const role of ['operator', 'finance', 'provider-admin'] as const) if (roles.includes(role)) blocks.push(role);
  return blocks;
}

function RoleSections({ role, me, level }: { role: Role; me: MeResponse; level: 2 | 3 }) {
  switch (role) {
    case 'customer-admin':
    case 'customer-member':
      return me.tenant ? <CustomerSections me={me} level={level} /> : <NoOrganisation />;
    case 'operator':
      return <OperatorSections level={level} />;
    case 'finance':
      return <FinanceSections level={level} />;
    case 'provider-admin':
      return (
        <>
          <AdminSections level={level} />
          {/* Provider-admins are the escalation of incidents; an operator sees these in their own part already. */}
          {!me.roles.includes('operator') && <ProviderQueueSections level={level} />}
        </>
      );
  }
}

function DashboardHeader({ me }: { me: MeResponse }) {
  const zone = useDisplayZone();
  if (isCustomer(me.roles) && me.tenant) {
    return (
      <>
        <p className="eyebrow">Your organisation</p>
        <h1>{me.tenant.name}</h1>
        <p className="dash-lead">
          {me.user.name}, {roleList(me.roles)} · Plan: <PlanName planId={me.tenant.planId} /> · Times in{' '}
          {zoneLabel(zone)}
        </p>
      </>
    );
  }
  return (
    <>
      <p className="eyebrow">{roleList(me.roles)}</p>
      <h1>Welcome, {me.user.name}</h1>
      <p className="dash-lead">
        Signed in as {me.user.email} · Times in {zoneLabel(zone)}
      </p>
    </>
  );
}

function NoOrganisation() {
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-title">No organisation found</p>
      <p>Your account is not linked to an organisation. Please contact your provider.</p>
    </div>
  );
}

function PlanName({ planId }: { planId: string | null }) {
  const plans = useResource(planId ? loadPlans : null);
  if (!planId) return <Link to="/plans">none yet — compare the plans</Link>;
  const plan = plans.status === 'ready' ? plans.data.find((candidate) => candidate.id === planId) : undefined;
  // A name, never the plan's id: while the catalogue loads (or if it cannot), the link says what it leads to.
  return <Link to="/subscription">{plan?.name ?? 'your subscription'}</Link>;
}
