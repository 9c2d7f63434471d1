import type { Tenant } from '../../../../shared/tenancy/model.js';
import { api } from '../../lib/api.js';
import { useDisplayZone } from '../../lib/display-zone.js';
import { count, formatDate, zoneLabel } from '../../lib/format.js';
import { TENANT_STATUS_LABELS } from '../../lib/roles.js';
import { useResource } from '../../lib/use-resource.js';
import { collectPages, DASHBOARD_ROWS, DashboardSection, DashList, DashRow, MoreCount } from './dashboard-section.js';

/** The order statuses are counted in: those that need the provider first. */
const STATUS_ORDER: readonly Tenant['status'][] = ['past_due', 'suspended', 'pending_deletion', 'active'];

const loadTenants = (signal: AbortSignal): Promise<Tenant[]> =>
  collectPages((cursor) => api.listTenants({ cursor, limit: 200 }, signal), 10);

/** The provider-admin's "what now?": how the tenants stand, who is behind on payment, who has just signed up. */
export function AdminSections({ level }: { level: 2 | 3 }) {
  const state = useResource(loadTenants);
  const zone = useDisplayZone();
  const more = { to: '/admin/tenants', label: 'All tenants' };
  return (
    <div className="card-grid dash-grid">
      <DashboardSection
        title="Tenants by status"
        level={level}
        more={more}
        state={state}
        empty={(tenants) => (tenants.length === 0 ? 'No organisation has signed up yet.' : null)}
      >
        {(tenants) => (
          <>
            <p className="dash-figure">{count(tenants.length, 'organisation')}</p>
            <ul className="dash-facts">
              {STATUS_ORDER.map((status) => {
                const n = tenants.filter((tenant) => tenant.status === status).length;
                return (
                  <li key={status} className="dash-status-count">
                    <span className={`status-pill status-${status}`}>{TENANT_STATUS_LABELS[status]}</span>{' '}
                    <strong>{n}</strong>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </DashboardSection>
      <DashboardSection
        title="Past due"
        level={level}
        more={more}
        state={state}
        empty={(tenants) =>
          tenants.some((tenant) => tenant.status === 'past_due')
            ? null
            : 'Every organisation’s payments are up to date.'
        }
      >
        {(tenants) => {
          const pastDue = tenants.filter((tenant) => tenant.status === 'past_due');
          return (
            <>
              <DashList>
                {pastDue.slice(0, DASHBOARD_ROWS).map((tenant) => (
                  <DashRow
                    key={tenant.id}
                    warning
                    main={tenant.name}
                    sub={`Customer since ${formatDate(tenant.createdAt, zone)}`}
                  />
                ))}
              </DashList>
              <MoreCount total={pastDue.length} shown={DASHBOARD_ROWS} />
            </>
          );
        }}
      </DashboardSection>
      <DashboardSection
        title="Recent sign-ups"
        level={level}
        more={more}
        note={`Newest first; days in ${zoneLabel(zone)}`}
        state={state}
        empty={(tenants) => (tenants.length === 0 ? 'No organisation has signed up yet.' : null)}
      >
        {(tenants) => (
          <DashList>
            {[...tenants]
              .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
              .slice(0, DASHBOARD_ROWS)
              .map((tenant) => (
                <DashRow
                  key={tenant.id}
                  main={tenant.name}
                  sub={`Signed up ${formatDate(tenant.createdAt, zone)}`}
                  aside={
                    <span className={`status-pill status-${tenant.status}`}>{TENANT_STATUS_LABELS[tenant.status]}</span>
                  }
                />
              ))}
          </DashList>
        )}
      </DashboardSection>
    </div>
  );
}
