/**
 * The straightforward Intl computation the day records of shared/platform/zoned-time.ts must agree with: every
 * instant formatted by Intl on its own (the module as it was before the records). Test support only.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterFor = (zone: string) => {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
};

const pad = (n: number) => String(n).padStart(2, '0');

export const referenceParts = (instant: number, zone: string) => {
  const parts = Object.fromEntries(
    formatterFor(zone)
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  const [year, month, day, hour, minute, second] = ['year', 'month', 'day', 'hour', 'minute', 'second'].map((k) =>
    Number(parts[k]),
  ) as [number, number, number, number, number, number];
  return {
    date: `${year}-${pad(month)}-${pad(day)}`,
    time: `${pad(hour)}:${pad(minute)}`,
    weekday: String(parts.weekday).toLowerCase().slice(0, 3),
    year,
    month,
    day,
    hour,
    minute,
    second,
  };
};

export const referenceOffsetMinutes = (instant: number, zone: string): number => {
  const p = referenceParts(instant, zone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
};

export const referenceZonedToUtc = (date: string, time: string, zone: string): number => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  const before = wall - referenceOffsetMinutes(wall - 12 * 3_600_000, zone) * 60_000;
  if (referenceParts(before, zone).time === time && referenceParts(before, zone).date === date) return before;
  const after = wall - referenceOffsetMinutes(wall + 12 * 3_600_000, zone) * 60_000;
  if (referenceParts(after, zone).time === time && referenceParts(after, zone).date === date) return after;
  return Math.max(before, after);
};

export const referenceFormatInZone = (instant: number, zone: string): string => {
  const p = referenceParts(instant, zone);
  const offset = referenceOffsetMinutes(instant, zone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${p.date}T${p.time}:${pad(p.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
};

/** The instants in [from, to) at which the zone's offset changes, found with Intl alone (daily steps, then halving). */
export const referenceTransitions = (zone: string, from: number, to: number): number[] => {
  const found: number[] = [];
  const offsetMs = (t: number) => {
    const p = referenceParts(t, zone);
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(t / 1000) * 1000;
  };
  const step = 86_400_000;
  let next = offsetMs(from);
  for (let t = from; t < to; t += step) {
    const before = next;
    next = offsetMs(t + step);
    if (next === before) continue;
    let low = t;
    let high = t + step;
    while (high - low > 1000) {
      const middle = low + Math.floor((high - low) / 2000) * 1000;
      if (offsetMs(middle) === before) low = middle;
      else high = middle;
    }
    found.push(high);
  }
  return found;
};
