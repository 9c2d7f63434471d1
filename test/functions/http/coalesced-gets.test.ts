import { BatchWriteCommand, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { coalesceGets } from '../../../functions/http/coalesced-gets.js';
import { createTestTable, type TestTable } from '../../support/dynamo.js';

let table: TestTable;
const sent: string[] = [];

beforeAll(async () => {
  table = await createTestTable();
  const items = Array.from({ length: 150 }, (_, i) => ({ pk: 'TENANT#c', sk: `ITEM#${i}`, n: i }));
  for (let at = 0; at < items.length; at += 25) {
    await table.client.send(
      new BatchWriteCommand({
        RequestItems: { [table.tableName]: items.slice(at, at + 25).map((Item) => ({ PutRequest: { Item } })) },
      }),
    );
  }
  table.client.middlewareStack.add(
    (next, context) => async (args) => {
      sent.push(context.commandName as string);
      return next(args);
    },
    { step: 'initialize', name: 'recordCommands' },
  );
});

const get = (sk: string, extra: Record<string, unknown> = {}) =>
  new GetCommand({ TableName: table.tableName, Key: { pk: 'TENANT#c', sk }, ConsistentRead: true, ...extra });

describe('coalesceGets', () => {
  it('answers gets of one turn with one BatchGetItem, each caller its own item or none', async () => {
    sent.length = 0;
    const client = coalesceGets(table.client);
    const answers = await Promise.all(['ITEM#3', 'ITEM#7', 'ITEM#3', 'MISSING'].map((sk) => client.send(get(sk))));
    expect(answers.map((answer) => answer.Item?.n)).toEqual([3, 7, 3, undefined]);
    expect(sent).toEqual(['BatchGetItemCommand']);
  });

  it('splits more than 100 keys into batches of at most 100', async () => {
    sent.length = 0;
    const client = coalesceGets(table.client);
    const answers = await Promise.all(Array.from({ length: 150 }, (_, i) => client.send(get(`ITEM#${i}`))));
    expect(answers.map((answer) => answer.Item?.n)).toEqual(Array.from({ length: 150 }, (_, i) => i));
    expect(sent).toEqual(['BatchGetItemCommand', 'BatchGetItemCommand']);
  });

  it('sends a lone get, a projected get and every other command unchanged', async () => {
    sent.length = 0;
    const client = coalesceGets(table.client);
    expect((await client.send(get('ITEM#1'))).Item).toEqual({ pk: 'TENANT#c', sk: 'ITEM#1', n: 1 });
    const projected = await client.send(get('ITEM#2', { ProjectionExpression: 'n' }));
    expect(projected.Item).toEqual({ n: 2 });
    const queried = await client.send(
      new QueryCommand({
        TableName: table.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'TENANT#c' },
        Limit: 2,
      }),
    );
    expect(queried.Items).toHaveLength(2);
    expect(sent).toEqual(['GetItemCommand', 'GetItemCommand', 'QueryCommand']);
  });

  it('rejects every get of a batch that fails', async () => {
    const client = coalesceGets(table.client);
    const missingTable = (sk: string) => new GetCommand({ TableName: 'no-such-table', Key: { pk: 'TENANT#c', sk } });
    const results = await Promise.allSettled([client.send(missingTable('a')), client.send(missingTable('b'))]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
  });
});
