import type { SQSEvent } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Task } from '../../../shared/tasks/model.js';
import { createTestApi, type TestApi } from '../../support/api.js';

/**
 * The dispatch consumer's partial batch response: a failed message fails the later messages of its
 * host's group (order holds), and only those — other hosts' messages are dispatched.
 */
let api: TestApi;

beforeAll(async () => {
  api = await createTestApi();
});

const record = (task: Task, id: string): SQSEvent['Records'][number] => ({
  messageId: id,
  receiptHandle: id,
  body: JSON.stringify({ tenantId: task.tenantId, taskId: task.id, round: 1 }),
  attributes: {
    ApproximateReceiveCount: '1',
    SentTimestamp: '0',
    SenderId: 'test',
    ApproximateFirstReceiveTimestamp: '0',
    MessageGroupId: task.hostId ?? '',
  },
  messageAttributes: {},
  md5OfBody: '',
  eventSource: 'aws:sqs',
  eventSourceARN: 'arn:aws:sqs:eu-central-1:000000000000:opsdesk-task-dispatch.fifo',
  awsRegion: 'eu-central-1',
});

describe('task dispatch consumer', () => {
  it('fails a failed message and the rest of its host’s group, and dispatches other hosts’ tasks', async () => {
    const unreachable = await api.addHost({ tenantId: api.tenantA.id, registered: false });
    const reachable = await api.addHost({ tenantId: api.tenantA.id });
    const request = async (hostId: string): Promise<Task> =>
      (
        await api.request('POST', '/api/tasks', {
          persona: 'customer-admin-A',
          body: { typeId: 'disk-report', hostId },
        })
      ).json();
    const first = await request(unreachable.id);
    const second = await request(unreachable.id);
    const other = await request(reachable.id);

    const { handler } = await import('../../../functions/tasks/dispatch-tasks.js');
    const response = await handler({
      Records: [record(first, 'm1'), record(other, 'm2'), record(second, 'm3')],
    });
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'm1' }, { itemIdentifier: 'm3' }]);
    const reload = async (task: Task): Promise<Task> =>
      (await api.request('GET', `/api/tasks/${task.id}`, { persona: 'customer-admin-A' })).json();
    expect((await reload(first)).lastError).toMatch(/Not authorized to send commands/);
    expect((await reload(second)).dispatchAttempts).toBe(0);
    expect((await reload(other)).commandId).not.toBeNull();
  });
});
