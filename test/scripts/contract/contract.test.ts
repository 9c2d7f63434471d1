import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoReportStore } from '../../../functions/adapters/dynamodb/dynamo-report-store.js';
import { DynamoSubscriptionRepository } from '../../../functions/adapters/dynamodb/dynamo-subscription-repository.js';
import { DynamoTaskRepository } from '../../../functions/adapters/dynamodb/dynamo-task-repository.js';
import { RandomIds } from '../../../functions/adapters/system/random-ids.js';
import { HmacAckLinkSigner } from '../../../functions/monitoring/adapters.js';
import { committedSchemaTypes, generateSchemaTypes, schemaDrift } from '../../../scripts/api-client/generate.js';
import { periodOf } from '../../../shared/billing/periods.js';
import { activeLedgerSubscription } from '../../../shared/billing/subscription.js';
import { RESPONSE_EXAMPLES } from '../../../shared/contracts/response-examples.js';
import { matchPath, routes } from '../../../shared/contracts/routes.js';
import type { Monitor } from '../../../shared/monitoring/model.js';
import { createTestApi, type Persona, type TestApi } from '../../support/api.js';
import { E2E_TODAY } from '../../support/local-stack-process.js';
import { setTestRateLimits } from '../../support/rate-limits.js';
import { reportAudit, storedReportFixture } from '../../support/report-fakes.js';
import { seedAudit, seedTenantWithAdmin } from '../../support/seed.js';
import { signedEvent, startStripeFake, WEBHOOK_SECRET } from '../../support/stripe-fake.js';
import { exerciseApiClient } from '../api-client/exercise.js';
import {
  createDocumentValidator,
  type DocumentValidator,
  HTTP_METHODS,
  isJsonMedia,
  mediaTypeOf,
  type Operation,
  operationsOf,
  type SeenResponse,
} from './document.js';
import { createExampleRecorder } from './examples.js';

/**
 * The contract test (issue 17): every operation of the OpenAPI document the local stack SERVES is driven against the
 * stack — its published request example as a persona with one of its roles, on real seeded data — and with the
 * invalid variants every API client meets (a required field missing, a wrong type, an unknown field or query
 * parameter, no token, a role that may not, an unknown id, a body that is not JSON, a method the path has not).
 * Every answer must be one the document declares for that operation: its status, its media type, and a body valid
 * (ajv, on the document itself) against the declared schema; every error problem+json.
 *
 * `UPDATE_EXAMPLES=1` also records the first success answer of each operation into
 * shared/contracts/response-examples.ts; otherwise that file is checked against the served document.
 */

// Hundreds of writes at machine speed from one tenant and one address: far past what the default buckets let through.
const MACHINE_SPEED = { perMinute: 60_000, burst: 5_000 };
setTestRateLimits({ writes: MACHINE_SPEED, taskRequests: MACHINE_SPEED, anonymousWrites: MACHINE_SPEED });

type Json = Record<string, any>;
type Response = Awaited<ReturnType<TestApi['request']>>;
type SignedIn = Exclude<Persona, 'anonymous'>;

let api: TestApi;
let stripe: Awaited<ReturnType<typeof startStripeFake>>;
let doc: Json;
let validator: DocumentValidator;
const failures = new Map<string, string[]>();
const recorder = createExampleRecorder();
const updateExamples = process.env.UPDATE_EXAMPLES === '1';

const fail = (id: string, message: string) => {
  const list = failures.get(id) ?? [];
  list.push(message);
  failures.set(id, list);
};

/** The persona that acts in a role: tenant A's customers, and provider staff. */
const PERSONA_OF_ROLE: Record<string, SignedIn> = {
  'customer-admin': 'customer-admin-A',
  'customer-member': 'customer-member-A',
  operator: 'operator',
  finance: 'finance',
  'provider-admin': 'provider-admin',
};
const ROLE_OF_PERSONA = Object.fromEntries(Object.entries(PERSONA_OF_ROLE).map(([role, p]) => [p, role]));

/** The month before the stack's clock: ended, so finance may close it and its report exists. */
const PERIOD = (() => {
  const month = new Date(Date.UTC(E2E_TODAY.getUTCFullYear(), E2E_TODAY.getUTCMonth() - 1, 1));
  return `${month.getUTCFullYear()}-${String(month.getUTCMonth() + 1).padStart(2, '0')}`;
})();

