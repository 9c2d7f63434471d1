import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  BatchWriteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import type { AuditEntry } from '../../../shared/audit/audit-entry.js';
import { quarterHoursOf } from '../../../shared/booking/availability.js';
import { TABLE } from '../../../shared/contracts/resources.js';
import { DomainError } from '../../../shared/errors.js';
import type { Page, PageQuery } from '../../../shared/platform/pagination.js';
import type { StoredApiKey } from '../../../shared/tenancy/api-keys.js';
import type { CustomerRole, Tenant, TenantStatus, User } from '../../../shared/tenancy/model.js';
import type { CallerDirectory, TenantRepository } from '../../../shared/tenancy/ports.js';
import { auditToItem } from './audit-item.js';
import { batchGetAll } from './batch-get.js';
import { apiKeyFromItem } from './dynamo-api-key-repository.js';
import { reportOfChunks } from './dynamo-report-store.js';
import { keys, type TableKey } from './keys.js';
import { queryAll, queryPage, queryPrefixPage } from './pagination.js';

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
  deletionDueAt: (item.deletionDueAt as string | undefined) ?? null,
  // Kept by the host inventory's sync (issue 5); absent until the tenant's hosts were first synchronised.
  ...(typeof item.hostCount === 'number' ? { hostCount: item.hostCount } : {}),
  // Only a suspended organisation (or one waiting for deletion since its suspension) has a reason to read; a stale one
  // from before a reactivation never shows.
  suspendedReason:
    (item.status === 'suspended' || item.status === 'pending_deletion') && typeof item.suspendedReason === 'string'
      ? item.suspendedReason
      : null,
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

/** Another transaction touched the same items at the same moment: the caller may simply retry. */
const rethrowTransactionConflict = (error: unknown) => {
  if (
    error instanceof TransactionCanceledException &&
    error.CancellationReasons?.some((reason) => reason.Code === 'TransactionConflict')
  ) {
    throw new DomainError('STATE.CONFLICT', 'Someone changed this at the same moment; reload and try again.');
  }
};

/**
 * The keys outside the tenant's partition that monitoring keeps for its items (see the monitor and incident
 * repositories): each monitor's schedule marker (at `nextCheckAt`, none while paused), each heartbeat token's lookup
 * item (the hash is on the monitor's token record), and each incident's pointer, unresolved entry and page marker.
 */
const monitoringIndexKeys = (tenantId: string, items: Record<string, unknown>[]): TableKey[] =>
  items.flatMap((item): TableKey[] => {
    if (item.entity === 'monitor') {
      return item.nextCheckAt && item.paused !== true
        ? [keys.monitorDue(String(item.nextCheckAt), tenantId, String(item.id))]
        : [];
    }
    if (item.entity === 'monitor-token') {
      return typeof item.tokenHash === 'string' ? [keys.heartbeatToken(item.tokenHash)] : [];
    }
    if (item.entity !== 'incident') return [];
    const id = String(item.id);
    return [
      keys.incidentPointer(id),
      // Deleted whatever the status: a missing item is no error, a left-over one would stay in the queue's read.
      keys.unresolvedIncident(String(item.openedAt), id),
      ...(item.nextPageAt ? [keys.incidentPage(String(item.nextPageAt), id)] : []),
    ];
  });

export class DynamoTenantRepository implements TenantRepository, CallerDirectory {
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
            // adminCount backs the last-admin rule with a condition instead of a count-then-write.
            { Put: { TableName, Item: { ...tenantToItem(tenant), adminCount: 1 }, ConditionExpression: notExists } },
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

  /** The user and (customers) the tenant in one strongly consistent `BatchGetItem`: revocation bites at once. */
  async findCaller(tenantId: string | null, userId: string): Promise<{ user: User; tenant: Tenant | null } | null> {
    const userKey = keys.user(tenantId, userId);
    const tenantKey = tenantId ? keys.tenant(tenantId) : null;
    const items = await batchGetAll(this.client, this.tableName, tenantKey ? [userKey, tenantKey] : [userKey], {
      consistent: true,
    });
    const userItem = items.find((item) => item.sk === userKey.sk);
    const tenantItem = tenantKey ? items.find((item) => item.sk === tenantKey.sk) : undefined;
    if (!userItem || (tenantKey && !tenantItem)) return null;
    return { user: userFromItem(userItem), tenant: tenantItem ? tenantFromItem(tenantItem) : null };
  }

