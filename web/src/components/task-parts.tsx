import { type ReactNode, useState } from 'react';
import { isApiError, type Task, type TaskStatus, type TaskTypeView } from '../lib/api.js';
import { formatDuration } from '../lib/booking.js';
import { nowMs } from '../lib/clock.js';
import { formatDateTime } from '../lib/format.js';
import {
  formatParam,
  historyActor,
  hostLabel,
  isTerminalStatus,
  loadTaskTypes,
  paramLabel,
  TASK_STATUS_LABELS,
} from '../lib/tasks.js';
import { type TaskLoader, usePolledTask } from '../lib/use-polled-task.js';
import { useResource } from '../lib/use-resource.js';
import { ErrorAlert, Loading, Notice } from './status.js';

/**
 * The pieces a task's page is made of, for customers (/tasks/{id}) and operators (/ops/tasks/{id}) alike.
 * Times are shown in the viewer's own zone, named.
 */

export function TaskStatusBadge({ status }: { status: TaskStatus }) {
  return <span className={`status-pill status-${status}`}>{TASK_STATUS_LABELS[status]}</span>;
}

export function DateTime({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDateTime(iso)}</time>;
}

/** True once the SLA due time has passed on a task still open. */
export const isOverdue = (task: Task, now = nowMs()): boolean =>
  task.slaDueAt !== null && Date.parse(task.slaDueAt) < now;

/** "Due …", marked overdue in words and colour once passed. */
export function SlaDue({ task }: { task: Task }) {
  if (!task.slaDueAt) return <span className="muted">Not yet set</span>;
  const overdue = isOverdue(task);
  return (
    <span className={overdue ? 'sla-overdue' : undefined}>
      <DateTime iso={task.slaDueAt} />
      {overdue && <strong> — overdue</strong>}
    </span>
  );
}

/** "Requested", in a list of facts: when, and by whom. */
export function RequestedFact({ task }: { task: Task }) {
  return (
    <div>
      <dt>Requested</dt>
      <dd>
        <DateTime iso={task.requestedAt} /> by {task.requestedBy.email}
      </dd>
    </div>
  );
}

/** "Response due", in a list of facts (see SlaDue). */
export function ResponseDueFact({ task }: { task: Task }) {
  return (
    <div>
      <dt>Response due</dt>
      <dd>
        <SlaDue task={task} />
      </dd>
    </div>
  );
}

/** Host, who asked and when, and what has happened to the task since. */
export function TaskFacts({ task, showTenant = false }: { task: Task; showTenant?: boolean }) {
  const host = hostLabel(task);
  return (
    <dl className="facts facts-grid">
      {showTenant && (
        <div>
          <dt>Organisation</dt>
          <dd>{task.tenantName}</dd>
        </div>
      )}
      <div>
        <dt>Host</dt>
        <dd>
          {host ? (
            <>
              {host} <code className="id">{task.hostId}</code>
            </>
          ) : (
            <span className="muted">None</span>
          )}
        </dd>
      </div>
      <div>
        <dt>Kind</dt>
        <dd>
          {task.automated ? 'Automated: runs on the host through SSM' : 'Manual: done by an operator'}
          {task.disruptive && ', disruptive: waits for the maintenance window'}
        </dd>
      </div>
      <RequestedFact task={task} />
      {task.approvedBy && (
        <div>
          <dt>Approved by</dt>
          <dd>{task.approvedBy.email}</dd>
        </div>
      )}
      {task.scheduledFor && (
        <div>
          <dt>Scheduled for (maintenance window)</dt>
          <dd>
            <DateTime iso={task.scheduledFor} />
          </dd>
        </div>
      )}
      {task.slaDueAt && !isTerminalStatus(task.status) && <ResponseDueFact task={task} />}
      {task.claimedBy && (
        <div>
          <dt>Operator</dt>
          <dd>{task.claimedBy.email}</dd>
        </div>
      )}
      {task.minutesSpent !== null && (
        <div>
          <dt>Time spent</dt>
          <dd>{formatDuration(task.minutesSpent)}</dd>
        </div>
      )}
    </dl>
  );
}

