import type { Clock } from '../../../shared/platform/ports.js';

/**
 * The system clock, shifted by a fixed offset in the local stack (`CLOCK_START`). The one place Opsdesk reads the
 * machine's time: everything else takes a Clock, so one shifted clock moves every comparison with it
 * (test/clock-rule.test.ts holds that).
 */
export class SystemClock implements Clock {
  constructor(private readonly offsetMs = 0) {}

  /** The offset that makes the clock read `start` at this moment (the local stack's `CLOCK_START`). */
  static offsetTo(start: Date): number {
    return start.getTime() - Date.now();
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}
