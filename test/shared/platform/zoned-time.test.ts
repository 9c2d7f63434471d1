import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, formatInZone, offsetMinutes, zonedParts, zonedToUtc } from '../../../shared/platform/zoned-time.js';
import {
  referenceFormatInZone,
  referenceOffsetMinutes,
  referenceParts,
  referenceTransitions,
  referenceZonedToUtc,
} from './zoned-time-reference.js';

const iso = (ms: number) => new Date(ms).toISOString();

describe('zoned time', () => {
  it('knows Berlin’s offsets around the 2026 changes', () => {
    expect(offsetMinutes(Date.parse('2026-03-29T00:59:00Z'), 'Europe/Berlin')).toBe(60);
    expect(offsetMinutes(Date.parse('2026-03-29T01:00:00Z'), 'Europe/Berlin')).toBe(120);
    expect(offsetMinutes(Date.parse('2026-10-25T00:59:00Z'), 'Europe/Berlin')).toBe(120);
    expect(offsetMinutes(Date.parse('2026-10-25T01:00:00Z'), 'Europe/Berlin')).toBe(60);
  });

  it('maps wall times to instants on both sides of a change', () => {
    expect(iso(zonedToUtc('2026-03-28', '09:00', 'Europe/Berlin'))).toBe('2026-03-28T08:00:00.000Z');
    expect(iso(zonedToUtc('2026-03-29', '09:00', 'Europe/Berlin'))).toBe('2026-03-29T07:00:00.000Z');
    expect(iso(zonedToUtc('2026-10-25', '09:00', 'Europe/Berlin'))).toBe('2026-10-25T08:00:00.000Z');
    expect(iso(zonedToUtc('2026-03-08', '09:00', 'America/New_York'))).toBe('2026-03-08T13:00:00.000Z');
    expect(iso(zonedToUtc('2026-07-01', '00:00', 'Asia/Kathmandu'))).toBe('2026-06-30T18:15:00.000Z');
  });

  it('handles the skipped and the repeated hour', () => {
    // 02:30 does not exist that night: shifted forward by the gap, to 03:30 CEST.
    expect(iso(zonedToUtc('2026-03-29', '02:30', 'Europe/Berlin'))).toBe('2026-03-29T01:30:00.000Z');
    expect(iso(zonedToUtc('2026-10-25', '02:30', 'Europe/Berlin'))).toBe('2026-10-25T00:30:00.000Z');
  });

  it('formats instants in a viewer’s zone with its offset', () => {
    expect(formatInZone(Date.parse('2026-03-29T07:00:00Z'), 'America/New_York')).toBe('2026-03-29T03:00:00-04:00');
    expect(formatInZone(Date.parse('2026-10-25T08:00:00Z'), 'Europe/Berlin')).toBe('2026-10-25T09:00:00+01:00');
    expect(zonedParts(Date.parse('2026-10-25T08:00:00Z'), 'Europe/Berlin').weekday).toBe('sun');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
  });
});

/**
 * Zones with daylight saving, half- and quarter-hour offsets, 30-minute changes, removed or added daylight saving,
 * skipped calendar days and changes of standard offset between 2000 and 2040.
 */
const ZONES = [
  'UTC',
  'Etc/GMT+5',
  'Europe/Berlin',
  'Europe/Lisbon',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Moscow',
  'Europe/Istanbul',
  'America/New_York',
  'America/St_Johns',
  'America/Sao_Paulo',
  'America/Santiago',
  'America/Caracas',
  'America/Havana',
  'America/Nuuk',
  'America/Adak',
  'Africa/Casablanca',
  'Africa/Cairo',
  'Asia/Kathmandu',
  'Asia/Kolkata',
  'Asia/Tehran',
  'Asia/Gaza',
  'Asia/Pyongyang',
  'Asia/Amman',
  'Australia/Lord_Howe',
  'Australia/Adelaide',
  'Antarctica/Troll',
  'Pacific/Chatham',
  'Pacific/Apia',
  'Pacific/Kiritimati',
  'Pacific/Marquesas',
];
const zone = fc.constantFrom(...ZONES);
const FROM = Date.UTC(2000, 0, 1);
const TO = Date.UTC(2041, 0, 1);
const instant = fc.integer({ min: FROM, max: TO - 1 });

const agreesWithIntl = (at: number, z: string) => {
  expect(zonedParts(at, z)).toEqual(referenceParts(at, z));
  expect(offsetMinutes(at, z)).toBe(referenceOffsetMinutes(at, z));
  expect(formatInZone(at, z)).toBe(referenceFormatInZone(at, z));
};

