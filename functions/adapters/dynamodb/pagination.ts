import { type DynamoDBDocumentClient, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { DomainError } from '../../../shared/errors.js';
import type { Page, PageQuery } from '../../../shared/platform/pagination.js';

const invalidCursor = () =>
  new DomainError('REQUEST.INVALID', 'The cursor is not one this list gave out.', [
    { path: 'query.cursor', message: 'is not a cursor of this list' },
  ]);

/**
 * Cursors are the query's last evaluated key, base64url-encoded. A cursor must belong to the same
 * partition as the query (`partition` names the key attribute and its value): otherwise a customer
 * could page into another tenant's partition, and DynamoDB would refuse the start key anyway.
 */
const decodeCursor = (cursor: string, partition: { attribute: string; value: string }): Record<string, unknown> => {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (
    typeof key !== 'object' ||
    key === null ||
    (key as Record<string, unknown>)[partition.attribute] !== partition.value ||
    !Object.values(key).every((value) => typeof value === 'string')
  ) {
    throw invalidCursor();
  }
  return key as Record<string, unknown>;
};

const encodeCursor = (key: Record<string, unknown> | undefined): string | undefined =>
  key ? Buffer.from(JSON.stringify(key)).toString('base64url') : undefined;

/** One page of a Query, mapped to domain objects. */
export const queryPage = async <T>(
  client: DynamoDBDocumentClient,
  input: QueryCommandInput,
  partition: { attribute: string; value: string },
  page: PageQuery,
  fromItem: (item: Record<string, unknown>) => T,
): Promise<Page<T>> => {
  const result = await client.send(
    new QueryCommand({
      ...input,
      Limit: page.limit,
      ...(page.cursor ? { ExclusiveStartKey: decodeCursor(page.cursor, partition) } : {}),
    }),
  );
  const nextCursor = encodeCursor(result.LastEvaluatedKey);
  return { items: (result.Items ?? []).map(fromItem), ...(nextCursor ? { nextCursor } : {}) };
};

/** Every item of a Query, following LastEvaluatedKey (export and purge, never a request list). */
export const queryAll = async (client: DynamoDBDocumentClient, input: QueryCommandInput) => {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const result = await client.send(new QueryCommand({ ...input, ...(start ? { ExclusiveStartKey: start } : {}) }));
    items.push(...(result.Items ?? []));
    start = result.LastEvaluatedKey;
  } while (start);
  return items;
};

/** One page of the items of partition `pk` whose sort key starts with `prefix`. */
export const queryPrefixPage = <T>(
  client: DynamoDBDocumentClient,
  query: { tableName: string; pk: string; prefix: string; newestFirst?: boolean },
  page: PageQuery,
  fromItem: (item: Record<string, unknown>) => T,
): Promise<Page<T>> =>
  queryPage(
    client,
    {
      TableName: query.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': query.pk, ':prefix': query.prefix },
      ...(query.newestFirst ? { ScanIndexForward: false } : {}),
    },
    { attribute: 'pk', value: query.pk },
    page,
    fromItem,
  );
