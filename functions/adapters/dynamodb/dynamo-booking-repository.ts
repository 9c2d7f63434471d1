import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry } from '../../../shared/audit/audit-entry.js';
import { SubscriptionSchema } from '../../../shared/billing/subscription.js';
import { type Interval, quarterHoursOf } from '../../../shared/booking/availability.js';
import {
  type Booking,
  BookingSchema,
  OnCallRotaSchema,
  StaffAvailabilitySchema,
} from '../../../shared/booking/model.js';
import type { BookingNotification } from '../../../shared/booking/notifications.js';
import type {
  BookingContext,
  BookingRepository,
  HoldsByStaff,
  NotificationChanges,
} from '../../../shared/booking/ports.js';
import { TABLE } from '../../../shared/contracts/resources.js';
import type { Role } from '../../../shared/contracts/roles.js';
import { DomainError } from '../../../shared/errors.js';
import type { PageQuery } from '../../../shared/platform/pagination.js';
import type { Tenant } from '../../../shared/tenancy/model.js';
import type { UsageRecord } from '../../../shared/usage/usage-record.js';
import { currentRequestContext } from '../../observability/request-context.js';
import { auditToItem } from './audit-item.js';
import { batchGetAll } from './batch-get.js';
import { keys } from './keys.js';
import { queryAll, queryPrefixPage } from './pagination.js';
import { cancellationCodes, retryingConflicts } from './transactions.js';
import { usagePut } from './usage-item.js';

/** The longest hold a booking can have (8 hours plus buffers), to find holds that start before a window. */
const LONGEST_HOLD_MS = 10 * 3_600_000;

const fromItem = (item: Record<string, unknown>): Booking =>
  BookingSchema.parse(
    Object.fromEntries(
      Object.entries(item).filter(([name]) => !(keys.storageAttributes as readonly string[]).includes(name)),
    ),
  );

const toItem = (booking: Booking) => ({
  ...keys.booking(booking.tenantId, booking.id),
  ...keys.staffCalendar(booking.staffId, booking.holdStart, booking.id),
  entity: 'booking',
  v: 1,
  ...booking,
});

const holdOfBooking = (booking: Booking): Interval => ({
  start: Date.parse(booking.holdStart),
  end: Date.parse(booking.holdEnd),
});
const lockKeysOf = (booking: Booking) =>
  quarterHoursOf(holdOfBooking(booking)).map((q) => ({
    quarter: q,
    key: keys.slotLock(booking.staffId, q.date, q.time),
  }));

const transactionConflict = (error: unknown) => cancellationCodes(error)?.includes('TransactionConflict') ?? false;

/**
 * Outbox entries written and withdrawn in the same transaction as the booking change. Each queued entry keeps the
 * correlation id of the request that wrote it, so the sender's log line of it leads back to that request.
 */
const notificationItems = (tableName: string, changes: NotificationChanges) => {
  // A withdrawn reminder that is queued again unchanged (same id and time) is simply rewritten:
  // one transaction may not touch an item twice.
  const queued = new Set(changes.queue.map((n) => `${n.dueAt}#${n.id}`));
  const withdraw = changes.withdraw.filter((n) => !queued.has(`${n.dueAt}#${n.id}`));
  const correlationId = currentRequestContext()?.correlationId;
  return [
    ...withdraw.map((n: BookingNotification) => ({
      Delete: { TableName: tableName, Key: keys.notification(n) },
    })),
    ...changes.queue.map((n: BookingNotification) => ({
      Put: {
        TableName: tableName,
        Item: {
          ...keys.notification(n),
          entity: 'notification',
          v: 1,
          ...n,
          ...(correlationId ? { correlationId } : {}),
        },
      },
    })),
  ];
};

