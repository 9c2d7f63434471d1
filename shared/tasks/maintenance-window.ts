import { addDays, WEEKDAYS, zonedParts, zonedToUtc } from '../platform/zoned-time.js';
import type { MaintenanceWindow } from './model.js';

export interface WindowState {
  openNow: boolean;
  /** While open: when this opening began; otherwise the next opening. */
  opensAt: number;
  closesAt: number;
}

/**
 * Where `now` stands relative to the weekly window, computed on the tenant's wall clock (so the
 * window stays at 02:00 local across daylight-saving changes). Looks back one week for an opening
 * still in progress, then forward to the next.
 */
export const windowState = (window: MaintenanceWindow, zone: string, now: number): WindowState => {
  const today = zonedParts(now, zone);
  const shift = (WEEKDAYS.indexOf(window.day) - WEEKDAYS.indexOf(today.weekday) + 7) % 7;
  for (const days of [shift - 7, shift, shift + 7]) {
    const opensAt = zonedToUtc(addDays(today.date, days), window.start, zone);
    const closesAt = opensAt + window.durationMinutes * 60_000;
    if (now < closesAt) return { openNow: now >= opensAt, opensAt, closesAt };
  }
  throw new Error('unreachable: a weekly window opens within two weeks');
};
