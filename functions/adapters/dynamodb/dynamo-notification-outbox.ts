import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { BookingNotification } from '../../../shared/booking/notifications.js';
import type { NotificationOutbox, Notifier } from '../../../shared/booking/ports.js';
import { keys } from './keys.js';
import { queryAll } from './pagination.js';

const fromItem = (item: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(item).filter(([name]) => !(keys.storageAttributes as readonly string[]).includes(name)),
  ) as unknown as BookingNotification;

/** How many pages of a partition one `due` reads at most, passing over e-mails that wait for a retry. */
const DUE_PAGES = 8;

export class DynamoNotificationOutbox implements NotificationOutbox {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /**
   * The due e-mails, oldest first: up to `limit` of the urgent partition (pages, bookings, warnings), then up to
   * `limit` bulk ones (service reports). Urgent mail never waits behind a month's reports; the reports still drain
   * at `limit` a run when urgent mail is busy.
   */
  async due(now: string, limit: number) {
    // E-mails waiting for a retry are passed over (a filter after each page's read): a few more pages are read so
    // that postponed ones at the head never starve those behind them.
    const read = async (pk: string) => {
      const found: BookingNotification[] = [];
      let start: Record<string, unknown> | undefined;
      for (let page = 0; page < DUE_PAGES && found.length < limit; page += 1) {
        const { Items = [], LastEvaluatedKey } = await this.client.send(
          new QueryCommand({
            TableName: this.tableName,
            KeyConditionExpression: 'pk = :pk AND sk <= :now',
            FilterExpression: 'attribute_not_exists(retryAt) OR retryAt = :none OR retryAt <= :at',
            ExpressionAttributeValues: { ':pk': pk, ':now': `${now}#~`, ':at': now, ':none': null },
            Limit: limit,
            ...(start ? { ExclusiveStartKey: start } : {}),
          }),
        );
        found.push(...Items.map(fromItem));
        start = LastEvaluatedKey;
        if (!start) break;
      }
      return found.slice(0, limit);
    };
    return [...(await read(keys.notificationPartition)), ...(await read(keys.bulkNotificationPartition))];
  }

  async remove(notification: BookingNotification) {
    await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: keys.notification(notification) }));
  }

  async postpone(notification: BookingNotification, retryAt: string) {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.notification(notification),
          UpdateExpression: 'SET retryAt = :retryAt, attempts = if_not_exists(attempts, :zero) + :one',
          // Withdrawn meanwhile (a booking changed): nothing to retry.
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':retryAt': retryAt, ':zero': 0, ':one': 1 },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }
}

/** The local stack's "e-mail": sent notifications kept in the table, for the web app's dev mailbox. */
export class LocalMailbox implements Notifier {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly now: () => Date,
  ) {}

  async send(notification: BookingNotification) {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keys.mailbox(this.now().toISOString(), notification.id), entity: 'mail', v: 1, ...notification },
      }),
    );
  }

  /**
   * The newest messages first, at most `limit`: every tenant's (`tenantId` null, provider staff) or one tenant's.
   * One tenant's are filtered in the query over the whole mailbox, so other tenants' newer mail cannot starve the
   * page (the mailbox is the local stack's, and small).
   */
  async list(limit: number, tenantId: string | null = null): Promise<(BookingNotification & { sentAt: string })[]> {
    const found = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.mailboxPartition, ...(tenantId ? { ':tenantId': tenantId } : {}) },
      ...(tenantId ? { FilterExpression: 'tenantId = :tenantId' } : {}),
      ScanIndexForward: false,
    });
    return found.slice(0, limit).map((item) => ({ ...fromItem(item), sentAt: String(item.sk).split('#')[0] ?? '' }));
  }
}
