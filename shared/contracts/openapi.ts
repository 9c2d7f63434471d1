import * as z from 'zod';
import { RATE_LIMITS, rateLimitOf } from '../platform/rate-limits.js';
import { API_KEY_SCOPE_LABELS, API_KEY_SCOPES, keyScopeOf } from './api-key-scopes.js';
import { ProblemSchema } from './common.js';
import { RESPONSE_EXAMPLES } from './response-examples.js';
import { type BoundedContext, type RouteDefinition, type RouteId, routeEntries } from './routes.js';

type JsonObject = Record<string, unknown>;

/** Where people and scripts write to when something is wrong with the API (`info.contact`). */
export const SUPPORT_EMAIL = 'support@opsdesk.dev';

/** One tag per bounded context that has published routes: `tags` of the document, in this order. */
export const TAG_DESCRIPTIONS: Record<Exclude<BoundedContext, 'dev-identity'>, string> = {
  platform: 'Health, this document, the plan catalogue and the provider’s operations snapshot',
  tenancy: 'Sign-up, the organisation, its users, API keys and audit log; provider-admins’ tenant administration',
  billing: 'Subscription, billing profile, usage, invoices; finance’s period close and reconciliation',
  booking: 'Booking webmaster time, staff availability and the on-call rota',
  tasks: 'Managed hosts and the tasks run on them; the maintenance window; the operators’ queue',
  monitoring: 'Monitors, heartbeats, maintenance slots and incidents',
  reports: 'Status pages and monthly service reports',
  webhooks: 'Events from outside services (Stripe)',
};

const INPUT_REF = '#/components/schemas/~input~';
const REF = '#/components/schemas/';
/** zod's bounds of `.int()` (a safe integer): noise in a contract, and no client needs them. */
const SAFE_INTEGER = Number.MAX_SAFE_INTEGER;

const clean = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(clean);
  if (typeof value !== 'object' || value === null) return value;
  const out: JsonObject = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key === '$schema') continue;
    if (key === 'minimum' && inner === -SAFE_INTEGER) continue;
    if (key === 'maximum' && inner === SAFE_INTEGER) continue;
    out[key] = clean(inner);
  }
  return out;
};

/**
 * Named schemas (`.meta({ id })`) become shared components. zod emits them as local `$defs` (a named root as a bare
 * `$ref` beside its `$defs`); each definition is hoisted into `components.schemas` and its references rewritten.
 * Requests and responses are written separately (zod's `io: 'input'` / `'output'`): a named schema whose request
 * form differs from its response form (defaults make fields optional, unknown fields stripped instead of refused)
 * gets a second component `<Name>Input`; one used only in requests keeps its name.
 */
const createSchemaWriter = () => {
  const outputs = new Map<string, unknown>();
  const inputs = new Map<string, unknown>();
  const write = (schema: z.ZodType, io: 'input' | 'output'): JsonObject => {
    const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', reused: 'inline', cycles: 'ref' }) as JsonObject;
    const defs = (json.$defs ?? {}) as Record<string, unknown>;
    delete json.$defs;
    const target = io === 'input' ? INPUT_REF : REF;
    const rewrite = (value: unknown): unknown =>
      JSON.parse(JSON.stringify(clean(value)).replaceAll('"#/$defs/', `"${target}`));
    const store = io === 'input' ? inputs : outputs;
    for (const [name, def] of Object.entries(defs)) if (!store.has(name)) store.set(name, rewrite(def));
    return rewrite(json) as JsonObject;
  };

  /** The components and the final name of each input form: `Name` where it is the output’s, else `NameInput`. */
  const finish = () => {
    const differs = new Map<string, boolean>();
    const referencedInputs = (value: unknown) =>
      [...JSON.stringify(value).matchAll(/"#\/components\/schemas\/~input~([^"]+)"/g)].map((m) => m[1] ?? '');
    const plain = (value: unknown) => JSON.stringify(value).replaceAll(`"${INPUT_REF}`, `"${REF}`);
    const differsFrom = (name: string): boolean => {
      const known = differs.get(name);
      if (known !== undefined) return known;
      differs.set(name, false); // a cycle: assume the same until shown otherwise
      const input = inputs.get(name);
      const result =
        !outputs.has(name) ||
        plain(input) !== JSON.stringify(outputs.get(name)) ||
        referencedInputs(input).some((inner) => inner !== name && differsFrom(inner) && outputs.has(inner));
      differs.set(name, result);
      return result;
    };
    const inputName = (name: string) => (outputs.has(name) && differsFrom(name) ? `${name}Input` : name);
    const schemas: Record<string, unknown> = {};
    for (const [name, def] of outputs) schemas[name] = def;
    for (const [name, def] of inputs) {
      const final = inputName(name);
      if (!(final in schemas)) schemas[final] = def;
    }
    const resolve = (document: unknown): unknown =>
      JSON.parse(
        JSON.stringify(document).replace(
          /"#\/components\/schemas\/~input~([^"]+)"/g,
          (_, name: string) => `"${REF}${inputName(name)}"`,
        ),
      );
    return { schemas, resolve };
  };
  return { write, finish };
};
type SchemaWriter = ReturnType<typeof createSchemaWriter>;

