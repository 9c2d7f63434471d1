import { describe, expect, it } from 'vitest';
import { findPlan } from '../../../shared/catalogue/plans.js';
import { coverageAt, describeCoverage } from '../../../shared/monitoring/coverage.js';

const officeHours = {
  coverage: 'business-hours' as const,
  businessHours: {
    timeZone: 'Europe/Berlin',
    days: ['mon', 'tue', 'wed', 'thu', 'fri'] as ('mon' | 'tue' | 'wed' | 'thu' | 'fri')[],
    start: '08:00',
    end: '18:00',
  },
};

const at = (iso: string) => new Date(iso);

describe('coverageAt', () => {
  it('covers every instant of a 24x7 plan', () => {
    const terms = findPlan('managed-host')!.monitoring;
    expect(terms.coverage).toBe('24x7');
    expect(coverageAt(terms, at('2026-12-06T03:00:00Z'))).toEqual({ covered: true });
  });

  it('covers business hours on a weekday, start inclusive and end exclusive, in the plan’s zone', () => {
    // Winter (CET, UTC+1): 08:00 Berlin is 07:00 UTC.
    expect(coverageAt(officeHours, at('2026-12-07T07:00:00Z'))).toEqual({ covered: true });
    expect(coverageAt(officeHours, at('2026-12-07T16:59:00Z'))).toEqual({ covered: true });
    expect(coverageAt(officeHours, at('2026-12-07T17:00:00Z'))).toEqual({
      covered: false,
      startsAt: at('2026-12-08T07:00:00Z'),
    });
    expect(coverageAt(officeHours, at('2026-12-07T06:59:00Z'))).toEqual({
      covered: false,
      startsAt: at('2026-12-07T07:00:00Z'),
    });
  });

  it('waits over the weekend until Monday morning', () => {
    // Friday 2026-12-04 19:00 Berlin → Monday 2026-12-07 08:00 Berlin.
    expect(coverageAt(officeHours, at('2026-12-04T18:00:00Z'))).toEqual({
      covered: false,
      startsAt: at('2026-12-07T07:00:00Z'),
    });
  });

  it('begins at 08:00 summer time on the Monday after the spring change (DST week, Europe/Berlin)', () => {
    // Friday 2026-03-27 19:00 CET; clocks go forward on Sunday 2026-03-29; Monday 08:00 CEST is 06:00 UTC.
    expect(coverageAt(officeHours, at('2026-03-27T18:00:00Z'))).toEqual({
      covered: false,
      startsAt: at('2026-03-30T06:00:00Z'),
    });
    expect(coverageAt(officeHours, at('2026-03-30T05:59:00Z')).covered).toBe(false);
    expect(coverageAt(officeHours, at('2026-03-30T06:00:00Z'))).toEqual({ covered: true });
    // 08:30 CEST: covered, although a start kept at the winter offset would still be half an hour away.
    expect(coverageAt(officeHours, at('2026-03-30T06:30:00Z'))).toEqual({ covered: true });
    // 18:00 CEST is 16:00 UTC: the end moved too.
    expect(coverageAt(officeHours, at('2026-03-30T15:59:00Z'))).toEqual({ covered: true });
    expect(coverageAt(officeHours, at('2026-03-30T16:00:00Z')).covered).toBe(false);
  });

  it('begins at 08:00 winter time on the Monday after the autumn change', () => {
    // Friday 2026-10-23 20:00 CEST; clocks go back on Sunday 2026-10-25; Monday 08:00 CET is 07:00 UTC.
    expect(coverageAt(officeHours, at('2026-10-23T18:00:00Z'))).toEqual({
      covered: false,
      startsAt: at('2026-10-26T07:00:00Z'),
    });
  });

  it('runs past midnight when the end is before the start', () => {
    const nights = {
      coverage: 'business-hours' as const,
      businessHours: { timeZone: 'UTC', days: ['mon' as const], start: '22:00', end: '06:00' },
    };
    // Monday 2026-12-07 22:00 until Tuesday 06:00.
    expect(coverageAt(nights, at('2026-12-08T02:00:00Z'))).toEqual({ covered: true });
    expect(coverageAt(nights, at('2026-12-08T06:00:00Z'))).toEqual({
      covered: false,
      startsAt: at('2026-12-14T22:00:00Z'),
    });
  });

  it('describes the covered hours for timelines and e-mails', () => {
    expect(describeCoverage(officeHours)).toBe('Mon, Tue, Wed, Thu, Fri 08:00–18:00 Europe/Berlin');
    expect(describeCoverage({ coverage: '24x7', businessHours: null })).toBe('24x7');
  });
});
