import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../../support/api.js';

let api: TestApi;
const operator = { persona: 'operator' as const };
const customer = { persona: 'customer-admin-A' as const };

/** The next Monday at least a week ahead, 00:00 UTC: comfortably inside every type's notice and horizon. */
const monday = (() => {
  const d = new Date(Date.now() + 7 * 86_400_000);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + ((8 - d.getUTCDay()) % 7));
})();
const at = (hours: number, minutes = 0) => new Date(monday + (hours * 60 + minutes) * 60_000).toISOString();

beforeAll(async () => {
  api = await createTestApi();
  const hours = {
    timeZone: 'UTC',
    weekly: ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day, start: '09:00', end: '17:00' })),
  };
  expect((await api.request('PUT', '/api/ops/availability', { ...operator, body: hours })).status).toBe(200);
});

const bookConsultation = (start: string, durationMinutes = 30) =>
  api.request('POST', '/api/bookings', { ...customer, body: { typeId: 'consultation', start, durationMinutes } });

describe('staff availability', () => {
  it('is kept per operator and validated', async () => {
    const mine = (await api.request('GET', '/api/ops/availability', operator)).json();
    expect(mine.weekly).toHaveLength(5);
    const overlapping = await api.request('PUT', '/api/ops/availability', {
      ...operator,
      body: {
        timeZone: 'Europe/Berlin',
        weekly: [
          { day: 'mon', start: '09:00', end: '12:00' },
          { day: 'mon', start: '11:00', end: '13:00' },
        ],
      },
    });
    expect(overlapping.status).toBe(422);
    const badTime = await api.request('PUT', '/api/ops/availability', {
      ...operator,
      body: { timeZone: 'Europe/Berlin', weekly: [{ day: 'mon', start: '09:10', end: '12:00' }] },
    });
    expect(badTime.json().errors[0].path).toBe('body.weekly.0.start');
  });
});