const problem = { 'application/problem+json': { schema: { $ref: `${REF}Problem` } } };
const problemResponse = (description: string, headers?: JsonObject): JsonObject => ({
  description,
  ...(headers ? { headers } : {}),
  content: problem,
});
const RETRY_AFTER = {
  'Retry-After': { description: 'Seconds until a request may pass', schema: { type: 'integer', minimum: 1 } },
};
/** What API Gateway answers itself in AWS (its Lambda authorizer), before the handler runs. */
const gateway = { 'application/json': { schema: { $ref: `${REF}GatewayMessage` } } };

/** Path and query parameters' descriptions by name: a parameter the map does not know takes its schema’s. */
const PARAMETER_DESCRIPTIONS: Record<string, string> = {
  userId: 'A user of the caller’s organisation',
  apiKeyId: 'An API key of the caller’s organisation (its id, not the key)',
  tenantId: 'An organisation (tenant) id',
  invoiceId: 'An invoice or credit note id',
  period: 'A billing period, `YYYY-MM`',
  bookingId: 'A booking id',
  taskId: 'A task id',
  hostId: 'A managed host’s SSM instance id (`mi-…`)',
  monitorId: 'A monitor id',
  slotId: 'A maintenance slot of the monitor',
  incidentId: 'An incident id',
  slug: 'The status page’s public name',
  token: 'The heartbeat monitor’s secret token (from its push URL)',
  signal: '`start` (the job began) or `fail` (the job failed)',
  limit: 'Page size: at most this many items (default 50, at most 200)',
  cursor: 'Continue after the page that answered this `nextCursor`',
  planId: 'A plan of the catalogue (`GET /api/plans`)',
  status: 'Only items with this status',
  type: 'A booking type id (`GET /api/booking-types`)',
  from: 'Start of the range, an ISO 8601 instant',
  to: 'End of the range (exclusive), an ISO 8601 instant',
  timeZone: 'An IANA time zone (`Europe/Berlin`) the answer is shown in',
  durationMinutes: 'Length of the booking in minutes',
  staffId: 'Only this staff member’s free times',
  range: 'The window the history covers: `24h` and `7d` by hour, `90d` by day',
  start: 'Start of the range, an ISO 8601 instant',
};

/** Special path segments: what a file-or-JSON parameter also accepts. */
const PATH_SUFFIX_NOTES: Record<string, string> = {
  'application/pdf': ' — append `.pdf` for the PDF',
};

