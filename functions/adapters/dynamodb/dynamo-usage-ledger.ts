import { randomUUID } from 'node:crypto';
import { type DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { UsageTotals } from '../../../shared/billing/ports.js';
import { ENTITLEMENT_KINDS, type EntitlementKind } from '../../../shared/billing/subscription.js';
import type { UsageLedger } from '../../../shared/usage/ledger.js';
import type { UsageRecord } from '../../../shared/usage/usage-record.js';
import { batchGetAll } from './batch-get.js';
import { keys } from './keys.js';
import { queryAll } from './pagination.js';
import { cancellationCodes } from './transactions.js';
import { usageItemKey, usageKey, usagePut } from './usage-item.js';

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

/** TransactWriteItems takes at most 100 actions: one call appends up to 100 records. */
const TRANSACTION_RECORDS = 100;
/**
 * Transactions of one call in flight at once. Measured on DynamoDB Local (scripts/bench/billing.ts): 2 overlap
 * the round trips; at 4 and 8 the transactions queue behind each other in the engine and ingest gets slower.
 */
const IN_FLIGHT = 2;
/** Attempts of one transaction in a row that make no progress (a conflict, a throttle) before the call fails. */
const STALLED_ATTEMPTS = 8;

/** Cancellation codes that say nothing about the data: the transaction wrote nothing and may run again. */
const TRANSIENT_CODES = new Set([
  'TransactionConflict',
  'ThrottlingError',
  'ProvisionedThroughputExceeded',
  'RequestLimitExceeded',
]);
/** Errors of the whole call after which the same transaction (same token) may be sent again. */
const TRANSIENT_ERRORS = new Set([
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'TransactionInProgressException',
  'InternalServerError',
  'TimeoutError',
]);

const backoff = (stalled: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.min(1_000, 10 * 2 ** stalled) * (0.5 + Math.random())));

/** Runs `work` over `items` with at most `limit` in flight; the first failure fails the whole and starts no more. */
const eachInFlight = async <T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> => {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const item = items[next++] as T;
      try {
        await work(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
};

/**
 * The usage ledger on the table: `T#<tenant>` / `USAGE#<YYYY-MM>#<occurredAt>#<id>`, put only if absent.
 * It also sums a period by kind for the subscription's entitlements (reversals subtract).
 */
export class DynamoUsageLedger implements UsageLedger, UsageTotals {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    /** Transactions of one call in flight at once (the bench compares settings). */
    private readonly inFlight = IN_FLIGHT,
  ) {}

  /**
   * Conditional puts (`attribute_not_exists`) in transactions of up to 100 records, a few in flight.
   * BatchWriteItem takes no conditions and cannot tell a new item from a replaced one, so it cannot count.
   * A transaction is all or nothing, and when DynamoDB cancels it, it says per record why:
   * `ConditionalCheckFailed` is a record that exists already (a replay: not appended, dropped); the others
   * wrote nothing and are sent again. So a record is counted by the one transaction that created it only —
   * exact also when two callers append the same records at once. Records naming one item twice in a call
   * count once. Each transaction carries a ClientRequestToken, kept while it is resent after a transient
   * error: a transaction whose answer was lost is acknowledged when resent, not refused as a replay.
   * When the call fails, what it appended before stays (appending again is safe, and counts the rest).
   */
  async append(records: UsageRecord[]): Promise<{ appended: number }> {
    const unique = [...new Map(records.map((record) => [usageItemKey(record), record])).values()];
    const batches: UsageRecord[][] = [];
    for (let start = 0; start < unique.length; start += TRANSACTION_RECORDS) {
      batches.push(unique.slice(start, start + TRANSACTION_RECORDS));
    }
    let appended = 0;
    // Replays come whole (a redelivered message, a rerun job): once one transaction met records that exist, the
    // call reads the keys of each further batch first (BatchGetItem, consistent) and transacts only the absent ones
    // — a read is cheaper than a cancelled transaction, and the conditional puts keep the count exact.
    let replaying = false;
    await eachInFlight(batches, this.inFlight, async (batch) => {
      const fresh = replaying ? await this.absent(batch) : batch;
      const { written, replayed } = await this.appendBatch(fresh);
      if (replayed) replaying = true;
      // Not `appended += await …`: that reads `appended` before the await and loses the other batches' counts.
      appended += written;
    });
    return { appended };
  }

  /** One transaction of up to 100 records, sent until each record is written by it or known to exist. */
  private async appendBatch(records: UsageRecord[]): Promise<{ written: number; replayed: boolean }> {
    let pending = records;
    let replayed = false;
    let token = randomUUID();
    let stalled = 0;
    while (pending.length > 0) {
      try {
        await this.client.send(
          new TransactWriteCommand({
            ClientRequestToken: token,
            TransactItems: pending.map((record) => usagePut(this.tableName, record)),
          }),
        );
        return { written: pending.length, replayed };
      } catch (error) {
        const codes = cancellationCodes(error);
        if (codes === null) {
          if (!TRANSIENT_ERRORS.has((error as Error).name)) throw error;
        } else {
          const fatal = codes.some(
            (code) => code !== 'None' && code !== 'ConditionalCheckFailed' && !TRANSIENT_CODES.has(code ?? ''),
          );
          if (fatal) throw error;
          // Cancelled: nothing was written. Another set of records is another transaction, with its own token.
          token = randomUUID();
          const remaining = pending.filter((_, index) => codes[index] !== 'ConditionalCheckFailed');
          if (remaining.length < pending.length) {
            pending = remaining;
            replayed = true;
            stalled = 0;
            continue;
          }
        }
        stalled += 1;
        if (stalled >= STALLED_ATTEMPTS) throw error;
        await backoff(stalled);
      }
    }
    return { written: 0, replayed };
  }

  /** The records of a batch (at most 100) whose items do not exist, by a consistent BatchGetItem of the keys. */
  private async absent(records: UsageRecord[]): Promise<UsageRecord[]> {
    const found = await batchGetAll(
      this.client,
      this.tableName,
      records.map((record) => ({ ...usageKey(record) })),
      { consistent: true, projection: 'pk, sk' },
    );
    const present = new Set(found.map((item) => `${item.pk}\u0000${item.sk}`));
    return records.filter((record) => !present.has(usageItemKey(record)));
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
