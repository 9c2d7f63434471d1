import { useAuth } from '../auth/auth-context.js';
import { PolledTaskPage } from '../components/task-parts.js';
import { TaskWork } from '../components/task-work.js';
import { api } from '../lib/api.js';
import { Link } from '../lib/router.js';

const back = <Link to="/ops/queue">Task queue</Link>;

/** Any organisation's task, for operators: followed as it moves, claimed and completed from here. */
export function OpsTaskPage({ params }: { params: Record<string, string> }) {
  const auth = useAuth();
  // The route table only renders this page for signed-in staff.
  if (auth.status !== 'signed-in') return null;
  const meId = auth.me.user.id;
  const canClaim = auth.me.roles.includes('operator');

  return (
    <PolledTaskPage
      taskId={params.taskId ?? ''}
      load={api.getOpsTask}
      back={back}
      notFoundTitle="There is no such task"
      showTenant
      actions={(task, { onChanged }) => <TaskWork task={task} meId={meId} canClaim={canClaim} onChanged={onChanged} />}
    />
  );
}
