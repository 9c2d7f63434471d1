import { type DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry } from '../../../shared/audit/audit-entry.js';
import type { BalanceBookings, BalanceLevel, BalanceNotices } from '../../../shared/billing/ports.js';
import { type Booking, BookingSchema } from '../../../shared/booking/model.js';
import type { BookingNotification } from '../../../shared/booking/notifications.js';
import { auditToItem } from './audit-item.js';
import { keys } from './keys.js';
import { notificationPuts } from './monitoring-items.js';
import { queryAll } from './pagination.js';
import { cancellationCodes, retryingConflicts } from './transactions.js';

/**
 * Balance warnings on the table: the guard `T#<tenant>` / `BALANCE_NOTICE#<period>#<level>` is put only if absent, in
 * the same transaction as the e-mails of the outbox (`P#NOTIFY`, as the booking repository queues them) and the audit
 * entry. Two requests that race for the same warning: one transaction commits, the other is cancelled by the guard's
 * condition and queues nothing.
 */
export class DynamoBalanceNotices implements BalanceNotices {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async queue(
    tenantId: string,
    periodId: string,
    level: BalanceLevel,
    notifications: BookingNotification[],
    audit?: AuditEntry,
  ): Promise<boolean> {
    const TableName = this.tableName;
    const items = [
      {
        Put: {
          TableName,
          Item: {
            ...keys.balanceNotice(tenantId, periodId, level),
            entity: 'balance_notice',
            v: 1,
            tenantId,
            periodId,
            level,
            notifications: notifications.length,
            ...(audit ? { at: audit.at } : {}),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      // The sender's log line of each e-mail leads back to the request that queued it (its correlation id).
      ...notificationPuts(TableName, notifications),
      ...(audit
        ? [{ Put: { TableName, Item: auditToItem(audit), ConditionExpression: 'attribute_not_exists(pk)' } }]
        : []),
    ];
    try {
      await retryingConflicts(() => this.client.send(new TransactWriteCommand({ TransactItems: items })));
      return true;
    } catch (error) {
      // The guard exists: this warning was queued before (or by the request that won the race).
      if (cancellationCodes(error)?.[0] === 'ConditionalCheckFailed') return false;
      throw error;
    }
  }
}

const bookingFromItem = (item: Record<string, unknown>): Booking =>
  BookingSchema.parse(
    Object.fromEntries(
      Object.entries(item).filter(([name]) => !(keys.storageAttributes as readonly string[]).includes(name)),
    ),
  );

/**
 * The confirmed bookings of a tenant that start in a window, for its balance: one query of the tenant's bookings,
 * filtered on the table (a tenant's bookings are few; they have no index by start).
 */
export class DynamoBalanceBookings implements BalanceBookings {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async confirmedStartingBetween(tenantId: string, start: string, end: string): Promise<Booking[]> {
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      FilterExpression: '#status = :confirmed AND #start >= :start AND #start < :end',
      ExpressionAttributeNames: { '#status': 'status', '#start': 'start' },
      ExpressionAttributeValues: {
        ':pk': keys.tenantPartition(tenantId),
        ':prefix': keys.bookingPrefix,
        ':confirmed': 'confirmed',
        ':start': start,
        ':end': end,
      },
    });
    return items.map(bookingFromItem);
  }
}