const parameters = (writer: SchemaWriter, definition: RouteDefinition): JsonObject[] => {
  const list: JsonObject[] = [];
  for (const [where, schema] of [
    ['path', definition.params],
    ['query', definition.query],
  ] as const) {
    if (!schema) continue;
    for (const [name, field] of Object.entries(schema.shape)) {
      const json = writer.write(field as z.ZodType, 'input');
      const base =
        PARAMETER_DESCRIPTIONS[name] ?? (typeof json.description === 'string' ? json.description : `\`${name}\``);
      const suffix = where === 'path' && definition.files ? (PATH_SUFFIX_NOTES[definition.files] ?? '') : '';
      const raw = where === 'query' ? definition.exampleQuery?.[name] : undefined;
      // A query value is text in the URL; its example is what the schema describes (a number for an integer).
      const example = raw !== undefined && (json.type === 'integer' || json.type === 'number') ? Number(raw) : raw;
      list.push({
        name,
        in: where,
        description: `${base}${suffix}`,
        required: where === 'path' || !(field as z.ZodType).safeParse(undefined).success,
        schema: json,
        ...(example !== undefined ? { example } : {}),
      });
    }
  }
  if (definition.idempotent) {
    list.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description: 'Retry safely: the same key and request get the first response again (kept 24 h).',
      schema: { type: 'string', minLength: 1, maxLength: 255 },
    });
  }
  if (definition.context === 'webhooks') {
    list.push({
      name: 'Stripe-Signature',
      in: 'header',
      required: true,
      description: 'Stripe’s signature of the raw body (`t=<unix time>,v1=<HMAC-SHA256>`), checked with the secret',
      schema: { type: 'string', minLength: 1 },
      example: 't=1767225600,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd',
    });
  }
  return list;
};

/** Stripe's event envelope, as far as Opsdesk reads it; the rest of the event is accepted as Stripe sends it. */
const STRIPE_EVENT = {
  type: 'object',
  description: 'A Stripe event (https://docs.stripe.com/api/events/object)',
  properties: {
    id: { type: 'string', description: 'The event id (`evt_…`): a replay of one already handled is a no-op' },
    object: { type: 'string', const: 'event' },
    type: { type: 'string', description: 'The event type, such as `invoice.paid`' },
    created: { type: 'integer', minimum: 0 },
    data: { type: 'object', properties: { object: { type: 'object' } }, required: ['object'] },
  },
  required: ['id', 'object', 'type', 'data'],
};
const STRIPE_EVENT_EXAMPLE = {
  id: 'evt_1QexampleAbCdEf',
  object: 'event',
  type: 'invoice.paid',
  created: 1767225600,
  data: { object: { id: 'in_1QexampleAbCdEf', object: 'invoice', status: 'paid' } },
};

/** Routes that read or write nothing in the table: a dependency outage cannot reach them. */
const TABLELESS = new Set<RouteId>(['openapi', 'getApiDocs', 'listPlans']);

/**
 * Answers a route gives that its shape does not show: an id in the query or the body that may be unknown (404),
 * a state that may have changed under a public write (409). Kept next to the rule so that both are read together.
 */
const EXTRA_STATUSES: Partial<Record<RouteId, number[]>> = {
  // `?tenantId=` of another organisation (customers) or an unknown one: 404.
  listAudit: [404],
  // A `hostId` the organisation does not have: 404.
  requestTask: [404],
  // Ledger billing (no Stripe) refuses Stripe's events: 409.
  stripeWebhook: [409],
  // A valid link whose incident is gone: 404; two acknowledgements racing twice: 409.
  acknowledgeByLink: [404, 409],
  // `/start` racing another ping twice: 409.
  signalHeartbeat: [409],
  signalHeartbeatGet: [409],
};

const isWrite = (definition: RouteDefinition) => definition.method !== 'GET';

/** Which statuses an operation can answer besides its success, derived from its definition. */
export const declaredErrorStatuses = (id: RouteId, definition: RouteDefinition): number[] => {
  const statuses = new Set<number>();
  const webhook = definition.context === 'webhooks';
  const hasBody = Boolean(definition.body) || webhook;
  if (definition.body || webhook || definition.params) statuses.add(400);
  if (definition.access !== 'public') statuses.add(401).add(403);
  if (definition.params) statuses.add(404);
  if ((isWrite(definition) && definition.access !== 'public') || definition.idempotent) statuses.add(409);
  if (hasBody) statuses.add(413);
  if (definition.body) statuses.add(415);
  // Every route refuses an unknown query parameter, except those that ignore the query string.
  if (!definition.ignoresQuery || definition.body || definition.query) statuses.add(422);
  if (rateLimitOf(definition)) statuses.add(429);
  if (definition.context === 'billing' && isWrite(definition) && definition.access !== 'public') statuses.add(502);
  if (!TABLELESS.has(id)) statuses.add(503);
  // API Gateway's own throttles (the stage's, and the anonymous routes') can refuse any operation in AWS.
  statuses.add(429);
  for (const status of EXTRA_STATUSES[id] ?? []) statuses.add(status);
  return [...statuses].sort((a, b) => a - b);
};

