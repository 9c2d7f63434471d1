import { releaseDueTasks } from '../../shared/tasks/tasks.js';
import { logger } from '../observability/logger.js';
import { createTaskDeps } from './wiring.js';

const deps = createTaskDeps();

/** Every minute: queues tasks whose maintenance window opened, and re-enqueues lost dispatches. */
export const handler = async () => {
  const result = await releaseDueTasks(deps);
  if (result.released || result.requeued) logger.info('Released tasks', result);
  return result;
};
