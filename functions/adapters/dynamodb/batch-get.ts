import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** BatchGetItem's limit of keys per request. */
export const BATCH_GET_MAX_KEYS = 100;

const pause = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.min(1_000, 10 * 2 ** attempt) * (0.5 + Math.random())));

/**
 * The items of up to 100 keys of one table, in one `BatchGetItem`: keys DynamoDB leaves unprocessed (only throttling
 * does) are asked for again after a short pause that grows with each try. Items come in no particular order and a key
 * without an item has none: callers match items to keys.
 */
export const batchGetAll = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  keys: readonly object[],
  options: { consistent?: boolean; projection?: string } = {},
): Promise<Record<string, unknown>[]> => {
  if (keys.length > BATCH_GET_MAX_KEYS) throw new Error(`BatchGetItem takes at most ${BATCH_GET_MAX_KEYS} keys`);
  const items: Record<string, unknown>[] = [];
  let unread = [...keys] as Record<string, unknown>[];
  for (let attempt = 0; unread.length > 0; attempt++) {
    if (attempt > 0) await pause(attempt);
    const answer = await client.send(
      new BatchGetCommand({
        RequestItems: {
          [tableName]: {
            Keys: unread,
            ...(options.consistent ? { ConsistentRead: true } : {}),
            ...(options.projection ? { ProjectionExpression: options.projection } : {}),
          },
        },
      }),
    );
    items.push(...(answer.Responses?.[tableName] ?? []));
    unread = (answer.UnprocessedKeys?.[tableName]?.Keys ?? []) as Record<string, unknown>[];
  }
  return items;
};
