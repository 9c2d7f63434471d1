import { GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { QueueId } from '../../../shared/contracts/resources.js';
import type { QueueStats, QueueStatsReader } from '../../../shared/operations/snapshot.js';

const count = (attributes: Record<string, string> | undefined, name: string): number => {
  const value = Number(attributes?.[name]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`SQS reported no ${name}`);
  return value;
};

/**
 * The dead-letter queue's URL from the main queue's redrive policy: its ARN names the queue, and it lives in the
 * same account and region (the stateful stack creates both), so its URL is the main URL with the other name. No
 * `GetQueueUrl` grant and no extra setting per function.
 */
export const deadLetterQueueUrl = (queueUrl: string, redrivePolicy: string | undefined): string => {
  const arn = redrivePolicy ? (JSON.parse(redrivePolicy) as { deadLetterTargetArn?: unknown }).deadLetterTargetArn : '';
  const name = typeof arn === 'string' ? arn.split(':').at(-1) : undefined;
  if (!name) throw new Error(`The queue ${queueUrl} has no dead-letter queue`);
  return queueUrl.replace(/[^/]+$/, name);
};

/**
 * Depths by `GetQueueAttributes` (approximate, as SQS counts): visible and in-flight messages of the queue, visible
 * messages of its dead-letter queue. SQS's API has no age of the oldest message — only CloudWatch's
 * `ApproximateAgeOfOldestMessage` metric has it, and receiving a message to look would hide it from the consumer —
 * so `oldestAgeSeconds` is null here (docs/data-model.md, below the access patterns).
 */
export class SqsQueueStats implements QueueStatsReader {
  private readonly deadLetterUrls = new Map<QueueId, string>();

  constructor(
    private readonly sqs: Pick<SQSClient, 'send'>,
    private readonly queueUrl: (queueId: QueueId) => string,
  ) {}

  async stats(queueId: QueueId): Promise<QueueStats> {
    const url = this.queueUrl(queueId);
    const known = this.deadLetterUrls.get(queueId);
    const main = await this.sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: url,
        AttributeNames: [
          'ApproximateNumberOfMessages',
          'ApproximateNumberOfMessagesNotVisible',
          ...(known ? [] : (['RedrivePolicy'] as const)),
        ],
      }),
    );
    const deadLetterUrl = known ?? deadLetterQueueUrl(url, main.Attributes?.RedrivePolicy);
    this.deadLetterUrls.set(queueId, deadLetterUrl);
    const deadLetter = await this.sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: deadLetterUrl, AttributeNames: ['ApproximateNumberOfMessages'] }),
    );
    return {
      visible: count(main.Attributes, 'ApproximateNumberOfMessages'),
      inFlight: count(main.Attributes, 'ApproximateNumberOfMessagesNotVisible'),
      oldestAgeSeconds: null,
      deadLetterVisible: count(deadLetter.Attributes, 'ApproximateNumberOfMessages'),
    };
  }
}
