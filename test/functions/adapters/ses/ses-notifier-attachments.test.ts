import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { serviceReportPdfFilename } from '../../../../functions/adapters/pdf/report-pdf.js';
import { reportAttachments } from '../../../../functions/adapters/ses/report-attachments.js';
import { mimeMessage, SesNotifier } from '../../../../functions/adapters/ses/ses-notifier.js';
import type { BookingNotification } from '../../../../shared/booking/notifications.js';
import { InMemoryReportStore, storedReportFixture } from '../../../support/report-fakes.js';
import { serviceReportFixture } from '../../../support/report-fixture.js';

const report = serviceReportFixture({ tenantId: 'tenant-a', periodId: '2026-10' });

const notification: BookingNotification = {
  id: 'service_report-tenant-a-2026-10-0a1b2c3d',
  kind: 'service_report',
  bookingId: null,
  incidentId: null,
  tenantId: 'tenant-a',
  to: 'anna@acme.example',
  subject: 'Service report for October 2026: Acme GmbH',
  text: 'Hello Anna,\nthe report is ready.',
  ics: null,
  attachment: { type: 'service_report', periodId: '2026-10' },
  dueAt: '2026-11-01T00:05:00.000Z',
};

/** The MIME parts after the headers, split at the boundary: [preamble, text, …files]. */
const partsOf = (raw: string) =>
  raw
    .split('\r\n\r\n')
    .slice(1)
    .join('\r\n\r\n')
    .split(/(?:^|\r\n)--opsdesk-[^\r\n]*/);

const storeWithReport = async () => {
  const store = new InMemoryReportStore();
  await store.create(storedReportFixture('tenant-a', '2026-10'), [], {
    id: 'a-1',
    tenantId: 'tenant-a',
    at: '2026-11-01T00:05:00.000Z',
    actor: { userId: 'system', email: 'system@opsdesk', roles: [] },
    action: 'report.generated',
    target: { type: 'report', id: '2026-10' },
    details: {},
  });
  return store;
};

describe('mimeMessage with attachments', () => {
  it('adds each file as a base64 part with its content type and a safe file name', () => {
    const bytes = new Uint8Array(Buffer.from('%PDF-1.7\n binary \u0000\u00ff tail', 'latin1'));
    const raw = mimeMessage(notification, 'reports@opsdesk.example', [
      { filename: 'Service report "2026-10"\r\nBcc: x.pdf', contentType: 'application/pdf', bytes },
    ]);
    const parts = partsOf(raw);
    const file = parts[2] ?? '';
    expect(file).toContain('Content-Type: application/pdf; name="Service_report__2026-10___Bcc__x.pdf"');
    expect(file).toContain('Content-Disposition: attachment; filename="Service_report__2026-10___Bcc__x.pdf"');
    expect(file).toContain('Content-Transfer-Encoding: base64');
    const body = file.split('\r\n\r\n')[1] ?? '';
    expect(body.split('\r\n').every((line) => line.length <= 76)).toBe(true);
    expect(Buffer.from(body.replace(/\r\n/g, ''), 'base64')).toEqual(Buffer.from(bytes));
    expect(raw).not.toContain('text/calendar');
    expect(raw.endsWith(`\r\n--opsdesk-${notification.id}--\r\n`)).toBe(true);
  });

  it('sends no file part without attachments (the booking e-mails stay as they were)', () => {
    expect(mimeMessage(notification, 'reports@opsdesk.example')).not.toContain('Content-Disposition');
  });
});

describe('SesNotifier with report attachments', () => {
  it('attaches the stored report’s PDF to a service report e-mail', async () => {
    const ses = mockClient(SESv2Client);
    ses.on(SendEmailCommand).resolves({ MessageId: 'm-1' });
    const notifier = new SesNotifier(
      new SESv2Client({ region: 'eu-central-1' }),
      'reports@opsdesk.example',
      reportAttachments(await storeWithReport()),
    );
    await notifier.send(notification);
    const raw = Buffer.from(ses.commandCalls(SendEmailCommand)[0]!.args[0].input.Content!.Raw!.Data!).toString('utf8');
    const file = partsOf(raw)[2] ?? '';
    const filename = serviceReportPdfFilename(report).replace(/[^A-Za-z0-9._-]/g, '_');
    expect(file).toContain(`Content-Type: application/pdf; name="${filename}"`);
    const pdf = Buffer.from((file.split('\r\n\r\n')[1] ?? '').replace(/\r\n/g, ''), 'base64');
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('throws when the report is not stored, so the e-mail stays in the outbox, and sends nothing', async () => {
    const ses = mockClient(SESv2Client);
    ses.on(SendEmailCommand).resolves({ MessageId: 'm-1' });
    const notifier = new SesNotifier(
      new SESv2Client({ region: 'eu-central-1' }),
      'reports@opsdesk.example',
      reportAttachments(new InMemoryReportStore()),
    );
    await expect(notifier.send(notification)).rejects.toThrow('No service report of tenant-a for 2026-10');
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(0);
  });

  it('asks for no file for an e-mail without an attachment reference', async () => {
    const ses = mockClient(SESv2Client);
    ses.on(SendEmailCommand).resolves({ MessageId: 'm-1' });
    let asked = 0;
    const notifier = new SesNotifier(new SESv2Client({ region: 'eu-central-1' }), 'x@opsdesk.example', async () => {
      asked += 1;
      return [];
    });
    await notifier.send({ ...notification, attachment: null });
    expect(asked).toBe(0);
    expect(ses.commandCalls(SendEmailCommand)).toHaveLength(1);
  });
});
