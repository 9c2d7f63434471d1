import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { BillingSyncMessage, BillingSyncQueue } from '../../../shared/billing/invoices.js';

/** The outbox of Stripe calls: one message per Opsdesk invoice and action (billing-sync queue). */
export class SqsBillingSyncQueue implements BillingSyncQueue {
  constructor(
    private readonly sqs: Pick<SQSClient, 'send'>,
    private readonly queueUrl: () => string,
  ) {}

  async send(message: BillingSyncMessage): Promise<void> {
    await this.sqs.send(
      new SendMessageCommand({
        QueueUrl: this.queueUrl(),
        MessageBody: JSON.stringify({
          invoiceId: message.invoiceId,
          action: message.action,
        } satisfies BillingSyncMessage),
      }),
    );
  }
}
