import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { UsageTotals } from '../../../shared/billing/ports.js';
import { ENTITLEMENT_KINDS, type EntitlementKind } from '../../../shared/billing/subscription.js';
import { keys } from './keys.js';
import { queryAll } from './pagination.js';

/**
 * Sums the usage records of a period by kind. The records are written by the usage ledger (issue 6)
 * and the capabilities that feed it; until they exist every total is zero — truthfully.
 */
export class DynamoUsageTotals implements UsageTotals {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async totals(tenantId: string, periodId: string) {
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.tenantPartition(tenantId), ':prefix': keys.usagePrefix(periodId) },
      ProjectionExpression: '#kind, quantity',
      ExpressionAttributeNames: { '#kind': 'kind' },
    });
    const totals = Object.fromEntries(ENTITLEMENT_KINDS.map((kind) => [kind, 0])) as Record<EntitlementKind, number>;
    for (const item of items) {
      const kind = item.kind as EntitlementKind;
      if (kind in totals) totals[kind] += Number(item.quantity ?? 0);
    }
    return totals;
  }
}