const errorResponse = (status: number, id: RouteId, definition: RouteDefinition): JsonObject => {
  switch (status) {
    case 400:
      return problemResponse(
        definition.context === 'webhooks'
          ? 'The Stripe-Signature header does not match the body (or is missing)'
          : definition.body
            ? 'Malformed request: the body is not JSON, or the path has a malformed %-escape'
            : 'Malformed request: the path has a malformed %-escape',
      );
    case 401:
      return {
        description:
          'Not signed in. In AWS, API Gateway answers `{"message":"Unauthorized"}` (application/json) when the ' +
          '`Authorization` header is missing. Opsdesk answers problem+json when the credential was valid at the ' +
          'gateway but is not any more: a revoked or expired API key, a removed user or creator. The local stack ' +
          'answers problem+json for every 401, including a bad token and an unknown or expired key.',
        content: { ...problem, ...gateway },
      };
    case 403:
      return {
        description:
          `Allowed roles: ${(definition.access as readonly string[]).join(', ')}` +
          (keyScopeOf(definition)
            ? `; an API key needs the scope \`${keyScopeOf(definition)}\``
            : '; no API key may call it') +
          '. In AWS, API Gateway answers `{"message":"Forbidden"}` (application/json) whenever its authorizer ' +
          'refuses: a bad or expired token, an unknown or expired API key, a missing role or scope (a gateway ' +
          'authorizer cannot choose 401). Opsdesk answers problem+json when a role or scope was lost since the ' +
          'gateway checked. The local stack answers problem+json (401 for a bad credential, 403 for a missing ' +
          'role or scope).',
        content: { ...problem, ...gateway },
      };
    case 404:
      return definition.produces === 'text/html'
        ? {
            description: 'Unknown page: a page for people, in HTML',
            content: { 'text/html': { schema: { type: 'string' } } },
          }
        : problemResponse('Unknown id (also another organisation’s: its existence is never revealed)');
    case 409:
      return problemResponse(
        [
          isWrite(definition) && definition.access !== 'public'
            ? 'The resource’s state does not allow it (see `code` and `detail`)'
            : null,
          definition.idempotent
            ? 'an `Idempotency-Key` whose first request is still running, or was carried out and its answer lost'
            : null,
          id === 'stripeWebhook' ? 'Opsdesk bills on its own ledger here: Stripe’s events are refused' : null,
          definition.access === 'public' && id !== 'stripeWebhook'
            ? 'Another request changed the same thing at the same moment, twice: send it again'
            : null,
        ]
          .filter(Boolean)
          .join('; '),
      );
    case 413:
      return problemResponse('Request body over 1 MB');
    case 415:
      return problemResponse('The body is not `application/json`');
    case 422:
      return problemResponse(
        'Validation failed; `errors` names each field (`body.<field>`, `query.<name>` — also an unknown query ' +
          'parameter)' +
          (definition.idempotent ? ', or an `Idempotency-Key` reused with another request' : ''),
      );
    case 429: {
      const limit = rateLimitOf(definition);
      const gatewayThrottle =
        'In AWS, API Gateway’s own throttle answers `{"message":"Too Many Requests"}` (application/json) when the ' +
        'stage or the route is over its rate.';
      if (!limit) return { description: gatewayThrottle, content: gateway };
      const { perMinute, burst } = RATE_LIMITS[limit];
      const whose = limit === 'anonymousWrites' ? 'client address' : 'organisation (staff: user)';
      return {
        description: `Over the rate limit of the ${whose}: ${perMinute} a minute, ${burst} at once by default (problem+json, with Retry-After). ${gatewayThrottle}`,
        headers: RETRY_AFTER,
        content: { ...problem, ...gateway },
      };
    }
    case 502:
      return problemResponse('The payment provider (Stripe) refused the request');
    case 503:
      return id === 'health'
        ? {
            description: 'Not ready: a check failed',
            headers: RETRY_AFTER,
            content: { 'application/json': { schema: { $ref: `${REF}Health` } } },
          }
        : problemResponse('A dependency (the table, a queue) is unavailable for now: retry after a while', RETRY_AFTER);
    default:
      throw new Error(`No description for status ${status}`);
  }
};

