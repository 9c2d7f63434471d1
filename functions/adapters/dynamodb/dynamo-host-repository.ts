import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { AuditEntry } from '../../../shared/audit/audit-entry.js';
import type { ActivationRecord, Host, MaintenanceWindow } from '../../../shared/tasks/model.js';
import type {
  ActivationRepository,
  HostLocks,
  HostRepository,
  TaskSettingsRepository,
} from '../../../shared/tasks/ports.js';
import { auditToItem } from './audit-item.js';
import { keys } from './keys.js';
import { queryAll } from './pagination.js';

/** Every field of a host, once: a field added to the schema but not here is a type error. */
const HOST_FIELD_SET: Record<keyof Host, true> = {
  id: true,
  tenantId: true,
  name: true,
  platform: true,
  agentVersion: true,
  pingStatus: true,
  lastSeenAt: true,
  registeredAt: true,
  ipAddress: true,
  syncedAt: true,
};
const HOST_FIELDS = Object.keys(HOST_FIELD_SET) as (keyof Host)[];

const hostFromItem = (item: Record<string, unknown>): Host =>
  Object.fromEntries(HOST_FIELDS.map((field) => [field, item[field] ?? null])) as Host;

/** The host inventory: one item per managed node in the tenant's partition; the count on the tenant item. */
export class DynamoHostRepository implements HostRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async list(tenantId: string): Promise<Host[]> {
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.tenantPartition(tenantId), ':prefix': keys.hostPrefix },
    });
    return items.map(hostFromItem).sort((a, b) => a.name.localeCompare(b.name));
  }

  async get(tenantId: string, hostId: string): Promise<Host | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: keys.host(tenantId, hostId) }),
    );
    return Item ? hostFromItem(Item) : null;
  }

  /**
   * Makes the inventory equal `hosts` and sets the tenant's `hostCount` in the same transaction as the last
   * chunk, so the count the subscription page reads is never behind the list the hosts page shows.
   */
  async replaceAll(tenantId: string, hosts: Host[]): Promise<void> {
    const current = await this.list(tenantId);
    const keep = new Set(hosts.map((host) => host.id));
    const gone = current.filter((host) => !keep.has(host.id));
    const writes: NonNullable<TransactWriteCommand['input']['TransactItems']> = [
      ...hosts.map((host) => ({
        Put: { TableName: this.tableName, Item: { ...keys.host(tenantId, host.id), entity: 'host', v: 1, ...host } },
      })),
      ...gone.map((host) => ({ Delete: { TableName: this.tableName, Key: keys.host(tenantId, host.id) } })),
    ];
    const tenant = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: keys.tenant(tenantId), ProjectionExpression: 'pk' }),
    );
    // A tenant has a handful of servers; chunks of 99 leave room for the count (a tenant being purged gets none).
    const count = tenant.Item
      ? [
          {
            Update: {
              TableName: this.tableName,
              Key: keys.tenant(tenantId),
              UpdateExpression: 'SET hostCount = :count',
              ConditionExpression: 'attribute_exists(pk)',
              ExpressionAttributeValues: { ':count': hosts.length },
            },
          },
        ]
      : [];
    const chunks: (typeof writes)[] = [];
    for (let start = 0; start < writes.length; start += 99) chunks.push(writes.slice(start, start + 99));
    if (chunks.length === 0) chunks.push([]);
    for (const [index, chunk] of chunks.entries()) {
      const items = index === chunks.length - 1 ? [...chunk, ...count] : chunk;
      if (items.length > 0) await this.client.send(new TransactWriteCommand({ TransactItems: items }));
    }
  }

  /** Removes the host and counts it off; a host already gone (a sync was quicker) changes nothing. */
  async remove(host: Host, audit: AuditEntry): Promise<void> {
    await this.client
      .send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Delete: {
                TableName: this.tableName,
                Key: keys.host(host.tenantId, host.id),
                ConditionExpression: 'attribute_exists(pk)',
              },
            },
            {
              Update: {
                TableName: this.tableName,
                Key: keys.tenant(host.tenantId),
                // Each sync sets the count afresh; between syncs this keeps it in step (the host item's
                // condition above makes sure only a host that was counted is counted off).
                UpdateExpression: 'SET hostCount = if_not_exists(hostCount, :one) - :one',
                ExpressionAttributeValues: { ':one': 1 },
              },
            },
            { Put: { TableName: this.tableName, Item: auditToItem(audit) } },
          ],
        }),
      )
      .catch((error: Error) => {
        if (error.name !== 'TransactionCanceledException') throw error;
      });
  }
}

/** DynamoDB's TTL attribute: whole seconds since the epoch (rounded up, so an item never goes early). */
const ttlOf = (iso: string): number => Math.ceil(Date.parse(iso) / 1000);

const activationFromItem = (item: Record<string, unknown>): ActivationRecord => ({
  activationId: String(item.activationId),
  tenantId: String(item.tenantId),
  name: String(item.name),
  createdAt: String(item.createdAt),
  expiresAt: String(item.validUntil),
  createdBy: String(item.createdBy),
  usedAt: typeof item.usedAt === 'string' ? item.usedAt : null,
  hostId: typeof item.hostId === 'string' ? item.hostId : null,
});

