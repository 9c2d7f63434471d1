import { useCallback, useState } from 'react';
import { useAuth } from '../auth/auth-context.js';
import { IncidentOperatorActions } from '../components/incident-actions.js';
import { IncidentFacts, IncidentStatusPill, IncidentTimeline } from '../components/incident-parts.js';
import { ErrorAlert, Loading, Notice } from '../components/status.js';
import { api, type IncidentView, isApiError } from '../lib/api.js';
import { Link } from '../lib/router.js';
import { loadTaskTypes } from '../lib/tasks.js';
import { useNow, usePolled } from '../lib/use-polled.js';
import { useResource } from '../lib/use-resource.js';

/** How often an unresolved incident's page asks again: diagnostics land within minutes, pages and notes any time. */
const INCIDENT_POLL_MS = 5000;
const unresolved = (incident: IncidentView) => incident.status !== 'resolved';

/**
 * One incident: its status, SLA deadlines counting down, and the timeline with its diagnostic and remediation tasks'
 * output. Operators (and provider-admins) act on it from here.
 */
export function IncidentPage({ params }: { params: Record<string, string> }) {
  const auth = useAuth();
  const incidentId = params.incidentId ?? '';
  const load = useCallback((signal: AbortSignal) => api.getIncident(incidentId, signal), [incidentId]);
  const incident = usePolled(load, INCIDENT_POLL_MS, unresolved);
  const now = useNow(15_000);
  const [notice, setNotice] = useState<string | null>(null);
  const isStaff = auth.status === 'signed-in' && auth.me.tenant === null;
  const types = useResource(isStaff ? loadTaskTypes : null);
  if (auth.status !== 'signed-in') return null;
  const timeZone = auth.me.timeZone;
  const back = (
    <Link to={isStaff ? '/ops/incidents' : '/incidents'}>{isStaff ? 'Incident queue' : 'All incidents'}</Link>
  );

  if (incident.status === 'loading') return <Loading>Loading the incident…</Loading>;
  if (incident.status === 'error') {
    const missing = isApiError(incident.error, 404);
    return (
      <>
        <p className="eyebrow">{back}</p>
        <ErrorAlert
          error={incident.error}
          title={missing ? 'There is no such incident' : 'Could not load the incident'}
          onRetry={missing ? undefined : incident.reload}
        />
      </>
    );
  }
  const view = incident.data;
  return (
    <>
      <p className="eyebrow">{back}</p>
      <h1>Incident: {view.monitorName}</h1>
      <p className="task-state" role="status">
        Status: <IncidentStatusPill status={view.status} />
        {view.status !== 'resolved' && <span className="muted"> · updates by itself every few seconds</span>}
      </p>
      {view.coverage === 'waiting' && view.status === 'open' && (
        <div className="alert alert-warning" role="status">
          <p className="alert-title">Outside covered hours</p>
          <p>The plan is covered in business hours: the engineer on call is paged when they begin.</p>
        </div>
      )}
      {notice && (
        <Notice>
          <p>{notice}</p>
        </Notice>
      )}
      {incident.refreshError !== null && (
        <ErrorAlert error={incident.refreshError} title="Could not refresh the incident">
          <p>The page keeps trying; what you see may be out of date.</p>
        </ErrorAlert>
      )}
      <section className="section card" aria-labelledby="incident-facts-heading">
        <h2 id="incident-facts-heading">Details</h2>
        <IncidentFacts incident={view} now={now} timeZone={timeZone} showTenant={isStaff} monitorLink={!isStaff} />
      </section>
      {isStaff && view.status !== 'resolved' && (
        <section className="section card" aria-labelledby="incident-actions-heading">
          <h2 id="incident-actions-heading">Actions</h2>
          <IncidentOperatorActions
            incident={view}
            types={types.status === 'ready' ? types.data : types.status === 'error' ? [] : undefined}
            onChanged={(next, message) => {
              incident.replace(next);
              setNotice(message);
            }}
          />
        </section>
      )}
      <section className="section card" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        <p className="muted">Oldest first, times in {timeZone}.</p>
        <IncidentTimeline
          incident={view}
          timeZone={timeZone}
          taskPath={(taskId) => `${isStaff ? '/ops/tasks/' : '/tasks/'}${encodeURIComponent(taskId)}`}
        />
      </section>
    </>
  );
}
