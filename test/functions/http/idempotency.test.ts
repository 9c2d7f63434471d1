import { randomUUID } from 'node:crypto';
import { QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDynamoClient } from '../../../functions/adapters/dynamodb/client.js';
import { DynamoIdempotencyStore } from '../../../functions/adapters/dynamodb/dynamo-idempotency-store.js';
import { TenantScopedDocumentClient } from '../../../functions/adapters/dynamodb/tenant-scoped-client.js';
import {
  IDEMPOTENCY_LEASE_MS,
  IDEMPOTENCY_TTL_MS,
  type IdempotencyScope,
  runIdempotently,
} from '../../../functions/http/idempotency.js';
import { DomainError, RetryLaterError } from '../../../shared/errors.js';
import { createTestTable, type TestTable } from '../../support/dynamo.js';

let table: TestTable;
let client: TenantScopedDocumentClient;
let store: DynamoIdempotencyStore;

beforeAll(async () => {
  table = await createTestTable();
  client = TenantScopedDocumentClient.over(createDynamoClient(table.endpoint));
  store = new DynamoIdempotencyStore(client, table.tableName);
});

const NOW = new Date('2026-11-18T09:30:00.000Z');
const at = (ms: number) => new Date(NOW.getTime() + ms);

/** A request's scope under a fresh key; `effects` counts what its runs wrote (one item per effect). */
const request = () => {
  const scope: IdempotencyScope = {
    tenantId: 'tenant-1',
    owner: 'tenant-1',
    routeId: 'requestTask',
    key: randomUUID(),
  };
  const partition = `T#tenant-1#EFFECTS#${scope.key}`;
  /** The route: writes its effect in a transaction, as every idempotent use case does, and answers 202. */
  const run = async (): Promise<APIGatewayProxyStructuredResultV2> => {
    const id = randomUUID();
    await client.send(
      new TransactWriteCommand({
        TransactItems: [{ Put: { TableName: table.tableName, Item: { pk: partition, sk: id } } }],
      }),
    );
    return { statusCode: 202, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id }) };
  };
  const effects = async () =>
    (
      await table.client.send(
        new QueryCommand({
          TableName: table.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': partition },
        }),
      )
    ).Items?.length ?? 0;
  return { scope, run, effects };
};

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: unknown) => error as DomainError,
  );

