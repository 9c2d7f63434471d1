import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import '../styles/tasks.css';
import {
  api,
  isApiError,
  type MaintenanceWindowView,
  type Task,
  type TaskStatus,
  type TaskTypeView,
} from '../lib/api.js';
import { nowMs } from '../lib/clock.js';
import { useDisplayZone } from '../lib/display-zone.js';
import { fieldMessage, formatDateTime, formatDuration, zoneLabel } from '../lib/format.js';
import {
  declineOf,
  formatParam,
  historyActor,
  hostLabel,
  isTerminalStatus,
  loadTaskTypes,
  paramLabel,
  personName,
  TASK_STATUS_LABELS,
  taskName,
} from '../lib/tasks.js';
import { useNow } from '../lib/use-polled.js';
import { type TaskLoader, usePolledTask } from '../lib/use-polled-task.js';
import { useResource } from '../lib/use-resource.js';
import { ErrorAlert, Loading, Notice } from './status.js';
import { TextAreaField } from './text-area-field.js';

/**
 * The pieces a task's page is made of, for customers (/tasks/{id}) and operators (/ops/tasks/{id}) alike.
 * Times are shown in the page's display zone (the organisation's for customers, the staff member's own for staff),
 * named.
 */

export function TaskStatusBadge({ status }: { status: TaskStatus }) {
  return <span className={`status-pill status-${status}`}>{TASK_STATUS_LABELS[status]}</span>;
}

export function DateTime({ iso }: { iso: string }) {
  const zone = useDisplayZone();
  return <time dateTime={iso}>{formatDateTime(iso, zone)}</time>;
}

/** "Times in Europe/Berlin": said once over a list or a page of times. */
export function ZoneCaption() {
  return <p className="muted task-zone">Times in {zoneLabel(useDisplayZone())}.</p>;
}

/** True once the SLA due time has passed on a task still open. */
export const isOverdue = (task: Task, now = nowMs()): boolean =>
  task.slaDueAt !== null && Date.parse(task.slaDueAt) < now;

/** "Due …", marked overdue in words and colour once passed. */
export function SlaDue({ task }: { task: Task }) {
  // The server's clock (lib/clock.ts), ticking: a task turns overdue while the page is open.
  const now = useNow();
  if (!task.slaDueAt) return <span className="muted">Not yet set</span>;
  const overdue = isOverdue(task, now);
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
        <DateTime iso={task.requestedAt} /> by {personName(task.requestedBy)}
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
        <dd>{host ?? <span className="muted">None</span>}</dd>
      </div>
      <div>
        <dt>Kind</dt>
        <dd>
          {task.automated ? 'Automated: runs on the host through SSM' : 'Manual: done by an operator'}
          {task.disruptive && ', disruptive: waits for the maintenance window'}
        </dd>
      </div>
      {task.approvedBy && (
        <div>
          <dt>Approved by</dt>
          <dd>{personName(task.approvedBy)}</dd>
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
          <dd>{personName(task.claimedBy)}</dd>
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
            <DateTime iso={entry.at} /> by {historyActor(entry.by, task)}
          </span>
          {entry.reason && <span className="timeline-reason">{entry.reason}</span>}
        </li>
      ))}
    </ol>
  );
}

/** The task documents print this first when they run as a dry run (shared/tasks/catalogue.ts). */
const isDryRun = (excerpt: string): boolean => /^Dry run:/m.test(excerpt);

