import { useState } from 'react';
import { useAuth } from '../auth/auth-context.js';
import { DataTable } from '../components/data-table.js';
import { MaintenanceWindowCard } from '../components/maintenance-window-card.js';
import { PagedListView } from '../components/paged-list-view.js';
import { ErrorAlert, Loading, Notice } from '../components/status.js';
import {
  DateTime,
  loadMaintenanceWindow,
  TaskApproval,
  TaskStatusBadge,
  ZoneCaption,
} from '../components/task-parts.js';
import { TaskRequestForm } from '../components/task-request-form.js';
import { api, type MaintenanceWindowView, type Task } from '../lib/api.js';
import { useDisplayZone } from '../lib/display-zone.js';
import { zoneLabel } from '../lib/format.js';
import { Link, navigate } from '../lib/router.js';
import { declineOf, hostLabel, loadHosts, loadTaskTypes, personName, taskName, taskPath } from '../lib/tasks.js';
import { type PagedList, usePagedList } from '../lib/use-paged-list.js';
import { useResource } from '../lib/use-resource.js';

const loadTasks = (cursor: string | undefined, signal: AbortSignal) => api.listTasks({ cursor }, signal);

export function TasksPage() {
  const auth = useAuth();
  const tasks = usePagedList(loadTasks);
  const types = useResource(loadTaskTypes);
  const hosts = useResource(loadHosts);
  const maintenance = useResource(loadMaintenanceWindow);
  const zone = useDisplayZone();
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
          maintenanceWindow={maintenance.status === 'ready' ? maintenance.data : null}
          onStart={() => setNotice(null)}
          onDone={(task, message) => {
            tasks.update((items) => items.map((item) => (item.id === task.id ? task : item)));
            setNotice(message);
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
          {(ready) => <TaskTable tasks={ready.items} caption={`Newest first; times in ${zoneLabel(zone)}`} />}
        </PagedListView>
      </section>

      <MaintenanceWindowCard canEdit={isAdmin} />
    </>
  );
}

function TaskTable({ tasks, caption }: { tasks: Task[]; caption: string }) {
  return (
    <DataTable columns={['Task', 'Host', 'Status', 'Requested']} caption={caption}>
      {tasks.map((task) => {
        const declined = declineOf(task);
        return (
          <tr key={task.id}>
            <th scope="row" className="cell-name">
              <Link to={taskPath(task)}>{task.typeName}</Link>
            </th>
            <td>{hostLabel(task) ?? <span className="muted">None</span>}</td>
            <td>
              <TaskStatusBadge status={task.status} />
              {declined?.reason && <span className="cell-sub task-decline-reason">“{declined.reason}”</span>}
            </td>
            <RequestedCell task={task} />
          </tr>
        );
      })}
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
      <span className="cell-sub cell-break">by {personName(task.requestedBy)}</span>
    </td>
  );
}

/** Tasks among those loaded that wait for a customer-admin: each approved or declined after a confirmation. */
function Approvals({
  tasks,
  maintenanceWindow,
  onDone,
  onStart,
}: {
  tasks: Extract<PagedList<Task>, { status: 'ready' }>;
  maintenanceWindow: MaintenanceWindowView | null;
  onDone: (task: Task, message: string) => void;
  onStart: () => void;
}) {
  const waiting = tasks.items.filter((task) => task.status === 'awaiting_approval');
  if (waiting.length === 0) return null;
  return (
    <section className="section" aria-labelledby="approvals-heading">
      <h2 id="approvals-heading">Waiting for your approval</h2>
      <ZoneCaption />
      <ul className="booking-list approval-list">
        {waiting.map((task) => (
          <li key={task.id}>
            <article className="card booking-card approval-card" aria-labelledby={`approval-${task.id}`}>
              <h3 id={`approval-${task.id}`} className="task-card-title">
                <Link to={taskPath(task)}>{taskName(task)}</Link>
              </h3>
              <p className="muted">
                Requested <DateTime iso={task.requestedAt} /> by {personName(task.requestedBy)}
                {task.disruptive && ' · disruptive: runs in the maintenance window'}
              </p>
              {task.notes && <p className="pre-line">{task.notes}</p>}
              <TaskApproval task={task} maintenanceWindow={maintenanceWindow} onDone={onDone} onStart={onStart} />
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
