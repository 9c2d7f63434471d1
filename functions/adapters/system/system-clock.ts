import type { Clock } from '../../../shared/platform/ports.js';

/** The system clock, shifted by a fixed offset in the local stack (`CLOCK_START`). */
export class SystemClock implements Clock {
  constructor(private readonly offsetMs = 0) {}

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}
