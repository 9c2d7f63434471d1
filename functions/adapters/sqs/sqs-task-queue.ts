import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { TaskQueue } from '../../../shared/tasks/ports.js';
import { messageContextAttributes } from './message-context.js';

/** The body of a task-dispatch message. */
export interface TaskMessage {
  tenantId: string;
  taskId: string;
  /** How often the task had been queued when this was sent (a redrive starts a new round). */
  round?: number;
}

/**
 * The task-dispatch FIFO queue: one group per host, so a host runs one task at a time in order;
 * deduplication by task id and version (the first state is the bare task id). The sender's request context
 * (correlation id, tenant, user) goes along as message attributes.
 */
export class SqsTaskQueue implements TaskQueue {
  constructor(
    private readonly sqs: Pick<SQSClient, 'send'>,
    private readonly queueUrl: () => string,
  ) {}

  async enqueue(task: {
    tenantId: string;
    taskId: string;
    hostId: string;
    version: number;
    round: number;
  }): Promise<void> {
    await this.sqs.send(
      new SendMessageCommand({
        QueueUrl: this.queueUrl(),
        MessageBody: JSON.stringify({
          tenantId: task.tenantId,
          taskId: task.taskId,
          round: task.round,
        } satisfies TaskMessage),
        MessageGroupId: task.hostId,
        MessageDeduplicationId: task.version > 1 ? `${task.taskId}.${task.version}` : task.taskId,
        MessageAttributes: messageContextAttributes(),
      }),
    );
  }
}
