import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { CheckJob, CheckQueue } from '../../../shared/monitoring/dispatch.js';
import { messageContextAttributes } from './message-context.js';

/** The body of a monitor-checks message: one batch of checks, run together by one checker invocation. */
export interface CheckMessage {
  jobs: CheckJob[];
}

/** SQS's limit of entries per SendMessageBatch. */
const ENTRIES_PER_CALL = 10;

/**
 * The monitor-checks queue (standard, not FIFO: order does not matter, a result's id makes a redelivery a no-op).
 * Each `send` is one message — a batch of checks for one checker invocation — sent at once: the dispatcher advances
 * the monitors only after their batch is on the queue, so nothing is buffered past the call.
 */
export class SqsCheckQueue implements CheckQueue {
  private pending: CheckMessage[] = [];

  constructor(
    private readonly sqs: Pick<SQSClient, 'send'>,
    private readonly queueUrl: () => string,
  ) {}

  async send(jobs: CheckJob[]): Promise<void> {
    if (!jobs.length) return;
    this.pending.push({ jobs });
    await this.flush();
  }

  /** Sends what is waiting; a partial failure throws (the dispatcher advances nothing it has not sent). */
  private async flush(): Promise<void> {
    const attributes = messageContextAttributes();
    while (this.pending.length) {
      const batch = this.pending.slice(0, ENTRIES_PER_CALL);
      const result = await this.sqs.send(
        new SendMessageBatchCommand({
          QueueUrl: this.queueUrl(),
          Entries: batch.map((message, index) => ({
            Id: String(index),
            MessageBody: JSON.stringify(message),
            MessageAttributes: attributes,
          })),
        }),
      );
      if (result.Failed?.length) {
        throw new Error(`SQS refused ${result.Failed.length} monitor-check messages: ${result.Failed[0]?.Message}`);
      }
      this.pending = this.pending.slice(batch.length);
    }
  }
}