describe('zoned time against Intl instant by instant (fast-check)', () => {
  it('wall clock, offset and ISO text agree at random instants 2000–2040', () => {
    fc.assert(
      fc.property(zone, instant, (z, at) => agreesWithIntl(at, z)),
      { numRuns: 3_000 },
    );
  });

  it('they agree on both sides of every change of a random zone and year, to the millisecond', () => {
    fc.assert(
      fc.property(zone, fc.integer({ min: 2000, max: 2040 }), (z, year) => {
        for (const change of referenceTransitions(z, Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1))) {
          for (const delta of [-3_600_000, -1000, -1, 0, 1, 999, 1000, 3_600_000]) agreesWithIntl(change + delta, z);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('zones and years with unusual changes agree around each change', () => {
    for (const [z, year] of [
      ['Pacific/Apia', 2011], // 2011-12-30 skipped: −10:00 to +14:00
      ['America/Caracas', 2007], // −04:00 to −04:30
      ['America/Caracas', 2016],
      ['Asia/Pyongyang', 2015], // +09:00 to +08:30 and back in 2018
      ['Asia/Pyongyang', 2018],
      ['Europe/Moscow', 2011], // permanent +04:00, then +03:00 in 2014
      ['Europe/Moscow', 2014],
      ['Africa/Casablanca', 2019], // suspended for Ramadan
      ['Australia/Lord_Howe', 2026],
      ['Antarctica/Troll', 2026], // +00:00 to +02:00
      ['America/Sao_Paulo', 2019],
    ] as const) {
      const changes = referenceTransitions(z, Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1));
      expect(changes.length).toBeGreaterThan(0);
      for (const change of changes) {
        for (const delta of [-86_400_000, -1000, -1, 0, 1, 1000, 86_400_000]) agreesWithIntl(change + delta, z);
      }
    }
  });

  it('wall times map to the same instants as Intl finds, in gaps and overlaps too', () => {
    fc.assert(
      fc.property(
        zone,
        fc.integer({ min: 2000, max: 2040 }),
        fc.integer({ min: -180, max: 180 }),
        (z, year, minutes) => {
          const changes = referenceTransitions(z, Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1));
          const around = changes.length > 0 ? changes : [Date.UTC(year, 5, 1, 12)];
          for (const change of around) {
            // The wall clock just before the change, moved by up to three hours: inside gaps and repeated hours.
            const wall = Math.floor((change - 1 + referenceOffsetMinutes(change - 1, z) * 60_000) / 60_000) * 60_000;
            const shifted = new Date(wall + minutes * 60_000).toISOString();
            const [date, time] = [shifted.slice(0, 10), shifted.slice(11, 16)];
            expect(zonedToUtc(date, time, z)).toBe(referenceZonedToUtc(date, time, z));
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('random dates and quarter-hour times, month ends and leap days among them, map as Intl finds', () => {
    const day = fc.integer({ min: 0, max: (TO - FROM) / 86_400_000 - 1 });
    fc.assert(
      fc.property(zone, day, fc.integer({ min: 0, max: 95 }), (z, d, quarter) => {
        const date = new Date(FROM + d * 86_400_000).toISOString().slice(0, 10);
        const time = `${String(Math.floor(quarter / 4)).padStart(2, '0')}:${String((quarter % 4) * 15).padStart(2, '0')}`;
        expect(zonedToUtc(date, time, z)).toBe(referenceZonedToUtc(date, time, z));
      }),
      { numRuns: 2_000 },
    );
    for (const date of ['2024-02-29', '2024-03-01', '2023-02-28', '2023-03-01', '2000-02-29', '2040-12-31']) {
      for (const z of ZONES) expect(zonedToUtc(date, '00:00', z)).toBe(referenceZonedToUtc(date, '00:00', z));
    }
  });

  it('spellings no wall clock shows end as before: after both offsets were tried', () => {
    for (const [date, time] of [
      ['2026-03-29', '9:00'],
      ['2026-03-29', '24:00'],
      ['2026-02-30', '10:00'],
      ['2026-3-29', '10:00'],
      ['2026-03-29', '10:60'],
      ['2026-03-29', '10:-5'],
      ['2026-03-29', '10:00:00'],
    ] as const) {
      for (const z of ['Europe/Berlin', 'Asia/Kathmandu', 'Australia/Lord_Howe']) {
        expect(zonedToUtc(date, time, z)).toBe(referenceZonedToUtc(date, time, z));
      }
    }
    expect(() => zonedToUtc('not-a-date', '10:00', 'Europe/Berlin')).toThrow(RangeError);
    expect(() => formatInZone(Number.NaN, 'Europe/Berlin')).toThrow(RangeError);
    expect(() => zonedParts(0, 'Not/AZone')).toThrow(RangeError);
  });

  it('instants before 1900 and after 2200 are Intl’s own answers', () => {
    for (const at of [Date.UTC(1850, 5, 1, 12, 34, 56), Date.UTC(1893, 3, 1), Date.UTC(2300, 6, 1, 3)]) {
      for (const z of ['Europe/Berlin', 'Asia/Kathmandu', 'America/New_York']) agreesWithIntl(at, z);
    }
  });
});

describe('30-minute, 45-minute and quarter-past offsets', () => {
  it('Lord Howe moves its clocks by half an hour; Kathmandu stays at +05:45', () => {
    // 2026-04-05 02:00 daylight time (+11:00) becomes 01:30 standard time (+10:30).
    expect(formatInZone(Date.parse('2026-04-04T14:59:59Z'), 'Australia/Lord_Howe')).toBe('2026-04-05T01:59:59+11:00');
    expect(formatInZone(Date.parse('2026-04-04T15:00:00Z'), 'Australia/Lord_Howe')).toBe('2026-04-05T01:30:00+10:30');
    expect(formatInZone(Date.parse('2026-07-01T00:00:00Z'), 'Asia/Kathmandu')).toBe('2026-07-01T05:45:00+05:45');
    // 2026-10-04 02:00 standard time jumps to 02:30: 02:15 does not exist and moves by the gap, to 02:45 (+11:00).
    expect(iso(zonedToUtc('2026-10-04', '02:15', 'Australia/Lord_Howe'))).toBe('2026-10-03T15:45:00.000Z');
  });
});
