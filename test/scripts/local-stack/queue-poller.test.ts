import { GetQueueAttributesCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stageEnvironment } from '../../../functions/config/stage.js';
import { loadStageConfig } from '../../../infra/stage-config.js';
import { LOCAL_AWS, type LocalQueues, startLocalQueues } from '../../../scripts/local-stack/engines.js';
import { NOT_READY_PAUSE_MS, startQueuePoller } from '../../../scripts/local-stack/queue-poller.js';
import { createTestTable } from '../../support/dynamo.js';

let queues: LocalQueues;
let sqs: SQSClient;
beforeAll(async () => {
  // The dispatch consumer is the real one: it reads its task from this table (there is none: it skips the message).
  await createTestTable();
  queues = await startLocalQueues();
  // The poller loads every consumer, the billing ones included: they need the stage's settings (SELLER), as in npm start.
  Object.assign(process.env, stageEnvironment(loadStageConfig('dev')), queues.env, {
    AWS_ENDPOINT_URL_SQS: queues.endpoint,
  });
  sqs = new SQSClient({ ...LOCAL_AWS, endpoint: queues.endpoint });
});
afterAll(async () => {
  sqs.destroy();
  await queues.stop();
});

const waiting = async (url: string) => {
  const { Attributes } = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: url,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
    }),
  );
  return (
    Number(Attributes?.ApproximateNumberOfMessages ?? 0) +
    Number(Attributes?.ApproximateNumberOfMessagesNotVisible ?? 0)
  );
};

describe('the local queue poller while the table does not answer', () => {
  it('receives nothing, so an outage dead-letters nothing; once the table answers, the message is consumed', async () => {
    const dispatch = queues.urls.get('task-dispatch');
    if (!dispatch) throw new Error('no task-dispatch queue');
    await sqs.send(
      new SendMessageCommand({
        QueueUrl: dispatch.url,
        MessageBody: JSON.stringify({ tenantId: 'tenant-x', taskId: 'no-such-task', round: 1 }),
        MessageGroupId: 'host-1',
        MessageDeduplicationId: 'outage-1',
      }),
    );
    let tableAnswers = false;
    const poller = startQueuePoller(
      queues.endpoint,
      queues.urls,
      () => undefined,
      async () => tableAnswers,
    );
    try {
      // Long enough for three receives and their retries, were it receiving.
      await new Promise((resolve) => setTimeout(resolve, 3 * NOT_READY_PAUSE_MS + 1_500));
      expect(await waiting(dispatch.url)).toBe(1);
      expect(await waiting(dispatch.dlqUrl)).toBe(0);

      tableAnswers = true;
      await expect.poll(() => waiting(dispatch.url), { timeout: 15_000 }).toBe(0);
      expect(await waiting(dispatch.dlqUrl)).toBe(0);
    } finally {
      await poller.stop();
    }
  });
});
