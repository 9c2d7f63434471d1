import { type SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { cleanCalendar } from '../../../shared/booking/ics.js';
import type { BookingNotification } from '../../../shared/booking/notifications.js';
import type { Notifier } from '../../../shared/booking/ports.js';
import { plainText, singleLine } from '../../../shared/platform/plain-text.js';

/**
 * A header value as RFC 2047 encoded words: one line (no CR, LF, U+2028/9 or other control character
 * can start a header of its own), split at whole characters so each word stays within 75 characters
 * (45 octets → 60 base64 characters), folded onto continuation lines.
 */
const encodeHeader = (text: string) => {
  const chunks: string[] = [];
  let chunk = '';
  for (const char of singleLine(text)) {
    if (chunk && Buffer.byteLength(chunk + char, 'utf8') > 45) {
      chunks.push(chunk);
      chunk = '';
    }
    chunk += char;
  }
  chunks.push(chunk);
  return chunks.map((part) => `=?UTF-8?B?${Buffer.from(part, 'utf8').toString('base64')}?=`).join('\r\n ');
};
const base64Lines = (text: string) =>
  (
    Buffer.from(text, 'utf8')
      .toString('base64')
      .match(/.{1,76}/g) ?? []
  ).join('\r\n');

/**
 * A MIME message: the text, and for booking e-mails the booking as `booking.ics` (text/calendar; method=PUBLISH).
 * Cleaned here too, not only where the notification is made: the outbox may hold items queued before.
 * Addresses and subject on one line each; the text in canonical form (CRLF, no other control but tab).
 */
export const mimeMessage = (notification: BookingNotification, from: string): string => {
  const boundary = `opsdesk-${notification.id}`.replace(/[^A-Za-z0-9'()+_,./:=?-]/g, '_').slice(0, 70);
  return [
    `From: ${singleLine(from)}`,
    `To: ${singleLine(notification.to)}`,
    `Subject: ${encodeHeader(notification.subject)}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(plainText(notification.text).replace(/\n/g, '\r\n')),
    ...(notification.ics
      ? [
          `--${boundary}`,
          'Content-Type: text/calendar; charset=UTF-8; method=PUBLISH; name="booking.ics"',
          'Content-Disposition: attachment; filename="booking.ics"',
          'Content-Transfer-Encoding: base64',
          '',
          base64Lines(cleanCalendar(notification.ics)),
        ]
      : []),
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
        Destination: { ToAddresses: [singleLine(notification.to)] },
        Content: { Raw: { Data: Buffer.from(mimeMessage(notification, this.from), 'utf8') } },
      }),
    );
  }
}
