import { dispatchDueMonitors } from '../../shared/monitoring/dispatch.js';
import { logger } from '../observability/logger.js';
import { scheduledJob } from '../platform/scheduled-job.js';
import { createMonitoringDeps } from './wiring.js';

const { deps, checkQueue } = createMonitoringDeps();

/**
 * Every minute: sends the monitors that are due to the checkers in batches (monitor-checks queue), then moves each
 * one's marker to its next check; records a failure for every heartbeat past its period and grace.
 */
export const handler = scheduledJob(
  'dispatch-monitors',
  async () => {
    const result = await dispatchDueMonitors(deps, checkQueue);
    if (result.sent || result.heartbeatsMissed) logger.info('Dispatched monitor checks', result);
    return result;
  },
  (result) => result.sent,
);
