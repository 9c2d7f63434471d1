import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { UsageTotals } from '../../../shared/billing/ports.js';
import { ENTITLEMENT_KINDS, type EntitlementKind } from '../../../shared/billing/subscription.js';
import type { UsageLedger } from '../../../shared/usage/ledger.js';
import type { UsageRecord } from '../../../shared/usage/usage-record.js';
import { keys } from './keys.js';
import { queryAll } from './pagination.js';
import { usagePut } from './usage-item.js';

const usageFromItem = (item: Record<string, unknown>): UsageRecord => ({
  id: String(item.id),
  tenantId: String(item.tenantId),
  kind: item.kind as UsageRecord['kind'],
  quantity: Number(item.quantity),
  unit: item.unit as UsageRecord['unit'],
  occurredAt: String(item.occurredAt),
  sourceId: String(item.sourceId),
  unitPrice: (item.unitPrice as UsageRecord['unitPrice'] | undefined) ?? null,
  ...(typeof item.reversalOf === 'string' ? { reversalOf: item.reversalOf } : {}),
});

const APPEND_CONCURRENCY = 25;

/**
 * The usage ledger on the table: `T#<tenant>` / `USAGE#<YYYY-MM>#<occurredAt>#<id>`, put only if absent.
 * It also sums a period by kind for the subscription's entitlements (reversals subtract).
 */
export class DynamoUsageLedger implements UsageLedger, UsageTotals {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /**
   * One conditional put per record (BatchWriteItem takes no conditions), 25 at a time: a record that
   * exists already is a replay and is skipped.
   */
  async append(records: UsageRecord[]): Promise<{ appended: number }> {
    let appended = 0;
    const put = async (record: UsageRecord) => {
      try {
        await this.client.send(new PutCommand(usagePut(this.tableName, record).Put));
        appended += 1;
      } catch (error) {
        if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
      }
    };
    for (let start = 0; start < records.length; start += APPEND_CONCURRENCY) {
      await Promise.all(records.slice(start, start + APPEND_CONCURRENCY).map(put));
    }
    return { appended };
  }

  async list(tenantId: string, periodId: string): Promise<UsageRecord[]> {
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.tenantPartition(tenantId), ':prefix': keys.usagePrefix(periodId) },
    });
    return items.map(usageFromItem);
  }

  async totals(tenantId: string, periodId: string): Promise<Record<EntitlementKind, number>> {
    const totals = Object.fromEntries(ENTITLEMENT_KINDS.map((kind) => [kind, 0])) as Record<EntitlementKind, number>;
    for (const record of await this.list(tenantId, periodId)) {
      if (record.kind in totals) totals[record.kind as EntitlementKind] += record.quantity;
    }
    return totals;
  }
}
