import { randomUUID } from 'node:crypto';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { sendDueNotifications } from '../../shared/booking/bookings.js';
import type { BookingNotification } from '../../shared/booking/notifications.js';
import type { NotificationOutbox, Notifier } from '../../shared/booking/ports.js';
import { DynamoNotificationOutbox, LocalMailbox } from '../adapters/dynamodb/dynamo-notification-outbox.js';
import { DynamoReportStore } from '../adapters/dynamodb/dynamo-report-store.js';
import { reportAttachments } from '../adapters/ses/report-attachments.js';
import { SesNotifier } from '../adapters/ses/ses-notifier.js';
import { ENV, requireEnv } from '../config/env.js';
import { clock } from '../config/platform.js';
import { tableConfig } from '../config/table.js';
import { logger } from '../observability/logger.js';
import { acceptedCorrelationId, runInRequestContext } from '../observability/request-context.js';
import { traceClient } from '../observability/tracer.js';
import { scheduledJob } from '../platform/scheduled-job.js';

const { client, tableName } = tableConfig();
const kind = requireEnv(ENV.notifier);
// The local mailbox stores the notification as queued: its attachment stays a reference (the API serves the PDF).
const mail: Notifier =
  kind === 'ses'
    ? new SesNotifier(
        traceClient(new SESv2Client({})),
        requireEnv(ENV.notificationFrom),
        reportAttachments(new DynamoReportStore(client, tableName)),
      )
    : new LocalMailbox(client, tableName, () => clock.now());

/**
 * The outbox and the mail, as the use case sees them, with each item's correlation id (stored by the request that
 * queued it, functions/adapters/dynamodb/dynamo-booking-repository.ts) taken off the item and put on its sending:
 * the item goes out as the domain knows it, and every log line of sending it names the request it came from.
 */
export const correlatedSending = (
  outbox: NotificationOutbox,
  notifier: Notifier,
  requestId: () => string,
): { outbox: NotificationOutbox; notifier: Notifier } => {
  const correlationOf = new Map<string, string | undefined>();
  return {
    outbox: {
      due: async (now, limit) => {
        correlationOf.clear();
        return (await outbox.due(now, limit)).map((item) => {
          const { correlationId, ...notification } = item as BookingNotification & { correlationId?: unknown };
          correlationOf.set(notification.id, acceptedCorrelationId(correlationId));
          return notification;
        });
      },
      remove: (notification) => outbox.remove(notification),
      postpone: (notification, retryAt) => outbox.postpone(notification, retryAt),
    },
    notifier: {
      send: (notification) => {
        const id = requestId();
        const correlationId = correlationOf.get(notification.id) ?? id;
        return runInRequestContext(
          { requestId: id, correlationId, tenantId: notification.tenantId, userId: null },
          async () => {
            await notifier.send(notification);
            logger.info('Sent booking notification', {
              notificationId: notification.id,
              kind: notification.kind,
              bookingId: notification.bookingId,
              incidentId: notification.incidentId ?? null,
            });
          },
        );
      },
    },
  };
};

/** Scheduled every minute: sends due booking notifications (confirmations, changes, reminders); records its heartbeat. */
export const handler = scheduledJob(
  'send-notifications',
  async (_event?: unknown, context?: { awsRequestId?: string }): Promise<{ sent: number }> => {
    // The invocation's request id; the local scheduler passes no context, so a run gets one of its own.
    const requestId = context?.awsRequestId ?? randomUUID();
    const sending = correlatedSending(new DynamoNotificationOutbox(client, tableName), mail, () => requestId);
    const result = await sendDueNotifications({ ...sending, clock });
    if (result.sent) logger.info('Sent booking notifications', { sent: result.sent });
    return result;
  },
  (result) => result.sent,
);
