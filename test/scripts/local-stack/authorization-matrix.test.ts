import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoReportStore } from '../../../functions/adapters/dynamodb/dynamo-report-store.js';
import { HANDLERS, lambdaContext } from '../../../scripts/local-stack/dispatcher.js';
import { isCustomerRole } from '../../../shared/contracts/roles.js';
import { pathParamNames, type RouteDefinition, routeEntries } from '../../../shared/contracts/routes.js';
import type { Monitor } from '../../../shared/monitoring/model.js';
import { createTestApi, PERSONA_ROLE, PERSONAS, type Persona, type TestApi } from '../../support/api.js';
import { reportAudit, storedReportFixture } from '../../support/report-fakes.js';

/**
 * Every route of the manifest × every persona gets the status the manifest promises. Routes are
 * enumerated from the manifest, so a new route is covered the moment it is declared; a new path
 * parameter needs a sample owned by tenant A below, or this test fails and says so.
 */
let api: TestApi;
let lastMonitor: Monitor | undefined;
/** Tenant A's service report of the sampled period (stored once; a second put changes nothing). */
const reportOfTenantA = async (periodId: string) => {
  await new DynamoReportStore(api.table.client, api.table.tableName).create(
    storedReportFixture(api.tenantA.id, periodId),
    [],
    reportAudit(api.tenantA.id, `audit-report-${periodId}`, periodId),
  );
  return periodId;
};
/** Path parameters: a fresh resource of tenant A per request, so routes that change or remove it cannot disturb others. */
const samples: Record<string, () => Promise<string>> = {
  userId: async () => (await api.addMemberOfTenantA()).id,
  tenantId: async () => api.tenantA.id,
  bookingId: async () => (await api.addBookingOfTenantA()).id,
  taskId: async () => (await api.addTaskOfTenantA()).id,
  hostId: async () => (await api.addHost({ tenantId: api.tenantA.id })).id,
  invoiceId: async () => (await api.addInvoice()).id,
  monitorId: async () => {
    lastMonitor = (await api.addMonitorOfTenantA()).monitor;
    return lastMonitor.id;
  },
  // The planned maintenance of the monitor just made for {monitorId}, which comes first in the path.
  slotId: async () => lastMonitor?.maintenance[0]?.id ?? 'no-monitor-sampled-first',
  incidentId: async () => (await api.addIncidentOfTenantA()).id,
  // A key of tenant A, made through the API by its admin (the secret is not needed: only its id is in the path).
  apiKeyId: async () =>
    (
      await api.request('POST', '/api/api-keys', {
        persona: 'customer-admin-A',
        body: { name: 'Matrix key', scopes: ['tasks:read'] },
      })
    ).json().id,
  token: async () => (await api.addMonitorOfTenantA('heartbeat')).token ?? '',
  signal: async () => 'start',
  // A period that has ended and has been closed (closing it again changes nothing).
  period: async () => {
    await api.request('POST', '/api/finance/periods/2026-01/close', { persona: 'finance' });
    return reportOfTenantA('2026-01');
  },
  // Tenant A's published status page (publishing it again changes nothing).
  slug: async () => {
    await api.request('PUT', '/api/status-page', {
      persona: 'customer-admin-A',
      body: { slug: 'matrix-tenant-a', published: true, monitorIds: [] },
    });
    return 'matrix-tenant-a';
  },
};
/** Routes whose parameter is a file name (`<id>.ics`, `<id>.pdf`): that form of the same sample. */
const fileSamples: Record<string, () => Promise<string>> = {
  '/api/bookings/{bookingId}': async () => `${(await api.addBookingOfTenantA()).id}.ics`,
  '/api/invoices/{invoiceId}': async () => `${(await api.addInvoice()).id}.pdf`,
  '/api/finance/invoices/{invoiceId}': async () => `${(await api.addInvoice()).id}.pdf`,
};

/**
 * Staff name the organisation whose report they read (`?tenantId=`, else 422): every sample is tenant A's, so the
 * reports routes are asked for tenant A's (a customer of A names their own; B's admin finds nothing).
 */
const sampleQuery = (definition: RouteDefinition): Record<string, string> =>
  definition.context === 'reports' && definition.query && 'tenantId' in (definition.query as { shape: object }).shape
    ? { tenantId: api.tenantA.id }
    : {};

beforeAll(async () => {
  // Real queues: closing a period fans out one message per tenant.
  api = await createTestApi({ queues: true });
});