describe('booking', () => {
  it('shows free slots in the viewer’s zone and books one; the same slot again is 409 naming the quarter hour', async () => {
    const query = new URLSearchParams({
      type: 'consultation',
      from: at(0),
      to: at(24),
      timeZone: 'America/New_York',
      durationMinutes: '30',
    });
    const { slots } = (await api.request('GET', `/api/availability?${query}`, customer)).json();
    expect(slots[0]).toMatchObject({ staffIds: [api.users.operator.id] });
    expect(slots[0].start).toMatch(/T0[45]:00:00-0[45]:00$/); // 09:00 UTC in New York

    const booked = await bookConsultation(at(10));
    expect(booked.status).toBe(201);
    expect(booked.json()).toMatchObject({ status: 'confirmed', staffId: api.users.operator.id, holdEnd: at(10, 45) });
    const again = await bookConsultation(at(10));
    expect(again.status).toBe(409);
    expect(again.json().detail).toContain(`${at(10).slice(0, 10)}`);
    // The buffer after (15 min) keeps 10:30 taken; 10:45 is free again.
    expect((await bookConsultation(at(10, 30))).status).toBe(409);
    expect((await bookConsultation(at(10, 45))).status).toBe(201);

    const after = (await api.request('GET', `/api/availability?${query}`, customer))
      .json()
      .slots.map((s: { start: string }) => Date.parse(s.start));
    expect(after).not.toContain(Date.parse(at(10)));
  });

  it('refuses a start off the grid, too soon, or a duration the type does not offer — naming the field', async () => {
    expect((await bookConsultation(at(10, 5))).json().errors[0]).toMatchObject({
      path: 'body.start',
      message: 'starts on a quarter hour',
    });
    const soon = new Date(Math.ceil((Date.now() + 30 * 60_000) / 900_000) * 900_000).toISOString();
    expect((await bookConsultation(soon)).json().errors[0].path).toBe('body.start');
    expect((await bookConsultation(at(11), 20)).json().errors[0].path).toBe('body.durationMinutes');
    expect((await bookConsultation(at(20))).status).toBe(409); // outside working hours
  });

  it('hands-on sessions need an active plan; suspended organisations cannot book', async () => {
    const handsOn = await api.request('POST', '/api/bookings', {
      persona: 'customer-admin-B',
      body: { typeId: 'hands-on', start: at(13), durationMinutes: 60 },
    });
    expect(handsOn.status).toBe(409);
    expect(handsOn.json().code).toBe('BOOKING.NOT_ALLOWED');
    await api.request('POST', `/api/admin/tenants/${api.tenantB.id}/suspend`, {
      persona: 'provider-admin',
      body: { reason: 'Unpaid invoices since September.' },
    });
    const suspended = await api.request('POST', '/api/bookings', {
      persona: 'customer-admin-B',
      body: { typeId: 'consultation', start: at(14), durationMinutes: 30 },
    });
    expect(suspended.json()).toMatchObject({ status: 409, code: 'BOOKING.NOT_ALLOWED' });
    await api.request('POST', `/api/admin/tenants/${api.tenantB.id}/reactivate`, { persona: 'provider-admin' });
  });

  it('reschedules by moving the locks at once: the old slot is free, the new one taken', async () => {
    const booking = (await bookConsultation(at(12))).json();
    const moved = await api.request('POST', `/api/bookings/${booking.id}/reschedule`, {
      ...customer,
      body: { start: at(12, 15) },
    });
    expect(moved.json()).toMatchObject({ start: at(12, 15), status: 'confirmed' });
    // Overlapping its own old time is fine; another booking at the new time is not.
    expect((await bookConsultation(at(12, 15))).status).toBe(409);
    expect((await bookConsultation(at(11, 30))).status).toBe(201);
    const blocked = await api.request('POST', `/api/bookings/${booking.id}/reschedule`, {
      ...customer,
      body: { start: at(11, 30) },
    });
    expect(blocked.status).toBe(409);
    expect(
      (
        await api.request('POST', `/api/bookings/${booking.id}/reschedule`, {
          persona: 'customer-admin-B',
          body: { start: at(15) },
        })
      ).status,
    ).toBe(404);
  });

  it('cancels for free before the notice; the slot is free again', async () => {
    const booking = (await bookConsultation(at(15))).json();
    const cancelled = await api.request('POST', `/api/bookings/${booking.id}/cancel`, customer);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', lateCancellationFee: null });
    expect((await api.request('POST', `/api/bookings/${booking.id}/cancel`, customer)).status).toBe(409);
    expect((await bookConsultation(at(15))).status).toBe(201);
    const usage = (await api.table.items()).filter((i) => i.entity === 'usage' && i.sourceId === booking.id);
    expect(usage).toEqual([]);
  });

  it('lists the organisation’s bookings, and only those', async () => {
    const mine = (await api.request('GET', '/api/bookings?limit=200', customer)).json().items;
    expect(mine.length).toBeGreaterThan(3);
    expect(mine.every((b: { tenantId: string }) => b.tenantId === api.tenantA.id)).toBe(true);
    const theirs = (await api.request('GET', '/api/bookings', { persona: 'customer-admin-B' })).json().items;
    expect(theirs.every((b: { tenantId: string }) => b.tenantId === api.tenantB.id)).toBe(true);
    const calendar = (await api.request('GET', `/api/ops/bookings?from=${at(0)}&to=${at(24)}`, operator)).json().items;
    expect(calendar.map((b: { start: string }) => b.start)).toContain(at(10));
  });

  it('serves a booking as ICS in the organisation’s zone; another tenant gets 404', async () => {
    const booking = (await bookConsultation(at(13, 30))).json();
    const ics = await api.request('GET', `/api/bookings/${booking.id}.ics`, customer);
    expect(ics.status).toBe(200);
    expect(ics.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const text = ics.body.toString('utf8');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain(`UID:booking-${booking.id}@opsdesk`);
    expect(text).toContain('TZID:Europe/Berlin');
    expect((await api.request('GET', `/api/bookings/${booking.id}.ics`, { persona: 'customer-admin-B' })).status).toBe(
      404,
    );
    expect((await api.request('GET', `/api/bookings/${booking.id}.pdf`, customer)).status).toBe(404);
  });

  it('emergency call-outs book whoever is on call, at any hour, on plans that allow them', async () => {
    const quarter = 900_000;
    const soon = Math.ceil((Date.now() + 60 * 60_000) / quarter) * quarter;
    const shift = {
      staffId: api.users.operator.id,
      start: new Date(soon - 2 * 3_600_000).toISOString(),
      end: new Date(soon + 47 * 3_600_000).toISOString(),
    };
    expect(
      (await api.request('PUT', '/api/ops/on-call', { persona: 'operator', body: { shifts: [shift] } })).status,
    ).toBe(403);
    const overlapping = { shifts: [shift, { ...shift, start: new Date(soon).toISOString() }] };
    expect(
      (await api.request('PUT', '/api/ops/on-call', { persona: 'provider-admin', body: overlapping })).status,
    ).toBe(422);
    expect(
      (await api.request('PUT', '/api/ops/on-call', { persona: 'provider-admin', body: { shifts: [shift] } })).status,
    ).toBe(200);
    expect((await api.request('GET', '/api/ops/on-call', operator)).json().shifts).toEqual([shift]);

    const emergency = (persona: 'customer-admin-A' | 'customer-admin-B', start: number) =>
      api.request('POST', '/api/bookings', {
        persona,
        body: { typeId: 'emergency', start: new Date(start).toISOString(), durationMinutes: 60 },
      });
    expect((await emergency('customer-admin-B', soon)).json().code).toBe('BOOKING.NOT_ALLOWED');
    await api.request('POST', '/api/subscription', { ...customer, body: { planId: 'webmaster-eighth' } });
    const booked = await emergency('customer-admin-A', soon);
    expect(booked.status).toBe(201);
    expect(booked.json()).toMatchObject({ typeId: 'emergency', staffId: api.users.operator.id });

    const query = new URLSearchParams({
      type: 'emergency',
      from: new Date(soon).toISOString(),
      to: new Date(soon + 47 * 3_600_000).toISOString(),
      timeZone: 'UTC',
      durationMinutes: '30',
    });
    const starts: number[] = (await api.request('GET', `/api/availability?${query}`, customer))
      .json()
      .slots.map((s: { start: string }) => Date.parse(s.start));
    // Any hour of the day or night within the shift and the two-day horizon, but not over the booked hour.
    expect(new Set(starts.map((t) => new Date(t).getUTCHours())).size).toBe(24);
    expect(starts.every((t) => t < Date.parse(shift.end))).toBe(true);
    expect(starts).not.toContain(soon);
  });

  it('refuses to complete a booking that has not started', async () => {
    const booking = (await bookConsultation(at(16))).json();
    const early = await api.request('POST', `/api/ops/bookings/${booking.id}/complete`, {
      ...operator,
      body: { minutesSpent: 30 },
    });
    expect(early.status).toBe(409);
  });
});
