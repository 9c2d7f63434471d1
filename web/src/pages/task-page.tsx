import { useState } from 'react';
import { useAuth } from '../auth/auth-context.js';
import { ConfirmButton } from '../components/confirm-button.js';
import { ErrorAlert } from '../components/status.js';
import { loadMaintenanceWindow, PolledTaskPage, TaskApproval } from '../components/task-parts.js';
import { api, type MaintenanceWindowView, type Task } from '../lib/api.js';
import { Link } from '../lib/router.js';
import { isCancellable } from '../lib/tasks.js';
import { useResource } from '../lib/use-resource.js';

const back = <Link to="/tasks">All tasks</Link>;

/** One of the organisation's tasks, followed as it moves (see usePolledTask); approve, decline or cancel it here. */
export function TaskPage({ params }: { params: Record<string, string> }) {
  const auth = useAuth();
  const maintenance = useResource(loadMaintenanceWindow);
  // The route table only renders this page for signed-in customers.
  if (auth.status !== 'signed-in') return null;
  const meId = auth.me.user.id;
  const isAdmin = auth.me.roles.includes('customer-admin');

  return (
    <PolledTaskPage
      taskId={params.taskId ?? ''}
      load={api.getTask}
      back={back}
      notFoundTitle="There is no such task in your organisation"
      actions={(task, { onChanged, onStart }) => (
        <CustomerActions
          task={task}
          maintenanceWindow={maintenance.status === 'ready' ? maintenance.data : null}
          canApprove={isAdmin}
          canCancel={isAdmin || task.requestedBy.userId === meId}
          onChanged={onChanged}
          onStart={onStart}
        />
      )}
    />
  );
}

function CustomerActions({
  task,
  maintenanceWindow,
  canApprove,
  canCancel,
  onChanged,
  onStart,
}: {
  task: Task;
  maintenanceWindow: MaintenanceWindowView | null;
  canApprove: boolean;
  canCancel: boolean;
  onChanged: (task: Task, message: string) => void;
  onStart: () => void;
}) {
  const [cancelError, setCancelError] = useState<unknown>(null);
  const approvable = canApprove && task.status === 'awaiting_approval';
  const cancellable = canCancel && isCancellable(task);
  if (!approvable && !cancellable && cancelError === null) return null;

  async function cancel() {
    onStart();
    setCancelError(null);
    try {
      onChanged(await api.cancelTask(task.id), 'The task was cancelled: it will not run.');
    } catch (error) {
      setCancelError(error);
    }
  }

  return (
    <div className="task-actions">
      {cancelError !== null && <ErrorAlert error={cancelError} title="The task was not cancelled" />}
      {approvable && (
        <TaskApproval task={task} maintenanceWindow={maintenanceWindow} onDone={onChanged} onStart={onStart} />
      )}
      {cancellable && (
        <div className="form-actions">
          <ConfirmButton
            className="button button-secondary button-small"
            question={
              approvable
                ? 'Withdraw this request? It will not run, and nobody is told why (to say why, decline it instead).'
                : 'Cancel this task? It will not run.'
            }
            confirmLabel="Cancel task"
            dismissLabel="Keep task"
            busyLabel="Cancelling…"
            onConfirm={cancel}
          >
            Cancel task
          </ConfirmButton>
        </div>
      )}
    </div>
  );
}
