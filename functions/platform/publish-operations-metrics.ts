import { takeOperationsSnapshot } from '../../shared/operations/snapshot.js';
import { ENV, optionalEnv } from '../config/env.js';
import { logger } from '../observability/logger.js';
import { operationsDeps } from './operations.js';
import { publishOperationsGauges } from './operations-metrics.js';
import { scheduledJob } from './scheduled-job.js';

// No queues: SQS publishes their depth and the age of their oldest message to CloudWatch itself (AWS/SQS).
const deps = operationsDeps({ queues: false });
/** The `stage` dimension: the deployment's `STAGE` (AppFunction sets it), `local` when unset. */
const stage = optionalEnv(ENV.stage) ?? 'local';

/**
 * Every 5 minutes: the operations gauges (OPERATIONS_METRICS) from the snapshot the staff operations page shows, as
 * EMF for the alarms. Its own heartbeat is among them, so a stuck publisher shows on the page as late.
 */
export const handler = scheduledJob(
  'publish-operations-metrics',
  async () => {
    const snapshot = await takeOperationsSnapshot(deps);
    publishOperationsGauges(snapshot, stage);
    const late = snapshot.heartbeats.filter((heartbeat) => heartbeat.late).map((heartbeat) => heartbeat.jobId);
    if (late.length) logger.warn('Scheduled jobs are late', { jobs: late });
    return snapshot;
  },
  (snapshot) => snapshot.heartbeats.length,
);
