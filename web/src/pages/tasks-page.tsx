import { useState } from 'react';
import { useAuth } from '../auth/auth-context.js';
import { DataTable, RowError } from '../components/data-table.js';
import { MaintenanceWindowCard } from '../components/maintenance-window-card.js';
import { PagedListView } from '../components/paged-list-view.js';
import { ErrorAlert, Loading, Notice } from '../components/status.js';
import { DateTime, TaskStatusBadge } from '../components/task-parts.js';
import { TaskRequestForm } from '../components/task-request-form.js';
import { api, type Task } from '../lib/api.js';
import { Link, navigate } from '../lib/router.js';
import { hostLabel, loadHosts, loadTaskTypes, taskPath } from '../lib/tasks.js';
import { useAction } from '../lib/use-action.js';
import { type PagedList, usePagedList } from '../lib/use-paged-list.js';
import { useResource } from '../lib/use-resource.js';

const loadTasks = (cursor: string | undefined, signal: AbortSignal) => api.listTasks({ cursor }, signal);

export function TasksPage() {
  const auth = useAuth();
  const tasks = usePagedList(loadTasks);
  const types = useResource(loadTaskTypes);
  const hosts = useResource(loadHosts);
  const [notice, setNotice] = useState<string | null>(null);
  // The route table only renders this page for signed-in customers.
  if (auth.status !== 'signed-in') return null;
  const isAdmin = auth.me.roles.includes('customer-admin');

  return (
    <>
      <h1>Tasks</h1>
      <p className="lead">
        Work on your organisation’s servers: automated tasks run on the host through AWS Systems Manager, custom work is
        done by an operator. Follow each one from request to result.
      </p>
      {notice && (
        <Notice>
          <p>{notice}</p>
        </Notice>
      )}

      {isAdmin && tasks.status === 'ready' && (
        <Approvals
          tasks={tasks}
          onApproved={(task) => {
            tasks.update((items) => items.map((item) => (item.id === task.id ? task : item)));
            setNotice(
              task.status === 'scheduled'
                ? `${task.typeName} approved: it waits for the maintenance window.`
                : `${task.typeName} approved: it is queued.`,
            );
          }}
        />
      )}

      <section className="section card" aria-labelledby="request-heading">
        <h2 id="request-heading">Request a task</h2>
        {(types.status === 'loading' || hosts.status === 'loading') && <Loading>Loading task types and hosts…</Loading>}
        {types.status === 'error' && (
          <ErrorAlert error={types.error} title="Could not load the task types" onRetry={types.reload} />
        )}
        {hosts.status === 'error' && (
          <ErrorAlert error={hosts.error} title="Could not load your hosts" onRetry={hosts.reload} />
        )}
        {types.status === 'ready' && hosts.status === 'ready' && (
          <TaskRequestForm
            types={types.data}
            hosts={hosts.data}
            isAdmin={isAdmin}
            onRequested={(task) => navigate(taskPath(task))}
          />
        )}
      </section>

      <section className="section" aria-labelledby="tasks-heading">
        <h2 id="tasks-heading">Your organisation’s tasks</h2>
        <PagedListView
          list={tasks}
          loading="Loading tasks…"
          failedTitle="Could not load the tasks"
          empty="No tasks yet. Request one above."
        >
          {(ready) => <TaskTable tasks={ready.items} caption="Newest first" />}
        </PagedListView>
      </section>

      <MaintenanceWindowCard canEdit={isAdmin} />
    </>
  );
}

function TaskTable({ tasks, caption }: { tasks: Task[]; caption: string }) {
  return (
    <DataTable columns={['Task', 'Host', 'Status', 'Requested']} caption={caption}>
      {tasks.map((task) => (
        <tr key={task.id}>
          <th scope="row" className="cell-name">
            <Link to={taskPath(task)}>{task.typeName}</Link>
            <code className="id cell-sub">{task.id}</code>
          </th>
          <td>{hostLabel(task) ?? <span className="muted">None</span>}</td>
          <td>
            <TaskStatusBadge status={task.status} />
          </td>
          <RequestedCell task={task} />
        </tr>
      ))}
    </DataTable>
  );
}

/** When the task was asked for, and by whom. */
function RequestedCell({ task }: { task: Task }) {
  return (
    <td>
      <span className="cell-nowrap">
        <DateTime iso={task.requestedAt} />
      </span>
      <span className="cell-sub cell-break">by {task.requestedBy.email}</span>
    </td>
  );
}

/** Tasks among those loaded that wait for a customer-admin; each approved with one click. */
function Approvals({
  tasks,
  onApproved,
}: {
  tasks: Extract<PagedList<Task>, { status: 'ready' }>;
  onApproved: (task: Task) => void;
}) {
  const waiting = tasks.items.filter((task) => task.status === 'awaiting_approval');
  if (waiting.length === 0) return null;
  return (
    <section className="section" aria-labelledby="approvals-heading">
      <h2 id="approvals-heading">Waiting for your approval</h2>
      <DataTable columns={['Task', 'Host', 'Requested']} actions>
        {waiting.map((task) => (
          <ApprovalRow key={task.id} task={task} onApproved={onApproved} />
        ))}
      </DataTable>
    </section>
  );
}

function ApprovalRow({ task, onApproved }: { task: Task; onApproved: (task: Task) => void }) {
  const approval = useAction();
  return (
    <>
      <tr aria-busy={approval.busy || undefined}>
        <th scope="row" className="cell-name">
          <Link to={taskPath(task)}>{task.typeName}</Link>
          {task.disruptive && <span className="cell-sub">Disruptive: runs in the maintenance window</span>}
        </th>
        <td>{hostLabel(task) ?? <span className="muted">None</span>}</td>
        <RequestedCell task={task} />
        <td className="cell-actions">
          <div className="row-actions">
            <button
              type="button"
              className="button button-small"
              aria-disabled={approval.busy || undefined}
              onClick={() => void approval.run(() => api.approveTask(task.id), onApproved)}
            >
              Approve<span className="visually-hidden"> {task.typeName}</span>
            </button>
          </div>
          {approval.busy && <Loading>Approving…</Loading>}
        </td>
      </tr>
      {approval.state.kind === 'failed' && (
        <RowError
          colSpan={4}
          error={approval.state.error}
          title={`Could not approve ${task.typeName}`}
          onDismiss={approval.dismiss}
        />
      )}
    </>
  );
}
