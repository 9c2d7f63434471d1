import { DeleteMessageCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqsTaskQueue } from '../../../../functions/adapters/sqs/sqs-task-queue.js';
import { LOCAL_AWS, type LocalQueues, startLocalQueues } from '../../../../scripts/local-stack/engines.js';

let queues: LocalQueues;
let sqs: SQSClient;
let url: string;

beforeAll(async () => {
  queues = await startLocalQueues();
  sqs = new SQSClient({ ...LOCAL_AWS, endpoint: queues.endpoint });
  url = queues.urls.get('task-dispatch')?.url ?? '';
});
afterAll(async () => {
  sqs.destroy();
  await queues.stop();
});

const receive = async () => {
  const { Messages = [] } = await sqs.send(
    new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, MessageSystemAttributeNames: ['All'] }),
  );
  return Messages;
};

describe('task-dispatch FIFO queue (fauxqs)', () => {
  it('delivers each host’s tasks in order, one in flight per host, and drops a repeated task id', async () => {
    const queue = new SqsTaskQueue(sqs, () => url);
    for (const [taskId, hostId] of [
      ['a1', 'mi-0000000000000000a'],
      ['b1', 'mi-0000000000000000b'],
      ['a2', 'mi-0000000000000000a'],
      ['a3', 'mi-0000000000000000a'],
      ['b2', 'mi-0000000000000000b'],
      ['a2', 'mi-0000000000000000a'], // the same task enqueued again (e.g. a retried request)
    ] as const) {
      await queue.enqueue({ tenantId: 'tenant-a', taskId, hostId, version: 1, round: 1 });
    }
    const seen: string[][] = [];
    for (let round = 0; round < 10; round++) {
      const messages = await receive();
      if (!messages.length) break;
      // Never two messages of one host at a time.
      const groups = messages.map((message) => message.Attributes?.MessageGroupId);
      expect(new Set(groups).size).toBe(groups.length);
      seen.push(messages.map((message) => (JSON.parse(message.Body ?? '{}') as { taskId: string }).taskId));
      for (const message of messages) {
        await sqs.send(new DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: message.ReceiptHandle }));
      }
    }
    const flat = seen.flat();
    expect(flat.filter((id) => id.startsWith('a'))).toEqual(['a1', 'a2', 'a3']);
    expect(flat.filter((id) => id.startsWith('b'))).toEqual(['b1', 'b2']);
  });

  it('a changed task (new version) is a new message: the same task id is delivered again', async () => {
    const queue = new SqsTaskQueue(sqs, () => url);
    await queue.enqueue({ tenantId: 'tenant-a', taskId: 'r1', hostId: 'mi-0000000000000000c', version: 1, round: 1 });
    await queue.enqueue({ tenantId: 'tenant-a', taskId: 'r1', hostId: 'mi-0000000000000000c', version: 2, round: 1 });
    const ids: string[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      for (const message of await receive()) {
        ids.push(message.Attributes?.MessageDeduplicationId ?? '');
        await sqs.send(new DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: message.ReceiptHandle }));
      }
    }
    expect(ids).toEqual(['r1', 'r1.2']);
  });
});
