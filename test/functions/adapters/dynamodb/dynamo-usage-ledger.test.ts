import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../../../functions/adapters/dynamodb/client.js';
import { DynamoUsageLedger } from '../../../../functions/adapters/dynamodb/dynamo-usage-ledger.js';
import { usagePut } from '../../../../functions/adapters/dynamodb/usage-item.js';
import type { UsageRecord } from '../../../../shared/usage/usage-record.js';
import { createTestTable, type TestTable } from '../../../support/dynamo.js';

/** The usage ledger’s append on DynamoDB Local: exact counts of what was new, replays and races included. */
let table: TestTable;
let ledger: DynamoUsageLedger;

beforeAll(async () => {
  table = await createTestTable();
  ledger = new DynamoUsageLedger(table.client, table.tableName);
});

/** `count` records of one tenant in November 2026, one minute apart, ids `<prefix>-<n>`. */
const records = (tenantId: string, prefix: string, count: number, from = 0): UsageRecord[] =>
  Array.from({ length: count }, (_, offset) => {
    const index = from + offset;
    return {
      id: `${prefix}-${index}`,
      tenantId,
      kind: 'task_runs',
      quantity: 1,
      unit: 'runs',
      occurredAt: new Date(Date.parse('2026-11-01T00:00:00.000Z') + index * 60_000).toISOString(),
      sourceId: `task-${index}`,
      unitPrice: null,
    };
  });

const ids = async (tenantId: string) => (await ledger.list(tenantId, '2026-11')).map((record) => record.id).sort();
const sortedIds = (list: UsageRecord[]) => list.map((record) => record.id).sort();

/** A client on the same table whose TransactWriteItems calls go through `intercept` (the n-th call, from 1). */
const intercepted = (
  intercept: (call: number, send: () => Promise<unknown>) => Promise<unknown>,
): { client: DynamoDBDocumentClient; calls: () => number } => {
  const client = createDocumentClient(table.endpoint);
  let calls = 0;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName !== 'TransactWriteItemsCommand') return next(args);
      calls += 1;
      return intercept(calls, () => next(args)) as ReturnType<typeof next>;
    },
    { step: 'initialize', name: 'interceptTransactions' },
  );
  return { client, calls: () => calls };
};

const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({
    message: 'Transaction cancelled',
    $metadata: {},
    CancellationReasons: codes.map((Code) => ({ Code })),
  });