const rolesOf = (operation: Operation): string[] | null =>
  Array.isArray(operation.op['x-opsdesk-roles']) ? (operation.op['x-opsdesk-roles'] as string[]) : null;
const isPublic = (operation: Operation) => Array.isArray(operation.op.security) && operation.op.security.length === 0;

/** Who makes an operation's valid request: a customer-admin where allowed (tenant A owns the samples), else its first role. */
const actorOf = (operation: Operation): Persona => {
  const roles = rolesOf(operation);
  if (!roles || isPublic(operation)) return 'anonymous';
  return roles.includes('customer-admin') ? 'customer-admin-A' : (PERSONA_OF_ROLE[roles[0] ?? ''] ?? 'anonymous');
};

/** A persona whose role the operation does not allow, or null (every role may). */
const outsiderOf = (operation: Operation): SignedIn | null => {
  const roles = rolesOf(operation) ?? [];
  const order: SignedIn[] = ['customer-member-A', 'finance', 'operator', 'customer-admin-A', 'provider-admin'];
  return order.find((persona) => !roles.includes(ROLE_OF_PERSONA[persona] ?? '')) ?? null;
};

// ---------------------------------------------------------------------------------------------------------------
// Real data: each path parameter a fresh resource of tenant A, made for the operation (so deleting, cancelling or
// revoking it disturbs no other operation).

/** The organisation provider-admins suspend and reactivate: one of its own, so tenants A and B stay active. */
let suspendedTenantId: string;
let lastMonitor: Monitor | undefined;

const asPersona = async (persona: SignedIn, method: string, url: string, body?: unknown) => {
  const response = await api.request(method, url, { persona, ...(body === undefined ? {} : { body }) });
  if (response.status >= 300) throw new Error(`${method} ${url} answered ${response.status}: ${response.body}`);
  return response.status === 204 ? undefined : response.json();
};

const reportOfTenantA = async (periodId: string) => {
  await new DynamoReportStore(api.table.client, api.table.tableName).create(
    storedReportFixture(api.tenantA.id, periodId),
    [],
    reportAudit(api.tenantA.id, `audit-report-${periodId}`, periodId),
  );
  return periodId;
};

/** A task of tenant A that waits for its admin’s approval: a member’s service restart on a registered host. */
const taskAwaitingApproval = async () => {
  const host = await api.addHost({ tenantId: api.tenantA.id });
  const task = await asPersona('customer-member-A', 'POST', '/api/tasks', {
    typeId: 'service-restart',
    hostId: host.id,
    params: { service: 'nginx' },
  });
  return task.id as string;
};
/** A task whose dispatch failed three times: dead-lettered, for an operator to redrive. */
const deadLetteredTask = async () => {
  const task = await api.addTaskOfTenantA();
  const at = api.now().toISOString();
  await new DynamoTaskRepository(api.table.client, api.table.tableName).update(
    task,
    {
      ...task,
      status: 'failed',
      deadLetteredAt: at,
      history: [...task.history, { status: 'failed', at, by: 'dispatcher', reason: 'Dispatch failed three times' }],
      version: task.version + 1,
    },
    {},
  );
  return task.id;
};
const claimedTask = async () => {
  const task = await api.addTaskOfTenantA();
  await asPersona('operator', 'POST', `/api/ops/tasks/${task.id}/claim`);
  return task.id;
};
let pastBookings = 1;
/** A confirmed booking of tenant A that began hours ago (an operator may complete it or mark a no-show). */
const pastBooking = async () =>
  (
    await api.addBooking({
      tenantId: api.tenantA.id,
      bookedBy: api.users['customer-admin-A'].id,
      // Each an hour before the last: the operator has one booking at a time.
      start: api.now().getTime() - ++pastBookings * 3_600_000,
    })
  ).id;