/**
 * Activations as items `T#<tenantId>` / `ACTIVATION#<id>`: `validUntil` (ISO) is the activation's expiry
 * and `expiresAt` the TTL that deletes the item after it (DynamoDB deletes late, so reads filter on
 * `validUntil`). The lock is `T#<tenantId>` / `ACTIVATION_LOCK`.
 */
export class DynamoActivationRepository implements ActivationRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async list(tenantId: string, now: string): Promise<ActivationRecord[]> {
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.tenantPartition(tenantId), ':prefix': keys.activationPrefix },
      ConsistentRead: true,
    });
    return items.map(activationFromItem).filter((activation) => activation.expiresAt > now);
  }

  async create(activation: ActivationRecord, audit: AuditEntry): Promise<void> {
    const { expiresAt, ...fields } = activation;
    await this.client.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: this.tableName,
              Item: {
                ...keys.activation(activation.tenantId, activation.activationId),
                entity: 'activation',
                v: 1,
                ...fields,
                validUntil: expiresAt,
                expiresAt: ttlOf(expiresAt),
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          { Put: { TableName: this.tableName, Item: auditToItem(audit) } },
        ],
      }),
    );
  }

  async markUsed(tenantId: string, activationId: string, use: { hostId: string; at: string }): Promise<void> {
    await this.client
      .send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.activation(tenantId, activationId),
          UpdateExpression: 'SET usedAt = :at, hostId = :host',
          // Gone (expired and deleted): nothing to do.
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':at': use.at, ':host': use.hostId },
        }),
      )
      .catch((error: Error) => {
        if (error.name !== 'ConditionalCheckFailedException') throw error;
      });
  }

  async lock(tenantId: string, input: { owner: string; until: string; now: string }): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...keys.activationLock(tenantId),
            entity: 'activation_lock',
            v: 1,
            owner: input.owner,
            until: input.until,
            expiresAt: ttlOf(input.until),
          },
          ConditionExpression: 'attribute_not_exists(pk) OR #until < :now',
          ExpressionAttributeNames: { '#until': 'until' },
          ExpressionAttributeValues: { ':now': input.now },
        }),
      );
      return true;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }

  async unlock(tenantId: string, owner: string): Promise<void> {
    await this.client
      .send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: keys.activationLock(tenantId),
          ConditionExpression: '#owner = :owner',
          ExpressionAttributeNames: { '#owner': 'owner' },
          ExpressionAttributeValues: { ':owner': owner },
        }),
      )
      .catch((error: Error) => {
        if (error.name !== 'ConditionalCheckFailedException') throw error;
      });
  }
}

export class DynamoTaskSettingsRepository implements TaskSettingsRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async getWindow(tenantId: string): Promise<MaintenanceWindow | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: keys.taskSettings(tenantId) }),
    );
    return (Item?.maintenanceWindow as MaintenanceWindow | undefined) ?? null;
  }

  async putWindow(tenantId: string, window: MaintenanceWindow, audit: AuditEntry): Promise<void> {
    await this.client.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: this.tableName,
              Item: { ...keys.taskSettings(tenantId), entity: 'task-settings', v: 1, maintenanceWindow: window },
            },
          },
          { Put: { TableName: this.tableName, Item: auditToItem(audit) } },
        ],
      }),
    );
  }
}

/** Host locks as items `T#<tenantId>` / `HOSTLOCK#<hostId>`: conditional put to take, conditional delete to free. */
export class DynamoHostLocks implements HostLocks {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async acquire(input: { tenantId: string; hostId: string; taskId: string; until: string; now: string }) {
    try {
      // An update, not a put: tasks already waiting for the host stay registered across a takeover.
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.hostLock(input.tenantId, input.hostId),
          UpdateExpression:
            'SET entity = :entity, v = :v, tenantId = :tenant, hostId = :host, taskId = :task, #until = :until',
          ConditionExpression: 'attribute_not_exists(pk) OR taskId = :task OR #until < :now',
          ExpressionAttributeNames: { '#until': 'until' },
          ExpressionAttributeValues: {
            ':entity': 'host-lock',
            ':v': 1,
            ':tenant': input.tenantId,
            ':host': input.hostId,
            ':task': input.taskId,
            ':until': input.until,
            ':now': input.now,
          },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return { acquired: true as const };
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
      // The exception carries the holder's item in DynamoDB's wire format (the document client does not convert it).
      const held = (error as { Item?: Record<string, { S?: string }> }).Item ?? {};
      return { acquired: false as const, holder: held.taskId?.S ?? '', until: held.until?.S ?? input.now };
    }
  }

  async addWaiter(input: { tenantId: string; hostId: string; taskId: string }): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.hostLock(input.tenantId, input.hostId),
          UpdateExpression: 'ADD waiting :task',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':task': new Set([input.taskId]) },
        }),
      );
      return true;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }

  async release(input: { tenantId: string; hostId: string; taskId: string }): Promise<string[]> {
    try {
      const { Attributes } = await this.client.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: keys.hostLock(input.tenantId, input.hostId),
          ConditionExpression: 'taskId = :task',
          ExpressionAttributeValues: { ':task': input.taskId },
          ReturnValues: 'ALL_OLD',
        }),
      );
      return [...((Attributes?.waiting as Set<string> | undefined) ?? [])].sort();
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return [];
      throw error;
    }
  }
}