describe('DynamoUsageLedger.append', () => {
  it('appends new records and counts each of them, over 100 at once', async () => {
    const fresh = records('t-many', 'run', 250);
    expect(await ledger.append(fresh)).toEqual({ appended: 250 });
    expect(await ids('t-many')).toEqual(sortedIds(fresh));
  });

  it('appends nothing and counts nothing when nothing is given', async () => {
    expect(await ledger.append([])).toEqual({ appended: 0 });
  });

  it('counts a record given twice in one call once, also when the copies fall into different transactions', async () => {
    const fresh = records('t-dup', 'run', 150);
    const first = fresh[0] as UsageRecord;
    const last = fresh[149] as UsageRecord;
    expect(await ledger.append([first, ...fresh, last, first])).toEqual({ appended: 150 });
    expect(await ids('t-dup')).toEqual(sortedIds(fresh));
  });

  it('appends nothing on a replay of a whole batch, and leaves the records as they were', async () => {
    const fresh = records('t-replay', 'run', 120);
    await ledger.append(fresh);
    const altered = fresh.map((record) => ({ ...record, quantity: 99 }));
    expect(await ledger.append(altered)).toEqual({ appended: 0 });
    const stored = await ledger.list('t-replay', '2026-11');
    expect(stored).toHaveLength(120);
    expect(stored.every((record) => record.quantity === 1)).toBe(true);
  });

  it('reads the keys of the batches after a replay is met instead of sending a transaction that fails', async () => {
    const all = records('t-reads', 'run', 300);
    await ledger.append(all.slice(0, 200));
    const { client, calls } = intercepted((_, send) => send());
    // One at a time: the first transaction meets the replay, the second batch is read (all known, no transaction),
    // the third is read and its new records are appended.
    expect(await new DynamoUsageLedger(client, table.tableName, 1).append(all)).toEqual({ appended: 100 });
    expect(calls()).toBe(2);
    expect(await ids('t-reads')).toEqual(sortedIds(all));
    client.destroy();
  });

  it('counts exactly the new half of a partial replay, known and new records interleaved', async () => {
    const all = records('t-partial', 'run', 240);
    const known = all.filter((_, index) => index % 2 === 0);
    expect(await ledger.append(known)).toEqual({ appended: 120 });
    expect(await ledger.append(all)).toEqual({ appended: 120 });
    expect(await ids('t-partial')).toEqual(sortedIds(all));
  });

  it('writes the other records of a transaction when one of them exists already', async () => {
    const batch = records('t-one', 'run', 100);
    const existing = batch[57] as UsageRecord;
    await table.client.send(new PutCommand(usagePut(table.tableName, { ...existing, quantity: 7 }).Put));
    expect(await ledger.append(batch)).toEqual({ appended: 99 });
    const stored = await ledger.list('t-one', '2026-11');
    expect(sortedIds(stored)).toEqual(sortedIds(batch));
    expect(stored.find((record) => record.id === existing.id)?.quantity).toBe(7);
  });

  it('counts each record once in total when two callers append overlapping records at the same time', async () => {
    for (const round of [1, 2, 3]) {
      const tenant = `t-race-${round}`;
      const all = records(tenant, 'run', 300);
      const one = all.slice(0, 220);
      const other = [...all.slice(80)].reverse();
      const [a, b] = await Promise.all([
        new DynamoUsageLedger(table.client, table.tableName).append(one),
        new DynamoUsageLedger(table.client, table.tableName).append(other),
      ]);
      expect(a.appended + b.appended).toBe(300);
      expect(await ids(tenant)).toEqual(sortedIds(all));
      expect(await ledger.append(all)).toEqual({ appended: 0 });
    }
  });

  it('counts a transaction once when its answer was lost and it is sent again', async () => {
    const { client, calls } = intercepted(async (call, send) => {
      const result = await send();
      if (call === 1) throw Object.assign(new Error('answer lost'), { name: 'TimeoutError' });
      return result;
    });
    const batch = records('t-lost', 'run', 60);
    expect(await new DynamoUsageLedger(client, table.tableName).append(batch)).toEqual({ appended: 60 });
    expect(calls()).toBe(2);
    expect(await ids('t-lost')).toEqual(sortedIds(batch));
    client.destroy();
  });

  it('sends a transaction cancelled for a conflict again and counts it once', async () => {
    const batch = records('t-conflict', 'run', 3);
    const { client, calls } = intercepted(async (call, send) => {
      if (call === 1) throw cancelled('None', 'TransactionConflict', 'None');
      return send();
    });
    expect(await new DynamoUsageLedger(client, table.tableName).append(batch)).toEqual({ appended: 3 });
    expect(calls()).toBe(2);
    client.destroy();
  });

  it('fails the call on any other error, keeping what earlier transactions appended', async () => {
    const batch = records('t-fail', 'run', 150);
    const { client } = intercepted(async (call, send) => {
      if (call === 2) throw Object.assign(new Error('access denied'), { name: 'AccessDeniedException' });
      return send();
    });
    await expect(new DynamoUsageLedger(client, table.tableName, 1).append(batch)).rejects.toThrow('access denied');
    expect(await ids('t-fail')).toEqual(sortedIds(batch.slice(0, 100)));
    // Appending again is safe and counts the rest.
    expect(await ledger.append(batch)).toEqual({ appended: 50 });
    client.destroy();
  });
});
