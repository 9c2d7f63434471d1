import { useState } from 'react';
import { DataTable, RowError } from '../components/data-table.js';
import { PagedListView } from '../components/paged-list-view.js';
import { Loading, Notice } from '../components/status.js';
import { DateTime, TaskStatusBadge, ZoneCaption } from '../components/task-parts.js';
import { api, type Task } from '../lib/api.js';
import { Link } from '../lib/router.js';
import { hostLabel, opsTaskPath } from '../lib/tasks.js';
import { useAction } from '../lib/use-action.js';
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
        Automated tasks that need an operator, newest first: their dispatch to the host failed three times, or their
        command timed out or never reported a final status (the host's state is unknown). Check the host — fix the
        cause, see what the command left behind — then redrive the task: it goes back to the dispatch queue.
      </p>
      {notice && (
        <Notice>
          <p>{notice}</p>
        </Notice>
      )}
      <PagedListView
        list={tasks}
        loading="Loading dead letters…"
        failedTitle="Could not load the dead letters"
        empty="No dead letters: every task reached its host and finished."
      >
        {(ready) => (
          <>
            <ZoneCaption />
            <DataTable columns={['Task', 'Organisation', 'Host', 'Dead-lettered', 'Last error']} actions>
              {ready.items.map((task) => (
                <DeadLetterRow
                  key={task.id}
                  task={task}
                  onStart={() => setNotice(null)}
                  onRedriven={(redriven) => {
                    ready.update((items) => items.map((item) => (item.id === redriven.id ? redriven : item)));
                    setNotice(`${redriven.typeName} for ${redriven.tenantName} is queued for dispatch again.`);
                  }}
                />
              ))}
            </DataTable>
          </>
        )}
      </PagedListView>
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
  const redrive = useAction();
  return (
    <>
      <tr aria-busy={redrive.busy || undefined}>
        <th scope="row" className="cell-name">
          <Link to={opsTaskPath(task)}>{task.typeName}</Link>
          <span className="cell-sub">
            <TaskStatusBadge status={task.status} />
          </span>
        </th>
        <td>{task.tenantName}</td>
        <td>{hostLabel(task) ?? <span className="muted">None</span>}</td>
        <td className="cell-nowrap">{task.deadLetteredAt ? <DateTime iso={task.deadLetteredAt} /> : '—'}</td>
        <td className="cell-break">{task.lastError ?? <span className="muted">Not recorded</span>}</td>
        <td className="cell-actions">
          {task.deadLetteredAt && (
            <div className="row-actions">
              <button
                type="button"
                className="button button-secondary button-small"
                aria-disabled={redrive.busy || undefined}
                onClick={() => {
                  if (redrive.busy) return;
                  onStart();
                  void redrive.run(() => api.redriveTask(task.id), onRedriven);
                }}
              >
                Redrive<span className="visually-hidden">{` ${task.typeName} for ${task.tenantName}`}</span>
              </button>
            </div>
          )}
          {redrive.busy && <Loading>Redriving…</Loading>}
        </td>
      </tr>
      {redrive.state.kind === 'failed' && (
        <RowError
          colSpan={6}
          error={redrive.state.error}
          title={`Could not redrive ${task.typeName}`}
          onDismiss={redrive.dismiss}
        />
      )}
    </>
  );
}
