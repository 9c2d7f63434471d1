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
const base64Lines = (content: string | Uint8Array) =>
  (
    (typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content))
      .toString('base64')
      .match(/.{1,76}/g) ?? []
  ).join('\r\n');

/** A file sent with an e-mail (the service report's PDF), made when the e-mail is sent. */
export interface MailAttachment {
  filename: string;
  contentType: 'application/pdf';
  bytes: Uint8Array;
}

/** What a notification's `attachment` reference stands for: its files, read and rendered at sending time. */
export type AttachmentResolver = (notification: BookingNotification) => Promise<MailAttachment[]>;

/** A file name safe in a quoted header parameter: letters, digits, dot, hyphen and underscore. */
const safeFilename = (name: string): string => name.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 100) || 'attachment';

/**
 * A MIME message: the text, for booking e-mails the booking as `booking.ics` (text/calendar; method=PUBLISH), and
 * any files (`attachments`: the service report's PDF, base64).
 * Cleaned here too, not only where the notification is made: the outbox may hold items queued before.
 * Addresses and subject on one line each; the text in canonical form (CRLF, no other control but tab).
 */
export const mimeMessage = (
  notification: BookingNotification,
  from: string,
  attachments: readonly MailAttachment[] = [],
): string => {
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
    ...attachments.flatMap((file) => {
      const filename = safeFilename(file.filename);
      return [
        `--${boundary}`,
        `Content-Type: ${file.contentType}; name="${filename}"`,
        `Content-Disposition: attachment; filename="${filename}"`,
        'Content-Transfer-Encoding: base64',
        '',
        base64Lines(file.bytes),
      ];
    }),
    `--${boundary}--`,
    '',
  ].join('\r\n');
};

/**
 * E-mails through Amazon SES (v2), as raw MIME so the ICS and files travel as attachments. A notification with an
 * `attachment` reference gets its files from `attachments` (a failure throws: the item stays in the outbox and is
 * sent again later).
 */
export class SesNotifier implements Notifier {
  constructor(
    private readonly client: SESv2Client,
    private readonly from: string,
    private readonly attachments: AttachmentResolver = async () => [],
  ) {}

  async send(notification: BookingNotification) {
    const files = notification.attachment ? await this.attachments(notification) : [];
    await this.client.send(
      new SendEmailCommand({
        FromEmailAddress: this.from,
        Destination: { ToAddresses: [singleLine(notification.to)] },
        Content: { Raw: { Data: Buffer.from(mimeMessage(notification, this.from, files), 'utf8') } },
      }),
    );
  }
}
