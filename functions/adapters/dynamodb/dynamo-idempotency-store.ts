import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, type DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { IdempotencyRecord, IdempotencyScope, IdempotencyStore } from '../../http/idempotency.js';
import { keys } from './keys.js';

/** Idempotency records live beside the tenant's data and expire by TTL after a day. */
export class DynamoIdempotencyStore implements IdempotencyStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async claim(scope: IdempotencyScope, fingerprint: string, expiresAt: Date): Promise<IdempotencyRecord | null> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...keys.idempotency(scope),
            entity: 'idempotency',
            v: 1,
            state: 'in_progress',
            fingerprint,
            expiresAt: Math.floor(expiresAt.getTime() / 1000),
          },
          // An expired record (TTL deletion is lazy) counts as absent.
          ConditionExpression: 'attribute_not_exists(pk) OR expiresAt < :now',
          ExpressionAttributeValues: { ':now': Math.floor(Date.now() / 1000) },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return null;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException && error.Item) {
        const item = error.Item as Record<string, { S?: string; N?: string }>;
        const state = item.state?.S;
        const recordFingerprint = item.fingerprint?.S ?? '';
        if (state === 'done') {
          return { state, fingerprint: recordFingerprint, response: JSON.parse(item.response?.S ?? '{}') };
        }
        return { state: 'in_progress', fingerprint: recordFingerprint };
      }
      throw error;
    }
  }

  async complete(scope: IdempotencyScope, fingerprint: string, response: APIGatewayProxyStructuredResultV2) {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.idempotency(scope),
        UpdateExpression: 'SET #state = :done, #response = :response',
        ConditionExpression: 'fingerprint = :fingerprint',
        ExpressionAttributeNames: { '#state': 'state', '#response': 'response' },
        ExpressionAttributeValues: {
          ':done': 'done',
          ':fingerprint': fingerprint,
          ':response': JSON.stringify({
            statusCode: response.statusCode,
            headers: response.headers ?? {},
            body: response.body ?? '',
          }),
        },
      }),
    );
  }

  async release(scope: IdempotencyScope) {
    await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: keys.idempotency(scope) }));
  }
}
