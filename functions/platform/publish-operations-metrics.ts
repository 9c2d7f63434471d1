import { takeOperationsSnapshot } from '../../shared/operations/snapshot.js';
import { platformSamples } from '../../shared/reports/status-page.js';
import { DynamoPlatformStatus } from '../adapters/dynamodb/dynamo-platform-status.js';
import { ENV, optionalEnv } from '../config/env.js';
import { clock } from '../config/platform.js';
import { tableConfig } from '../config/table.js';
import { logger } from '../observability/logger.js';
import { operationsDeps } from './operations.js';
import { publishOperationsGauges } from './operations-metrics.js';
import { scheduledJob } from './scheduled-job.js';

// No queues: SQS publishes their depth and the age of their oldest message to CloudWatch itself (AWS/SQS).
const deps = operationsDeps({ queues: false });
/** The `stage` dimension: the deployment's `STAGE` (AppFunction sets it), `local` when unset. */
const stage = optionalEnv(ENV.stage) ?? 'local';
const platformStatus = (() => {
  const { client, tableName } = tableConfig();
  return new DynamoPlatformStatus(client, tableName, () => clock.now());
})();

/**
 * Every 5 minutes: the operations gauges (OPERATIONS_METRICS) from the snapshot the staff operations page shows, as
 * EMF for the alarms. Its own heartbeat is among them, so a stuck publisher shows on the page as late. The same
 * snapshot is one sample of Opsdesk's components for the provider's status page (`/status/opsdesk`); a failed
 * sample is logged and shows there as missing data, never as up.
 */
export const handler = scheduledJob(
  'publish-operations-metrics',
  async () => {
    const snapshot = await takeOperationsSnapshot(deps);
    publishOperationsGauges(snapshot, stage);
    await platformStatus.record(platformSamples(snapshot)).catch((error: unknown) => {
      logger.error('Could not record the platform status sample', { error: String(error) });
    });
    const late = snapshot.heartbeats.filter((heartbeat) => heartbeat.late).map((heartbeat) => heartbeat.jobId);
    if (late.length) logger.warn('Scheduled jobs are late', { jobs: late });
    return snapshot;
  },
  (snapshot) => snapshot.heartbeats.length,
);
