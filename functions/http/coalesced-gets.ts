import { type DynamoDBDocumentClient, GetCommand, type GetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { BATCH_GET_MAX_KEYS, batchGetAll } from '../adapters/dynamodb/batch-get.js';

interface PendingGet {
  table: string;
  consistent: boolean;
  key: Record<string, unknown>;
  resolve: (output: Pick<GetCommandOutput, 'Item'>) => void;
  reject: (error: unknown) => void;
}

const keyId = (key: Record<string, unknown>) =>
  JSON.stringify(
    Object.keys(key)
      .sort()
      .map((name) => [name, key[name]]),
  );

const matches = (item: Record<string, unknown>, key: Record<string, unknown>) =>
  Object.entries(key).every(([name, value]) => item[name] === value);

/**
 * A client whose plain `GetCommand`s (no projection, no expression names) sent in one turn of the event loop go out
 * as one `BatchGetItem` per table and consistency (100 keys at most each, unprocessed keys asked for again), each
 * caller still receiving `{ Item }` as from its own GetItem: a read path that looks items up one by one (the usage
 * page naming each record's booking, task or monitor) pays one round trip instead of one per item. Every other
 * command, and a lone get, goes through unchanged. Meant for one request: make one per request, never share it
 * between requests (their scopes and credentials differ).
 */
export const coalesceGets = <C extends DynamoDBDocumentClient>(client: C): C => {
  let pending: PendingGet[] = [];
  const passOn = client.send.bind(client) as (...args: unknown[]) => Promise<unknown>;

  const sendBatch = async (table: string, consistent: boolean, gets: PendingGet[]) => {
    const keys = new Map<string, Record<string, unknown>>();
    for (const get of gets) keys.set(keyId(get.key), get.key);
    const items = await batchGetAll(client, table, [...keys.values()], { consistent });
    for (const get of gets) get.resolve({ Item: items.find((item) => matches(item, get.key)) });
  };

  const flush = () => {
    const gets = pending;
    pending = [];
    const groups = new Map<string, PendingGet[]>();
    for (const get of gets) {
      const group = `${get.consistent}|${get.table}`;
      groups.set(group, [...(groups.get(group) ?? []), get]);
    }
    for (const group of groups.values()) {
      const first = group[0] as PendingGet;
      if (group.length === 1) {
        client
          .send(new GetCommand({ TableName: first.table, Key: first.key, ConsistentRead: first.consistent }))
          .then((output: GetCommandOutput) => first.resolve(output), first.reject);
        continue;
      }
      for (let at = 0; at < group.length; at += BATCH_GET_MAX_KEYS) {
        const chunk = group.slice(at, at + BATCH_GET_MAX_KEYS);
        sendBatch(first.table, first.consistent, chunk).catch((error: unknown) => {
          for (const get of chunk) get.reject(error);
        });
      }
    }
  };

  const send = (command: unknown, ...rest: unknown[]) => {
    if (
      !(command instanceof GetCommand) ||
      rest.length > 0 ||
      command.input.ProjectionExpression !== undefined ||
      command.input.ExpressionAttributeNames !== undefined ||
      command.input.ReturnConsumedCapacity !== undefined ||
      !command.input.TableName ||
      !command.input.Key
    ) {
      return passOn(command, ...rest);
    }
    const { TableName: table, Key: key, ConsistentRead } = command.input;
    return new Promise<Pick<GetCommandOutput, 'Item'>>((resolve, reject) => {
      // After every microtask of this turn: the lookups a `Promise.all` starts through awaits are all queued.
      if (pending.length === 0) setImmediate(flush);
      pending.push({ table, consistent: ConsistentRead === true, key, resolve, reject });
    });
  };

  return new Proxy(client, {
    get: (target, property) => {
      if (property === 'send') return send;
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
};
