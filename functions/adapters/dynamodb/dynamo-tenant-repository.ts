import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry } from '../../../shared/audit/audit-entry.js';
import { DomainError } from '../../../shared/errors.js';
import type { Tenant, User } from '../../../shared/tenancy/model.js';
import type { TenantRepository } from '../../../shared/tenancy/ports.js';
import { auditToItem } from './audit-item.js';
import { keys } from './keys.js';

const SCHEMA_VERSION = 1;

const tenantToItem = (tenant: Tenant) => ({
  ...keys.tenant(tenant.id),
  ...keys.tenantListing(tenant.createdAt, tenant.id),
  entity: 'tenant',
  v: SCHEMA_VERSION,
  ...tenant,
});

const tenantFromItem = (item: Record<string, unknown>): Tenant => ({
  id: item.id as string,
  name: item.name as string,
  status: item.status as Tenant['status'],
  timeZone: item.timeZone as string,
  planId: (item.planId as string | undefined) ?? null,
  createdAt: item.createdAt as string,
});

const userToItem = (user: User) => ({
  ...keys.user(user.tenantId, user.id),
  entity: 'user',
  v: SCHEMA_VERSION,
  ...user,
});

const userFromItem = (item: Record<string, unknown>): User => ({
  id: item.id as string,
  tenantId: (item.tenantId as string | undefined) ?? null,
  email: item.email as string,
  name: item.name as string,
  roles: item.roles as User['roles'],
  createdAt: item.createdAt as string,
});

const emailGuardItem = (user: User) => ({
  ...keys.email(user.email),
  entity: 'email',
  v: SCHEMA_VERSION,
  userId: user.id,
  tenantId: user.tenantId,
});

const notExists = 'attribute_not_exists(pk)';

/** The e-mail guard is the transaction's item at `emailIndex`; its failed condition means "taken". */
const rethrowEmailTaken = (error: unknown, emailIndex: number, email: string): never => {
  if (
    error instanceof TransactionCanceledException &&
    error.CancellationReasons?.[emailIndex]?.Code === 'ConditionalCheckFailed'
  ) {
    throw new DomainError('USER.ALREADY_EXISTS', `A user with the e-mail ${email} already exists.`, [
      { path: 'body.email', message: 'is already registered' },
    ]);
  }
  throw error;
};

export class DynamoTenantRepository implements TenantRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async createTenantWithAdmin({ tenant, admin, audit }: { tenant: Tenant; admin: User; audit: AuditEntry }) {
    const TableName = this.tableName;
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName, Item: emailGuardItem(admin), ConditionExpression: notExists } },
            { Put: { TableName, Item: tenantToItem(tenant), ConditionExpression: notExists } },
            { Put: { TableName, Item: userToItem(admin), ConditionExpression: notExists } },
            { Put: { TableName, Item: auditToItem(audit), ConditionExpression: notExists } },
          ],
        }),
      );
    } catch (error) {
      rethrowEmailTaken(error, 0, admin.email);
    }
  }

  async deleteTenantWithAdmin({ tenant, admin, audit }: { tenant: Tenant; admin: User; audit: AuditEntry }) {
    const TableName = this.tableName;
    await this.client.send(
      new TransactWriteCommand({
        TransactItems: [
          { Delete: { TableName, Key: keys.email(admin.email) } },
          { Delete: { TableName, Key: keys.tenant(tenant.id) } },
          { Delete: { TableName, Key: keys.tenantUser(tenant.id, admin.id) } },
          { Delete: { TableName, Key: keys.audit(audit.tenantId, audit.at, audit.id) } },
        ],
      }),
    );
  }

  async getTenant(tenantId: string): Promise<Tenant | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.tenant(tenantId) }));
    return Item ? tenantFromItem(Item) : null;
  }

  async getUser(tenantId: string | null, userId: string): Promise<User | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: keys.user(tenantId, userId) }),
    );
    return Item ? userFromItem(Item) : null;
  }

  async findUserByEmail(email: string): Promise<User | null> {
    const { Item: guard } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: keys.email(email) }),
    );
    if (!guard) return null;
    return this.getUser((guard.tenantId as string | null) ?? null, guard.userId as string);
  }

  async createUser(user: User, audit: AuditEntry) {
    const TableName = this.tableName;
    const tenantMustExist = user.tenantId
      ? [
          {
            ConditionCheck: { TableName, Key: keys.tenant(user.tenantId), ConditionExpression: 'attribute_exists(pk)' },
          },
        ]
      : [];
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName, Item: emailGuardItem(user), ConditionExpression: notExists } },
            { Put: { TableName, Item: userToItem(user), ConditionExpression: notExists } },
            { Put: { TableName, Item: auditToItem(audit), ConditionExpression: notExists } },
            ...tenantMustExist,
          ],
        }),
      );
    } catch (error) {
      if (
        user.tenantId &&
        error instanceof TransactionCanceledException &&
        error.CancellationReasons?.[3]?.Code === 'ConditionalCheckFailed'
      ) {
        throw new DomainError('RESOURCE.NOT_FOUND', `No organisation ${user.tenantId}.`);
      }
      rethrowEmailTaken(error, 0, user.email);
    }
  }
}
