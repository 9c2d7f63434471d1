import { pageDueIncidents } from '../../shared/monitoring/paging.js';
import { logger } from '../observability/logger.js';
import { scheduledJob } from '../platform/scheduled-job.js';
import { createMonitoringDeps } from './wiring.js';

const { deps } = createMonitoringDeps();

/**
 * Every minute: pages the person on call again when nobody acknowledged in time, escalates to the provider-admins
 * after unanswered pages, and pages the incidents whose covered hours began.
 */
export const handler = scheduledJob(
  'page-incidents',
  async () => {
    const result = await pageDueIncidents(deps);
    if (result.paged || result.escalated) logger.info('Paged incidents', result);
    return result;
  },
  (result) => result.paged + result.escalated,
);
