import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { BillingSyncMessage, BillingSyncQueue, Invoice } from '../../../shared/billing/invoices.js';
import { messageContextAttributes } from './message-context.js';

/**
 * The outbox of Stripe calls (billing-sync, FIFO): one group per invoice, so its messages are handled
 * one after another; deduplicated by the invoice's version, so the same state is sent once. The sender's request
 * context goes along as message attributes.
 */
export class SqsBillingSyncQueue implements BillingSyncQueue {
  constructor(
    private readonly sqs: Pick<SQSClient, 'send'>,
    private readonly queueUrl: () => string,
  ) {}

  async send(invoice: Pick<Invoice, 'id' | 'version'>): Promise<void> {
    await this.sqs.send(
      new SendMessageCommand({
        QueueUrl: this.queueUrl(),
        MessageBody: JSON.stringify({ invoiceId: invoice.id } satisfies BillingSyncMessage),
        MessageGroupId: invoice.id,
        MessageDeduplicationId: `${invoice.id}-${invoice.version}`,
        MessageAttributes: messageContextAttributes(),
      }),
    );
  }
}