describe('runIdempotently over DynamoDB', () => {
  it('answers a retry with the first response, and runs the request once', async () => {
    const { scope, run, effects } = request();
    const first = await runIdempotently(store, scope, 'fp', NOW, run);
    const again = await runIdempotently(store, scope, 'fp', at(5_000), run);
    expect(again.body).toBe(first.body);
    expect(again.headers?.['idempotent-replayed']).toBe('true');
    expect(await effects()).toBe(1);
  });

  it('a claim whose request died holds its key only for the lease: then the retry runs (nothing had been written)', async () => {
    const { scope, run, effects } = request();
    // The request claimed the key, and its process was killed before it wrote anything.
    await store.claim(scope, {
      fingerprint: 'fp',
      token: 'dead-request',
      now: NOW,
      leaseUntil: at(IDEMPOTENCY_LEASE_MS),
      expiresAt: at(IDEMPOTENCY_TTL_MS),
    });
    const during = await refusal(runIdempotently(store, scope, 'fp', at(IDEMPOTENCY_LEASE_MS - 10_000), run));
    expect(during.code).toBe('IDEMPOTENCY.IN_PROGRESS');
    expect(during).toBeInstanceOf(RetryLaterError);
    expect((during as RetryLaterError).retryAfterSeconds).toBe(10);

    const after = await runIdempotently(store, scope, 'fp', at(IDEMPOTENCY_LEASE_MS + 1), run);
    expect(after.statusCode).toBe(202);
    expect(await effects()).toBe(1);
  });

  it('a request killed after its effect committed, before its response was stored: the retry learns it happened and never runs it again', async () => {
    const { scope, run, effects } = request();
    const token = 'killed-after-commit';
    await store.claim(scope, {
      fingerprint: 'fp',
      token,
      now: NOW,
      leaseUntil: at(IDEMPOTENCY_LEASE_MS),
      expiresAt: at(IDEMPOTENCY_TTL_MS),
    });
    await store.fenced(scope, token, run); // …and the process died here, before `complete`.
    for (const when of [at(IDEMPOTENCY_LEASE_MS + 1), at(IDEMPOTENCY_TTL_MS - 1)]) {
      const retry = await refusal(runIdempotently(store, scope, 'fp', when, run));
      expect(retry.code).toBe('IDEMPOTENCY.COMMITTED');
    }
    expect(await effects()).toBe(1);
  });

  it('a request that outlived its lease cannot write after the retry that took its key over (fencing)', async () => {
    const { scope, run, effects } = request();
    const slowToken = 'slow-request';
    await store.claim(scope, {
      fingerprint: 'fp',
      token: slowToken,
      now: NOW,
      leaseUntil: at(IDEMPOTENCY_LEASE_MS),
      expiresAt: at(IDEMPOTENCY_TTL_MS),
    });
    // The table was paused; the client retried after the lease, and its retry ran.
    const retry = await runIdempotently(store, scope, 'fp', at(IDEMPOTENCY_LEASE_MS + 1), run);
    expect(retry.statusCode).toBe(202);
    // The slow request's write finally reaches the table: refused, nothing written.
    const late = await refusal(store.fenced(scope, slowToken, run));
    expect(late.code).toBe('IDEMPOTENCY.SUPERSEDED');
    expect(await effects()).toBe(1);
    // The key still answers with the retry's response.
    expect((await runIdempotently(store, scope, 'fp', at(IDEMPOTENCY_LEASE_MS + 2), run)).body).toBe(retry.body);
  });

  it('compares times on the caller’s clock: a stack clock years behind or ahead of the machine still honours keys', async () => {
    for (const clock of [new Date('2020-02-29T12:00:00Z'), new Date('2031-06-01T00:00:00Z')]) {
      const { scope, run, effects } = request();
      const first = await runIdempotently(store, scope, 'fp', clock, run);
      const second = await runIdempotently(store, scope, 'fp', new Date(clock.getTime() + 60_000), run);
      expect(second.body).toBe(first.body);
      expect(await effects()).toBe(1);
      // A day later on that clock, the key is free again.
      const nextDay = await runIdempotently(
        store,
        scope,
        'fp',
        new Date(clock.getTime() + IDEMPOTENCY_TTL_MS + 1_000),
        run,
      );
      expect(nextDay.headers?.['idempotent-replayed']).toBeUndefined();
      expect(await effects()).toBe(2);
    }
  });

  it('frees the key when the request fails without committing: the corrected retry runs at once', async () => {
    const { scope, run, effects } = request();
    const invalid = async () => {
      throw new DomainError('REQUEST.INVALID', 'no');
    };
    await expect(runIdempotently(store, scope, 'fp', NOW, invalid)).rejects.toMatchObject({ code: 'REQUEST.INVALID' });
    expect((await runIdempotently(store, scope, 'fp', at(1_000), run)).statusCode).toBe(202);
    expect(await effects()).toBe(1);
  });

  it('a use case that undid its write and said so (a DomainError) frees the key: the retry runs', async () => {
    const { scope, run, effects } = request();
    // Sign-up when Cognito fails: the tenant is written (fenced: the key is `committed`), then removed again.
    const undone = async (): Promise<APIGatewayProxyStructuredResultV2> => {
      await run();
      throw new DomainError('DEPENDENCY.UNAVAILABLE', 'The sign-in service is unavailable; nothing was saved.');
    };
    await expect(runIdempotently(store, scope, 'fp', NOW, undone)).rejects.toMatchObject({
      code: 'DEPENDENCY.UNAVAILABLE',
    });
    expect((await runIdempotently(store, scope, 'fp', at(1_000), run)).statusCode).toBe(202);
    expect(await effects()).toBe(2);
  });

  it('a failure after the effect committed that is not the use case’s verdict keeps the key: the retry learns it happened', async () => {
    const { scope, run, effects } = request();
    // The task was written, then its queue did not answer.
    const queueDown = async (): Promise<APIGatewayProxyStructuredResultV2> => {
      await run();
      throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    };
    await expect(runIdempotently(store, scope, 'fp', NOW, queueDown)).rejects.toThrow('ECONNREFUSED');
    const retry = await refusal(runIdempotently(store, scope, 'fp', at(IDEMPOTENCY_LEASE_MS + 1), run));
    expect(retry.code).toBe('IDEMPOTENCY.COMMITTED');
    expect(await effects()).toBe(1);
  });

  it('refuses the same key for another request, whatever state it is in', async () => {
    const { scope, run } = request();
    await runIdempotently(store, scope, 'fp', NOW, run);
    const reused = await refusal(runIdempotently(store, scope, 'other', at(IDEMPOTENCY_LEASE_MS + 1), run));
    expect(reused.code).toBe('IDEMPOTENCY.KEY_REUSED');
  });
});
