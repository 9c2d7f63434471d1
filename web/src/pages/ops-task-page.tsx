import { useState } from 'react';
import { useAuth } from '../auth/auth-context.js';
import { ErrorAlert, Loading } from '../components/status.js';
import { TaskDetailView } from '../components/task-parts.js';
import { TaskWork } from '../components/task-work.js';
import { api, isApiError, type Task } from '../lib/api.js';
import { Link } from '../lib/router.js';
import { loadTaskTypes } from '../lib/tasks.js';
import { usePolledTask } from '../lib/use-polled-task.js';
import { useResource } from '../lib/use-resource.js';

const back = <Link to="/ops/queue">Task queue</Link>;

/** Any organisation's task, for operators: followed as it moves, claimed and completed from here. */
export function OpsTaskPage({ params }: { params: Record<string, string> }) {
  const auth = useAuth();
  const task = usePolledTask(params.taskId ?? '', api.getOpsTask);
  const types = useResource(loadTaskTypes);
  const [notice, setNotice] = useState<string | null>(null);
  // The route table only renders this page for signed-in staff.
  if (auth.status !== 'signed-in') return null;

  if (task.status === 'loading') return <Loading>Loading the task…</Loading>;
  if (task.status === 'error') {
    return (
      <>
        <p className="eyebrow">{back}</p>
        <h1>Task</h1>
        {isApiError(task.error, 404) ? (
          <ErrorAlert error={task.error} title="There is no such task" />
        ) : (
          <ErrorAlert error={task.error} title="Could not load the task" onRetry={task.reload} />
        )}
      </>
    );
  }

  return (
    <TaskDetailView
      task={task.task}
      types={types.status === 'ready' ? types.data : undefined}
      showTenant
      notice={notice}
      refreshError={task.refreshError}
      back={back}
      actions={
        <TaskWork
          task={task.task}
          meId={auth.me.user.id}
          canClaim={auth.me.roles.includes('operator')}
          onChanged={(changed: Task, message: string | null) => {
            task.replace(changed);
            setNotice(message);
          }}
        />
      }
    />
  );
}
