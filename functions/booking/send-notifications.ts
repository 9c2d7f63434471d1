import { SESv2Client } from '@aws-sdk/client-sesv2';
import { sendDueNotifications } from '../../shared/booking/bookings.js';
import type { Notifier } from '../../shared/booking/ports.js';
import { DynamoNotificationOutbox, LocalMailbox } from '../adapters/dynamodb/dynamo-notification-outbox.js';
import { SesNotifier } from '../adapters/ses/ses-notifier.js';
import { ENV, requireEnv } from '../config/env.js';
import { clock } from '../config/platform.js';
import { tableConfig } from '../config/table.js';
import { logger } from '../observability/logger.js';

const { client, tableName } = tableConfig();
const outbox = new DynamoNotificationOutbox(client, tableName);
const kind = requireEnv(ENV.notifier);
const notifier: Notifier =
  kind === 'ses'
    ? new SesNotifier(new SESv2Client({}), requireEnv(ENV.notificationFrom))
    : new LocalMailbox(client, tableName, () => clock.now());

/** Scheduled every minute: sends due booking notifications (confirmations, changes, reminders). */
export const handler = async (): Promise<{ sent: number }> => {
  const result = await sendDueNotifications({ outbox, notifier, clock });
  if (result.sent) logger.info('Sent booking notifications', { sent: result.sent });
  return result;
};