/** The parameters the task was requested with, labelled as the request form labelled them. */
export function TaskParams({ task, types }: { task: Task; types: readonly TaskTypeView[] | undefined }) {
  const entries = Object.entries(task.params);
  if (entries.length === 0) return <p className="muted">This task type takes no parameters.</p>;
  return (
    <dl className="details">
      {entries.map(([name, value]) => (
        <div key={name}>
          <dt>{paramLabel(task.typeId, name, types)}</dt>
          <dd className="cell-break pre-line">{formatParam(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Every status the task has had, oldest first: when (viewer's zone), who moved it and why. */
export function TaskTimeline({ task }: { task: Task }) {
  if (task.history.length === 0) return <p className="muted">No status changes yet.</p>;
  return (
    <ol className="timeline">
      {task.history.map((entry) => (
        <li key={`${entry.at}#${entry.status}`} className="timeline-entry">
          <TaskStatusBadge status={entry.status} />
          <span className="timeline-when">
            <DateTime iso={entry.at} /> by {historyActor(entry.by)}
          </span>
          {entry.reason && <span className="timeline-reason">{entry.reason}</span>}
        </li>
      ))}
    </ol>
  );
}

/** The end of the command's output, as SSM returned it. */
export function TaskOutput({ task }: { task: Task }) {
  if (!task.output) {
    return (
      <p className="muted">
        {task.automated
          ? isTerminalStatus(task.status)
            ? 'No output was recorded.'
            : 'The output appears here once the command has finished.'
          : 'Manual tasks have no command output; see the operator’s note.'}
      </p>
    );
  }
  return (
    <>
      {task.output.truncated && (
        <p className="muted">The output was long: only its end is kept, where results and errors are.</p>
      )}
      {task.output.excerpt ? (
        <pre className="task-output">{task.output.excerpt}</pre>
      ) : (
        <p className="muted">The command printed nothing.</p>
      )}
    </>
  );
}

/**
 * A task's page: its type, status (announced as it changes), host, why it failed, what can be done with it
 * (`actions`), then details, parameters, the status history and the output.
 */
export function TaskDetailView({
  task,
  types,
  showTenant = false,
  notice,
  refreshError,
  actions,
  back,
}: {
  task: Task;
  types: readonly TaskTypeView[] | undefined;
  showTenant?: boolean;
  notice: string | null;
  /** The last refresh failed; the page keeps trying. */
  refreshError: unknown;
  actions: ReactNode;
  back: ReactNode;
}) {
  const terminal = isTerminalStatus(task.status);
  const host = hostLabel(task);
  return (
    <>
      <p className="eyebrow">{back}</p>
      <h1>{task.typeName}</h1>
      <div className="task-header">
        <p className="task-state" role="status">
          Status: <TaskStatusBadge status={task.status} />
        </p>
        <p className="muted">
          {showTenant && `${task.tenantName} · `}
          {host ? `on ${host}` : 'no particular host'}
          {!terminal && ' · updates by itself every few seconds'}
        </p>
      </div>
      {notice && (
        <Notice>
          <p>{notice}</p>
        </Notice>
      )}
      {refreshError !== null && (
        <ErrorAlert error={refreshError} title="Could not refresh the task">
          <p>The page keeps trying; what you see may be out of date.</p>
        </ErrorAlert>
      )}
      {task.lastError &&
        (task.status === 'failed' || task.status === 'timed_out' ? (
          <div className="alert alert-error" role="alert">
            <p className="alert-title">Why it did not succeed</p>
            <p className="pre-line">{task.lastError}</p>
          </div>
        ) : (
          !terminal && (
            <div className="alert alert-warning" role="status">
              <p className="alert-title">The last attempt failed</p>
              <p className="pre-line">{task.lastError}</p>
            </div>
          )
        ))}
      {actions}
      <div className="task-sections">
        <section className="card" aria-labelledby="task-details-heading">
          <h2 id="task-details-heading">Details</h2>
          <TaskFacts task={task} showTenant={showTenant} />
        </section>
        <section className="card" aria-labelledby="task-params-heading">
          <h2 id="task-params-heading">Parameters</h2>
          <TaskParams task={task} types={types} />
          {task.notes && (
            <>
              <h3>Notes</h3>
              <p className="pre-line">{task.notes}</p>
            </>
          )}
        </section>
        <section className="card" aria-labelledby="task-history-heading">
          <h2 id="task-history-heading">Status history</h2>
          <TaskTimeline task={task} />
        </section>
        <section className="card task-output-card" aria-labelledby="task-output-heading">
          <h2 id="task-output-heading">{task.automated ? 'Output' : 'Operator’s note'}</h2>
          {task.automated ? (
            <TaskOutput task={task} />
          ) : task.completionNote ? (
            <p className="pre-line">{task.completionNote}</p>
          ) : (
            <p className="muted">The operator’s note appears here once the work is done.</p>
          )}
        </section>
      </div>
    </>
  );
}

/** What a task page's actions report: the task a write answered with and a sentence for the notice (or null). */
export type TaskChanged = (task: Task, message: string | null) => void;

/**
 * A task's page, for customers and operators alike: the task loaded with `load` and followed as it moves (see
 * usePolledTask), or why it could not be loaded, then TaskDetailView with `actions`. An action reports a change with
 * `onChanged`, and clears the last notice with `onStart` when it starts.
 */
export function PolledTaskPage({
  taskId,
  load,
  back,
  notFoundTitle,
  showTenant = false,
  actions,
}: {
  taskId: string;
  load: TaskLoader;
  back: ReactNode;
  /** The title when the server answers 404. */
  notFoundTitle: string;
  showTenant?: boolean;
  actions: (task: Task, report: { onChanged: TaskChanged; onStart: () => void }) => ReactNode;
}) {
  const task = usePolledTask(taskId, load);
  const types = useResource(loadTaskTypes);
  const [notice, setNotice] = useState<string | null>(null);

  if (task.status === 'loading') return <Loading>Loading the task…</Loading>;
  if (task.status === 'error') {
    return (
      <>
        <p className="eyebrow">{back}</p>
        <h1>Task</h1>
        {isApiError(task.error, 404) ? (
          <ErrorAlert error={task.error} title={notFoundTitle} />
        ) : (
          <ErrorAlert error={task.error} title="Could not load the task" onRetry={task.reload} />
        )}
      </>
    );
  }

  const onChanged: TaskChanged = (next, message) => {
    task.replace(next);
    setNotice(message);
  };
  return (
    <TaskDetailView
      task={task.task}
      types={types.status === 'ready' ? types.data : undefined}
      showTenant={showTenant}
      notice={notice}
      refreshError={task.refreshError}
      back={back}
      actions={actions(task.task, { onChanged, onStart: () => setNotice(null) })}
    />
  );
}
