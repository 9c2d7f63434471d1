import { SQSClient } from '@aws-sdk/client-sqs';
import { queueDefinition, queueUrlEnvName } from '../../shared/contracts/resources.js';
import type { OperationsDeps, QueueStatsReader } from '../../shared/operations/snapshot.js';
import { DynamoHeartbeatStore } from '../adapters/dynamodb/dynamo-heartbeat-store.js';
import { DynamoPeriodCloseRepository } from '../adapters/dynamodb/dynamo-invoice-repository.js';
import { DynamoOutboxStats } from '../adapters/dynamodb/dynamo-outbox-stats.js';
import { SqsQueueStats } from '../adapters/sqs/sqs-queue-stats.js';
import { requireEnv } from '../config/env.js';
import { clock } from '../config/platform.js';
import { tableConfig } from '../config/table.js';
import { logger } from '../observability/logger.js';
import { traceClient } from '../observability/tracer.js';

/** A queue that does not answer is shown unavailable; why is logged here, once per read. */
const logged = (reader: QueueStatsReader): QueueStatsReader => ({
  stats: (queueId) =>
    reader.stats(queueId).catch((error: unknown) => {
      logger.error('Operations: could not read a queue’s depth', { queueId, error: String(error) });
      throw error;
    }),
});

/**
 * The operations snapshot's adapters, wired once per process: the table (outbox, period closes, heartbeats) and,
 * with `queues`, SQS (the queue URLs the platform function gets for its health checks; a missing one makes that
 * queue unavailable, not the page).
 */
export const operationsDeps = (options: { queues: boolean }): OperationsDeps => {
  const { client, tableName } = tableConfig();
  return {
    clock,
    outbox: new DynamoOutboxStats(client, tableName),
    closes: new DynamoPeriodCloseRepository(client, tableName),
    heartbeats: new DynamoHeartbeatStore(client, tableName),
    ...(options.queues
      ? {
          queues: logged(
            new SqsQueueStats(traceClient(new SQSClient({ useQueueUrlAsEndpoint: false, maxAttempts: 2 })), (queueId) =>
              requireEnv(queueUrlEnvName(queueDefinition(queueId))),
            ),
          ),
        }
      : {}),
  };
};
