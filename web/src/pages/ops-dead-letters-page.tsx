import { useState } from 'react';
import { LoadMore } from '../components/load-more.js';
import { EmptyState, ErrorAlert, Loading, Notice } from '../components/status.js';
import { DateTime, TaskStatusBadge } from '../components/task-parts.js';
import { api, type Task } from '../lib/api.js';
import { Link } from '../lib/router.js';
import { hostLabel, opsTaskPath } from '../lib/tasks.js';
import { usePagedList } from '../lib/use-paged-list.js';

const loadDeadLetters = (cursor: string | undefined, signal: AbortSignal) => api.listDeadLetters({ cursor }, signal);

/** Tasks SSM could not be reached for, three times: why, and a way to send them again. */
export function OpsDeadLettersPage() {
  const tasks = usePagedList(loadDeadLetters);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <>
      <h1>Dead letters</h1>
      <p className="lead">
        Automated tasks whose dispatch to the host failed three times, newest first. Fix the cause (a host that is
        offline, say), then redrive the task: it goes back to the dispatch queue.
      </p>
      {notice && (
        <Notice>
          <p>{notice}</p>
        </Notice>
      )}
      {tasks.status === 'loading' && <Loading>Loading dead letters…</Loading>}
      {tasks.status === 'error' && (
        <ErrorAlert error={tasks.error} title="Could not load the dead letters" onRetry={tasks.reload} />
      )}
      {tasks.status === 'ready' &&
        (tasks.items.length === 0 ? (
          <EmptyState>No dead letters: every dispatch reached its host.</EmptyState>
        ) : (
          <>
            <div className="table-wrap">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">Task</th>
                    <th scope="col">Organisation</th>
                    <th scope="col">Host</th>
                    <th scope="col">Dead-lettered</th>
                    <th scope="col">Last error</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {tasks.items.map((task) => (
                    <DeadLetterRow
                      key={task.id}
                      task={task}
                      onStart={() => setNotice(null)}
                      onRedriven={(redriven) => {
                        tasks.update((items) => items.map((item) => (item.id === redriven.id ? redriven : item)));
                        setNotice(`${redriven.typeName} for ${redriven.tenantName} is queued for dispatch again.`);
                      }}
                    />
                  ))}
                </tbody>
              </table>
            </div>
            <LoadMore list={tasks} />
          </>
        ))}
    </>
  );
}

function DeadLetterRow({
  task,
  onStart,
  onRedriven,
}: {
  task: Task;
  onStart: () => void;
  onRedriven: (task: Task) => void;
}) {
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'busy' } | { kind: 'failed'; error: unknown }>({
    kind: 'idle',
  });

  async function redrive() {
    if (state.kind === 'busy') return;
    onStart();
    setState({ kind: 'busy' });
    try {
      const redriven = await api.redriveTask(task.id);
      setState({ kind: 'idle' });
      onRedriven(redriven);
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  }

  return (
    <>
      <tr aria-busy={state.kind === 'busy' || undefined}>
        <th scope="row" className="cell-name">
          <Link to={opsTaskPath(task)}>{task.typeName}</Link>
          <span className="cell-sub">
            <TaskStatusBadge status={task.status} />
          </span>
        </th>
        <td>{task.tenantName}</td>
        <td>
          {hostLabel(task) ?? <span className="muted">None</span>}
          {task.hostId && <code className="id cell-sub">{task.hostId}</code>}
        </td>
        <td className="cell-nowrap">{task.deadLetteredAt ? <DateTime iso={task.deadLetteredAt} /> : '—'}</td>
        <td className="cell-break">{task.lastError ?? <span className="muted">Not recorded</span>}</td>
        <td className="cell-actions">
          {task.deadLetteredAt && (
            <div className="row-actions">
              <button
                type="button"
                className="button button-secondary button-small"
                aria-disabled={state.kind === 'busy' || undefined}
                onClick={() => void redrive()}
              >
                Redrive<span className="visually-hidden">{` ${task.typeName} for ${task.tenantName}`}</span>
              </button>
            </div>
          )}
          {state.kind === 'busy' && <Loading>Redriving…</Loading>}
        </td>
      </tr>
      {state.kind === 'failed' && (
        <tr className="row-message">
          <td colSpan={6}>
            <ErrorAlert error={state.error} title={`Could not redrive ${task.typeName}`}>
              <p>
                <button type="button" className="button-link" onClick={() => setState({ kind: 'idle' })}>
                  Dismiss
                </button>
              </p>
            </ErrorAlert>
          </td>
        </tr>
      )}
    </>
  );
}
