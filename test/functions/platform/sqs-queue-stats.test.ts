import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadLetterQueueUrl, SqsQueueStats } from '../../../functions/adapters/sqs/sqs-queue-stats.js';
import { LOCAL_AWS, type LocalQueues, startLocalQueues } from '../../../scripts/local-stack/engines.js';

let queues: LocalQueues;
let sqs: SQSClient;
beforeAll(async () => {
  queues = await startLocalQueues();
  sqs = new SQSClient({ ...LOCAL_AWS, endpoint: queues.endpoint, useQueueUrlAsEndpoint: false });
});
afterAll(async () => {
  sqs.destroy();
  await queues.stop();
});

describe('SqsQueueStats (fauxqs, queues created as the local stack creates them)', () => {
  it('counts visible and in-flight messages of a queue and the visible ones of its dead-letter queue', async () => {
    const urls = queues.urls.get('period-close');
    if (!urls) throw new Error('no period-close queue');
    for (const body of ['a', 'b']) await sqs.send(new SendMessageCommand({ QueueUrl: urls.url, MessageBody: body }));
    await sqs.send(new SendMessageCommand({ QueueUrl: urls.dlqUrl, MessageBody: 'dead' }));
    const stats = new SqsQueueStats(sqs, (id) => queues.urls.get(id)?.url ?? '');
    expect(await stats.stats('period-close')).toEqual({
      visible: 2,
      inFlight: 0,
      oldestAgeSeconds: null,
      deadLetterVisible: 1,
    });
    // The dead-letter URL is found once (redrive policy) and reused.
    expect(await stats.stats('period-close')).toMatchObject({ deadLetterVisible: 1 });
    expect(await stats.stats('task-dispatch')).toEqual({
      visible: 0,
      inFlight: 0,
      oldestAgeSeconds: null,
      deadLetterVisible: 0,
    });
  });

  it('derives the dead-letter URL from the redrive policy’s ARN, and refuses a queue without one', () => {
    const policy = JSON.stringify({
      deadLetterTargetArn: 'arn:aws:sqs:eu-central-1:123456789012:Opsdesk-Stateful-taskdispatchdlq-AbC.fifo',
      maxReceiveCount: 3,
    });
    expect(
      deadLetterQueueUrl(
        'https://sqs.eu-central-1.amazonaws.com/123456789012/Opsdesk-Stateful-taskdispatch-XyZ.fifo',
        policy,
      ),
    ).toBe('https://sqs.eu-central-1.amazonaws.com/123456789012/Opsdesk-Stateful-taskdispatchdlq-AbC.fifo');
    expect(() => deadLetterQueueUrl('https://sqs.example/1/q', undefined)).toThrow(/no dead-letter queue/);
  });
});
