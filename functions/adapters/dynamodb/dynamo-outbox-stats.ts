import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { OutboxStatsReader } from '../../../shared/operations/snapshot.js';
import { keys } from './keys.js';

/**
 * The booking e-mails' outbox as the operations page sees it: the due part of `P#NOTIFY` (sort key `<dueAt>#<id>`,
 * so due items are the range up to now — the sender's own range, access pattern 39). Counted with `Select = COUNT`
 * (paged; nothing is returned), the oldest read with `Limit = 1`. Sent notifications are deleted, so what is due is
 * unsent.
 */
export class DynamoOutboxStats implements OutboxStatsReader {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async due(now: string): Promise<{ count: number; oldestDueAt: string | null }> {
    const range = {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND sk <= :now',
      ExpressionAttributeValues: { ':pk': keys.notificationPartition, ':now': `${now}#~` },
    };
    const countDue = async () => {
      let count = 0;
      let start: Record<string, unknown> | undefined;
      do {
        const page = await this.client.send(
          new QueryCommand({ ...range, Select: 'COUNT', ...(start ? { ExclusiveStartKey: start } : {}) }),
        );
        count += page.Count ?? 0;
        start = page.LastEvaluatedKey;
      } while (start);
      return count;
    };
    const [count, oldest] = await Promise.all([
      countDue(),
      // Explicit SPECIFIC_ATTRIBUTES: the platform function may read only these attributes of the outbox (IAM).
      this.client.send(
        new QueryCommand({ ...range, Limit: 1, Select: 'SPECIFIC_ATTRIBUTES', ProjectionExpression: 'dueAt, sk' }),
      ),
    ]);
    const first = oldest.Items?.[0];
    const dueAt = typeof first?.dueAt === 'string' ? first.dueAt : (String(first?.sk ?? '').split('#')[0] ?? '');
    return { count, oldestDueAt: first && dueAt ? dueAt : null };
  }
}
