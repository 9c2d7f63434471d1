import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { QUEUES, queueUrlEnvName } from '../../shared/contracts/resources.js';
import { keys } from '../adapters/dynamodb/keys.js';
import { Readiness } from '../platform/readiness.js';
import { requireEnv } from './env.js';
import { tableConfig } from './table.js';

/**
 * The health route's readiness: one read of the table (a fixed key, `keys.health`) and the attributes of every
 * queue. The platform function is granted exactly these (infra: CONTEXT_ACCESS.platform.probes). The settings are
 * read by the checks themselves, so a function deployed without them reports that check unavailable (and logs
 * why) instead of failing its other routes at cold start.
 */
export const readiness = (): Readiness => {
  let sqs: SQSClient | undefined;
  return new Readiness({
    table: async () => {
      const table = tableConfig();
      await table.client.send(new GetCommand({ TableName: table.tableName, Key: keys.health() }));
    },
    queues: async () => {
      const queueUrls = QUEUES.map((queue) => requireEnv(queueUrlEnvName(queue)));
      sqs ??= new SQSClient({ useQueueUrlAsEndpoint: false, maxAttempts: 1 });
      const client = sqs;
      await Promise.all(
        queueUrls.map((QueueUrl) =>
          client.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['ApproximateNumberOfMessages'] })),
        ),
      );
    },
  });
};
