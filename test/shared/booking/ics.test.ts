import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findBookingType } from '../../../shared/booking/booking-types.js';
import { bookingCalendar, transitionsIn } from '../../../shared/booking/ics.js';
import type { Booking } from '../../../shared/booking/model.js';

const booking: Booking = {
  id: 'b-1',
  tenantId: 't-1',
  typeId: 'hands-on',
  staffId: 's-1',
  bookedBy: 'u-1',
  start: '2026-03-29T07:00:00.000Z',
  end: '2026-03-29T08:30:00.000Z',
  durationMinutes: 90,
  holdStart: '2026-03-29T06:45:00.000Z',
  holdEnd: '2026-03-29T08:45:00.000Z',
  status: 'confirmed',
  notes: 'Update WordPress; back up first, please',
  lateCancellationFee: null,
  minutesSpent: null,
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
};

const calendar = (overrides: Partial<Booking> = {}, timeZone = 'Europe/Berlin', organisation = 'Demo Verein') =>
  bookingCalendar({
    booking: { ...booking, ...overrides },
    type: findBookingType('hands-on'),
    timeZone,
    organisation,
    now: new Date('2026-03-02T12:00:00Z'),
  });

/** Content lines as a lenient reader would see them: unfolded, then broken at any line break it might honour. */
const lenientLines = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split(/\r\n|[\r\n\u0085\u2028\u2029]/);
/** A TEXT value back from its escaped form (RFC 5545 3.3.11). */
const unescapeText = (value: string) => value.replace(/\\([\\;,nN])/g, (_, c: string) => (/n/i.test(c) ? '\n' : c));
/** What must never appear in a calendar: C0 controls but HTAB (CR only in CRLF, LF only after CR), DEL, C1, U+2028/9. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]|\r(?!\n)|(?<!\r)\n/;
const PROPERTIES =
  /^(BEGIN|END|VERSION|PRODID|CALSCALE|METHOD|TZID|DTSTART|DTEND|TZOFFSETFROM|TZOFFSETTO|UID|DTSTAMP|LAST-MODIFIED|SEQUENCE|SUMMARY|DESCRIPTION|STATUS)[:;]/;

describe('ICS for a booking (RFC 5545)', () => {
  it('carries the organisation’s zone with its 2026 transitions and local times', () => {
    const ics = calendar();
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const lines = ics.split('\r\n');
    expect(lines).toContain('TZID:Europe/Berlin');
    expect(lines).toContain('DTSTART;TZID=Europe/Berlin:20260329T090000'); // 07:00Z, after the spring change
    expect(lines).toContain('DTEND;TZID=Europe/Berlin:20260329T103000');
    const daylight = lines.slice(lines.indexOf('BEGIN:DAYLIGHT'), lines.indexOf('END:DAYLIGHT'));
    expect(daylight).toEqual(['BEGIN:DAYLIGHT', 'DTSTART:20260329T020000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200']);
    const standard = lines.slice(lines.indexOf('BEGIN:STANDARD'), lines.indexOf('END:STANDARD'));
    expect(standard).toEqual(['BEGIN:STANDARD', 'DTSTART:20261025T030000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100']);
    expect(lines).toContain('UID:booking-b-1@opsdesk');
    expect(lines).toContain('STATUS:CONFIRMED');
    expect(ics.replace(/\r\n /g, '')).toContain('back up first\\, please'); // unfolded
  });

  it('knows New York changes on other dates, and zones without changes', () => {
    expect(transitionsIn('America/New_York', 2026).map((t) => new Date(t.at).toISOString())).toEqual([
      '2026-03-08T07:00:00.000Z',
      '2026-11-01T06:00:00.000Z',
    ]);
    expect(transitionsIn('Asia/Tokyo', 2026)).toEqual([]);
    expect(calendar({}, 'Asia/Tokyo')).toContain('TZOFFSETTO:+0900');
  });

  it('gives the same transitions every time a zone and year are asked for, however an answer was changed', () => {
    const first = transitionsIn('Europe/Lisbon', 2027);
    expect(first.map((t) => [new Date(t.at).toISOString(), t.from, t.to])).toEqual([
      ['2027-03-28T01:00:00.000Z', 0, 60],
      ['2027-10-31T01:00:00.000Z', 60, 0],
    ]);
    first[0]!.at = 0;
    first.pop();
    expect(transitionsIn('Europe/Lisbon', 2027).map((t) => new Date(t.at).toISOString())).toEqual([
      '2027-03-28T01:00:00.000Z',
      '2027-10-31T01:00:00.000Z',
    ]);
    // Two bookings of one zone and year share the zone’s lines, each with its own event.
    const vtimezoneOf = (ics: string) => ics.slice(ics.indexOf('BEGIN:VTIMEZONE'), ics.indexOf('END:VTIMEZONE'));
    const march = calendar({}, 'Europe/Lisbon');
    const june = calendar(
      { id: 'b-2', start: '2026-06-01T09:00:00.000Z', end: '2026-06-01T10:00:00.000Z' },
      'Europe/Lisbon',
    );
    expect(vtimezoneOf(june)).toBe(vtimezoneOf(march));
    expect(june).toContain('DTSTART;TZID=Europe/Lisbon:20260601T100000');
    expect(march).toContain('DTSTART;TZID=Europe/Lisbon:20260329T080000');
  });

  it('marks a cancelled booking, and a reschedule raises SEQUENCE', () => {
    expect(calendar({ status: 'cancelled' })).toContain('STATUS:CANCELLED');
    const moved = calendar({ updatedAt: '2026-03-01T10:05:00.000Z' });
    expect(moved).toContain('SEQUENCE:300');
  });

  it('keeps an injected property line inside the DESCRIPTION, whatever line break it uses', () => {
    for (const brk of ['\r\n', '\n', '\r', '\u2028', '\u2029', '\u0085', '\r\r\n']) {
      const ics = calendar({ notes: `x${brk}ATTENDEE:mailto:evil@example.com` });
      expect(ics).not.toMatch(FORBIDDEN);
      const lines = lenientLines(ics);
      expect(lines.filter((line) => /^ATTENDEE/i.test(line))).toEqual([]);
      expect(lines.every((line) => line === '' || PROPERTIES.test(line))).toBe(true);
      const description = lines.find((line) => line.startsWith('DESCRIPTION:')) ?? '';
      expect(description).toContain(
        brk === '\u0085' ? 'xATTENDEE:mailto:evil@example.com' : 'ATTENDEE:mailto:evil@example.com',
      );
    }
  });

  it('turns every line break into \\n and strips control characters in notes and the organisation’s name', () => {
    const ics = calendar(
      { notes: 'a\rb\u2028c\u2029d\r\ne\nf\u0000g\u0085h\u007fi\u0001j\u009fk\tl\\m;n,o' },
      'Europe/Berlin',
      'Verein\r\nATTENDEE:x\u0000',
    );
    expect(ics).not.toMatch(FORBIDDEN);
    const lines = lenientLines(ics);
    expect(lines).toContain('SUMMARY:Hands-on session — Verein\\nATTENDEE:x');
    const description = lines.find((line) => line.startsWith('DESCRIPTION:')) ?? '';
    expect(unescapeText(description.slice('DESCRIPTION:'.length))).toBe(
      '90 minutes with your Opsdesk webmaster.\na\nb\nc\nd\ne\nfghij' + 'k\tl\\m;n,o',
    );
  });

  it('folds at 75 octets without splitting a multi-byte character', () => {
    const notes = 'Grüße aus Köln — 東京の事務所 😀 '.repeat(12);
    const ics = calendar({ notes });
    for (const line of ics.split('\r\n')) {
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      expect(Buffer.from(line, 'utf8').toString('utf8')).not.toContain('\ufffd');
    }
    const description = lenientLines(ics).find((line) => line.startsWith('DESCRIPTION:')) ?? '';
    expect(unescapeText(description.slice('DESCRIPTION:'.length))).toBe(
      `90 minutes with your Opsdesk webmaster.\n${notes}`,
    );
  });

  it('any notes and organisation name give a well-formed calendar (fast-check)', () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom(
          '\r',
          '\n',
          '\u2028',
          '\u2029',
          '\u0000',
          '\u0085',
          '\u007f',
          '\t',
          '\\',
          ';',
          ',',
          ':',
          'ü',
          '😀',
        ),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      ),
      maxLength: 200,
    });
    fc.assert(
      fc.property(text, text, (notes, organisation) => {
        const ics = calendar({ notes }, 'Europe/Berlin', organisation);
        expect(ics).not.toMatch(FORBIDDEN);
        for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
        const lines = lenientLines(ics);
        expect(lines.every((line) => line === '' || PROPERTIES.test(line))).toBe(true);
        expect(lines.filter((line) => line.startsWith('DESCRIPTION:'))).toHaveLength(1);
      }),
      { numRuns: 40 },
    );
  });
});
