import { releaseDueTasks } from '../../shared/tasks/tasks.js';
import { logger } from '../observability/logger.js';
import { scheduledJob } from '../platform/scheduled-job.js';
import { createTaskDeps } from './wiring.js';

const deps = createTaskDeps();

/**
 * Every minute: queues tasks whose maintenance window opened, re-enqueues lost dispatches, asks about
 * sent commands whose final status never came, and times out (into the dead-letter view) those
 * still without one at their deadline.
 */
export const handler = scheduledJob(
  'release-tasks',
  async () => {
    const result = await releaseDueTasks(deps);
    if (result.timedOut || result.failed) logger.warn('Released tasks; some need an operator', result);
    else if (result.released || result.requeued || result.checked) logger.info('Released tasks', result);
    return result;
  },
  (result) => result.released + result.requeued,
);
