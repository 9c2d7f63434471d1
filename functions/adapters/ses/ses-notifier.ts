import { type SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { BookingNotification } from '../../../shared/booking/notifications.js';
import type { Notifier } from '../../../shared/booking/ports.js';

const encodeHeader = (text: string) => `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
const base64Lines = (text: string) =>
  (
    Buffer.from(text, 'utf8')
      .toString('base64')
      .match(/.{1,76}/g) ?? []
  ).join('\r\n');

/** A MIME message: the text, and the booking as `booking.ics` (text/calendar; method=PUBLISH). */
export const mimeMessage = (notification: BookingNotification, from: string): string => {
  const boundary = `opsdesk-${notification.id}`;
  return [
    `From: ${from}`,
    `To: ${notification.to}`,
    `Subject: ${encodeHeader(notification.subject)}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(notification.text),
    `--${boundary}`,
    'Content-Type: text/calendar; charset=UTF-8; method=PUBLISH; name="booking.ics"',
    'Content-Disposition: attachment; filename="booking.ics"',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(notification.ics),
    `--${boundary}--`,
    '',
  ].join('\r\n');
};

/** Booking e-mails through Amazon SES (v2), as raw MIME so the ICS travels as an attachment. */
export class SesNotifier implements Notifier {
  constructor(
    private readonly client: SESv2Client,
    private readonly from: string,
  ) {}

  async send(notification: BookingNotification) {
    await this.client.send(
      new SendEmailCommand({
        FromEmailAddress: this.from,
        Destination: { ToAddresses: [notification.to] },
        Content: { Raw: { Data: Buffer.from(mimeMessage(notification, this.from), 'utf8') } },
      }),
    );
  }
}
