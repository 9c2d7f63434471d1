import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { SesNotifier } from '../../../../functions/adapters/ses/ses-notifier.js';
import type { BookingNotification } from '../../../../shared/booking/notifications.js';

const notification: BookingNotification = {
  id: 'confirmation-b1-1',
  kind: 'confirmation',
  bookingId: 'b1',
  tenantId: 't1',
  to: 'olga@demo.example',
  subject: 'Booking confirmed: Consultation, 2030-03-04 17:00 (Europe/Berlin)',
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
    expect(raw).toContain(Buffer.from(notification.ics).toString('base64'));
    expect(raw).toContain('Subject: =?UTF-8?B?');
  });
});
