import { z } from 'zod';
import { PlanSchema } from '../catalogue/plan.js';
import { MeResponseSchema, SignupRequestSchema, SignupResponseSchema, UserSchema } from '../tenancy/model.js';
import { IdSchema } from './common.js';
import { CUSTOMER_ROLES, type Role } from './roles.js';

/**
 * The route manifest: every HTTP route, once. API Gateway routes and authorizer scopes (infra),
 * local dispatch (scripts/local-stack), the Lambda routers (functions/http), the OpenAPI document
 * and the authorization-matrix test are all derived from this object.
 */

/** One Lambda per bounded context serves that context's routes. */
export const CONTEXTS = ['platform', 'tenancy', 'dev-identity'] as const;
export type BoundedContext = (typeof CONTEXTS)[number];

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteDefinition {
  method: HttpMethod;
  /** API Gateway style: `/api/users/{userId}`. */
  path: string;
  context: BoundedContext;
  /** `public` routes have no authorizer; otherwise the roles allowed (any one suffices). */
  access: 'public' | readonly Role[];
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** `null` when the route answers without a body (204). */
  response: z.ZodType | null;
  successStatus: 200 | 201 | 202 | 204;
  /** Accepts an `Idempotency-Key` header: the same key and request get the first response again. */
  idempotent?: true;
  /** Exists only in the local stack; never synthesized into the AWS template nor published. */
  localOnly?: true;
}

const route = <const R extends RouteDefinition>(definition: R): R => definition;

export const HealthResponseSchema = z.object({ status: z.literal('ok') }).meta({ id: 'Health' });
export const PlanListSchema = z.object({ items: z.array(PlanSchema) }).meta({ id: 'PlanList' });
export const DevLoginRequestSchema = z.strictObject({
  email: z.string().trim().pipe(z.email('a valid e-mail address')),
});
export const DevLoginResponseSchema = z.object({ token: z.string() });

export const routes = {
  health: route({
    method: 'GET',
    path: '/api/health',
    context: 'platform',
    access: 'public',
    summary: 'Liveness of the API',
    response: HealthResponseSchema,
    successStatus: 200,
  }),
  openapi: route({
    method: 'GET',
    path: '/api/openapi.json',
    context: 'platform',
    access: 'public',
    summary: 'This API as an OpenAPI 3.1 document, generated from the route manifest',
    response: z.record(z.string(), z.unknown()),
    successStatus: 200,
  }),
  listPlans: route({
    method: 'GET',
    path: '/api/plans',
    context: 'platform',
    access: 'public',
    summary: 'The plan catalogue',
    response: PlanListSchema,
    successStatus: 200,
  }),
  signUp: route({
    method: 'POST',
    path: '/api/signup',
    context: 'tenancy',
    access: 'public',
    summary: 'Sign an organisation up: creates the tenant and its first customer-admin',
    body: SignupRequestSchema,
    response: SignupResponseSchema,
    successStatus: 201,
    idempotent: true,
  }),
  getMe: route({
    method: 'GET',
    path: '/api/me',
    context: 'tenancy',
    access: ['customer-admin', 'customer-member', 'operator', 'finance', 'provider-admin'],
    summary: 'The calling user, their organisation (customers) and roles',
    response: MeResponseSchema,
    successStatus: 200,
  }),
  getUser: route({
    method: 'GET',
    path: '/api/users/{userId}',
    context: 'tenancy',
    access: CUSTOMER_ROLES,
    summary: 'One user of the caller’s organisation',
    params: z.object({ userId: IdSchema }),
    response: UserSchema,
    successStatus: 200,
  }),
  devLogin: route({
    method: 'POST',
    path: '/auth/dev/login',
    context: 'dev-identity',
    access: 'public',
    summary: 'Local stack only: a signed token for an existing user, as Cognito would issue',
    body: DevLoginRequestSchema,
    response: DevLoginResponseSchema,
    successStatus: 200,
    localOnly: true,
  }),
} as const satisfies Record<string, RouteDefinition>;

export type Routes = typeof routes;
export type RouteId = keyof Routes;

export const routeEntries = (): [RouteId, RouteDefinition][] => Object.entries(routes) as [RouteId, RouteDefinition][];

/** `METHOD /path` as API Gateway names a route. */
export const routeKey = (definition: RouteDefinition): string => `${definition.method} ${definition.path}`;

const paramPattern = /\{([A-Za-z0-9_]+)\}/g;

/** Matches a concrete path against a route's template; returns its path parameters or null. */
export const matchPath = (template: string, path: string): Record<string, string> | null => {
  const names: string[] = [];
  const source = template
    .split(paramPattern)
    .map((part, index) => {
      if (index % 2 === 1) {
        names.push(part);
        return '([^/]+)';
      }
      return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
    })
    .join('');
  const match = new RegExp(`^${source}$`).exec(path);
  if (!match) return null;
  return Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(match[index + 1] ?? '')]));
};

export const pathParamNames = (template: string): string[] =>
  [...template.matchAll(paramPattern)].map((m) => m[1] ?? '');
