import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { CheckResult, Rollup } from '../../../shared/monitoring/model.js';
import type { CheckResultStore } from '../../../shared/monitoring/ports.js';
import { keys } from './keys.js';
import { histogramQuantile, RESPONSE_BUCKETS_MS, resultFromItem } from './monitoring-items.js';
import { queryAll } from './pagination.js';

const count = (value: unknown): number => (typeof value === 'number' ? value : 0);

/** A rollup item as the domain reads it: the counts, and p50/p95 from its response-time histogram. */
export const rollupFromItem = (item: Record<string, unknown>): Rollup => {
  const histogram = Array.from({ length: RESPONSE_BUCKETS_MS.length + 1 }, (_, index) => count(item[`h${index}`]));
  return {
    monitorId: String(item.monitorId),
    bucket: String(item.bucket),
    up: count(item.up),
    down: count(item.down),
    noData: count(item.noData),
    maintenance: count(item.maintenance),
    p50Ms: histogramQuantile(histogram, 0.5),
    p95Ms: histogramQuantile(histogram, 0.95),
  };
};

/**
 * Results and rollups are written by the monitor repository in the transaction of the change they cause; this
 * store reads them: the newest results of a monitor (its `RESULT#<monitorId>#` items, newest first; expired ones
 * may linger until DynamoDB's TTL removes them, so they are filtered by `expiresAt`) and a range of rollups.
 */
export class DynamoCheckResultStore implements CheckResultStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly now: () => Date,
  ) {}

  async recent(tenantId: string, monitorId: string, limit: number): Promise<CheckResult[]> {
    const { Items = [] } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        FilterExpression: 'expiresAt > :now',
        ExpressionAttributeValues: {
          ':pk': keys.tenantPartition(tenantId),
          ':prefix': keys.checkResultPrefix(monitorId),
          ':now': Math.floor(this.now().getTime() / 1000),
        },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return Items.map(resultFromItem);
  }

  async rollups(
    tenantId: string,
    monitorId: string,
    granularity: 'hour' | 'day',
    from: string,
    to: string,
  ): Promise<Rollup[]> {
    const prefix = keys.rollupPrefix(monitorId, granularity);
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: {
        ':pk': keys.tenantPartition(tenantId),
        ':from': `${prefix}${from}`,
        ':to': `${prefix}${to}`,
      },
    });
    return items.map(rollupFromItem);
  }
}
