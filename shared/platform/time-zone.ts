/** What an IANA time zone name looks like (`Europe/Berlin`, `America/Port-au-Prince`, `Etc/GMT+1`, `UTC`). */
export const TIME_ZONE_PATTERN = /^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/;

/**
 * Zones this runtime has accepted: asking Intl costs ~80 µs (a formatter is built), and schemas ask for every zone
 * field of every request and stored item. The runtime's zone data does not change while it runs; about 600 names
 * exist, so the set stays small (capped anyway).
 */
const known = new Set<string>();
const MAX_KNOWN = 1_000;

/** True when `zone` is an IANA time zone name this runtime knows (`Europe/Berlin`, `UTC`). */
export const isTimeZone = (zone: string): boolean => {
  if (known.has(zone)) return true;
  if (zone.length > 64 || !TIME_ZONE_PATTERN.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    return false;
  }
  if (known.size < MAX_KNOWN) known.add(zone);
  return true;
};
