import { useState } from 'react';
import { DataTable } from '../components/data-table.js';
import { IncidentOperatorActions } from '../components/incident-actions.js';
import { Deadline, IncidentStatusPill, SeverityPill, ZonedTime } from '../components/incident-parts.js';
import { EmptyState, ErrorAlert, Loading, Notice } from '../components/status.js';
import { TimeZoneSelect } from '../components/time-zone-select.js';
import { api, type Incident } from '../lib/api.js';
import { useViewerTimeZone } from '../lib/booking.js';
import { byQueueOrder, formatAge, incidentPath } from '../lib/monitoring.js';
import { Link } from '../lib/router.js';
import { loadTaskTypes } from '../lib/tasks.js';
import { useNow, usePolled } from '../lib/use-polled.js';
import { useResource } from '../lib/use-resource.js';

const loadQueue = (signal: AbortSignal) => api.listIncidentQueue(signal).then((queue) => queue.items);
/** The queue is asked for again this often: new incidents and pages arrive any time. */
const QUEUE_POLL_MS = 15_000;

/** Operators: every tenant's unresolved incidents, most severe first, then oldest, with their SLA deadlines. */
export function OpsIncidentsPage() {
  const queue = usePolled(loadQueue, QUEUE_POLL_MS);
  const types = useResource(loadTaskTypes);
  const [timeZone, setTimeZone] = useViewerTimeZone();
  const now = useNow(15_000);
  const [notice, setNotice] = useState<string | null>(null);

  const changed = (items: Incident[], next: Incident, message: string) => {
    if (queue.status !== 'ready') return;
    queue.replace(
      items
        .map((item) => (item.id === next.id ? next : item))
        .filter((item) => item.status !== 'resolved')
        .sort(byQueueOrder),
    );
    setNotice(`${next.monitorName} (${next.tenantName}): ${message}`);
  };

  return (
    <>
      <h1>Incident queue</h1>
      <p className="lead">
        Every organisation’s open incidents: most severe first, then oldest. Acknowledge to stop paging and escalation;
        the deadlines are the plan’s targets. Resolved ones are in the{' '}
        <Link to="/ops/incident-history">incident history</Link>.
      </p>
      <div className="form-compact">
        <TimeZoneSelect value={timeZone} onChange={setTimeZone} hint="Times are shown in this zone." />
      </div>
      {notice && (
        <Notice>
          <p>{notice}</p>
        </Notice>
      )}
      <h2 id="queue-heading">Open incidents</h2>
      {queue.status === 'loading' && <Loading>Loading the incident queue…</Loading>}
      {queue.status === 'error' && (
        <ErrorAlert error={queue.error} title="Could not load the incident queue" onRetry={queue.reload} />
      )}
      {queue.status === 'ready' && queue.refreshError !== null && (
        <ErrorAlert error={queue.refreshError} title="Could not refresh the queue">
          <p>The page keeps trying; what you see may be out of date.</p>
        </ErrorAlert>
      )}
      {queue.status === 'ready' &&
        (queue.data.length === 0 ? (
          <EmptyState>No open incidents. Monitors of every organisation are quiet.</EmptyState>
        ) : (
          <DataTable
            columns={['Incident', 'Organisation', 'Severity', 'Status', 'Age', 'Acknowledge by', 'Resolve by']}
            actions
            caption="Most severe first, then oldest"
          >
            {queue.data.map((incident) => (
              <QueueRow
                key={incident.id}
                incident={incident}
                now={now}
                timeZone={timeZone}
                types={types.status === 'ready' ? types.data : types.status === 'error' ? [] : undefined}
                onChanged={(next, message) => changed(queue.data, next, message)}
              />
            ))}
          </DataTable>
        ))}
    </>
  );
}

function QueueRow({
  incident,
  now,
  timeZone,
  types,
  onChanged,
}: {
  incident: Incident;
  now: number;
  timeZone: string;
  types: Parameters<typeof IncidentOperatorActions>[0]['types'];
  onChanged: (incident: Incident, message: string) => void;
}) {
  return (
    <tr data-incident-id={incident.id}>
      <th scope="row" className="cell-name">
        <Link to={incidentPath(incident)}>{incident.monitorName}</Link>
        {incident.coverage === 'waiting' && incident.coverageStartsAt && (
          <span className="cell-sub">
            Waiting for covered hours: <ZonedTime iso={incident.coverageStartsAt} timeZone={timeZone} />
          </span>
        )}
      </th>
      <td>{incident.tenantName}</td>
      <td>
        <SeverityPill severity={incident.severity} />
      </td>
      <td>
        <IncidentStatusPill status={incident.status} />
        {incident.escalationLevel > 0 && <span className="cell-sub">Escalated</span>}
      </td>
      <td className="cell-nowrap">{formatAge(incident.openedAt, now)}</td>
      <td>
        <Deadline dueAt={incident.acknowledgeDueAt} doneAt={incident.acknowledgedAt} now={now} timeZone={timeZone} />
      </td>
      <td>
        <Deadline dueAt={incident.resolveDueAt} doneAt={incident.resolvedAt} now={now} timeZone={timeZone} />
      </td>
      <td className="cell-actions">
        <details className="queue-actions">
          <summary>
            Act<span className="visually-hidden"> on {incident.monitorName}</span>
          </summary>
          <IncidentOperatorActions incident={incident} types={types} onChanged={onChanged} />
        </details>
      </td>
    </tr>
  );
}
