/**
 * "Now" for the web app is the server's, not the browser's: the stack may run on a shifted clock (`CLOCK_START`
 * locally), and a browser's clock may simply be wrong. Every API response's `Date` header (API Gateway's, or the
 * local stack's from its own clock) moves the offset; until the first arrives, the browser's clock stands in.
 *
 * This is the one place in the web app that reads the browser's clock (test/clock-rule.test.ts), apart from the
 * session's token expiry, which is the browser's business.
 */
let offsetMs = 0;

/** `Date` headers have whole seconds: half a second is the expected truncation. */
const HEADER_RESOLUTION_MS = 500;

/** Records the server's time from a response's `Date` header (ignored when absent or unreadable). */
export function noteServerDate(header: string | null | undefined): void {
  if (!header) return;
  const server = Date.parse(header);
  if (Number.isNaN(server)) return;
  offsetMs = server + HEADER_RESOLUTION_MS - Date.now();
}

/** The server's current time in epoch milliseconds. */
export const nowMs = (): number => Date.now() + offsetMs;

/** The server's current time. */
export const now = (): Date => new Date(nowMs());

/** For tests: forget what the server said. */
export const resetServerClock = (): void => {
  offsetMs = 0;
};