const samples: Record<string, (operation: Operation) => Promise<string>> = {
  userId: async () => (await api.addMemberOfTenantA()).id,
  tenantId: async (operation) =>
    operation.path.startsWith('/api/admin/tenants/') ? suspendedTenantId : api.tenantA.id,
  bookingId: async (operation) =>
    operation.path.startsWith('/api/ops/bookings/') ? pastBooking() : (await api.addBookingOfTenantA()).id,
  bookingFile: async () => `${(await api.addBookingOfTenantA()).id}.ics`,
  taskId: async (operation) => {
    if (/\/(approve|decline)$/.test(operation.path)) return taskAwaitingApproval();
    if (/\/(unclaim|complete)$/.test(operation.path)) return claimedTask();
    if (operation.path.endsWith('/redrive')) return deadLetteredTask();
    return (await api.addTaskOfTenantA()).id;
  },
  hostId: async () => (await api.addHost({ tenantId: api.tenantA.id })).id,
  invoiceId: async (operation) =>
    (
      await api.addInvoice(
        // Retrying a collection needs one Stripe failed to take.
        operation.path.endsWith('/collect')
          ? {
              stripe: {
                sync: 'failed',
                invoiceId: null,
                status: null,
                amountDue: null,
                amountPaid: null,
                lastError: 'Your card was declined.',
                updatedAt: api.now().toISOString(),
                eventAt: null,
              },
            }
          : {},
      )
    ).id,
  invoiceFile: async () => (await api.addInvoice()).id,
  monitorId: async () => {
    lastMonitor = (await api.addMonitorOfTenantA()).monitor;
    return lastMonitor.id;
  },
  slotId: async () => lastMonitor?.maintenance[0]?.id ?? 'no-monitor-sampled-first',
  incidentId: async (operation) => {
    const incident = await api.addIncidentOfTenantA();
    // A remediation task runs on the host the monitored thing runs on.
    if (operation.path.endsWith('/remediate')) {
      const host = await api.addHost({ tenantId: api.tenantA.id });
      await asPersona('customer-admin-A', 'PATCH', `/api/monitors/${incident.monitorId}`, { hostId: host.id });
    }
    return incident.id;
  },
  token: async () => (await api.addMonitorOfTenantA('heartbeat')).token ?? '',
  signal: async () => 'start',
  period: async (operation) => (operation.path.startsWith('/api/reports/') ? reportOfTenantA(PERIOD) : PERIOD),
  slug: async () => {
    await asPersona('customer-admin-A', 'PUT', '/api/status-page', {
      slug: 'contract-tenant-a',
      published: true,
      monitorIds: [],
    });
    return 'contract-tenant-a';
  },
  reportFile: async () => reportOfTenantA(PERIOD),
  apiKeyId: async () =>
    (
      await asPersona('customer-admin-A', 'POST', '/api/api-keys', {
        name: `Revoked by the contract test ${randomUUID().slice(0, 8)}`,
        scopes: ['tasks:read'],
      })
    ).id,
};

/** An id nobody has, in the parameter's form; null where "unknown" means nothing (a signal, a period to close). */
const unknownValue = (name: string, operation: Operation): string | null => {
  switch (name) {
    case 'bookingFile':
      return `${randomUUID()}.ics`;
    case 'hostId':
      return 'mi-99999999999999999';
    case 'token':
      return 'unknownHeartbeatToken0000000000';
    case 'slug':
      return 'no-such-status-page';
    case 'reportFile':
      return '2001-01';
    case 'period':
      return operation.method === 'get' ? '2001-01' : null;
    case 'signal':
      return null;
    default:
      return randomUUID();
  }
};

/** Path parameters that name a file of the resource: `{bookingId}` of the calendar route is `<id>.ics`. */
const SUFFIXES: Record<string, string> = { getBookingCalendar: '.ics' };

