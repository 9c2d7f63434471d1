import { describe, expect, it } from 'vitest';
import { windowState } from '../../../shared/tasks/maintenance-window.js';

const iso = (ms: number) => new Date(ms).toISOString();
const at = (text: string) => Date.parse(text);

describe('weekly maintenance window in the tenant’s zone', () => {
  const sunday2am = { day: 'sun', start: '02:00', durationMinutes: 180 } as const;

  it('opens next Sunday at 02:00 Berlin time (winter: UTC+1)', () => {
    const state = windowState(sunday2am, 'Europe/Berlin', at('2026-11-18T12:00:00Z'));
    expect(state.openNow).toBe(false);
    expect(iso(state.opensAt)).toBe('2026-11-22T01:00:00.000Z');
    expect(iso(state.closesAt)).toBe('2026-11-22T04:00:00.000Z');
  });

  it('is open during the window and reports the current opening', () => {
    const state = windowState(sunday2am, 'Europe/Berlin', at('2026-11-22T02:30:00Z'));
    expect(state.openNow).toBe(true);
    expect(iso(state.opensAt)).toBe('2026-11-22T01:00:00.000Z');
  });

  it('after the window closes, the next opening is a week later', () => {
    const state = windowState(sunday2am, 'Europe/Berlin', at('2026-11-22T04:00:00Z'));
    expect(state.openNow).toBe(false);
    expect(iso(state.opensAt)).toBe('2026-11-29T01:00:00.000Z');
  });

  it('on the spring-forward Sunday 02:00 does not exist: the window opens at 03:00 CEST', () => {
    const state = windowState(sunday2am, 'Europe/Berlin', at('2026-03-27T12:00:00Z'));
    expect(iso(state.opensAt)).toBe('2026-03-29T01:00:00.000Z');
    expect(iso(state.closesAt)).toBe('2026-03-29T04:00:00.000Z');
  });

  it('on the fall-back Sunday 02:00 is the first one (CEST, UTC+2)', () => {
    const state = windowState(sunday2am, 'Europe/Berlin', at('2026-10-23T12:00:00Z'));
    expect(iso(state.opensAt)).toBe('2026-10-25T00:00:00.000Z');
  });

  it('a window that spans midnight is open after midnight', () => {
    const saturdayNight = { day: 'sat', start: '23:00', durationMinutes: 240 } as const;
    const state = windowState(saturdayNight, 'America/New_York', at('2026-11-22T05:30:00Z')); // Sun 00:30 EST
    expect(state.openNow).toBe(true);
    expect(iso(state.opensAt)).toBe('2026-11-22T04:00:00.000Z');
  });
});
