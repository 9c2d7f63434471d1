import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { validate as validateOpenApi } from '@readme/openapi-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { keyScopeOf } from '../../../shared/contracts/api-key-scopes.js';
import { buildOpenApiDocument, declaredErrorStatuses } from '../../../shared/contracts/openapi.js';
import { RESPONSE_EXAMPLES } from '../../../shared/contracts/response-examples.js';
import { CONTEXTS, routeEntries } from '../../../shared/contracts/routes.js';
import { rateLimitOf } from '../../../shared/platform/rate-limits.js';

type Json = Record<string, any>;
const SERVER = 'https://app.opsdesk.dev';
const document = buildOpenApiDocument(SERVER) as Json;
const published = routeEntries().filter(([, definition]) => !definition.localOnly);
const operationOf = (method: string, path: string): Json => document.paths[path][method.toLowerCase()];

const directory = mkdtempSync(join(tmpdir(), 'opsdesk-openapi-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const file = join(directory, 'openapi.json');
writeFileSync(file, JSON.stringify(document, null, 2));

/** Every schema of the document compiled by ajv from the document itself (its `$ref`s resolve inside it). */
// ajv-formats is CommonJS: its default export arrives wrapped under NodeNext.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (
  ajv: Ajv2020,
) => Ajv2020;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addFormat('binary', true);
ajv.addSchema({ ...document, $id: 'https://opsdesk.test/openapi.json' });
const pointer = (...parts: (string | number)[]) =>
  parts.map((part) => String(part).replaceAll('~', '~0').replaceAll('/', '~1')).join('/');
const validatorAt = (...parts: (string | number)[]) =>
  ajv.compile({ $ref: `https://opsdesk.test/openapi.json#/${pointer(...parts)}` });

describe('the OpenAPI document, as outside tools read it', () => {
  it('passes Redocly’s recommended ruleset with no error and no warning', async () => {
    const run = await promisify(execFile)(
      join('node_modules', '.bin', 'redocly'),
      ['lint', file, '--config', join('test', 'shared', 'contracts', 'redocly.yaml'), '--format=json'],
      { env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
    ).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
    const report = JSON.parse(run.stdout) as { totals: Json; problems: { ruleId: string; message: string }[] };
    expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 30_000);

  it('is valid OpenAPI 3.1 for a second parser (@readme/openapi-parser)', async () => {
    const result = await validateOpenApi(structuredClone(document) as never);
    expect(result.valid, JSON.stringify(result)).toBe(true);
  });

  it('defines Problem as a schema, not as a reference to itself, and ajv compiles every error response', () => {
    expect(document.components.schemas.Problem).toMatchObject({ type: 'object' });
    expect(document.components.schemas.Problem.$ref).toBeUndefined();
    const check = validatorAt('components', 'schemas', 'Problem');
    expect(check({ type: 'about:blank', title: 'Not found', status: 404, detail: 'No such resource.' })).toBe(true);
    expect(check({ title: 'no type' })).toBe(false);
    for (const [name, schema] of Object.entries(document.components.schemas as Json)) {
      expect(schema.$ref, name).not.toBe(`#/components/schemas/${name}`);
    }
  });

  it('has no zod safe-integer bounds (±9007199254740991)', () => {
    expect(JSON.stringify(document)).not.toContain('9007199254740991');
  });
});

describe('declared statuses, derived from each route’s definition', () => {
  it('declares on GET /api/health only what it answers: 200 and its 503', () => {
    // 429: API Gateway's own throttle, which can refuse any operation in AWS.
    expect(Object.keys(operationOf('GET', '/api/health').responses).sort()).toEqual(['200', '429', '503']);
  });

  it('declares 400/413/415 only with a body, 404 only with path parameters, 401/403 only with a credential', () => {
    for (const [id, definition] of published) {
      const responses = operationOf(definition.method, definition.path).responses;
      const webhook = definition.context === 'webhooks';
      expect(Boolean(responses[415]), id).toBe(Boolean(definition.body));
      expect(Boolean(responses[413]), id).toBe(Boolean(definition.body) || webhook);
      expect(Boolean(responses[400]), id).toBe(Boolean(definition.body || definition.params) || webhook);
      // 404 also where an id arrives in the query or the body (an audit log's tenantId, a task's hostId, a link).
      const idElsewhere = ['listAudit', 'requestTask', 'acknowledgeByLink'].includes(id);
      expect(Boolean(responses[404]), id).toBe(Boolean(definition.params) || idElsewhere);
      expect(Boolean(responses[401]), id).toBe(definition.access !== 'public');
      expect(Boolean(responses[403]), id).toBe(definition.access !== 'public');
      // Every operation can meet API Gateway's throttle; only rate-limited ones answer problem+json 429 themselves.
      expect(Object.keys(responses[429].content).includes('application/problem+json'), id).toBe(
        Boolean(rateLimitOf(definition)),
      );
      expect(responses[500], id).toBeUndefined();
    }
  });

  it('declares 409 on every non-public write and every idempotent route, 503 with Retry-After on table routes', () => {
    for (const [id, definition] of published) {
      const responses = operationOf(definition.method, definition.path).responses;
      const write = definition.method !== 'GET' && definition.access !== 'public';
      const racesOrRefuses = ['stripeWebhook', 'acknowledgeByLink', 'signalHeartbeat', 'signalHeartbeatGet'];
      expect(Boolean(responses[409]), id).toBe(write || Boolean(definition.idempotent) || racesOrRefuses.includes(id));
      if (!['openapi', 'listPlans', 'getApiDocs'].includes(id)) {
        expect(responses[503]?.headers?.['Retry-After'], id).toBeDefined();
      }
    }
    expect(operationOf('POST', '/api/bookings').responses[409]).toBeDefined();
    expect(operationOf('POST', '/api/signup').responses[409]).toBeDefined();
    expect(operationOf('GET', '/api/openapi.json').responses[503]).toBeUndefined();
  });

  it('declares exactly the statuses declaredErrorStatuses derives, each described', () => {
    for (const [id, definition] of published) {
      const responses = operationOf(definition.method, definition.path).responses;
      expect(Object.keys(responses).sort(), id).toEqual(
        [String(definition.successStatus), ...declaredErrorStatuses(id, definition).map(String)].sort(),
      );
      for (const [status, response] of Object.entries(responses as Json)) {
        expect(response.description, `${id} ${status}`).toMatch(/\S/);
      }
    }
  });

  it('documents 401 and 403 as problem+json and as API Gateway’s own {"message"} JSON', () => {
    const responses = operationOf('GET', '/api/tasks').responses;
    for (const status of [401, 403]) {
      expect(Object.keys(responses[status].content).sort()).toEqual(['application/json', 'application/problem+json']);
      const gateway = validatorAt(
        'paths',
        '/api/tasks',
        'get',
        'responses',
        status,
        'content',
        'application/json',
        'schema',
      );
      expect(gateway({ message: status === 401 ? 'Unauthorized' : 'Forbidden' })).toBe(true);
    }
  });
});

describe('examples', () => {
  it('publishes a request example for every operation with a body, valid against its own schema', () => {
    let checked = 0;
    for (const [id, definition] of published) {
      const body = operationOf(definition.method, definition.path).requestBody;
      if (!body) continue;
      const media = body.content['application/json'];
      expect(media.example, id).toBeDefined();
      const check = validatorAt(
        'paths',
        definition.path,
        definition.method.toLowerCase(),
        'requestBody',
        'content',
        'application/json',
        'schema',
      );
      expect(check(media.example), `${id}: ${JSON.stringify(check.errors)}`).toBe(true);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(25);
  });

  it('publishes the query examples as parameter examples, valid against the parameter’s schema', () => {
    let checked = 0;
    for (const [id, definition] of published) {
      if (!definition.exampleQuery) continue;
      const parameters = operationOf(definition.method, definition.path).parameters as Json[];
      for (const name of Object.keys(definition.exampleQuery)) {
        const index = parameters.findIndex((p) => p.in === 'query' && p.name === name);
        expect(parameters[index]?.example, `${id} ${name}`).toBeDefined();
        const check = validatorAt(
          'paths',
          definition.path,
          definition.method.toLowerCase(),
          'parameters',
          index,
          'schema',
        );
        expect(check(parameters[index]?.example), `${id} ${name}`).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(4);
  });

  it('publishes each recorded response example, valid against the document’s schema for it', () => {
    for (const [id, definition] of published) {
      const recorded = RESPONSE_EXAMPLES[id];
      if (!recorded || recorded.status !== definition.successStatus || !definition.response) continue;
      const type = definition.produces ?? 'application/json';
      const media = operationOf(definition.method, definition.path).responses[definition.successStatus].content[type];
      expect(media.example, id).toEqual(recorded.body);
      const check = validatorAt(
        'paths',
        definition.path,
        definition.method.toLowerCase(),
        'responses',
        definition.successStatus,
        'content',
        type,
        'schema',
      );
      expect(check(media.example), `${id}: ${JSON.stringify(check.errors)}`).toBe(true);
    }
  });
});

describe('requests and responses', () => {
  it('does not require in requests what the server accepts without (input and output schemas apart)', () => {
    const schemas = document.components.schemas;
    const profile = operationOf('PUT', '/api/billing/profile').requestBody.content['application/json'].schema;
    const profileInput = schemas[profile.$ref.split('/').pop()];
    expect(profileInput.required).not.toContain('vatId');
    expect(schemas.BillingProfile.required).toContain('vatId');
    const availability = operationOf('PUT', '/api/ops/availability').requestBody.content['application/json'].schema;
    expect(schemas[availability.$ref.split('/').pop()].required).not.toContain('exceptions');
    expect(schemas.StaffAvailability.required).toContain('exceptions');
  });

  it('gives the Stripe webhook its event body and its required Stripe-Signature header', () => {
    const webhook = operationOf('POST', '/api/webhooks/stripe');
    expect(webhook.requestBody.content['application/json'].schema.required).toContain('type');
    expect(webhook.parameters).toContainEqual(
      expect.objectContaining({ name: 'Stripe-Signature', in: 'header', required: true }),
    );
  });

  it('names a resource’s path parameter the same under one prefix', () => {
    const names = new Map<string, string>();
    for (const [, definition] of published) {
      const segments = definition.path.split('/');
      segments.forEach((segment, index) => {
        if (!segment.startsWith('{') || definition.context === 'monitoring') return;
        const prefix = segments.slice(0, index).join('/');
        const known = names.get(prefix);
        expect(known ?? segment, `${definition.path}`).toBe(segment);
        names.set(prefix, segment);
      });
    }
    expect(operationOf('GET', '/api/invoices/{invoiceId}')).toBeDefined();
    expect(operationOf('GET', '/api/bookings/{bookingId}')).toBeDefined();
    expect(operationOf('GET', '/api/reports/{period}')).toBeDefined();
  });
});

describe('descriptions, tags, info and security', () => {
  it('describes every operation and every parameter', () => {
    for (const [id, definition] of published) {
      const operation = operationOf(definition.method, definition.path);
      expect(operation.description, id).toContain(definition.summary);
      for (const parameter of operation.parameters as Json[]) {
        expect(parameter.description, `${id} ${parameter.name}`).toMatch(/\S{3}/);
      }
    }
  });

  it('lists one described tag per bounded context it publishes', () => {
    const used = new Set(published.map(([, definition]) => definition.context));
    expect((document.tags as Json[]).map((tag) => tag.name)).toEqual(CONTEXTS.filter((c) => used.has(c)));
    for (const tag of document.tags as Json[]) expect(tag.description, tag.name).toMatch(/\S/);
  });

  it('has contact, license, an absolute server and a description that tells how to get an API key', () => {
    expect(document.info.contact.email).toMatch(/@/);
    expect(document.info.license.name).toBe('Proprietary');
    expect(document.servers).toEqual([{ url: SERVER }]);
    expect(document.info.description).toContain('## Getting an API key');
    expect(document.info.description).toContain('Authorization: Bearer odk_');
    expect(document.info.description).toContain('## Errors');
  });

  it('offers people’s tokens and API keys, and names each operation’s key scope', () => {
    expect(document.components.securitySchemes.apiKey).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    for (const [id, definition] of published) {
      const operation = operationOf(definition.method, definition.path);
      if (definition.access === 'public') {
        expect(operation.security, id).toEqual([]);
        continue;
      }
      const scope = keyScopeOf(definition);
      expect(operation['x-opsdesk-api-key-scope'], id).toBe(scope);
      expect(operation.security, id).toEqual(scope ? [{ bearer: [] }, { apiKey: [scope] }] : [{ bearer: [] }]);
    }
  });
});
