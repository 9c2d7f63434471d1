import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type {
  IdempotencyClaim,
  IdempotencyRecord,
  IdempotencyScope,
  IdempotencyStore,
} from '../../http/idempotency.js';
import { keys } from './keys.js';
import type { TenantScopedDocumentClient } from './tenant-scoped-client.js';
import { runFenced } from './write-fence.js';

const epochSeconds = (at: Date) => Math.floor(at.getTime() / 1000);

type StoredItem = Record<string, { S?: string; N?: string }>;

const recordOf = (item: StoredItem): IdempotencyRecord => {
  const fingerprint = item.fingerprint?.S ?? '';
  switch (item.state?.S) {
    case 'done':
      return { state: 'done', fingerprint, response: JSON.parse(item.response?.S ?? '{}') };
    case 'committed':
      return { state: 'committed', fingerprint };
    default:
      // Records written before leases existed hold their key for a lease from now on.
      return { state: 'in_progress', fingerprint, leaseUntil: new Date(Number(item.leaseUntil?.N ?? 0)) };
  }
};

/**
 * Idempotency records live beside the tenant's data and expire by TTL after a day. Every time compared is the
 * caller's clock (the stack's, which `CLOCK_START` moves), never the machine's. The client must be the table
 * client (TenantScopedDocumentClient): it is what adds the claim's fence to the effect's transactions.
 */
export class DynamoIdempotencyStore implements IdempotencyStore {
  constructor(
    private readonly client: TenantScopedDocumentClient,
    private readonly tableName: string,
  ) {}

  async claim(scope: IdempotencyScope, claim: IdempotencyClaim): Promise<IdempotencyRecord | null> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...keys.idempotency(scope),
            entity: 'idempotency',
            v: 2,
            state: 'in_progress',
            fingerprint: claim.fingerprint,
            token: claim.token,
            claimedAt: claim.now.toISOString(),
            leaseUntil: claim.leaseUntil.getTime(),
            expiresAt: epochSeconds(claim.expiresAt),
          },
          // Free: never used, expired (TTL deletion is lazy), or the same request's claim whose lease ran out.
          ConditionExpression:
            'attribute_not_exists(pk) OR expiresAt < :nowSeconds OR (#state = :inProgress AND fingerprint = :fingerprint AND (attribute_not_exists(leaseUntil) OR leaseUntil < :nowMs))',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: {
            ':nowSeconds': epochSeconds(claim.now),
            ':nowMs': claim.now.getTime(),
            ':inProgress': 'in_progress',
            ':fingerprint': claim.fingerprint,
          },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return null;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException && error.Item) return recordOf(error.Item as StoredItem);
      throw error;
    }
  }

  fenced<T>(scope: IdempotencyScope, token: string, run: () => Promise<T>): Promise<T> {
    return runFenced({ tableName: this.tableName, key: keys.idempotency(scope), token }, run);
  }

  async complete(scope: IdempotencyScope, token: string, response: APIGatewayProxyStructuredResultV2) {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.idempotency(scope),
        UpdateExpression: 'SET #state = :done, #response = :response REMOVE leaseUntil',
        ConditionExpression: '#token = :token',
        ExpressionAttributeNames: { '#state': 'state', '#response': 'response', '#token': 'token' },
        ExpressionAttributeValues: {
          ':done': 'done',
          ':token': token,
          ':response': JSON.stringify({
            statusCode: response.statusCode,
            headers: response.headers ?? {},
            body: response.body ?? '',
          }),
        },
      }),
    );
  }

  async release(scope: IdempotencyScope, token: string, options: { committedToo?: boolean } = {}) {
    try {
      await this.client.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: keys.idempotency(scope),
          // Unless told otherwise, a committed effect keeps its record: its retries must learn that it happened.
          ...(options.committedToo
            ? {
                ConditionExpression: '#token = :token',
                ExpressionAttributeNames: { '#token': 'token' },
                ExpressionAttributeValues: { ':token': token },
              }
            : {
                ConditionExpression: '#token = :token AND #state = :inProgress',
                ExpressionAttributeNames: { '#token': 'token', '#state': 'state' },
                ExpressionAttributeValues: { ':token': token, ':inProgress': 'in_progress' },
              }),
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }
}
