import type { z } from 'zod';
import type { Role } from '../../shared/contracts/roles.js';
import { type BoundedContext, type RouteDefinition, routes } from '../../shared/contracts/routes.js';

/** The smoke user: a customer-admin of an organisation of its own, which every customer read answers. */
export const SMOKE_ROLE: Role = 'customer-admin';

export interface SmokeRead {
  context: BoundedContext;
  /** Sent with the smoke user's token; false: a public read, for a context whose signed-in reads are all staff's. */
  signedIn: boolean;
  /** The manifest's key of the route (`me`, `subscription`, …). */
  name: string;
  path: string;
  successStatus: number;
  response: z.ZodType;
}

/** A deployed GET route that needs a signed-in caller: the reads a context has. */
const isSignedInRead = (route: RouteDefinition) =>
  route.method === 'GET' && route.access !== 'public' && route.localOnly !== true;

/**
 * A read that needs nothing but the path: no path parameters, no required query, and a JSON answer the smoke
 * checks against the route's schema.
 */
const isPlainRead = (route: RouteDefinition) =>
  route.method === 'GET' &&
  route.localOnly !== true &&
  !route.path.includes('{') &&
  (route.query === undefined || route.query.safeParse({}).success) &&
  route.produces === undefined &&
  route.response !== null;

const callableBy = (route: RouteDefinition, role: Role) => route.access !== 'public' && route.access.includes(role);

/**
 * One read per bounded context that has signed-in reads, generated from the manifest so a new context is smoked as
 * soon as it has one: the context's first plain read (manifest order) the smoke user's role may call. A context whose
 * signed-in reads are all for provider staff gets its first plain public read instead (and health is its own check):
 * the pipeline holds no staff credential, since a staff account reads across tenants. Throws, naming the context,
 * when a context has neither — the pipeline must not pass a context it never touched.
 */
export const smokeReads = (
  manifest: Record<string, RouteDefinition> = routes,
  role: Role = SMOKE_ROLE,
): SmokeRead[] => {
  const entries = Object.entries(manifest);
  const contexts = [...new Set(entries.filter(([, route]) => isSignedInRead(route)).map(([, route]) => route.context))];
  return contexts.map((context) => {
    const reads = entries.filter(([, route]) => route.context === context && isPlainRead(route));
    const signedIn = reads.find(([, route]) => callableBy(route, role));
    const found = signedIn ?? reads.find(([, route]) => route.access === 'public' && route.path !== routes.health.path);
    if (!found)
      throw new Error(
        `Bounded context "${context}" has GET routes for signed-in callers, but none a ${role} can call, nor a ` +
          'public one, without path parameters or a required query; the smoke test needs one such read per context.',
      );
    const [name, route] = found;
    return {
      context,
      name,
      signedIn: signedIn !== undefined,
      path: route.path,
      successStatus: route.successStatus,
      // isPlainRead checked it is not null.
      response: route.response as z.ZodType,
    };
  });
};
