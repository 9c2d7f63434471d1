import { DeleteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoRateLimiter } from '../../../../functions/adapters/dynamodb/dynamo-rate-limiter.js';
import { DynamoTenantRepository } from '../../../../functions/adapters/dynamodb/dynamo-tenant-repository.js';
import { gcra, type RateBucket, type RateLimit } from '../../../../shared/platform/rate-limits.js';
import { createTestTable, type TestTable } from '../../../support/dynamo.js';

/** GCRA buckets on DynamoDB Local, on a clock the test moves. */
let table: TestTable;
let limiter: DynamoRateLimiter;
let now = Date.parse('2026-03-02T09:00:00Z');
const clock = { now: () => new Date(now) };

beforeAll(async () => {
  table = await createTestTable();
  limiter = new DynamoRateLimiter(table.client, table.tableName, clock);
});

let buckets = 0;
const tenantBucket = (): RateBucket => ({ owner: { kind: 'tenant', tenantId: `t-${++buckets}` }, name: 'writes' });
const tenMinute: RateLimit = { perMinute: 60, burst: 10 };

describe('DynamoRateLimiter', () => {
  it('lets the burst through, refuses the next with the exact wait, and refills one token per interval', async () => {
    const bucket = tenantBucket();
    for (let i = 0; i < 10; i++) expect((await limiter.take(bucket, tenMinute)).allowed).toBe(true);
    expect(await limiter.take(bucket, tenMinute)).toEqual({ allowed: false, tat: now + 10_000, retryAfterMs: 1_000 });

    now += 999;
    expect(await limiter.take(bucket, tenMinute)).toMatchObject({ allowed: false, retryAfterMs: 1 });
    now += 1;
    expect((await limiter.take(bucket, tenMinute)).allowed).toBe(true);
    expect((await limiter.take(bucket, tenMinute)).allowed).toBe(false);

    now += 3_500;
    const passed = [];
    for (let i = 0; i < 5; i++) passed.push((await limiter.take(bucket, tenMinute)).allowed);
    expect(passed).toEqual([true, true, true, false, false]);
  });

  it('decides as the pure algorithm does, request by request, rested or busy', async () => {
    const bucket = tenantBucket();
    const limit: RateLimit = { perMinute: 120, burst: 3 };
    let tat: number | null = null;
    // A fixed, irregular sequence: bursts, pauses shorter and longer than the interval, long rests.
    const gaps = [0, 0, 0, 0, 100, 400, 499, 501, 0, 0, 2_000, 0, 0, 0, 0, 250, 250, 250, 250, 10_000, 1, 1, 1, 1];
    for (const gap of gaps) {
      now += gap;
      const expected = gcra(tat, now, limit);
      tat = expected.tat;
      expect(await limiter.take(bucket, limit)).toEqual(expected);
    }
  });

  it('lets exactly the burst of 40 concurrent requests through', async () => {
    const bucket = tenantBucket();
    const decisions = await Promise.all(Array.from({ length: 40 }, () => limiter.take(bucket, tenMinute)));
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(10);
    expect(decisions.filter((decision) => !decision.allowed).every((d) => d.retryAfterMs > 0)).toBe(true);
  });

  it('lets exactly the burst through when the bucket is busy and 40 arrive at once', async () => {
    const bucket = tenantBucket();
    for (let i = 0; i < 5; i++) await limiter.take(bucket, tenMinute);
    now += 2_000;
    // Seven tokens: the five left plus two refilled.
    const decisions = await Promise.all(Array.from({ length: 40 }, () => limiter.take(bucket, tenMinute)));
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(7);
  });

  it('keeps one item per bucket under its owner: tenant-owned for customers, provider-owned otherwise, with a TTL', async () => {
    const customer = tenantBucket();
    const staff: RateBucket = { owner: { kind: 'staff', userId: 'u-1' }, name: 'writes' };
    const address: RateBucket = { owner: { kind: 'ip', ip: '198.51.100.7' }, name: 'anonymousWrites' };
    for (const bucket of [customer, staff, address]) await limiter.take(bucket, tenMinute);
    const item = async (pk: string, sk: string) =>
      (await table.client.send(new GetCommand({ TableName: table.tableName, Key: { pk, sk } }))).Item;

    const tenantId = customer.owner.kind === 'tenant' ? customer.owner.tenantId : '';
    expect(await item(`T#${tenantId}`, 'RATE#writes')).toEqual({
      pk: `T#${tenantId}`,
      sk: 'RATE#writes',
      entity: 'rate_bucket',
      v: 1,
      tat: now + 1_000,
      // The latest instant any stored tat can mean anything: burst × interval from now.
      expiresAt: Math.ceil((now + 10_000) / 1000),
    });
    expect(await item('P#RATE#user#u-1', 'RATE#writes')).toMatchObject({ tat: now + 1_000 });
    expect(await item('P#RATE#ip#198.51.100.7', 'RATE#anonymousWrites')).toMatchObject({ tat: now + 1_000 });
  });

  it('is left out of the tenant’s data export, like idempotency records', async () => {
    const bucket = tenantBucket();
    await limiter.take(bucket, tenMinute);
    const tenantId = bucket.owner.kind === 'tenant' ? bucket.owner.tenantId : '';
    const exported = await new DynamoTenantRepository(table.client, table.tableName).exportTenantData(tenantId);
    expect((await table.items()).filter((item) => item.pk === `T#${tenantId}`)).toHaveLength(1);
    expect(exported).toEqual({});
  });

  it('starts afresh when TTL has deleted a bucket', async () => {
    const bucket = tenantBucket();
    for (let i = 0; i < 11; i++) await limiter.take(bucket, tenMinute);
    const tenantId = bucket.owner.kind === 'tenant' ? bucket.owner.tenantId : '';
    await table.client.send(
      new DeleteCommand({ TableName: table.tableName, Key: { pk: `T#${tenantId}`, sk: 'RATE#writes' } }),
    );
    expect((await limiter.take(bucket, tenMinute)).allowed).toBe(true);
  });
});
