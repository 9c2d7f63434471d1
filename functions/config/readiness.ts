import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { QUEUES, queueUrlEnvName } from '../../shared/contracts/resources.js';
import { keys } from '../adapters/dynamodb/keys.js';
import { traceClient } from '../observability/tracer.js';
import { type Probe, Readiness } from '../platform/readiness.js';
import { requireEnv } from './env.js';
import { tableConfig } from './table.js';

/** Whether the table answers: one read of a fixed key (`keys.health`, never written). */
export const tableProbe =
  (client: Pick<DynamoDBDocumentClient, 'send'>, tableName: string): Probe =>
  async () => {
    await client.send(new GetCommand({ TableName: tableName, Key: keys.health() }));
  };

/**
 * The health route's readiness: the table probe and the attributes of every queue. The platform function is
 * granted exactly these (infra: CONTEXT_ACCESS.platform.probes). The settings are read by the checks themselves,
 * so a function deployed without them reports that check unavailable (and logs why) instead of failing its other
 * routes at cold start.
 */
export const readiness = (): Readiness<'table' | 'queues'> => {
  let sqs: SQSClient | undefined;
  return new Readiness({
    table: () => {
      const table = tableConfig();
      return tableProbe(table.client, table.tableName)();
    },
    queues: async () => {
      const queueUrls = QUEUES.map((queue) => requireEnv(queueUrlEnvName(queue)));
      sqs ??= traceClient(new SQSClient({ useQueueUrlAsEndpoint: false, maxAttempts: 1 }));
      const client = sqs;
      await Promise.all(
        queueUrls.map((QueueUrl) =>
          client.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['ApproximateNumberOfMessages'] })),
        ),
      );
    },
  });
};
