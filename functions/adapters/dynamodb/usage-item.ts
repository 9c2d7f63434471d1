import type { UsageRecord } from '../../../shared/usage/usage-record.js';
import { keys } from './keys.js';

/**
 * A usage record's item. Its key is derived from the record's deterministic id, and it is written with
 * `attribute_not_exists`, so recording the same fact twice changes nothing.
 */
export const usagePut = (tableName: string, record: UsageRecord) => ({
  Put: {
    TableName: tableName,
    Item: {
      ...keys.usage(record.tenantId, record.occurredAt.slice(0, 7), record.occurredAt, record.id),
      entity: 'usage',
      v: 1,
      ...record,
    },
    ConditionExpression: 'attribute_not_exists(pk)',
  },
});

/** The key of a record's item. */
export const usageKey = (record: UsageRecord) =>
  keys.usage(record.tenantId, record.occurredAt.slice(0, 7), record.occurredAt, record.id);

/** The one item a record names, as a string: two records with the same item key are the same fact. */
export const usageItemKey = (record: UsageRecord): string => {
  const { pk, sk } = usageKey(record);
  return `${pk}\u0000${sk}`;
};
