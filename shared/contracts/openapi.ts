import { z } from 'zod';
import { RATE_LIMITS, rateLimitOf } from '../platform/rate-limits.js';
import { ProblemSchema } from './common.js';
import { type RouteDefinition, routeEntries } from './routes.js';

type JsonObject = Record<string, unknown>;

/**
 * Named schemas (`.meta({ id })`) become shared components; zod emits them as local `$defs`,
 * which are hoisted into `components.schemas` and their references rewritten.
 */
const createSchemaWriter = (components: Record<string, unknown>) => (schema: z.ZodType, io: 'input' | 'output') => {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', reused: 'inline', cycles: 'ref' }) as JsonObject;
  delete json.$schema;
  const defs = (json.$defs ?? {}) as Record<string, unknown>;
  delete json.$defs;
  const rewrite = (value: unknown): unknown =>
    JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/'));
  for (const [name, def] of Object.entries(defs)) components[name] ??= rewrite(def);
  return rewrite(json) as JsonObject;
};
type SchemaWriter = ReturnType<typeof createSchemaWriter>;

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

const parameters = (toSchema: SchemaWriter, definition: RouteDefinition): JsonObject[] => {
  const list: JsonObject[] = [];
  for (const [where, schema] of [
    ['path', definition.params],
    ['query', definition.query],
  ] as const) {
    if (!schema) continue;
    for (const [name, field] of Object.entries(schema.shape)) {
      list.push({
        name,
        in: where,
        required: where === 'path' || !(field as z.ZodType).safeParse(undefined).success,
        schema: toSchema(field as z.ZodType, 'input'),
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
  return list;
};

const operation = (toSchema: SchemaWriter, id: string, definition: RouteDefinition): JsonObject => {
  const responses: JsonObject = {
    [definition.successStatus]: definition.response
      ? {
          description: 'Success',
          content: {
            [definition.produces ?? 'application/json']: { schema: toSchema(definition.response, 'output') },
            ...(definition.csv
              ? { 'text/csv': { schema: { type: 'string', description: 'RFC 4180, CRLF lines' } } }
              : {}),
            ...(definition.files
              ? { [definition.files]: { schema: { type: 'string', format: 'binary', description: 'for `{id}.pdf`' } } }
              : {}),
          },
        }
      : { description: 'Success, no content' },
    400: problemResponse('Malformed request (unparseable JSON)'),
    413: problemResponse('Request body over 1 MB'),
    422: problemResponse('Valid JSON that fails validation; `errors` names each field'),
  };
  if (definition.access !== 'public') {
    responses[401] = problemResponse('Missing or invalid token');
    responses[403] = problemResponse(`Allowed roles: ${definition.access.join(', ')}`);
  }
  if (definition.params) responses[404] = problemResponse('Unknown id (also another tenant’s)');
  const limit = rateLimitOf(definition);
  if (limit) {
    const { perMinute, burst } = RATE_LIMITS[limit];
    const whose = limit === 'anonymousWrites' ? 'client address' : 'organisation (staff: user)';
    responses[429] = {
      ...problemResponse(`Over the rate limit of the ${whose}: ${perMinute} a minute, ${burst} at once by default`),
      headers: {
        'Retry-After': { description: 'Seconds until a request may pass', schema: { type: 'integer', minimum: 1 } },
      },
    };
  }
  return {
    operationId: id,
    summary: definition.summary,
    tags: [definition.context],
    ...(definition.access === 'public' ? { security: [] } : { 'x-opsdesk-roles': definition.access }),
    parameters: parameters(toSchema, definition),
    ...(definition.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: toSchema(definition.body, 'input') } },
          },
        }
      : {}),
    responses,
  };
};

/** OpenAPI 3.1 for every deployed route of the manifest (local-only routes are left out). */
export const buildOpenApiDocument = (serverUrl = '/'): JsonObject => {
  const paths: Record<string, JsonObject> = {};
  const schemas: Record<string, unknown> = {};
  const toSchema = createSchemaWriter(schemas);
  schemas.Problem = toSchema(ProblemSchema, 'output');
  for (const [id, definition] of routeEntries()) {
    if (definition.localOnly) continue;
    paths[definition.path] ??= {};
    (paths[definition.path] as JsonObject)[definition.method.toLowerCase()] = operation(toSchema, id, definition);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Opsdesk API',
      version: '1.0.0',
      description: 'Managed-services platform: plans, bookings, tasks on customer hosts, usage-based invoices.',
    },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas,
    },
  };
};