const operationDescription = (definition: RouteDefinition): string => {
  const lines = [`${definition.summary}.`];
  if (definition.access === 'public') lines.push('Anyone may call it: no credential.');
  else {
    lines.push(`Roles: ${definition.access.map((role) => `\`${role}\``).join(', ')}.`);
    const scope = keyScopeOf(definition);
    lines.push(scope ? `API keys need the scope \`${scope}\`.` : 'No API key may call it.');
  }
  if (definition.idempotent) lines.push('Send an `Idempotency-Key` to retry it safely.');
  if (definition.csv) lines.push('Send `Accept: text/csv` for CSV.');
  lines.push(
    definition.ignoresQuery
      ? 'Any query string is ignored (probes, caches and cron lines add their own).'
      : 'An unknown query parameter is refused (422).',
  );
  return lines.join(' ');
};

const successResponse = (writer: SchemaWriter, id: RouteId, definition: RouteDefinition): JsonObject => {
  if (!definition.response) return { description: 'Success, no content' };
  const recorded = RESPONSE_EXAMPLES[id];
  const example = recorded && recorded.status === definition.successStatus ? { example: recorded.body } : {};
  return {
    description: 'Success',
    content: {
      [definition.produces ?? 'application/json']: {
        schema: writer.write(definition.response, 'output'),
        ...example,
      },
      ...(definition.csv ? { 'text/csv': { schema: { type: 'string', description: 'RFC 4180, CRLF lines' } } } : {}),
      ...(definition.files
        ? {
            [definition.files]: {
              schema: { type: 'string', format: 'binary', description: 'The path’s `.pdf` form' },
            },
          }
        : {}),
    },
  };
};

const operation = (writer: SchemaWriter, id: RouteId, definition: RouteDefinition): JsonObject => {
  const responses: JsonObject = { [definition.successStatus]: successResponse(writer, id, definition) };
  for (const status of declaredErrorStatuses(id, definition)) responses[status] = errorResponse(status, id, definition);
  const scope = keyScopeOf(definition);
  const requestBody = definition.body
    ? {
        required: true,
        content: {
          'application/json': {
            schema: writer.write(definition.body, 'input'),
            ...(definition.example !== undefined ? { example: definition.example } : {}),
          },
        },
      }
    : definition.context === 'webhooks'
      ? {
          required: true,
          description: 'The event exactly as Stripe sends it: the signature is computed on these bytes',
          content: { 'application/json': { schema: STRIPE_EVENT, example: STRIPE_EVENT_EXAMPLE } },
        }
      : undefined;
  return {
    operationId: id,
    summary: definition.summary,
    description: operationDescription(definition),
    tags: [definition.context],
    ...(definition.ignoresQuery ? { 'x-opsdesk-query-ignored': true } : {}),
    ...(definition.access === 'public'
      ? { security: [] }
      : {
          security: scope ? [{ bearer: [] }, { apiKey: [scope] }] : [{ bearer: [] }],
          'x-opsdesk-roles': definition.access,
          'x-opsdesk-api-key-scope': scope,
        }),
    parameters: parameters(writer, definition),
    ...(requestBody ? { requestBody } : {}),
    responses,
  };
};

const DESCRIPTION = `Managed-services platform: plans, bookings, tasks on customer hosts, monitoring, usage-based invoices.

## Getting an API key

Scripts (a deploy pipeline, a cron job, an accounting import) call the API with an **API key** of their organisation.

1. A \`customer-admin\` opens **Organisation → API keys** in the web app and creates a key with a name, the scopes it
   needs and an optional expiry — or calls \`POST /api/api-keys\` with a signed-in token.
2. The key (\`odk_\` and 43 more characters) is shown **once**, in that answer only: Opsdesk keeps its SHA-256, never
   the key. Store it as a secret.
3. Send it as \`Authorization: Bearer odk_…\`. A key acts as the customer-admin who created it, limited to its
   scopes: each operation names the scope it needs (\`x-opsdesk-api-key-scope\`); operations without one (identity,
   key management, the organisation's deletion and export) refuse keys.
4. Revoke it under **Organisation → API keys** or with \`DELETE /api/api-keys/{apiKeyId}\`: the next call made with it
   is refused (401 problem+json; in AWS also 403 \`{"message":"Forbidden"}\` from the gateway). Every call made with a key is recorded in the audit log as that key.

Scopes: ${API_KEY_SCOPES.map((scope) => `\`${scope}\` (${API_KEY_SCOPE_LABELS[scope]})`).join(', ')}.

