import { syncAllHosts } from '../../shared/tasks/hosts.js';
import { logger } from '../observability/logger.js';
import { scheduledJob } from '../platform/scheduled-job.js';
import { createTaskDeps } from './wiring.js';

const deps = createTaskDeps();

/** Every 15 minutes: every tenant's managed nodes from SSM into the host inventory. */
export const handler = scheduledJob(
  'sync-hosts',
  async () => {
    const result = await syncAllHosts(deps);
    logger.info('Synchronised hosts', result);
    return result;
  },
  (result) => result.hosts,
);
