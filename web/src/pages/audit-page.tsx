import { useCallback } from 'react';
import { useRoles } from '../auth/auth-context.js';
import { AuditLogFilter } from '../components/audit/audit-log-filter.js';
import { AuditRow } from '../components/audit/audit-row.js';
import { DataTable } from '../components/data-table.js';
import { PagedListView } from '../components/paged-list-view.js';
import { api } from '../lib/api.js';
import { useDisplayZone } from '../lib/display-zone.js';
import { zoneLabel } from '../lib/format.js';
import { useLocation } from '../lib/router.js';
import { usePagedList } from '../lib/use-paged-list.js';
import { useResource } from '../lib/use-resource.js';
import '../styles/admin.css';

const loadTenants = (signal: AbortSignal) => api.listTenants({ limit: 200 }, signal);
const noTenants = null;

export function AuditPage() {
  const roles = useRoles();
  const location = useLocation();
  const providerView = roles.includes('provider-admin');
  // Provider admins choose whose log with `?tenantId=` (a link from the tenant list); customers see their own.
  const tenantId = providerView ? (location.search.get('tenantId') ?? '').trim() : '';
  const load = useCallback(
    (cursor: string | undefined, signal: AbortSignal) =>
      api.listAudit({ cursor, tenantId: tenantId || undefined }, signal),
    [tenantId],
  );
  const entries = usePagedList(load);
  const zone = useDisplayZone();
  const tenants = useResource(providerView ? loadTenants : noTenants);
  const tenantList = tenants.status === 'ready' ? tenants.data.items : null;
  const tenantName = tenantId ? tenantList?.find((tenant) => tenant.id === tenantId)?.name : undefined;

  return (
    <>
      <h1>Audit log</h1>
      <p className="lead">
        {providerView
          ? 'Who did what, and when: each tenant’s log, or the provider’s own for what concerns no single tenant.'
          : 'Who did what in your organisation, and when: invitations, role changes, removals and changes to the organisation.'}
      </p>

      {providerView && (
        <AuditLogFilter key={tenantId} tenantId={tenantId} tenants={tenantList} failed={tenants.status === 'error'} />
      )}

      <section className="section" aria-labelledby="entries-heading">
        <h2 id="entries-heading">
          {providerView ? (tenantId ? (tenantName ?? 'The organisation’s log') : 'Provider log') : 'Entries'}
          <span className="heading-note"> newest first, times in {zoneLabel(zone)}</span>
        </h2>
        <PagedListView
          list={entries}
          loading="Loading the audit log…"
          failedTitle="Could not load the audit log"
          empty={
            providerView && !tenantId
              ? 'Nothing is in the provider log yet.'
              : providerView
                ? 'Nothing has been recorded for this organisation yet.'
                : 'Nothing has been recorded yet.'
          }
        >
          {(ready) => (
            <DataTable columns={['When', 'Who', 'What', 'Target', 'Details']} className="audit-table">
              {ready.items.map((entry) => (
                <AuditRow key={entry.id} entry={entry} zone={zone} />
              ))}
            </DataTable>
          )}
        </PagedListView>
      </section>
    </>
  );
}