People sign in to the web app; their tokens (Cognito JWTs) are the \`bearer\` scheme.

## Errors

Errors are RFC 9457 \`application/problem+json\` (the \`Problem\` schema): \`type\`, \`title\`, \`status\`, \`detail\`,
a stable \`code\` and, for 422, \`errors\` naming each field (\`body.<field>\`, \`query.<name>\`). Each operation declares
the statuses it can answer:

- 400 malformed JSON or a malformed %-escape in the path; 413 a body over 1 MB; 415 a body that is not JSON;
  422 a valid request that fails validation — also an unknown query parameter on an operation that takes a query or
  a credential.
- 401 no or an invalid credential; 403 a role or an API-key scope that may not. In AWS, API Gateway answers these
  itself with \`{"message": "Unauthorized"}\` / \`{"message": "Forbidden"}\` (application/json) when the header is
  missing or its authorizer refuses the credential (the \`GatewayMessage\` schema).
- 404 an unknown id — also another organisation's, never revealing that it exists; an unknown path is 404 too, and a
  known path with another method is 405 with an \`Allow\` header.
- 409 the resource's state does not allow the change, or an \`Idempotency-Key\` still in flight.
- 429 over a rate limit, 503 a dependency unavailable for now: both with \`Retry-After\`; retry after that many
  seconds.
- A 500 is a fault of ours and is declared nowhere: bad input never gets one. Quote its request id to support.
`;

/** OpenAPI 3.1 for every deployed route of the manifest (local-only routes are left out). */
export const buildOpenApiDocument = (serverUrl = 'http://localhost:3000'): JsonObject => {
  const paths: Record<string, JsonObject> = {};
  const writer = createSchemaWriter();
  writer.write(ProblemSchema, 'output');
  const contexts = new Set<string>();
  for (const [id, definition] of routeEntries()) {
    if (definition.localOnly) continue;
    contexts.add(definition.context);
    paths[definition.path] ??= {};
    (paths[definition.path] as JsonObject)[definition.method.toLowerCase()] = operation(writer, id, definition);
  }
  const { schemas, resolve } = writer.finish();
  return resolve({
    openapi: '3.1.0',
    info: {
      title: 'Opsdesk API',
      version: '1.0.0',
      description: DESCRIPTION,
      contact: { name: 'Opsdesk support', email: SUPPORT_EMAIL },
      license: { name: 'Proprietary', url: 'https://opsdesk.dev/terms' },
    },
    servers: [{ url: serverUrl }],
    tags: Object.entries(TAG_DESCRIPTIONS)
      .filter(([name]) => contexts.has(name))
      .map(([name, description]) => ({ name, description })),
    security: [{ bearer: [] }, { apiKey: [] }],
    paths,
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'A person’s token: Cognito in AWS, `POST /auth/dev/login` in the local stack',
        },
        apiKey: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'odk_…',
          description: 'An API key of the organisation (see "Getting an API key"), limited to its scopes',
        },
      },
      schemas: {
        ...schemas,
        GatewayMessage: {
          type: 'object',
          description: 'What API Gateway answers itself (AWS only): 401 and 403 of its authorizer, 429 of its throttle',
          properties: { message: { type: 'string', enum: ['Unauthorized', 'Forbidden', 'Too Many Requests'] } },
          required: ['message'],
        },
      },
    },
  }) as JsonObject;
};

/** The document with the address it was requested at (`servers`: absolute, as outside tools need). */
export const withServer = (document: JsonObject, serverUrl: string): JsonObject => ({
  ...document,
  servers: [{ url: serverUrl }],
});
