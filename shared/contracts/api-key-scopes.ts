import { CUSTOMER_ROLES } from './roles.js';
import type { RouteAccess } from './route-access.js';
import type { BoundedContext } from './routes.js';

/**
 * What an API key may be allowed to do: read or change one bounded context's data of its organisation.
 * A route's scope follows from the manifest (`keyScopeOf`): its context, and `read` for GET, `write` otherwise.
 * The list is fixed here (not derived) so that a route moving context is a visible change; a test holds the two
 * together (every key-callable route's scope is listed, every listed scope has a route).
 */
export const API_KEY_SCOPES = [
  'tenancy:read',
  'billing:read',
  'billing:write',
  'booking:read',
  'booking:write',
  'tasks:read',
  'tasks:write',
  'monitoring:read',
  'monitoring:write',
  'reports:read',
  'reports:write',
] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export const isApiKeyScope = (value: string): value is ApiKeyScope =>
  (API_KEY_SCOPES as readonly string[]).includes(value);

/** What a person reads next to each scope when creating a key. */
export const API_KEY_SCOPE_LABELS: Record<ApiKeyScope, string> = {
  'tenancy:read': 'Read the organisation’s users and audit log',
  'billing:read': 'Read the subscription, usage and invoices',
  'billing:write': 'Change the plan and the billing profile',
  'booking:read': 'Read bookings and free times',
  'booking:write': 'Book, reschedule and cancel hours',
  'tasks:read': 'Read tasks, hosts and the maintenance window',
  'tasks:write': 'Request, approve and cancel tasks; register hosts',
  'monitoring:read': 'Read monitors, their history and incidents',
  'monitoring:write': 'Create, change and pause monitors; schedule maintenance',
  'reports:read': 'Read monthly service reports and the status page settings',
  'reports:write': 'Change the status page',
};

/**
 * The scope an API key needs for a route, or null when no key may call it: public and local-only routes,
 * routes no customer role may call (staff's), and routes marked `apiKey: false` (identity and key management —
 * a key cannot create keys, invite people or delete the organisation).
 */
export const keyScopeOf = (definition: RouteAccess): ApiKeyScope | null => {
  if (definition.access === 'public' || definition.localOnly || definition.apiKey === false) return null;
  if (!definition.access.some((role) => (CUSTOMER_ROLES as readonly string[]).includes(role))) return null;
  const scope = `${definition.context as BoundedContext}:${definition.method === 'GET' ? 'read' : 'write'}`;
  return isApiKeyScope(scope) ? scope : null;
};
