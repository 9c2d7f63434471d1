import { useCallback, useState } from 'react';
import { useAuth } from '../auth/auth-context.js';
import { DataTable } from '../components/data-table.js';
import { IncidentStatusPill, SeverityPill, ZonedTime } from '../components/incident-parts.js';
import { PagedListView } from '../components/paged-list-view.js';
import { SelectField } from '../components/select-field.js';
import { api, type Incident } from '../lib/api.js';
import { INCIDENT_STATUS_LABELS, INCIDENT_STATUSES, incidentPath } from '../lib/monitoring.js';
import { Link } from '../lib/router.js';
import { usePagedList } from '../lib/use-paged-list.js';

type StatusFilter = Incident['status'] | '';

/** Incidents, newest first: a customer's organisation's; staff see every tenant's (their queue is /ops/incidents). */
export function IncidentsPage() {
  const auth = useAuth();
  const [status, setStatus] = useState<StatusFilter>('');
  const load = useCallback(
    (cursor: string | undefined, signal: AbortSignal) =>
      api.listIncidents({ cursor, status: status || undefined }, signal),
    [status],
  );
  const incidents = usePagedList(load);
  if (auth.status !== 'signed-in') return null;
  const isStaff = auth.me.tenant === null;
  const timeZone = auth.me.timeZone;

  return (
    <>
      <h1>Incidents</h1>
      <p className="lead">
        {isStaff
          ? 'Every organisation’s incidents, newest first. Open ones are worked from the incident queue.'
          : 'When a monitor’s failure is confirmed, an incident opens and the engineer on call is paged. Follow what happens on its timeline.'}{' '}
        Times are in {timeZone}.
      </p>
      <div className="form-compact">
        <SelectField label="Status" value={status} onChange={(event) => setStatus(event.target.value as StatusFilter)}>
          <option value="">All</option>
          {INCIDENT_STATUSES.map((option) => (
            <option key={option} value={option}>
              {INCIDENT_STATUS_LABELS[option]}
            </option>
          ))}
        </SelectField>
      </div>
      <section className="section" aria-labelledby="incidents-heading">
        <h2 id="incidents-heading">{status ? `${INCIDENT_STATUS_LABELS[status]} incidents` : 'All incidents'}</h2>
        <PagedListView
          list={incidents}
          loading="Loading incidents…"
          failedTitle="Could not load the incidents"
          empty={
            status
              ? 'No incidents with this status.'
              : 'No incidents yet. When a monitor keeps failing, its incident appears here.'
          }
        >
          {(ready) => (
            <DataTable
              columns={['Monitor', ...(isStaff ? ['Organisation'] : []), 'Severity', 'Status', `Opened (${timeZone})`]}
              caption="Newest first"
            >
              {ready.items.map((incident) => (
                <tr key={incident.id}>
                  <th scope="row" className="cell-name">
                    <Link to={incidentPath(incident)}>{incident.monitorName}</Link>
                  </th>
                  {isStaff && <td>{incident.tenantName}</td>}
                  <td>
                    <SeverityPill severity={incident.severity} />
                  </td>
                  <td>
                    <IncidentStatusPill status={incident.status} />
                  </td>
                  <td className="cell-nowrap">
                    <ZonedTime iso={incident.openedAt} timeZone={timeZone} />
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
        </PagedListView>
      </section>
    </>
  );
}
