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

  it('passes over e-mails waiting for a retry, however many, and gives them again once their time has come', async () => {
    const stuck = Array.from({ length: 30 }, (_, index) =>
      mail(`incident_page-stuck-${String(index).padStart(2, '0')}`, 'incident_page', '2026-12-02T02:00:00.000Z'),
    );
    const fresh = mail('confirmation-fresh', 'confirmation', '2026-12-02T02:30:00.000Z');
    for (const notification of [...stuck, fresh]) await queue(notification);
    for (const notification of stuck) await outbox.postpone(notification, '2026-12-02T04:00:00.000Z');

    // 30 postponed e-mails at the head of the partition, more than a page: the fresh one behind them still goes out.
    const mine = (notifications: BookingNotification[]) =>
      notifications.map((notification) => notification.id).filter((id) => id.includes('stuck') || id.includes('fresh'));
    expect(mine(await outbox.due('2026-12-02T03:00:00.000Z', 25))).toEqual(['confirmation-fresh']);
    const later = (await outbox.due('2026-12-02T04:00:00.000Z', 50)).filter((n) => n.id.includes('stuck'));
    expect(later).toHaveLength(30);
    expect(later[0]).toMatchObject({ attempts: 1, retryAt: '2026-12-02T04:00:00.000Z' });

    // A withdrawn e-mail (a booking changed) is not brought back by a late postpone.
    await outbox.remove(fresh);
    await outbox.postpone(fresh, '2026-12-02T05:00:00.000Z');
    expect(
      (await outbox.due('2026-12-02T06:00:00.000Z', 50)).some((notification) => notification.id === fresh.id),
    ).toBe(false);
  });
});