const roleOf = (persona: Persona) => PERSONA_ROLE[persona];
const tenantOf = (persona: Persona) => (persona === 'anonymous' ? null : api.users[persona].tenantId);

const concretePath = async (definition: RouteDefinition) => {
  let path = definition.path;
  for (const name of pathParamNames(definition.path)) {
    const sample = fileSamples[definition.path] ?? samples[name];
    if (!sample) throw new Error(`Add a sample owned by tenant A for path parameter {${name}} to this test`);
    path = path.replace(`{${name}}`, encodeURIComponent(await sample()));
  }
  const query = { ...definition.exampleQuery, ...sampleQuery(definition) };
  return Object.keys(query).length ? `${path}?${new URLSearchParams(query)}` : path;
};

/** What the manifest promises a persona on a route. */
const expected = (definition: RouteDefinition, persona: Persona): number | 'allowed' => {
  if (definition.access === 'public') return 'allowed';
  // A removed user's token still carries its scope: API Gateway refuses the routes it lacks (403), the
  // handler every other one (401: the table no longer knows the user).
  if (persona === 'removed-member-A') return definition.access.includes('customer-member') ? 401 : 403;
  const role = roleOf(persona);
  if (!role) return 401;
  if (!definition.access.includes(role)) return 403;
  const ownsSample = pathParamNames(definition.path).length > 0;
  if (ownsSample && isCustomerRole(role) && tenantOf(persona) !== api.tenantA.id) return 404;
  return definition.method === 'GET' ? definition.successStatus : 'allowed';
};

describe('authorization matrix (through the local API Gateway and the real handlers)', () => {
  for (const [id, definition] of routeEntries()) {
    for (const persona of PERSONAS) {
      it(`${definition.method} ${definition.path} as ${persona}`, async () => {
        const response = await api.request(definition.method, await concretePath(definition), {
          persona,
          ...(definition.body ? { body: definition.example ?? {} } : {}),
        });
        const want = expected(definition, persona);
        if (want === 'allowed') {
          expect([401, 403], `${id} refused ${persona}`).not.toContain(response.status);
          expect(response.status, `${id} failed for ${persona}`).toBeLessThan(500);
        } else {
          expect(response.status, response.body.toString()).toBe(want);
        }
        // A route that produces HTML answers a page of its own (the status page's 404 for an unknown slug).
        if (response.status >= 400) {
          expect(response.headers['content-type']).toBe(
            definition.produces === 'text/html' && response.status === 404
              ? 'text/html; charset=utf-8'
              : 'application/problem+json',
          );
        }
      });
    }
  }
});

describe('the handlers authorize on their own (defence in depth behind API Gateway)', () => {
  for (const [id, definition] of routeEntries()) {
    if (definition.access === 'public') continue;
    const access = definition.access;
    const outsider = PERSONAS.find((persona) => {
      const role = roleOf(persona);
      return role !== null && !access.includes(role);
    });
    const event = (path: string, claims?: Record<string, string>) => ({
      version: '2.0',
      routeKey: `${definition.method} ${definition.path}`,
      rawPath: path,
      rawQueryString: '',
      headers: { 'content-type': 'application/json' },
      body: definition.body ? '{}' : undefined,
      isBase64Encoded: false,
      requestContext: {
        requestId: 'matrix',
        http: { method: definition.method, path },
        ...(claims ? { authorizer: { jwt: { claims, scopes: [] } } } : {}),
      },
    });
    const invoke = async (claims?: Record<string, string>) => {
      const { handler } = await HANDLERS[definition.context]();
      return handler(
        event((await concretePath(definition)).split('?')[0] ?? '', claims) as never,
        lambdaContext(definition.context, 'matrix'),
      ) as Promise<{
        statusCode: number;
      }>;
    };

    it(`${id} without authorizer claims → 401`, async () => {
      expect((await invoke()).statusCode).toBe(401);
    });
    if (outsider) {
      it(`${id} with claims of ${outsider} (role outside the manifest's list) → 403`, async () => {
        const user = api.users[outsider as Exclude<Persona, 'anonymous'>];
        const claims = {
          sub: user.id,
          username: user.id,
          email: user.email,
          'cognito:groups': `[${user.roles.join(' ')}]`,
          ...(user.tenantId ? { 'custom:tenantId': user.tenantId } : {}),
        };
        expect((await invoke(claims)).statusCode).toBe(403);
      });
    }
  }
});