const pathParamsOf = (operation: Operation): string[] =>
  [...operation.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');

const fillPath = async (operation: Operation, values: Record<string, string> = {}) => {
  let path = operation.path;
  for (const name of pathParamsOf(operation)) {
    let value = values[name];
    if (value === undefined) {
      const sample = samples[name];
      if (!sample) throw new Error(`add a sample of tenant A for the path parameter {${name}} to the contract test`);
      value = await sample(operation);
    }
    path = path.replace(`{${name}}`, encodeURIComponent(`${value}${SUFFIXES[operation.id] ?? ''}`));
  }
  return path;
};

// ---------------------------------------------------------------------------------------------------------------
// The published examples of a request.

const parametersOf = (operation: Operation): Json[] =>
  ((operation.op.parameters ?? []) as Json[]).map((parameter) => validator.deref(parameter) ?? parameter);

const exampleOf = (holder: Json | undefined): { found: boolean; value?: unknown } => {
  if (!holder) return { found: false };
  if ('example' in holder) return { found: true, value: holder.example };
  const first = Object.values((holder.examples ?? {}) as Json)[0];
  if (first && typeof first === 'object') {
    const example = validator.deref(first) as Json;
    if ('value' in example) return { found: true, value: example.value };
  }
  return { found: false };
};

const queryOf = (operation: Operation): Record<string, string> => {
  const query: Record<string, string> = {};
  const manifest = (routes as Record<string, { exampleQuery?: Record<string, string> }>)[operation.id]?.exampleQuery;
  for (const parameter of parametersOf(operation)) {
    if (parameter.in !== 'query' || !parameter.required) continue;
    const example = exampleOf(parameter);
    const fromSchema = exampleOf(parameter.schema);
    if (example.found) query[parameter.name] = String(example.value);
    else if (fromSchema.found) query[parameter.name] = String(fromSchema.value);
    else if (manifest?.[parameter.name] !== undefined) {
      fail(operation.id, `required query parameter ${parameter.name} has no published example`);
      query[parameter.name] = manifest[parameter.name] as string;
    } else fail(operation.id, `required query parameter ${parameter.name} has no example at all`);
  }
  return query;
};

const requestBodyOf = (operation: Operation): Json | undefined => validator.deref(operation.op.requestBody);
const jsonBodySchemaOf = (operation: Operation): Json | undefined =>
  validator.deref(requestBodyOf(operation)?.content?.['application/json']?.schema);

const bodyOf = (operation: Operation): unknown => {
  const media = requestBodyOf(operation)?.content?.['application/json'];
  if (!media) return undefined;
  const example = exampleOf(media);
  if (example.found) return example.value;
  const fromSchema = exampleOf(validator.deref(media.schema));
  if (fromSchema.found) return fromSchema.value;
  const manifest = (routes as Record<string, { example?: unknown }>)[operation.id]?.example;
  fail(operation.id, 'the request body has no published example');
  return manifest ?? {};
};

// ---------------------------------------------------------------------------------------------------------------
// Operations whose published example cannot succeed as it stands on any stack: what the test sends instead.

interface Call {
  persona: Persona;
  path: string;
  query: Record<string, string>;
  body?: unknown;
  rawBody?: string;
  headers: Record<string, string>;
}

const SPECIAL: Record<string, (call: Call, operation: Operation) => Promise<Call> | Call> = {
  // The example's token is a placeholder: a real page's link is signed with the stage's secret for one incident.
  acknowledgeByLink: async (call) => {
    const incident = await api.addIncidentOfTenantA();
    const token = new HmacAckLinkSigner(process.env.ACK_LINK_SECRET ?? '').sign({
      incidentId: incident.id,
      staffId: api.users.operator.id,
      expiresAt: new Date(api.now().getTime() + 3_600_000).toISOString(),
    });
    return { ...call, body: { token } };
  },
  // Stripe's event, signed with the endpoint's secret (an event type the API does not act on is acknowledged).
  stripeWebhook: (call) => {
    const { payload, signature } = signedEvent(
      'customer.created',
      { id: 'cus_contract', object: 'customer' },
      { id: `evt_contract_${randomUUID()}`, created: Math.floor(api.now().getTime() / 1000) },
    );
    return { ...call, body: undefined, rawBody: payload, headers: { ...call.headers, 'stripe-signature': signature } };
  },
  // Tenant B asks for its deletion and takes it back: tenant A, whose data every other operation uses, stays.
  requestTenantDeletion: (call) => ({ ...call, persona: 'customer-admin-B' }),
  cancelTenantDeletion: (call) => ({ ...call, persona: 'customer-admin-B' }),
};

/** Operations run first, in this order: the state later ones read (a period closed, a tenant to suspend, …). */
const FIRST = ['createActivation', 'closePeriod', 'requestTenantDeletion', 'suspendTenant'];

const orderOf = (operations: Operation[]) => [
  ...FIRST.flatMap((id) => operations.filter((operation) => operation.id === id)),
  ...operations.filter((operation) => !FIRST.includes(operation.id)),
];

// ---------------------------------------------------------------------------------------------------------------
// Sending and checking.

const urlOf = (path: string, query: Record<string, string>) =>
  Object.keys(query).length ? `${path}?${new URLSearchParams(query)}` : path;

const send = (call: Call, method: string): Promise<Response> =>
  api.request(method.toUpperCase(), urlOf(call.path, call.query), {
    persona: call.persona,
    headers: call.headers,
    ...(call.rawBody !== undefined ? { rawBody: call.rawBody } : call.body !== undefined ? { body: call.body } : {}),
  });

const snippet = (response: Response) => response.body.toString('utf8').replace(/\s+/g, ' ').slice(0, 200);

const checked = (operation: Operation, label: string, response: Response) => {
  for (const problem of validator.check(operation, response as SeenResponse))
    fail(operation.id, `${label}: ${problem}`);
  return response;
};

const expectStatus = async (
  operation: Operation,
  label: string,
  want: number,
  call: Call,
  method = operation.method,
) => {
  const response = checked(operation, label, await send(call, method));
  if (response.status !== want)
    fail(operation.id, `${label}: want ${want}, got ${response.status}: ${snippet(response)}`);
  return response;
};

/** Bodies with one thing wrong each: a required field missing, a field of the wrong type, an unknown field. */
const brokenBodies = (operation: Operation, example: unknown) => {
  const broken: { label: string; body: unknown }[] = [];
  if (!example || typeof example !== 'object' || Array.isArray(example)) return broken;
  const body = example as Json;
  const schema = jsonBodySchemaOf(operation);
  const required = ((schema?.required ?? []) as string[]).filter((name) => name in body);
  const missing = required[0];
  if (missing) {
    const { [missing]: _gone, ...rest } = body;
    broken.push({ label: `required body field ${missing} missing → 422`, body: rest });
  }
  const field = Object.keys(body).find((name) => body[name] !== null);
  if (field) {
    const value = body[field];
    const wrong = typeof value === 'string' ? 12345 : typeof value === 'number' ? 'not-a-number' : 'not-the-right-type';
    broken.push({ label: `body field ${field} of the wrong type → 422`, body: { ...body, [field]: wrong } });
  }
  broken.push({ label: 'unknown body field → 422', body: { ...body, unexpectedField: 'x' } });
  return broken;
};

/** The path's methods, and one it has not. */
const otherMethodOf = (path: string) => {
  const item = doc.paths[path] as Json;
  const allowed = HTTP_METHODS.filter((method) => item[method]);
  const other = (['put', 'patch', 'delete', 'post', 'get'] as const).find((method) => !allowed.includes(method));
  return { allowed, other };
};

/** Waits until the period the test closed is closed (the close fans out through the queues). */
const periodClosed = async () => {
  for (let attempt = 0; attempt < 100; attempt++) {
    const close = await api.request('GET', `/api/finance/periods/${PERIOD}`, { persona: 'finance' });
    if (close.status === 200 && close.json().status !== 'running') return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the close of ${PERIOD} did not finish`);
};

const recordExample = (operation: Operation, response: Response) => {
  if (!isJsonMedia(mediaTypeOf(response.headers)) || response.body.length === 0) return;
  let body = response.json();
  // The document as its own example: its frame, one path and no schemas (the whole is served at this very route).
  if (operation.id === 'openapi') {
    const [firstPath, firstItem] = Object.entries(body.paths as Json)[0] ?? [];
    body = {
      ...body,
      paths: firstPath ? { [firstPath]: firstItem } : {},
      components: { ...body.components, schemas: {} },
    };
  }
  recorder.record(operation.id, response.status, body);
};

const driveOperation = async (operation: Operation, methodsChecked: Set<string>) => {
  const needsToken = !isPublic(operation);
  const base: Call = { persona: actorOf(operation), path: '', query: queryOf(operation), headers: {} };
  const body = operation.op.requestBody ? bodyOf(operation) : undefined;
  if (body !== undefined) base.body = body;
  const prepare = async (): Promise<Call> => {
    const call = { ...base, path: await fillPath(operation) };
    const special = SPECIAL[operation.id];
    return special ? special(call, operation) : call;
  };

  // The invalid variants first (all at once), on a resource of their own: none of them may change anything.
  const variant = await prepare();
  const variants: (() => Promise<unknown>)[] = [];
  if (needsToken) {
    variants.push(() => expectStatus(operation, 'no token → 401', 401, { ...variant, persona: 'anonymous' }));
    const outsider = outsiderOf(operation);
    if (outsider)
      variants.push(() =>
        expectStatus(operation, `${outsider} (wrong role) → 403`, 403, { ...variant, persona: outsider }),
      );
  }
  const unknownParam = [...pathParamsOf(operation)].reverse().find((name) => unknownValue(name, operation) !== null);
  if (unknownParam) {
    const value = unknownValue(unknownParam, operation) as string;
    variants.push(async () =>
      expectStatus(operation, `unknown {${unknownParam}} → 404`, 404, {
        ...variant,
        path: await fillPath(operation, { [unknownParam]: value }),
      }),
    );
  }
  const withUnknownQuery = { ...variant, query: { ...variant.query, unexpectedParam: '1' } };
  if (operation.op['x-opsdesk-query-ignored'] === true) {
    // Published as ignoring the query string (probes and cron lines add cache-busters): answered as without it.
    variants.push(async () => {
      const response = checked(
        operation,
        'unknown query parameter (ignored)',
        await send(withUnknownQuery, operation.method),
      );
      if (response.status >= 400)
        fail(operation.id, `unknown query parameter (ignored): got ${response.status}: ${snippet(response)}`);
    });
  } else {
    variants.push(() => expectStatus(operation, 'unknown query parameter → 422', 422, withUnknownQuery));
  }
  if (operation.op.requestBody && variant.rawBody === undefined) {
    for (const broken of brokenBodies(operation, variant.body)) {
      variants.push(() => expectStatus(operation, broken.label, 422, { ...variant, body: broken.body }));
    }
    variants.push(() =>
      expectStatus(operation, 'text/plain body → 415', 415, {
        ...variant,
        body: undefined,
        rawBody: JSON.stringify(variant.body ?? {}),
        headers: { ...variant.headers, 'content-type': 'text/plain' },
      }),
    );
  }
  const { allowed, other } = otherMethodOf(operation.path);
  if (other && !methodsChecked.has(operation.path)) {
    methodsChecked.add(operation.path);
    variants.push(async () => {
      const response = await send({ ...variant, body: undefined, rawBody: undefined }, other);
      const label = `${other.toUpperCase()} (a method the path has not) → 405`;
      if (response.status !== 405) fail(operation.id, `${label}: got ${response.status}: ${snippet(response)}`);
      const allow = (response.headers.allow ?? '').toUpperCase();
      if (!allowed.every((method) => allow.includes(method.toUpperCase())))
        fail(operation.id, `${label}: Allow is "${response.headers.allow}", not ${allowed.join(', ').toUpperCase()}`);
      if (mediaTypeOf(response.headers) !== 'application/problem+json')
        fail(operation.id, `${label}: answered ${response.headers['content-type']}, not application/problem+json`);
      else
        for (const error of validator.problemErrors(response.json()))
          fail(operation.id, `${label}: not a valid Problem: ${error}`);
    });
  }
  await Promise.all(variants.map((run) => run()));

  // The valid request last, on a resource made for it.
  const call = await prepare();
  const response = checked(operation, 'valid request', await send(call, operation.method));
  if (response.status < 200 || response.status >= 300) {
    fail(operation.id, `valid request as ${call.persona}: ${response.status} ${snippet(response)}`);
    return;
  }
  recordExample(operation, response);
  if (operation.id === 'closePeriod') await periodClosed();
  // The other media types the operation declares for its success: CSV on request, and files by their extension.
  const content = (validator.deref(operation.op.responses?.[String(response.status)])?.content ?? {}) as Json;
  if (content['text/csv']) {
    const csv = await send({ ...call, headers: { ...call.headers, accept: 'text/csv' } }, operation.method);
    checked(operation, 'Accept: text/csv', csv);
    if (mediaTypeOf(csv.headers) !== 'text/csv')
      fail(operation.id, `Accept: text/csv answered ${csv.headers['content-type']}`);
  }
  if (content['application/pdf']) {
    const pdf = await send({ ...call, path: `${call.path}.pdf` }, operation.method);
    checked(operation, '.pdf', pdf);
    if (mediaTypeOf(pdf.headers) !== 'application/pdf')
      fail(operation.id, `.pdf answered ${pdf.headers['content-type']}`);
  }
};

beforeAll(async () => {
  stripe = await startStripeFake();
  api = await createTestApi({
    queues: true,
    clockStart: E2E_TODAY,
    stripeApiUrl: stripe.url,
    webhookSecret: WEBHOOK_SECRET,
  });
  const served = await api.request('GET', '/api/openapi.json');
  expect(served.status).toBe(200);
  doc = served.json();
  validator = createDocumentValidator(doc);
  // Tenant A on a plan (ledger billing) from the start of the period; the operator free Monday to Friday.
  const at = api.now().toISOString();
  const ids = new RandomIds();
  await new DynamoSubscriptionRepository(api.table.client, api.table.tableName).commit({
    subscription: activeLedgerSubscription(api.tenantA.id, 'webmaster-eighth', periodOf(api.now()), at),
    expectedRevision: null,
    audit: [seedAudit(ids, api.tenantA.id, at)],
  });
  await asPersona('operator', 'PUT', '/api/ops/availability', {
    timeZone: 'Europe/Berlin',
    weekly: (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, start: '08:00', end: '18:00' })),
    exceptions: [],
  });
  suspendedTenantId = (await seedTenantWithAdmin(api.tenants, ids, { name: 'Tenant C', at })).tenant.id;
}, 120_000);
afterAll(() => stripe?.stop());

describe('the served OpenAPI document, against the local stack', () => {
  it('every operation answers only what the document declares, valid against its schemas', async () => {
    const operations = orderOf(operationsOf(doc));
    expect(operations.length).toBeGreaterThan(90);
    const methodsChecked = new Set<string>();
    for (const operation of operations) {
      try {
        await driveOperation(operation, methodsChecked);
      } catch (error) {
        fail(
          operation.id,
          `could not be driven: ${(error as Error).stack?.split('\n').slice(0, 3).join(' ') ?? error}`,
        );
      }
    }
    const report = [...failures.entries()].map(
      ([id, list]) => `${id}:\n${list.map((line) => `  - ${line}`).join('\n')}`,
    );
    expect(report.join('\n'), `${failures.size} operations fail the contract`).toBe('');
  }, 240_000);

  it('every operation that answers JSON has a recorded example, valid against its schema in the document', () => {
    if (updateExamples) {
      console.log(`wrote ${recorder.write(process.cwd())}`);
      return;
    }
    const problems: string[] = [];
    for (const operation of operationsOf(doc)) {
      const success = Object.entries(operation.op.responses ?? {}).find(([status]) => /^2\d\d$/.test(status));
      const content = (success && validator.deref(success[1])?.content) as Json | undefined;
      const media = Object.keys(content ?? {}).find(isJsonMedia);
      if (!success || !media) continue;
      const example = RESPONSE_EXAMPLES[operation.id];
      if (!example) {
        problems.push(`${operation.id}: no example in shared/contracts/response-examples.ts`);
        continue;
      }
      const status = validator.declaredStatus(operation, example.status);
      if (!status) {
        problems.push(`${operation.id}: the example's status ${example.status} is not declared`);
        continue;
      }
      for (const error of validator.validateBody(operation, status, media, example.body))
        problems.push(`${operation.id}: example invalid: ${error}`);
    }
    expect(problems, 'regenerate with UPDATE_EXAMPLES=1 (see test/scripts/contract/)').toEqual([]);
  });
});

describe('the typed client (scripts/api-client) against the same stack', () => {
  it('has the types openapi-typescript makes of the served document (else: npm run client:generate)', async () => {
    expect(schemaDrift(committedSchemaTypes(), await generateSchemaTypes(doc))).toBeNull();
  }, 60_000);

  it('lists task types, requests a task and reads it back, lists invoices and reads one — with an API key', async () => {
    await api.addInvoice();
    const problems: string[] = [];
    await exerciseApiClient(api, (method, path, answer) => {
      const operation = operationsOf(doc).find(
        (candidate) => candidate.method === method.toLowerCase() && matchPath(candidate.path, path),
      );
      if (!operation) problems.push(`${method} ${path}: no operation of the document`);
      else problems.push(...validator.check(operation, answer as SeenResponse).map((p) => `${operation.id}: ${p}`));
    });
    expect(problems, 'the client’s answers, against the document').toEqual([]);
  });
});
