import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { QUEUES, queueUrlEnvName } from '../../shared/contracts/resources.js';
import { keys } from '../adapters/dynamodb/keys.js';
import { Readiness } from '../platform/readiness.js';
import { requireEnv } from './env.js';
import { tableConfig } from './table.js';

/**
 * The health route's readiness, wired at cold start: one read of the table (a fixed key, `keys.health`) and the
 * attributes of every queue. The platform function is granted exactly these (infra: CONTEXT_ACCESS.platform.probes).
 */
export const readiness = (): Readiness => {
  const table = tableConfig();
  const queueUrls = QUEUES.map((queue) => requireEnv(queueUrlEnvName(queue)));
  const sqs = new SQSClient({ useQueueUrlAsEndpoint: false, maxAttempts: 1 });
  return new Readiness({
    table: async () => {
      await table.client.send(new GetCommand({ TableName: table.tableName, Key: keys.health() }));
    },
    queues: async () => {
      await Promise.all(
        queueUrls.map((QueueUrl) =>
          sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['ApproximateNumberOfMessages'] })),
        ),
      );
    },
  });
};
