import { addDays, type Weekday, zonedToUtc } from '../../../../shared/platform/zoned-time.js';

/**
 * The operator's calendar as geometry: which hours a grid shows, and where each booking sits in its day's column.
 * Pure (no React, no clock): the page passes "now" and the zone in.
 */

export interface WorkingBlock {
  day: Weekday;
  /** `HH:MM` (`24:00` for the end of a day). */
  start: string;
  end: string;
}

export interface TimedItem {
  id: string;
  start: string;
  end: string;
}

/** One booking's piece of one day: minutes from that day's midnight (in the zone), and its lane among overlaps. */
export interface Placed<T extends TimedItem> {
  item: T;
  startMinute: number;
  endMinute: number;
  lane: number;
  lanes: number;
  /** It began on an earlier day / goes on after this one (a night call-out). */
  continuesBefore: boolean;
  continuesAfter: boolean;
}

export const DEFAULT_HOURS = { first: 7, last: 20 } as const;

const minutesOf = (time: string): number => {
  const [h = 0, m = 0] = time.split(':').map(Number);
  return h * 60 + m;
};

/** Midnight of `date` in `zone`, and of the day after: the instants a day's column spans. */
export const dayBounds = (date: string, zone: string): { from: number; to: number } => ({
  from: zonedToUtc(date, '00:00', zone),
  to: zonedToUtc(addDays(date, 1), '00:00', zone),
});

/**
 * The hours a grid shows, `first` (inclusive) to `last` (exclusive): the operator's working hours on any weekday
 * (07:00–20:00 when they have none), widened to every hour a placed booking touches.
 */
export function hourRange(
  working: readonly WorkingBlock[],
  placed: readonly { startMinute: number; endMinute: number }[],
): { first: number; last: number } {
  let first: number = working.length > 0 ? 24 : DEFAULT_HOURS.first;
  let last: number = working.length > 0 ? 0 : DEFAULT_HOURS.last;
  for (const block of working) {
    first = Math.min(first, Math.floor(minutesOf(block.start) / 60));
    last = Math.max(last, Math.ceil(minutesOf(block.end) / 60));
  }
  for (const piece of placed) {
    first = Math.min(first, Math.floor(piece.startMinute / 60));
    last = Math.max(last, Math.ceil(piece.endMinute / 60));
  }
  if (last <= first) return { ...DEFAULT_HOURS };
  return { first: Math.max(0, first), last: Math.min(24, last) };
}

/**
 * The items on `date` (in `zone`), clipped to the day, in lanes: items that overlap share the column's width, each
 * in the first lane free at its start; every item of an overlapping cluster gets the cluster's lane count.
 */
export function placeOnDay<T extends TimedItem>(items: readonly T[], date: string, zone: string): Placed<T>[] {
  const { from, to } = dayBounds(date, zone);
  const pieces = items
    .map((item) => ({ item, start: Date.parse(item.start), end: Date.parse(item.end) }))
    .filter(({ start, end }) => start < to && end > from)
    .sort((a, b) => a.start - b.start || b.end - a.end);

  const placed: Placed<T>[] = [];
  let cluster: Placed<T>[] = [];
  let laneEnds: number[] = [];
  let clusterEnd = Number.NEGATIVE_INFINITY;
  const closeCluster = () => {
    for (const piece of cluster) piece.lanes = laneEnds.length;
    cluster = [];
    laneEnds = [];
  };
  for (const { item, start, end } of pieces) {
    const startMinute = Math.max(0, (start - from) / 60_000);
    const endMinute = Math.min((to - from) / 60_000, (end - from) / 60_000);
    if (startMinute >= clusterEnd) closeCluster();
    let lane = laneEnds.findIndex((laneEnd) => laneEnd <= startMinute);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(endMinute);
    } else {
      laneEnds[lane] = endMinute;
    }
    clusterEnd = cluster.length === 0 ? endMinute : Math.max(clusterEnd, endMinute);
    const piece: Placed<T> = {
      item,
      startMinute,
      endMinute,
      lane,
      lanes: 1,
      continuesBefore: start < from,
      continuesAfter: end > to,
    };
    cluster.push(piece);
    placed.push(piece);
  }
  closeCluster();
  return placed;
}

/** Minutes from `date`'s midnight (in `zone`) to `instant`, or null when it is not on that day. */
export function minuteOfDay(instant: number, date: string, zone: string): number | null {
  const { from, to } = dayBounds(date, zone);
  return instant >= from && instant < to ? (instant - from) / 60_000 : null;
}
