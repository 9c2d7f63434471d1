import type { RouteDefinition } from './routes.js';

/**
 * What deciding who may call a route needs of it — no schemas, no handlers: the API authorizer
 * (functions/identity/api-authorizer.ts) runs before every call and loads only this, from the generated
 * guarded-routes.generated.ts, instead of the whole manifest with its schemas. A route definition is one.
 */
export type RouteAccess = Pick<RouteDefinition, 'method' | 'path' | 'context' | 'access' | 'apiKey' | 'localOnly'>;

/** A definition cut to its access fields (absent optional fields stay absent). */
export const routeAccessOf = (definition: RouteDefinition): RouteAccess => ({
  method: definition.method,
  path: definition.path,
  context: definition.context,
  access: definition.access,
  ...(definition.apiKey === false ? { apiKey: false as const } : {}),
  ...(definition.localOnly ? { localOnly: true as const } : {}),
});
