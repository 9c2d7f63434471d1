import { useState } from 'react';
import { useAuth } from '../auth/auth-context.js';
import { ConfirmButton } from '../components/confirm-button.js';
import { ErrorAlert, Loading } from '../components/status.js';
import { PolledTaskPage } from '../components/task-parts.js';
import { api, type Task } from '../lib/api.js';
import { Link } from '../lib/router.js';
import { isCancellable } from '../lib/tasks.js';

const back = <Link to="/tasks">All tasks</Link>;

/** One of the organisation's tasks, followed as it moves (see usePolledTask); approve or cancel it from here. */
export function TaskPage({ params }: { params: Record<string, string> }) {
  const auth = useAuth();
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
  canApprove,
  canCancel,
  onChanged,
  onStart,
}: {
  task: Task;
  canApprove: boolean;
  canCancel: boolean;
  onChanged: (task: Task, message: string) => void;
  onStart: () => void;
}) {
  const [state, setState] = useState<
    { kind: 'idle' } | { kind: 'approving' } | { kind: 'failed'; action: 'approve' | 'cancel'; error: unknown }
  >({ kind: 'idle' });
  const approvable = canApprove && task.status === 'awaiting_approval';
  const cancellable = canCancel && isCancellable(task);
  if (!approvable && !cancellable && state.kind !== 'failed') return null;

  async function approve() {
    if (state.kind === 'approving') return;
    onStart();
    setState({ kind: 'approving' });
    try {
      const approved = await api.approveTask(task.id);
      setState({ kind: 'idle' });
      onChanged(
        approved,
        approved.status === 'scheduled'
          ? 'Approved: the task waits for the maintenance window.'
          : 'Approved: the task is queued.',
      );
    } catch (error) {
      setState({ kind: 'failed', action: 'approve', error });
    }
  }

  async function cancel() {
    onStart();
    setState({ kind: 'idle' });
    try {
      onChanged(await api.cancelTask(task.id), 'The task was cancelled.');
    } catch (error) {
      setState({ kind: 'failed', action: 'cancel', error });
    }
  }

  return (
    <div className="task-actions">
      {state.kind === 'failed' && (
        <ErrorAlert
          error={state.error}
          title={state.action === 'approve' ? 'The task was not approved' : 'The task was not cancelled'}
        />
      )}
      <div className="form-actions">
        {approvable && (
          <button
            type="button"
            className="button"
            aria-disabled={state.kind === 'approving' || undefined}
            onClick={() => void approve()}
          >
            Approve
          </button>
        )}
        {state.kind === 'approving' && <Loading>Approving…</Loading>}
        {cancellable && (
          <ConfirmButton
            className="button button-secondary"
            question="Cancel this task? It will not run."
            confirmLabel="Cancel task"
            dismissLabel="Keep task"
            busyLabel="Cancelling…"
            onConfirm={cancel}
          >
            Cancel task
          </ConfirmButton>
        )}
      </div>
    </div>
  );
}
