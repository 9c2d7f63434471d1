import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { SesNotifier } from '../../../../functions/adapters/ses/ses-notifier.js';
import type { BookingNotification } from '../../../../shared/booking/notifications.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
const CONTROL_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

const notification: BookingNotification = {
  id: 'confirmation-b1-1',
  kind: 'confirmation',
  bookingId: 'b1',
  tenantId: 't1',
  to: 'olga@demo.example',
  subject: 'Booking confirmed: Consultation, Mon 4 Mar 2030, 17:00 (Europe/Berlin)',
  text: 'Hello Olga,\nyour Consultation … ü',
  ics: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
  dueAt: '2030-03-01T00:00:00.000Z',
};

describe('SesNotifier', () => {
  it('sends raw MIME from the configured sender with the ICS as an attachment', async () => {
    const ses = mockClient(SESv2Client);
    ses.on(SendEmailCommand).resolves({ MessageId: 'm-1' });
    await new SesNotifier(new SESv2Client({ region: 'eu-central-1' }), 'bookings@opsdesk.example').send(notification);
    const input = ses.commandCalls(SendEmailCommand)[0]!.args[0].input;
    expect(input.FromEmailAddress).toBe('bookings@opsdesk.example');
    expect(input.Destination).toEqual({ ToAddresses: ['olga@demo.example'] });
    const raw = Buffer.from(input.Content!.Raw!.Data!).toString('utf8');
    expect(raw).toContain('Content-Type: text/calendar; charset=UTF-8; method=PUBLISH; name="booking.ics"');
    expect(raw).toContain('Content-Disposition: attachment; filename="booking.ics"');
    expect(raw).toContain(Buffer.from(notification.ics ?? '').toString('base64'));
    expect(raw).toContain('Subject: =?UTF-8?B?');
  });

  it('lets no header be injected and no control character through, even from a notification queued unclean', async () => {
    // As an outbox item written before names and notes were cleaned could still hold it.
    const hostile: BookingNotification = {
      ...notification,
      to: 'olga@demo.example\r\nBcc: evil@example.com',
      subject: `Booking confirmed: Olga\r\nBcc: evil@example.com\u2028\u2029\u0000\u0085\u007f ${'Ü'.repeat(40)}\r`,
      text: 'Hello Olga\rBcc: x\u2028a\u2029b\u0000c\u0085d\u007fe\tf\r\ng\nh',
      ics: 'BEGIN:VCALENDAR\r\nDESCRIPTION:x\rATTENDEE:mailto:evil@example.com\u2028\u0000\u0085\u007f\r\nEND:VCALENDAR\r\n',
    };
    const ses = mockClient(SESv2Client);
    ses.on(SendEmailCommand).resolves({ MessageId: 'm-1' });
    await new SesNotifier(new SESv2Client({ region: 'eu-central-1' }), 'bookings@opsdesk.example').send(hostile);
    const input = ses.commandCalls(SendEmailCommand)[0]!.args[0].input;
    expect(input.Destination?.ToAddresses?.join()).not.toMatch(CONTROL_OR_BREAK);
    const raw = Buffer.from(input.Content!.Raw!.Data!).toString('utf8');
    // Lines end in CRLF only, and the message holds no other control character.
    expect(raw).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
    expect(raw.replace(/\r\n/g, '')).not.toMatch(CONTROL_OR_BREAK);

    const [head = '', ...rest] = raw.split('\r\n\r\n');
    const headers = head.replace(/\r\n[ \t]/g, ' ').split('\r\n');
    expect(headers.map((line) => line.split(':')[0])).toEqual([
      'From',
      'To',
      'Subject',
      'MIME-Version',
      'Content-Type',
    ]);
    expect(headers.filter((line) => /^bcc:/i.test(line))).toEqual([]);
    // RFC 2047: every encoded word at most 75 characters; decoded, the subject is one clean line.
    const words = [...(headers[2] ?? '').matchAll(/=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=/g)];
    expect(words.every((word) => word[0].length <= 75)).toBe(true);
    expect(words.map((word) => Buffer.from(word[1]!, 'base64').toString('utf8')).join('')).toBe(
      `Booking confirmed: Olga Bcc: evil@example.com ${'Ü'.repeat(40)}`,
    );
    expect(raw.split('\r\n').every((line) => line.length <= 998)).toBe(true);

    const parts = rest.join('\r\n\r\n').split(/(?:^|\r\n)--opsdesk-[^\r\n]*/);
    const decoded = (index: number) =>
      Buffer.from((parts[index] ?? '').split('\r\n\r\n')[1] ?? '', 'base64').toString('utf8');
    // The text part in canonical form (CRLF line breaks), no stray CR, no controls but tab.
    expect(decoded(1)).toBe('Hello Olga\r\nBcc: x\r\na\r\nbcde\tf\r\ng\r\nh');
    // The calendar keeps its lines; what hid a line break in them is gone.
    expect(decoded(2)).toBe('BEGIN:VCALENDAR\r\nDESCRIPTION:xATTENDEE:mailto:evil@example.com\r\nEND:VCALENDAR\r\n');
  });
});
