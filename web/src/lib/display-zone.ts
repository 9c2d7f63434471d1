import { useAuth } from '../auth/auth-context.js';
import { viewerTimeZone } from './format.js';

/**
 * The zone a page shows times in (docs/decisions.md, "Time zones people read"): a customer's pages the
 * organisation's, a staff member's their own (`/api/me` says which). Signed out — or before `/api/me` answers —
 * the browser's, and every time shown names its zone either way.
 */
export function useDisplayZone(): string {
  const auth = useAuth();
  if (auth.status === 'signed-in') return auth.me.timeZone;
  return viewerTimeZone() ?? 'UTC';
}
