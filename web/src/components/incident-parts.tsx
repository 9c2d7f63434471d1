import type { Incident, IncidentView, Monitor } from '../lib/api.js';
import { formatDateTime } from '../lib/format.js';
import {
  countdown,
  INCIDENT_STATUS_LABELS,
  MONITOR_STATE_LABELS,
  SEVERITY_LABELS,
  TIMELINE_LABELS,
} from '../lib/monitoring.js';
import { Link } from '../lib/router.js';
import { TASK_STATUS_LABELS } from '../lib/tasks.js';
import { TaskStatusBadge } from './task-parts.js';

/**
 * The pieces monitor and incident pages share: state pills (a word, never colour alone), times in a named zone,
 * deadlines counting down, and an incident's timeline with its tasks' output.
 */

export function MonitorStatePill({ monitor }: { monitor: Pick<Monitor, 'state' | 'paused'> }) {
  if (monitor.paused) return <span className="status-pill status-paused">Paused</span>;
  return <span className={`status-pill monitor-${monitor.state}`}>{MONITOR_STATE_LABELS[monitor.state]}</span>;
}

export function IncidentStatusPill({ status }: { status: Incident['status'] }) {
  return <span className={`status-pill incident-${status}`}>{INCIDENT_STATUS_LABELS[status]}</span>;
}

export function SeverityPill({ severity }: { severity: Incident['severity'] }) {
  return <span className={`status-pill severity-${severity}`}>{SEVERITY_LABELS[severity]}</span>;
}

/** An instant in `timeZone`, with the zone named. */
export function ZonedTime({ iso, timeZone }: { iso: string; timeZone: string }) {
  return <time dateTime={iso}>{formatDateTime(iso, timeZone)}</time>;
}

/**
 * A deadline: "in 12 min" or "overdue by 3 min" (in words and colour), with the instant itself. Met when `doneAt`
 * is set: then whether it was met in time.
 */
export function Deadline({
  dueAt,
  doneAt,
  now,
  timeZone,
}: {
  dueAt: string;
  doneAt: string | null;
  now: number;
  timeZone: string;
}) {
  if (doneAt) {
    const late = Date.parse(doneAt) > Date.parse(dueAt);
    return (
      <span className={late ? 'sla-overdue' : undefined}>
        {late ? 'Missed' : 'Met'}{' '}
        <span className="muted">
          (due <ZonedTime iso={dueAt} timeZone={timeZone} />)
        </span>
      </span>
    );
  }
  const left = countdown(dueAt, now);
  return (
    <span className={left.overdue ? 'sla-overdue' : undefined}>
      <strong>{left.text}</strong>{' '}
      <span className="cell-sub">
        <ZonedTime iso={dueAt} timeZone={timeZone} />
      </span>
    </span>
  );
}

/** The incident's facts: monitor, severity, when it was detected and opened, coverage and the SLA deadlines. */
export function IncidentFacts({
  incident,
  now,
  timeZone,
  showTenant,
  monitorLink,
}: {
  incident: Incident;
  now: number;
  timeZone: string;
  showTenant: boolean;
  monitorLink: boolean;
}) {
  return (
    <dl className="facts facts-grid">
      {showTenant && (
        <div>
          <dt>Organisation</dt>
          <dd>{incident.tenantName}</dd>
        </div>
      )}
      <div>
        <dt>Monitor</dt>
        <dd>
          {monitorLink ? (
            <Link to={`/monitors/${encodeURIComponent(incident.monitorId)}`}>{incident.monitorName}</Link>
          ) : (
            incident.monitorName
          )}
        </dd>
      </div>
      <div>
        <dt>Severity</dt>
        <dd>
          <SeverityPill severity={incident.severity} />
        </dd>
      </div>
      <div>
        <dt>Detected</dt>
        <dd>
          <ZonedTime iso={incident.detectedAt} timeZone={timeZone} />
        </dd>
      </div>
      <div>
        <dt>Opened</dt>
        <dd>
          <ZonedTime iso={incident.openedAt} timeZone={timeZone} />
        </dd>
      </div>
      {incident.coverage === 'waiting' && incident.status !== 'resolved' && (
        <div>
          <dt>Covered hours begin</dt>
          <dd>
            {incident.coverageStartsAt ? (
              <ZonedTime iso={incident.coverageStartsAt} timeZone={timeZone} />
            ) : (
              'Outside covered hours'
            )}
          </dd>
        </div>
      )}
      <div>
        <dt>Acknowledge by</dt>
        <dd data-testid="acknowledge-deadline">
          <Deadline dueAt={incident.acknowledgeDueAt} doneAt={incident.acknowledgedAt} now={now} timeZone={timeZone} />
        </dd>
      </div>
      <div>
        <dt>Resolve by</dt>
        <dd data-testid="resolve-deadline">
          <Deadline dueAt={incident.resolveDueAt} doneAt={incident.resolvedAt} now={now} timeZone={timeZone} />
        </dd>
      </div>
      {incident.acknowledgedBy && (
        <div>
          <dt>Acknowledged by</dt>
          <dd>{incident.acknowledgedBy}</dd>
        </div>
      )}
    </dl>
  );
}

/**
 * The timeline, oldest first: each entry's kind in words, when (in `timeZone`), by whom, and for diagnostic and
 * remediation entries the task's status and output in a `<pre>`.
 */
export function IncidentTimeline({
  incident,
  timeZone,
  taskPath,
}: {
  incident: IncidentView;
  timeZone: string;
  /** Where a task's page is for this viewer (customers /tasks/…, operators /ops/tasks/…). */
  taskPath: (taskId: string) => string;
}) {
  const tasks = new Map(incident.tasks.map((task) => [task.id, task]));
  if (incident.timeline.length === 0) return <p className="muted">Nothing has happened yet.</p>;
  return (
    <ol className="timeline incident-timeline" aria-label="Timeline, oldest first">
      {incident.timeline.map((entry, index) => {
        const task = entry.taskId ? tasks.get(entry.taskId) : undefined;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the timeline only grows at its end; two entries may share time and kind.
          <li key={`${entry.at}#${entry.kind}#${index}`} className={`timeline-entry timeline-${entry.kind}`}>
            <strong className="timeline-kind">{TIMELINE_LABELS[entry.kind]}</strong>
            <span className="timeline-when">
              <ZonedTime iso={entry.at} timeZone={timeZone} /> {entry.by ? `by ${entry.by}` : 'by Opsdesk'}
            </span>
            {entry.text && <span className="timeline-reason pre-line">{entry.text}</span>}
            {entry.taskId && (
              <div className="timeline-task">
                <p>
                  <Link to={taskPath(entry.taskId)}>{task ? task.typeId : 'Task'}</Link>{' '}
                  {task && <TaskStatusWord status={task.status} />}
                </p>
                {task?.output ? (
                  <pre className="task-output">{task.output}</pre>
                ) : (
                  <p className="muted">The output appears here once the task has run.</p>
                )}
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** A task's status as the incident view gives it (a string): the task pill when it is a status the app knows. */
function TaskStatusWord({ status }: { status: string }) {
  return status in TASK_STATUS_LABELS ? (
    <TaskStatusBadge status={status as keyof typeof TASK_STATUS_LABELS} />
  ) : (
    <span className="status-pill">{status}</span>
  );
}
