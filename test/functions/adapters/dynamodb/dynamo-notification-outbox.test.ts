import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoNotificationOutbox } from '../../../../functions/adapters/dynamodb/dynamo-notification-outbox.js';
import { keys } from '../../../../functions/adapters/dynamodb/keys.js';
import type { BookingNotification, NotificationKind } from '../../../../shared/booking/notifications.js';
import { createTestTable, type TestTable } from '../../../support/dynamo.js';

/** The outbox on DynamoDB Local: urgent e-mails first, a month's service reports behind them in their own partition. */
let table: TestTable;
let outbox: DynamoNotificationOutbox;

beforeAll(async () => {
  table = await createTestTable();
  outbox = new DynamoNotificationOutbox(table.client, table.tableName);
});

const mail = (id: string, kind: NotificationKind, dueAt: string): BookingNotification => ({
  id,
  kind,
  bookingId: null,
  tenantId: 'tenant-o',
  to: 'someone@example.org',
  subject: id,
  text: id,
  ics: null,
  dueAt,
});

const queue = (notification: BookingNotification) =>
  table.client.send(
    new PutCommand({
      TableName: table.tableName,
      Item: { ...keys.notification(notification), entity: 'notification', v: 1, ...notification },
    }),
  );

describe('the outbox', () => {
  it('gives urgent e-mails first, however many older reports wait; each partition up to the limit', async () => {
    const reports = ['r1', 'r2', 'r3'].map((id, index) =>
      mail(`service_report-${id}`, 'service_report', `2026-12-01T02:0${index}:00.000Z`),
    );
    const page = mail('incident_page-1', 'incident_page', '2026-12-01T02:30:00.000Z');
    const later = mail('confirmation-later', 'confirmation', '2026-12-01T09:00:00.000Z');
    for (const notification of [...reports, page, later]) await queue(notification);

    const due = await outbox.due('2026-12-01T03:00:00.000Z', 2);
    expect(due.map((notification) => notification.id)).toEqual([
      'incident_page-1',
      'service_report-r1',
      'service_report-r2',
    ]);

    for (const notification of due) await outbox.remove(notification);
    expect((await outbox.due('2026-12-01T03:00:00.000Z', 2)).map((notification) => notification.id)).toEqual([
      'service_report-r3',
    ]);
  });
});
