import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { PeriodCloseQueue } from '../../../shared/billing/invoices.js';
import { messageContextAttributes } from './message-context.js';

/** The body of a period-close message: one tenant's invoice of one period. */
export interface PeriodCloseMessage {
  periodId: string;
  tenantId: string;
}

/** One message per tenant, sent ten at a time (SQS's batch limit); a partial failure throws. */
export class SqsPeriodCloseQueue implements PeriodCloseQueue {
  constructor(
    private readonly sqs: Pick<SQSClient, 'send'>,
    private readonly queueUrl: () => string,
  ) {}

  async fanOut(periodId: string, tenantIds: string[]): Promise<void> {
    // Every tenant's message carries the close's correlation id (and its caller); the tenant is in the body.
    const attributes = messageContextAttributes();
    for (let start = 0; start < tenantIds.length; start += 10) {
      const batch = tenantIds.slice(start, start + 10);
      const result = await this.sqs.send(
        new SendMessageBatchCommand({
          QueueUrl: this.queueUrl(),
          Entries: batch.map((tenantId, index) => ({
            Id: String(index),
            MessageBody: JSON.stringify({ periodId, tenantId } satisfies PeriodCloseMessage),
            MessageAttributes: attributes,
          })),
        }),
      );
      if (result.Failed?.length) {
        throw new Error(`SQS refused ${result.Failed.length} period-close messages: ${result.Failed[0]?.Message}`);
      }
    }
  }
}
