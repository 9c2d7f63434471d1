import { DeleteCommand, type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { BookingNotification } from '../../../shared/booking/notifications.js';
import type { NotificationOutbox, Notifier } from '../../../shared/booking/ports.js';
import { keys } from './keys.js';

const fromItem = (item: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(item).filter(([name]) => !(keys.storageAttributes as readonly string[]).includes(name)),
  ) as unknown as BookingNotification;

export class DynamoNotificationOutbox implements NotificationOutbox {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async due(now: string, limit: number) {
    const { Items = [] } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND sk <= :now',
        ExpressionAttributeValues: { ':pk': keys.notificationPartition, ':now': `${now}#~` },
        Limit: limit,
      }),
    );
    return Items.map(fromItem);
  }

  async remove(notification: BookingNotification) {
    await this.client.send(
      new DeleteCommand({ TableName: this.tableName, Key: keys.notification(notification.dueAt, notification.id) }),
    );
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
   * One tenant's are filtered in the query and read on page after page until `limit` match or the mailbox ends,
   * so other tenants' newer mail cannot starve the page (the mailbox is the local stack's, and small).
   */
  async list(limit: number, tenantId: string | null = null): Promise<(BookingNotification & { sentAt: string })[]> {
    const found: Record<string, unknown>[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const { Items = [], LastEvaluatedKey } = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ...(tenantId === null
            ? { ExpressionAttributeValues: { ':pk': keys.mailboxPartition }, Limit: limit }
            : {
                FilterExpression: 'tenantId = :tenantId',
                ExpressionAttributeValues: { ':pk': keys.mailboxPartition, ':tenantId': tenantId },
                Limit: Math.max(limit, 100),
              }),
          ScanIndexForward: false,
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        }),
      );
      found.push(...Items);
      startKey = tenantId === null ? undefined : LastEvaluatedKey;
    } while (startKey && found.length < limit);
    return found.slice(0, limit).map((item) => ({ ...fromItem(item), sentAt: String(item.sk).split('#')[0] ?? '' }));
  }
}
