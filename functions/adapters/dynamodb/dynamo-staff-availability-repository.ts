import { type DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry } from '../../../shared/audit/audit-entry.js';
import {
  type OnCallRota,
  OnCallRotaSchema,
  type StaffAvailability,
  StaffAvailabilitySchema,
} from '../../../shared/booking/model.js';
import type { OnCallRotaRepository, StaffAvailabilityRepository } from '../../../shared/booking/ports.js';
import type { Role } from '../../../shared/contracts/roles.js';
import { auditToItem } from './audit-item.js';
import { keys } from './keys.js';
import { queryAll } from './pagination.js';

export class DynamoStaffAvailabilityRepository implements StaffAvailabilityRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(staffId: string): Promise<StaffAvailability | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: keys.staffAvailability(staffId) }),
    );
    return Item ? StaffAvailabilitySchema.parse(Item.availability) : null;
  }

  async put(staffId: string, availability: StaffAvailability, audit: AuditEntry) {
    await this.client.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: this.tableName,
              Item: { ...keys.staffAvailability(staffId), entity: 'staff_availability', v: 1, staffId, availability },
            },
          },
          {
            Put: {
              TableName: this.tableName,
              Item: auditToItem(audit),
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        ],
      }),
    );
  }

  async list() {
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.staffPartition, ':prefix': keys.staffAvailabilityPrefix },
    });
    return items.map((item) => ({
      staffId: String(item.staffId),
      availability: StaffAvailabilitySchema.parse(item.availability),
    }));
  }

  /** The staff users share the staff partition (`USER#<id>`): one query, sorted by name. */
  async members() {
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.staffPartition, ':prefix': keys.userPrefix },
    });
    return items
      .map((item) => ({
        id: String(item.id),
        name: String(item.name),
        email: String(item.email),
        roles: (item.roles as Role[] | undefined) ?? [],
      }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }
}

/** The on-call rota: one provider-owned item, replaced as a whole. */
export class DynamoOnCallRotaRepository implements OnCallRotaRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(): Promise<OnCallRota> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.onCallRota }));
    return Item ? OnCallRotaSchema.parse(Item.rota) : { shifts: [] };
  }

  async put(rota: OnCallRota, audit: AuditEntry) {
    await this.client.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: this.tableName, Item: { ...keys.onCallRota, entity: 'on_call_rota', v: 1, rota } } },
          {
            Put: {
              TableName: this.tableName,
              Item: auditToItem(audit),
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        ],
      }),
    );
  }
}
