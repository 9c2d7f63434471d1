import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { AuditEntry } from '../../../shared/audit/audit-entry.js';
import type { ApiKeyScope } from '../../../shared/contracts/api-key-scopes.js';
import { DomainError } from '../../../shared/errors.js';
import type { ApiKeyLookup, ApiKeyRepository, StoredApiKey } from '../../../shared/tenancy/api-keys.js';
import { auditToItem } from './audit-item.js';
import { keys } from './keys.js';
import { queryAll } from './pagination.js';
import { cancellationCodes } from './transactions.js';

/** `lastUsedAt` is written at most this often per key. */
export const LAST_USED_RESOLUTION_MS = 60_000;

/** A key item as stored: the API's view, the tenant, the creator by id and the hash. */
const apiKeyToItem = (key: StoredApiKey) => ({
  ...keys.apiKey(key.tenantId, key.id),
  entity: 'api_key',
  v: 1,
  id: key.id,
  tenantId: key.tenantId,
  name: key.name,
  scopes: key.scopes,
  prefix: key.prefix,
  createdAt: key.createdAt,
  createdBy: key.createdBy.userId,
  expiresAt: key.expiresAt,
  lastUsedAt: key.lastUsedAt,
  keyHash: key.keyHash,
});

/** The stored key of an `api_key` item (the creator by id only; the use case fills in names). */
export const apiKeyFromItem = (item: Record<string, unknown>): StoredApiKey => ({
  id: String(item.id),
  tenantId: String(item.tenantId),
  name: String(item.name),
  scopes: (item.scopes as ApiKeyScope[] | undefined) ?? [],
  prefix: String(item.prefix),
  createdAt: String(item.createdAt),
  createdBy: { userId: String(item.createdBy) },
  expiresAt: (item.expiresAt as string | null | undefined) ?? null,
  lastUsedAt: (item.lastUsedAt as string | null | undefined) ?? null,
  keyHash: String(item.keyHash),
});

/**
 * API keys (issue 17): the key item in the tenant's partition (`APIKEY#<id>`, ids sort by creation time) and its
 * hash's lookup item (`P#APIKEY#<sha256>`), the only thing the authorizer can find a key by. Both are written and
 * deleted together, with the audit entry, in one transaction. The key itself is never stored.
 */
export class DynamoApiKeyRepository implements ApiKeyRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create({ key, audit }: { key: StoredApiKey; audit: AuditEntry }): Promise<void> {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: apiKeyToItem(key),
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Put: {
                TableName: this.tableName,
                Item: {
                  ...keys.apiKeyLookup(key.keyHash),
                  entity: 'api_key_lookup',
                  v: 1,
                  tenantId: key.tenantId,
                  apiKeyId: key.id,
                  createdBy: key.createdBy.userId,
                  scopes: key.scopes,
                  expiresAt: key.expiresAt,
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            { Put: { TableName: this.tableName, Item: auditToItem(audit) } },
          ],
        }),
      );
    } catch (error) {
      // 256 random bits do not collide; an id taken twice in one millisecond is the caller's retry to make.
      if (cancellationCodes(error)?.includes('ConditionalCheckFailed')) {
        throw new DomainError('STATE.CONFLICT', 'The API key could not be created: try again.');
      }
      throw error;
    }
  }

  async count(tenantId: string): Promise<number> {
    let count = 0;
    let start: Record<string, unknown> | undefined;
    do {
      const answer = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': keys.tenantPartition(tenantId), ':prefix': keys.apiKeyPrefix },
          Select: 'COUNT',
          ConsistentRead: true,
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      count += answer.Count ?? 0;
      start = answer.LastEvaluatedKey;
    } while (start);
    return count;
  }

  async list(tenantId: string): Promise<StoredApiKey[]> {
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.tenantPartition(tenantId), ':prefix': keys.apiKeyPrefix },
      ScanIndexForward: false,
      ConsistentRead: true,
    });
    return items.map(apiKeyFromItem);
  }

  async get(tenantId: string, apiKeyId: string): Promise<StoredApiKey | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: keys.apiKey(tenantId, apiKeyId), ConsistentRead: true }),
    );
    return Item ? apiKeyFromItem(Item) : null;
  }

  async revoke({ key, audit }: { key: StoredApiKey; audit: AuditEntry }): Promise<void> {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Delete: {
                TableName: this.tableName,
                Key: keys.apiKey(key.tenantId, key.id),
                ConditionExpression: 'attribute_exists(pk)',
              },
            },
            { Delete: { TableName: this.tableName, Key: keys.apiKeyLookup(key.keyHash) } },
            { Put: { TableName: this.tableName, Item: auditToItem(audit) } },
          ],
        }),
      );
    } catch (error) {
      // Revoked at the same moment by someone else: it is gone either way.
      if (cancellationCodes(error)?.[0] === 'ConditionalCheckFailed') {
        throw new DomainError('RESOURCE.NOT_FOUND', 'No such API key.');
      }
      throw error;
    }
  }

  async findByHash(keyHash: string): Promise<ApiKeyLookup | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: keys.apiKeyLookup(keyHash), ConsistentRead: true }),
    );
    if (!Item) return null;
    return {
      tenantId: String(Item.tenantId),
      apiKeyId: String(Item.apiKeyId),
      createdBy: String(Item.createdBy),
      scopes: (Item.scopes as ApiKeyScope[] | undefined) ?? [],
      expiresAt: (Item.expiresAt as string | null | undefined) ?? null,
    };
  }

  /**
   * Every call's audit entry (the issue asks for every call to be audited), and `lastUsedAt` only when the stored
   * one is a minute old: a conditional update that fails costs a write unit but changes nothing, so a script calling
   * a hundred times a minute writes the key item once. The two are separate writes, not a transaction: a lost
   * `lastUsedAt` is harmless, and a transaction would cost twice the units on every call.
   */
  async recordUse(input: { tenantId: string; apiKeyId: string; at: string; audit: AuditEntry }): Promise<void> {
    const before = new Date(Date.parse(input.at) - LAST_USED_RESOLUTION_MS).toISOString();
    await Promise.all([
      this.client.send(new PutCommand({ TableName: this.tableName, Item: auditToItem(input.audit) })),
      this.client
        .send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: keys.apiKey(input.tenantId, input.apiKeyId),
            UpdateExpression: 'SET lastUsedAt = :at',
            ConditionExpression:
              'attribute_exists(pk) AND (attribute_not_exists(lastUsedAt) OR lastUsedAt = :null OR lastUsedAt <= :before)',
            ExpressionAttributeValues: { ':at': input.at, ':null': null, ':before': before },
          }),
        )
        .catch((error: unknown) => {
          if (!(error instanceof ConditionalCheckFailedException)) throw error;
        }),
    ]);
  }
}