  /**
   * A call made with an API key: the key item, its creator and the tenant in one strongly consistent
   * `BatchGetItem`, never cached — a revoked key (its item deleted) is refused on the very next call.
   */
  async findKeyCaller(
    tenantId: string,
    apiKeyId: string,
    userId: string,
  ): Promise<{ key: StoredApiKey; user: User; tenant: Tenant } | null> {
    const wanted = [keys.apiKey(tenantId, apiKeyId), keys.tenantUser(tenantId, userId), keys.tenant(tenantId)];
    const items = await batchGetAll(this.client, this.tableName, wanted, { consistent: true });
    const [keyItem, userItem, tenantItem] = wanted.map((key) =>
      items.find((item) => item.pk === key.pk && item.sk === key.sk),
    );
    if (!keyItem || !userItem || !tenantItem) return null;
    return { key: apiKeyFromItem(keyItem), user: userFromItem(userItem), tenant: tenantFromItem(tenantItem) };
  }

  async emailHolder(email: string): Promise<{ tenantId: string | null } | undefined> {
    const { Item: guard } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: keys.email(email), ConsistentRead: true }),
    );
    return guard ? { tenantId: (guard.tenantId as string | null | undefined) ?? null } : undefined;
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
    // A tenant user also moves the tenant's admin counter (by 0 for members), which checks the tenant exists.
    const tenantMustExist = user.tenantId
      ? [this.adminCountUpdate(user.tenantId, user.roles.includes('customer-admin') ? 1 : 0)]
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

  listUsers(tenantId: string, page: PageQuery): Promise<Page<User>> {
    return queryPrefixPage(
      this.client,
      { tableName: this.tableName, pk: keys.tenantPartition(tenantId), prefix: keys.userPrefix },
      page,
      userFromItem,
    );
  }

  /** The admin counter moves with the role, and may not drop below one. */
  private adminCountUpdate(tenantId: string, delta: number) {
    return {
      Update: {
        TableName: this.tableName,
        Key: keys.tenant(tenantId),
        UpdateExpression: 'ADD adminCount :delta',
        ConditionExpression: delta < 0 ? 'adminCount > :one' : 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':delta': delta, ...(delta < 0 ? { ':one': 1 } : {}) },
      },
    };
  }

  private async explainUserConflict(error: unknown, tenantId: string, userId: string): Promise<never> {
    if (error instanceof TransactionCanceledException) {
      const [userReason, tenantReason] = error.CancellationReasons ?? [];
      rethrowTransactionConflict(error);
      if (tenantReason?.Code === 'ConditionalCheckFailed') {
        throw new DomainError(
          'TENANT.LAST_ADMIN',
          'Your organisation needs at least one customer-admin: make someone else admin first.',
        );
      }
      if (userReason?.Code === 'ConditionalCheckFailed') {
        if (!(await this.getUser(tenantId, userId))) {
          throw new DomainError('RESOURCE.NOT_FOUND', `No user ${userId} in your organisation.`);
        }
        throw new DomainError('STATE.CONFLICT', 'The user’s role changed meanwhile; reload and try again.');
      }
    }
    throw error;
  }

  async changeUserRole(input: {
    tenantId: string;
    userId: string;
    from: CustomerRole;
    to: CustomerRole;
    audit: AuditEntry;
  }) {
    const { tenantId, userId, from, to } = input;
    const delta = (to === 'customer-admin' ? 1 : 0) - (from === 'customer-admin' ? 1 : 0);
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.tableName,
                Key: keys.tenantUser(tenantId, userId),
                UpdateExpression: 'SET #roles = :to',
                ConditionExpression: 'attribute_exists(pk) AND contains(#roles, :from)',
                ExpressionAttributeNames: { '#roles': 'roles' },
                ExpressionAttributeValues: { ':to': [to], ':from': from },
              },
            },
            this.adminCountUpdate(tenantId, delta),
            { Put: { TableName: this.tableName, Item: auditToItem(input.audit), ConditionExpression: notExists } },
          ],
        }),
      );
    } catch (error) {
      await this.explainUserConflict(error, tenantId, userId);
    }
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: keys.tenantUser(tenantId, userId), ConsistentRead: true }),
    );
    if (!Item) throw new DomainError('RESOURCE.NOT_FOUND', `No user ${userId} in your organisation.`);
    return userFromItem(Item);
  }

  async removeUser({ user, audit }: { user: User; audit: AuditEntry }) {
    const tenantId = user.tenantId;
    if (!tenantId) throw new Error('removeUser is for users of a tenant');
    const isAdmin = user.roles.includes('customer-admin');
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Delete: {
                TableName: this.tableName,
                Key: keys.tenantUser(tenantId, user.id),
                ConditionExpression: 'attribute_exists(pk) AND contains(#roles, :role)',
                ExpressionAttributeNames: { '#roles': 'roles' },
                ExpressionAttributeValues: { ':role': isAdmin ? 'customer-admin' : 'customer-member' },
              },
            },
            this.adminCountUpdate(tenantId, isAdmin ? -1 : 0),
            { Delete: { TableName: this.tableName, Key: keys.email(user.email) } },
            { Put: { TableName: this.tableName, Item: auditToItem(audit), ConditionExpression: notExists } },
          ],
        }),
      );
    } catch (error) {
      await this.explainUserConflict(error, tenantId, user.id);
    }
  }

  listTenants(page: PageQuery): Promise<Page<Tenant>> {
    return queryPage(
      this.client,
      {
        TableName: this.tableName,
        IndexName: TABLE.globalIndexes[0].name,
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.tenantListingPartition },
      },
      { attribute: 'gsi1pk', value: keys.tenantListingPartition },
      page,
      tenantFromItem,
    );
  }

  async setTenantStatus(input: {
    tenantId: string;
    from: readonly TenantStatus[];
    to: TenantStatus;
    deletionDueAt: string | null;
    audit: AuditEntry;
    /** Why it is suspended (moves to `suspended`); any other move clears the reason. */
    suspendedReason?: string | null;
  }): Promise<Tenant> {
    const TableName = this.tableName;
    const current = await this.getTenant(input.tenantId);
    if (!current) throw new DomainError('RESOURCE.NOT_FOUND', `No organisation ${input.tenantId}.`);
    if (!input.from.includes(current.status)) {
      throw new DomainError(
        'STATE.CONFLICT',
        `The organisation is ${current.status}; it cannot become ${input.to} from there.`,
      );
    }
    const suspendedReason =
      input.to === 'suspended' || input.to === 'pending_deletion' ? (input.suspendedReason ?? null) : null;
    const statusValues = Object.fromEntries(input.from.map((status, index) => [`:from${index}`, status]));
    const markers = [
      ...(current.deletionDueAt
        ? [{ Delete: { TableName, Key: keys.deletionMarker(current.deletionDueAt, current.id) } }]
        : []),
      ...(input.deletionDueAt
        ? [
            {
              Put: {
                TableName,
                Item: {
                  ...keys.deletionMarker(input.deletionDueAt, current.id),
                  entity: 'deletion',
                  v: 1,
                  tenantId: current.id,
                },
              },
            },
          ]
        : []),
    ];
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName,
                Key: keys.tenant(input.tenantId),
                UpdateExpression: 'SET #status = :to, deletionDueAt = :due, suspendedReason = :reason',
                ConditionExpression: `attribute_exists(pk) AND #status IN (${Object.keys(statusValues).join(', ')})`,
                ExpressionAttributeNames: { '#status': 'status' },
                ExpressionAttributeValues: {
                  ':to': input.to,
                  ':due': input.deletionDueAt,
                  ':reason': suspendedReason,
                  ...statusValues,
                },
              },
            },
            ...markers,
            { Put: { TableName, Item: auditToItem(input.audit), ConditionExpression: notExists } },
          ],
        }),
      );
    } catch (error) {
      rethrowTransactionConflict(error);
      if (
        error instanceof TransactionCanceledException &&
        error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed'
      ) {
        throw new DomainError('STATE.CONFLICT', 'The organisation’s status changed meanwhile; reload and try again.');
      }
      throw error;
    }
    return { ...current, status: input.to, deletionDueAt: input.deletionDueAt, suspendedReason };
  }

  async exportTenantData(tenantId: string) {
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.tenantPartition(tenantId) },
    });
    const data: Record<string, Record<string, unknown>[]> = {};
    // Service reports are stored as gzip'd chunks: the export has each report (with its records) as JSON instead.
    const reportChunks = items.filter((item) => item.entity === 'report_chunk');
    for (const periodId of [...new Set(reportChunks.map((item) => String(item.periodId)))]) {
      const stored = reportOfChunks(
        tenantId,
        periodId,
        reportChunks.filter((item) => item.periodId === periodId),
      );
      if (stored) data.service_report = [...(data.service_report ?? []), { periodId, ...stored }];
    }
    for (const item of items) {
      const entity = String(item.entity);
      // Request bookkeeping, not the organisation's data; report chunks are decoded above.
      if (entity === 'idempotency' || entity === 'rate_bucket' || entity === 'report_chunk') continue;
      // An API key's hash is a credential's fingerprint, not the organisation's data: never exported.
      const hidden: readonly string[] =
        entity === 'api_key' ? [...keys.storageAttributes, 'keyHash'] : keys.storageAttributes;
      const record = Object.fromEntries(Object.entries(item).filter(([name]) => !hidden.includes(name)));
      const records = data[entity] ?? [];
      records.push(record);
      data[entity] = records;
    }
    return data;
  }

  async listTenantsDueForDeletion(now: string, limit: number): Promise<Tenant[]> {
    const { Items = [] } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND sk <= :now',
        ExpressionAttributeValues: { ':pk': keys.deletionMarkerPartition, ':now': `${now}#~` },
        Limit: limit,
      }),
    );
    const tenants = await Promise.all(Items.map((item) => this.getTenant(String(item.tenantId))));
    return tenants.filter((tenant): tenant is Tenant => tenant?.status === 'pending_deletion');
  }

  async purgeTenant(tenant: Tenant, audit: AuditEntry) {
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.tenantPartition(tenant.id) },
    });
    const deletions: TableKey[] = [
      // Invoices and credit notes (and their id pointers) are kept: the law requires keeping them for
      // ten years (§ 147 AO, § 257 HGB), which GDPR Art. 17(3)(b) puts before erasure.
      ...items
        .filter((item) => item.entity !== 'invoice')
        .map((item) => ({ pk: String(item.pk), sk: String(item.sk) })),
      ...items.filter((item) => item.entity === 'user').map((item) => keys.email(String(item.email))),
      // Provider-side indexes that point at the tenant: its Stripe customer and a past-due entry.
      ...items
        .filter((item) => item.entity === 'subscription' && item.stripeCustomerId)
        .map((item) => keys.stripeCustomer(String(item.stripeCustomerId))),
      ...items
        .filter((item) => item.entity === 'subscription' && item.pastDueSince)
        .map((item) => keys.pastDue(String(item.pastDueSince), tenant.id)),
      ...(tenant.deletionDueAt ? [keys.deletionMarker(tenant.deletionDueAt, tenant.id)] : []),
      // API keys: each hash's lookup item (left behind, the authorizer would still find the key).
      ...items
        .filter((item) => item.entity === 'api_key' && typeof item.keyHash === 'string')
        .map((item) => keys.apiKeyLookup(String(item.keyHash))),
      // Bookings hold staff time in provider-side lock items and are reachable by id through a pointer.
      ...items
        .filter((item) => item.entity === 'booking')
        .flatMap((item) => [
          keys.bookingPointer(String(item.id)),
          ...quarterHoursOf({ start: Date.parse(String(item.holdStart)), end: Date.parse(String(item.holdEnd)) }).map(
            (q) => keys.slotLock(String(item.staffId), q.date, q.time),
          ),
        ]),
      // Tasks are reachable by id and by SSM command, and may wait in the release or dead-letter index.
      ...items
        .filter((item) => item.entity === 'task')
        .flatMap((item) => [
          keys.taskPointer(String(item.id)),
          ...(item.commandId ? [keys.commandPointer(String(item.commandId))] : []),
          ...(item.nextCheckAt ? [keys.taskRelease(String(item.nextCheckAt), String(item.id))] : []),
          ...(item.deadLetteredAt ? [keys.deadTask(String(item.deadLetteredAt), String(item.id))] : []),
        ]),
      // Monitoring's provider-side items: a schedule marker left behind would sit at the front of the dispatcher's
      // (or the pager's) read for good and starve every other tenant's checks (or pages).
      ...monitoringIndexKeys(tenant.id, items),
      // Reports' provider-side items: the status page's slug guard (left behind, the slug would stay taken and still
      // name this tenant) and each report's line in staff's list of its period.
      ...items.flatMap((item): TableKey[] =>
        item.entity === 'status_page' && typeof item.slug === 'string'
          ? [keys.statusSlug(item.slug)]
          : item.entity === 'report_chunk' && typeof item.periodId === 'string'
            ? [keys.reportListing(item.periodId, tenant.id)]
            : [],
      ),
      // Notifications still waiting in the outbox (either partition) would e-mail people who no longer have an account.
      ...(
        await Promise.all(
          [keys.notificationPartition, keys.bulkNotificationPartition].map((pk) =>
            queryAll(this.client, {
              TableName: this.tableName,
              KeyConditionExpression: 'pk = :pk',
              FilterExpression: 'tenantId = :tenant',
              ExpressionAttributeValues: { ':pk': pk, ':tenant': tenant.id },
            }),
          ),
        )
      )
        .flat()
        .map((item) => ({ pk: String(item.pk), sk: String(item.sk) })),
    ];
    // BatchWriteItem refuses a batch that names a key twice.
    const unique = [...new Map(deletions.map((key) => [`${key.pk}\u0000${key.sk}`, key])).values()];
    for (let start = 0; start < unique.length; start += 25) {
      let requests: Record<string, { DeleteRequest: { Key: TableKey } }[]> | undefined = {
        [this.tableName]: unique.slice(start, start + 25).map((Key) => ({ DeleteRequest: { Key } })),
      };
      for (let attempt = 0; requests && Object.keys(requests).length > 0; attempt++) {
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** Math.min(attempt, 6)));
        const result = await this.client.send(new BatchWriteCommand({ RequestItems: requests }));
        requests = result.UnprocessedItems as typeof requests;
      }
    }
    await this.client.send(new PutCommand({ TableName: this.tableName, Item: auditToItem(audit) }));
  }
}