export class DynamoBookingRepository implements BookingRepository {
  /**
   * The staff whose holds the last booking without a named staff member needed: the next one reads their holds at
   * the same time as the staff partition, instead of after it. Only a guess — the staff partition read with it
   * decides whose holds count, and anyone new has theirs read then.
   */
  private staffSeen: string[] = [];

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /**
   * Data-model pattern 71 ("what a booking reads"): one strongly consistent `BatchGetItem` of the tenant, its
   * subscription and the person booking; one `Query` of the staff partition (working hours, rota, staff users); and
   * the gsi1 holds of the staff, one query per staff member (`holdsOf`), all sent at once. Without a named staff
   * member the holds are read for the staff the previous booking needed; a staff member not among them (the
   * container's first booking, a new operator) has theirs read after the staff partition answered.
   */
  async bookingContext(request: {
    tenantId: string;
    userId: string;
    window: Interval;
    staffId?: string | undefined;
  }): Promise<BookingContext> {
    const { tenantId, userId, window, staffId } = request;
    const guessed = staffId ? [staffId] : this.staffSeen;
    const [records, staffItems, guessedHolds] = await Promise.all([
      this.readConsistently([keys.tenant(tenantId), keys.subscription(tenantId), keys.user(tenantId, userId)]),
      queryAll(this.client, {
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.staffPartition },
      }),
      this.holdsOf(guessed, window),
    ]);
    const [tenantItem, subscriptionItem, userItem] = records;
    const availability: BookingContext['availability'] = [];
    const members: BookingContext['members'] = [];
    let onCall: BookingContext['onCall'] = { shifts: [] };
    for (const item of staffItems) {
      const sk = String(item.sk);
      if (sk.startsWith(keys.staffAvailabilityPrefix))
        availability.push({
          staffId: String(item.staffId),
          availability: StaffAvailabilitySchema.parse(item.availability),
        });
      else if (sk.startsWith(keys.userPrefix))
        members.push({
          id: String(item.id),
          name: String(item.name),
          email: String(item.email),
          roles: (item.roles as Role[] | undefined) ?? [],
        });
      else if (sk === keys.onCallRota.sk) onCall = OnCallRotaSchema.parse(item.rota);
    }
    let holds: HoldsByStaff = guessedHolds;
    if (!staffId) {
      const needed = [...new Set([...availability.map((a) => a.staffId), ...onCall.shifts.map((s) => s.staffId)])];
      const missing = needed.filter((id) => !guessedHolds.has(id));
      const more = missing.length > 0 ? await this.holdsOf(missing, window) : new Map();
      holds = new Map(needed.map((id) => [id, guessedHolds.get(id) ?? more.get(id) ?? []]));
      this.staffSeen = needed;
    }
    return {
      tenant: tenantItem
        ? {
            id: String(tenantItem.id),
            name: String(tenantItem.name),
            status: tenantItem.status as Tenant['status'],
            timeZone: String(tenantItem.timeZone),
          }
        : null,
      subscription: subscriptionItem
        ? SubscriptionSchema.parse(
            Object.fromEntries(
              Object.entries(subscriptionItem).filter(([name]) => !['pk', 'sk', 'entity', 'v'].includes(name)),
            ),
          )
        : null,
      user: userItem ? { id: String(userItem.id), email: String(userItem.email), name: String(userItem.name) } : null,
      availability,
      onCall,
      members,
      holds,
    };
  }

  /**
   * Items by key in one strongly consistent `BatchGetItem`, in the keys' order (null where none); unprocessed keys,
   * which only throttling leaves, are asked for again.
   */
  private async readConsistently(wanted: { pk: string; sk: string }[]) {
    const items = await batchGetAll(this.client, this.tableName, wanted, { consistent: true });
    return wanted.map((key) => items.find((item) => item.pk === key.pk && item.sk === key.sk) ?? null);
  }

  private lockPut(booking: Booking, key: { pk: string; sk: string }) {
    return {
      Put: {
        TableName: this.tableName,
        Item: { ...key, entity: 'slot_lock', v: 1, bookingId: booking.id, tenantId: booking.tenantId },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
  }

  /** Reads which lock failed and says which quarter hour is taken. */
  private slotTaken(
    error: unknown,
    firstLockIndex: number,
    locks: { quarter: { date: string; time: string } }[],
  ): never {
    if (error instanceof TransactionCanceledException) {
      const reasons = error.CancellationReasons ?? [];
      const taken = reasons.findIndex(
        (reason, index) => index >= firstLockIndex && reason.Code === 'ConditionalCheckFailed',
      );
      if (taken >= 0) {
        const quarter = locks[taken - firstLockIndex]?.quarter;
        throw new DomainError(
          'BOOKING.SLOT_TAKEN',
          `The webmaster is already booked at ${quarter?.date}T${quarter?.time}Z (buffers included); pick another slot.`,
        );
      }
      if (transactionConflict(error)) {
        throw new DomainError(
          'BOOKING.SLOT_TAKEN',
          'Someone booked an overlapping slot at the same moment; pick another slot.',
        );
      }
    }
    throw error;
  }

  async holdsOf(staffIds: string[], window: Interval) {
    const result = new Map<string, (Interval & { bookingId: string })[]>();
    await Promise.all(
      staffIds.map(async (staffId) => {
        const items = await queryAll(this.client, {
          TableName: this.tableName,
          IndexName: TABLE.globalIndexes[0].name,
          KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
          FilterExpression: '#status = :confirmed',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':pk': keys.staffCalendarPartition(staffId),
            ':from': new Date(window.start - LONGEST_HOLD_MS).toISOString(),
            ':to': `${new Date(window.end).toISOString()}~`,
            ':confirmed': 'confirmed',
          },
        });
        result.set(
          staffId,
          items
            .map((item) => ({
              start: Date.parse(String(item.holdStart)),
              end: Date.parse(String(item.holdEnd)),
              bookingId: String(item.id),
            }))
            .filter((hold) => hold.end > window.start && hold.start < window.end),
        );
      }),
    );
    return result;
  }

  async create(booking: Booking, audit: AuditEntry, notifications: NotificationChanges = { queue: [], withdraw: [] }) {
    const TableName = this.tableName;
    const locks = lockKeysOf(booking);
    const head = [
      ...notificationItems(TableName, notifications),
      { Put: { TableName, Item: toItem(booking), ConditionExpression: 'attribute_not_exists(pk)' } },
      {
        Put: {
          TableName,
          Item: { ...keys.bookingPointer(booking.id), entity: 'booking_pointer', v: 1, tenantId: booking.tenantId },
        },
      },
      { Put: { TableName, Item: auditToItem(audit), ConditionExpression: 'attribute_not_exists(pk)' } },
    ];
    try {
      await retryingConflicts(() =>
        this.client.send(
          new TransactWriteCommand({ TransactItems: [...head, ...locks.map((l) => this.lockPut(booking, l.key))] }),
        ),
      );
    } catch (error) {
      this.slotTaken(error, head.length, locks);
    }
  }

  async get(tenantId: string, bookingId: string) {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: keys.booking(tenantId, bookingId), ConsistentRead: true }),
    );
    return Item ? fromItem(Item) : null;
  }

  async find(bookingId: string) {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: keys.bookingPointer(bookingId) }),
    );
    return Item ? this.get(String(Item.tenantId), bookingId) : null;
  }

  listForTenant(tenantId: string, page: PageQuery) {
    return queryPrefixPage(
      this.client,
      { tableName: this.tableName, pk: keys.tenantPartition(tenantId), prefix: keys.bookingPrefix },
      page,
      fromItem,
    );
  }

  async listForStaff(staffId: string, window: Interval) {
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      IndexName: TABLE.globalIndexes[0].name,
      KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk BETWEEN :from AND :to',
      ExpressionAttributeValues: {
        ':pk': keys.staffCalendarPartition(staffId),
        ':from': new Date(window.start - LONGEST_HOLD_MS).toISOString(),
        ':to': `${new Date(window.end).toISOString()}~`,
      },
    });
    return items.map(fromItem).filter((b) => Date.parse(b.end) > window.start && Date.parse(b.start) < window.end);
  }

  /** The booking item moves only from `confirmed`, and only if nobody changed it since it was read. */
  private bookingUpdate(before: Booking, after: Booking) {
    return {
      Put: {
        TableName: this.tableName,
        Item: toItem(after),
        ConditionExpression: '#status = :confirmed AND updatedAt = :read',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':confirmed': 'confirmed', ':read': before.updatedAt },
      },
    };
  }

  private stateChanged(error: unknown): never {
    if (error instanceof TransactionCanceledException) {
      throw new DomainError('STATE.CONFLICT', 'The booking changed meanwhile; reload and try again.');
    }
    throw error;
  }

  async cancel(
    booking: Booking,
    cancelled: Booking,
    usage: UsageRecord | null,
    audit: AuditEntry,
    notifications: NotificationChanges = { queue: [], withdraw: [] },
  ) {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            this.bookingUpdate(booking, cancelled),
            ...lockKeysOf(booking).map((l) => ({ Delete: { TableName: this.tableName, Key: l.key } })),
            ...(usage ? [usagePut(this.tableName, usage)] : []),
            {
              Put: {
                TableName: this.tableName,
                Item: auditToItem(audit),
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            ...notificationItems(this.tableName, notifications),
          ],
        }),
      );
    } catch (error) {
      this.stateChanged(error);
    }
  }

  async reschedule(
    booking: Booking,
    moved: Booking,
    audit: AuditEntry,
    notifications: NotificationChanges = { queue: [], withdraw: [] },
  ) {
    const before = lockKeysOf(booking);
    const after = lockKeysOf(moved);
    const name = (l: { key: { pk: string; sk: string } }) => `${l.key.pk}|${l.key.sk}`;
    const keep = new Set(after.map(name));
    const had = new Set(before.map(name));
    const freed = before.filter((l) => !keep.has(name(l)));
    const taken = after.filter((l) => !had.has(name(l)));
    const head = [
      this.bookingUpdate(booking, moved),
      { Put: { TableName: this.tableName, Item: auditToItem(audit), ConditionExpression: 'attribute_not_exists(pk)' } },
      ...notificationItems(this.tableName, notifications),
      ...freed.map((l) => ({ Delete: { TableName: this.tableName, Key: l.key } })),
    ];
    try {
      await retryingConflicts(() =>
        this.client.send(
          new TransactWriteCommand({ TransactItems: [...head, ...taken.map((l) => this.lockPut(moved, l.key))] }),
        ),
      );
    } catch (error) {
      if (
        error instanceof TransactionCanceledException &&
        error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed'
      ) {
        this.stateChanged(error);
      }
      this.slotTaken(error, head.length, taken);
    }
  }

  async complete(booking: Booking, completed: Booking, usage: UsageRecord[], audit: AuditEntry) {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            this.bookingUpdate(booking, completed),
            ...usage.map((record) => usagePut(this.tableName, record)),
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
    } catch (error) {
      this.stateChanged(error);
    }
  }
}