/** The end of the command's output, as SSM returned it. */
export function TaskOutput({ task }: { task: Task }) {
  if (!task.output && !task.commandId && (task.status === 'declined' || task.status === 'cancelled')) {
    return <p className="muted">Nothing ran: the task was {TASK_STATUS_LABELS[task.status].toLowerCase()}.</p>;
  }
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
      {isDryRun(task.output.excerpt) && (
        <p className="task-dry-run">
          <strong>Dry run:</strong> the command ran in dry-run mode and changed nothing on the host.
        </p>
      )}
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
  const declined = declineOf(task);
  return (
    <>
      <p className="eyebrow">{back}</p>
      <h1>{taskName(task)}</h1>
      <div className="task-header">
        <p className="task-state" role="status">
          Status: <TaskStatusBadge status={task.status} />
        </p>
        <p className="muted">
          {showTenant && `${task.tenantName} · `}
          Requested <DateTime iso={task.requestedAt} /> by {personName(task.requestedBy)}
          {!terminal && ' · updates by itself every few seconds'}
        </p>
      </div>
      {declined && (
        <div className="alert alert-warning task-declined">
          <p className="alert-title">
            Declined by {declined.by}, <DateTime iso={declined.at} />
          </p>
          <p className="pre-line">{declined.reason}</p>
        </div>
      )}
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

/** Loads the organisation's maintenance window: what an approval of a disruptive task waits for. */
export const loadMaintenanceWindow = (signal: AbortSignal) => api.getMaintenanceWindow(signal);

/**
 * What approving does, and when, said before it is done: where the task goes (the host, through SSM; or the
 * operators' queue) and, for a disruptive one, the maintenance window it waits for.
 */
export function approvalEffect(task: Task, maintenance: MaintenanceWindowView | null, zone: string): string {
  const when = !task.disruptive
    ? 'right away'
    : !maintenance
      ? 'in your next maintenance window'
      : maintenance.openNow
        ? 'now, while your maintenance window is open'
        : `in your next maintenance window, ${formatDateTime(maintenance.nextOpensAt, zone)}`;
  const risk = task.disruptive ? ' It may restart services.' : '';
  if (task.automated) return `It runs on ${hostLabel(task) ?? 'the host'} through AWS Systems Manager ${when}.${risk}`;
  return `It goes to the operators’ queue ${when}; an operator does it within your plan’s response time.${risk}`;
}

/** The notice after an approval or a decline: what happens now. */
function approvedMessage(task: Task, zone: string): string {
  if (task.status === 'scheduled' && task.scheduledFor)
    return `Approved: ${taskName(task)} runs in the maintenance window, ${formatDateTime(task.scheduledFor, zone)}.`;
  if (task.automated) return `Approved: ${taskName(task)} is queued and runs on the host within minutes.`;
  return `Approved: ${taskName(task)} is in the operators’ queue.`;
}

/**
 * A customer-admin's answer to a task awaiting approval, each confirmed first: Approve says what will run, where
 * and when, then does it; Decline asks why (the requester reads it), then declines. `onDone` gets the task the
 * server answered with and a sentence for the page's notice; `onStart` clears the last notice.
 */
export function TaskApproval({
  task,
  maintenanceWindow,
  onDone,
  onStart,
}: {
  task: Task;
  /** The maintenance window (null while it loads or when it could not be loaded). */
  maintenanceWindow: MaintenanceWindowView | null;
  onDone: (task: Task, message: string) => void;
  onStart?: () => void;
}) {
  const zone = useDisplayZone();
  const [step, setStep] = useState<'idle' | 'approve' | 'decline'>('idle');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<{ action: 'approve' | 'decline'; error: unknown } | null>(null);
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const name = taskName(task);

  useEffect(() => {
    if (step === 'approve') confirmRef.current?.focus();
    if (step === 'decline') reasonRef.current?.focus();
  }, [step]);

  async function act(action: 'approve' | 'decline', call: () => Promise<Task>, message: (done: Task) => string) {
    if (busy) return;
    onStart?.();
    setBusy(true);
    setFailed(null);
    try {
      const done = await call();
      setStep('idle');
      onDone(done, message(done));
    } catch (error) {
      setFailed({ action, error });
    } finally {
      setBusy(false);
    }
  }

  function decline(event: FormEvent) {
    event.preventDefault();
    const text = reason.trim();
    if (!text) {
      setInvalid('Enter a reason: the requester reads it.');
      return;
    }
    setInvalid(null);
    void act(
      'decline',
      () => api.declineTask(task.id, text),
      () => `Declined: ${personName(task.requestedBy)} sees it with your reason.`,
    );
  }

  const declineErrors = failed?.action === 'decline' && isApiError(failed.error, 422) ? failed.error.fieldErrors() : {};
  const placed = failed?.action === 'decline' && declineErrors.reason !== undefined;

  return (
    <div className="task-approval">
      {failed && !placed && (
        <ErrorAlert
          error={failed.error}
          title={failed.action === 'approve' ? `${name} was not approved` : `${name} was not declined`}
        />
      )}
      {step === 'idle' && (
        <div className="form-actions">
          <button type="button" className="button button-small" onClick={() => setStep('approve')}>
            Approve<span className="visually-hidden"> {name}</span>
          </button>
          <button type="button" className="button button-secondary button-small" onClick={() => setStep('decline')}>
            Decline<span className="visually-hidden"> {name}</span>
          </button>
        </div>
      )}
      {step === 'approve' && (
        <fieldset className="confirm">
          <legend className="confirm-question">
            Approve {name}? {approvalEffect(task, maintenanceWindow, zone)}
          </legend>
          <div className="form-actions">
            <button
              ref={confirmRef}
              type="button"
              className="button button-small"
              aria-disabled={busy || undefined}
              onClick={() =>
                void act(
                  'approve',
                  () => api.approveTask(task.id),
                  (done) => approvedMessage(done, zone),
                )
              }
            >
              Yes, approve
            </button>
            <button
              type="button"
              className="button button-secondary button-small"
              aria-disabled={busy || undefined}
              onClick={() => !busy && setStep('idle')}
            >
              Not now
            </button>
            {busy && <Loading>Approving…</Loading>}
          </div>
        </fieldset>
      )}
      {step === 'decline' && (
        <form className="form form-compact confirm" onSubmit={decline} noValidate aria-label={`Decline ${name}`}>
          <TextAreaField
            ref={reasonRef}
            label="Why decline it?"
            hint={`${personName(task.requestedBy)} reads this with the task. The task will not run.`}
            required
            rows={3}
            maxLength={500}
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              setInvalid(null);
            }}
            error={invalid ?? (declineErrors.reason ? fieldMessage(declineErrors.reason) : undefined)}
          />
          <div className="form-actions">
            <button type="submit" className="button button-danger button-small" aria-disabled={busy || undefined}>
              Decline task
            </button>
            <button
              type="button"
              className="button button-secondary button-small"
              aria-disabled={busy || undefined}
              onClick={() => !busy && setStep('idle')}
            >
              Keep it waiting
            </button>
            {busy && <Loading>Declining…</Loading>}
          </div>
        </form>
      )}
    </div>
  );
}
