import { beforeAll, describe, expect, it } from 'vitest';
import { LocalMailbox } from '../../../functions/adapters/dynamodb/dynamo-notification-outbox.js';
import type { BookingNotification } from '../../../shared/booking/notifications.js';
import { createTestApi, type Persona, type TestApi } from '../../support/api.js';

let api: TestApi;
let sent = 0;
/** Each mail a second after the one before, from 2030-01-01: the order the mailbox lists them in is known. */
const send = async (tenantId: string, label: string) => {
  const n = sent++;
  const mailbox = new LocalMailbox(
    api.table.client,
    api.table.tableName,
    () => new Date(Date.UTC(2030, 0, 1) + n * 1000),
  );
  const notification: BookingNotification = {
    id: `confirmation-${label}-${n}`,
    kind: 'confirmation',
    bookingId: `booking-${label}-${n}`,
    tenantId,
    to: `${label}@example.com`,
    subject: `Booking confirmed: ${label} ${n}`,
    text: 'Hello',
    ics: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
    dueAt: '2030-01-01T00:00:00.000Z',
  };
  await mailbox.send(notification);
  return notification;
};

beforeAll(async () => {
  api = await createTestApi();
  // Three mails of tenant A, then sixty of tenant B: a page of 50 read before filtering would hold none of A's.
  for (let i = 0; i < 3; i++) await send(api.tenantA.id, 'a');
  for (let i = 0; i < 60; i++) await send(api.tenantB.id, 'b');
});

const list = async (persona: Persona) => {
  const response = await api.request('GET', '/auth/dev/mailbox', { persona });
  return { status: response.status, response, items: () => response.json().items as BookingNotification[] };
};

describe('GET /auth/dev/mailbox', () => {
  it('needs a token', async () => {
    const { status, response } = await list('anonymous');
    expect(status).toBe(401);
    expect(response.headers['content-type']).toBe('application/problem+json');
    expect((await list('removed-member-A')).status).toBe(401);
  });

  it('shows a customer only their own organisation’s mail, even when other tenants’ fill a page', async () => {
    for (const persona of ['customer-admin-A', 'customer-member-A', 'demoted-admin-A'] as const) {
      const { status, items } = await list(persona);
      expect(status, persona).toBe(200);
      expect(
        items().map((item) => item.subject),
        persona,
      ).toEqual(['Booking confirmed: a 2', 'Booking confirmed: a 1', 'Booking confirmed: a 0']);
    }
    const b = (await list('customer-admin-B')).items();
    expect(b).toHaveLength(50);
    expect(b.every((item) => item.tenantId === api.tenantB.id)).toBe(true);
    expect(b[0]?.subject).toBe('Booking confirmed: b 62');
  });

  it('shows provider staff every tenant’s mail, newest first, 50 at most', async () => {
    for (const persona of ['operator', 'finance', 'provider-admin'] as const) {
      const { status, items } = await list(persona);
      expect(status, persona).toBe(200);
      expect(items()).toHaveLength(50);
      expect(items()[0]).toMatchObject({ subject: 'Booking confirmed: b 62', sentAt: '2030-01-01T00:01:02.000Z' });
    }
  });
});
