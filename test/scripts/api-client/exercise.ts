import { expect } from 'vitest';
import { createOpsdeskClient } from '../../../scripts/api-client/index.js';
import type { TestApi } from '../../support/api.js';

/**
 * What a customer's script does with the typed client (scripts/api-client), run by the contract test against its
 * local stack: a customer-admin makes an API key, and the script — with that key only — lists the task types,
 * requests a task and reads it back, lists the invoices and reads one. Every call is typed by the generated schema.
 */

/** fetch as the client calls it, answered by the local stack's dispatcher (API Gateway in front of the handlers). */
/** What the contract test does with every answer the client got: checks it against the document. */
export type AnswerCheck = (method: string, path: string, answer: Awaited<ReturnType<TestApi['request']>>) => void;

const localFetch =
  (api: TestApi, check: AnswerCheck) =>
  async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const body = Buffer.from(await request.arrayBuffer());
    const answer = await api.request(request.method, `${url.pathname}${url.search}`, {
      headers: Object.fromEntries(request.headers.entries()),
      ...(body.length > 0 ? { rawBody: body } : {}),
    });
    check(request.method, url.pathname, answer);
    return new Response(answer.status === 204 ? null : new Uint8Array(answer.body), {
      status: answer.status,
      headers: answer.headers,
    });
  };

export const exerciseApiClient = async (api: TestApi, check: AnswerCheck): Promise<void> => {
  const created = await api.request('POST', '/api/api-keys', {
    persona: 'customer-admin-A',
    body: { name: 'Accounting sync', scopes: ['tasks:read', 'tasks:write', 'billing:read'] },
  });
  expect(created.status, created.body.toString()).toBe(201);
  const apiKey: string = created.json().key;
  expect(apiKey).toMatch(/^odk_/);

  const opsdesk = createOpsdeskClient({ baseUrl: 'http://opsdesk.local', apiKey, fetch: localFetch(api, check) });

  const types = await opsdesk.GET('/api/task-types');
  expect(types.error, JSON.stringify(types.error)).toBeUndefined();
  expect(types.data?.items.map((type) => type.id)).toContain('custom');

  const requested = await opsdesk.POST('/api/tasks', {
    body: { typeId: 'custom', params: { description: 'Purge the CDN cache after the deploy.' } },
  });
  expect(requested.error, JSON.stringify(requested.error)).toBeUndefined();
  expect(requested.response.status).toBe(202);
  const taskId = requested.data?.id ?? '';

  const task = await opsdesk.GET('/api/tasks/{taskId}', { params: { path: { taskId } } });
  expect(task.data?.id).toBe(taskId);
  expect(task.data?.typeId).toBe('custom');

  const invoices = await opsdesk.GET('/api/invoices');
  expect(invoices.error, JSON.stringify(invoices.error)).toBeUndefined();
  const first = invoices.data?.items[0];
  expect(first).toBeDefined();
  const invoice = await opsdesk.GET('/api/invoices/{invoiceId}', { params: { path: { invoiceId: first?.id ?? '' } } });
  // The route answers the JSON or, for `{id}.pdf`, the file: the type says both.
  const read = invoice.data;
  if (!read || typeof read !== 'object')
    throw new Error(`GET /api/invoices/{invoiceId} answered ${invoice.response.status}`);
  expect(read.number).toBe(first?.number);

  // What the key was not given: another context's routes answer 403 problem+json (typed as the error).
  const monitors = await opsdesk.GET('/api/monitors');
  expect(monitors.response.status).toBe(403);
  expect(monitors.data).toBeUndefined();
};

/** Never called: TypeScript (tsc checks test/) refuses what the document does not allow. */
export const typeChecks = (opsdesk: ReturnType<typeof createOpsdeskClient>) => [
  // @ts-expect-error a body field the request schema does not have
  opsdesk.POST('/api/tasks', { body: { typeId: 'custom', params: {}, priority: 'high' } }),
  // @ts-expect-error a path the API does not have
  opsdesk.GET('/api/taskz'),
  // @ts-expect-error the path parameter is missing
  opsdesk.GET('/api/tasks/{taskId}', {}),
];
