/** True when `zone` is an IANA time zone name this runtime knows (`Europe/Berlin`, `UTC`). */
export const isTimeZone = (zone: string): boolean => {
  if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};
