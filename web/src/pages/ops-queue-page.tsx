import { useState } from 'react';
import { useAuth } from '../auth/auth-context.js';
import { PagedListView } from '../components/paged-list-view.js';
import { Notice } from '../components/status.js';
import {
  isOverdue,
  RequestedFact,
  ResponseDueFact,
  TaskParams,
  TaskStatusBadge,
  ZoneCaption,
} from '../components/task-parts.js';
import { TaskWork } from '../components/task-work.js';
import { api, type Task, type TaskTypeView } from '../lib/api.js';
import { Link } from '../lib/router.js';
import { hostLabel, loadTaskTypes, opsTaskPath } from '../lib/tasks.js';
import { usePagedList } from '../lib/use-paged-list.js';
import { useNow } from '../lib/use-polled.js';
import { useResource } from '../lib/use-resource.js';

const loadQueue = (cursor: string | undefined, signal: AbortSignal) => api.listTaskQueue({ cursor }, signal);

/** Open tasks of every organisation, oldest first: what to claim, what is overdue, what is running by itself. */
export function OpsQueuePage() {
  const auth = useAuth();
  const queue = usePagedList(loadQueue);
  const types = useResource(loadTaskTypes);
  const [notice, setNotice] = useState<string | null>(null);
  // The server's clock (lib/clock.ts), ticking: what is overdue follows the stack's time, not the browser's.
  const now = useNow();
  // The route table only renders this page for signed-in staff.
  if (auth.status !== 'signed-in') return null;
  const meId = auth.me.user.id;
  const canClaim = auth.me.roles.includes('operator');
  const typeList = types.status === 'ready' ? types.data : undefined;

  const overdue = queue.status === 'ready' ? queue.items.filter((task) => isOverdue(task, now)).length : 0;

  return (
    <>
      <h1>Task queue</h1>
      <p className="lead">
        Open tasks across all organisations, oldest first. Manual tasks wait for an operator to claim them; automated
        ones run on the customer’s host by themselves.
      </p>
      <p>
        <button type="button" className="button button-secondary button-small" onClick={queue.reload}>
          Reload the queue
        </button>
      </p>
      {notice && (
        <Notice>
          <p>{notice}</p>
        </Notice>
      )}
      <PagedListView
        list={queue}
        loading="Loading the queue…"
        failedTitle="Could not load the queue"
        empty="Nothing open: every task is done."
      >
        {(ready) => (
          <>
            <ZoneCaption />
            {overdue > 0 && (
              <div className="alert alert-warning" role="status">
                <p className="alert-title">
                  {overdue === 1 ? '1 task is past its response time' : `${overdue} tasks are past their response time`}
                </p>
              </div>
            )}
            <ul className="booking-list task-queue">
              {ready.items.map((task) => (
                <QueueItem
                  key={task.id}
                  task={task}
                  types={typeList}
                  meId={meId}
                  now={now}
                  canClaim={canClaim}
                  onChanged={(changed, message) => {
                    ready.update((items) => items.map((item) => (item.id === changed.id ? changed : item)));
                    setNotice(message);
                  }}
                />
              ))}
            </ul>
          </>
        )}
      </PagedListView>
    </>
  );
}

function QueueItem({
  task,
  types,
  meId,
  now,
  canClaim,
  onChanged,
}: {
  task: Task;
  types: readonly TaskTypeView[] | undefined;
  meId: string;
  now: number;
  canClaim: boolean;
  onChanged: (task: Task, message: string | null) => void;
}) {
  const headingId = `task-${task.id}`;
  const host = hostLabel(task);
  return (
    <li>
      <article
        className={
          isOverdue(task, now) ? 'card booking-card task-card task-card-overdue' : 'card booking-card task-card'
        }
        aria-labelledby={headingId}
      >
        <div className="booking-card-header">
          <h2 id={headingId} className="task-card-title">
            <Link to={opsTaskPath(task)}>{task.typeName}</Link> for {task.tenantName}
          </h2>
          <TaskStatusBadge status={task.status} />
        </div>
        <dl className="details">
          <div>
            <dt>Host</dt>
            <dd>{host ?? <span className="muted">None</span>}</dd>
          </div>
          <RequestedFact task={task} />
          <ResponseDueFact task={task} />
          <div>
            <dt>Kind</dt>
            <dd>{task.automated ? 'Automated (SSM)' : 'Manual'}</dd>
          </div>
        </dl>
        {!task.automated && (
          <div className="task-brief">
            <TaskParams task={task} types={types} />
            {task.notes && (
              <dl className="details">
                <div>
                  <dt>Customer’s notes</dt>
                  <dd className="pre-line">{task.notes}</dd>
                </div>
              </dl>
            )}
          </div>
        )}
        <TaskWork task={task} meId={meId} canClaim={canClaim} onChanged={onChanged} />
      </article>
    </li>
  );
}
