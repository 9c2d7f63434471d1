import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { join } from 'node:path';
import Stripe from 'stripe';
import { PROJECT_ROOT } from '../../scripts/local-stack/stack.js';

/** Stripe's own example objects (test/fixtures/stripe, from stripe/openapi). */
export const stripeFixtures = (): Record<string, Record<string, unknown>> =>
  JSON.parse(readFileSync(join(PROJECT_ROOT, 'test', 'fixtures', 'stripe', 'resources.json'), 'utf8')).resources;

export interface RecordedStripeRequest {
  method: string;
  path: string;
  params: URLSearchParams;
  idempotencyKey: string | undefined;
  /** Every header as sent (Authorization, Stripe-Version, Content-Type…). */
  headers: IncomingHttpHeaders;
}

/**
 * A form body decoded the way Stripe reads it: bracketed fields (`metadata[tenantId]`,
 * `lines[0][amount]`) as nested objects, numeric indices as arrays; every value a string.
 */
export const parseStripeForm = (params: URLSearchParams): Record<string, unknown> => {
  const root: Record<string, any> = {};
  for (const [name, value] of params) {
    const [head = '', ...rest] = name.split('[').map((part, index) => (index === 0 ? part : part.replace(/\]$/, '')));
    const path = [head, ...rest];
    let node: any = root;
    path.forEach((part, index) => {
      if (index === path.length - 1) node[part] = value;
      else node = node[part] ??= /^\d+$/.test(path[index + 1] ?? '') ? [] : {};
    });
  }
  return root;
};

/**
 * A small local Stripe: answers the calls Opsdesk makes with Stripe's own example objects (ids and
 * URLs filled in), records every request with its parameters and Idempotency-Key, and can be told
 * to be down (503) to test outages or to decline cards. Invoices keep their state and replay the first
 * answer to an idempotency key, as Stripe does.
 */
export const startStripeFake = async () => {
  const fixtures = stripeFixtures();
  const requests: RecordedStripeRequest[] = [];
  const state = {
    down: false,
    declineCards: false,
    customers: 0,
    sessions: 0,
    prices: 0,
    invoices: 0,
    /** The next this many requests answer `failStatus` (500: a passing outage, to test retries). */
    failNext: 0,
    failStatus: 500,
    /** Every answer waits this long (to test timeouts). */
    delayMs: 0,
  };
  /** Stripe invoices by id, and the first answer to each idempotency key (Stripe replays it). */
  const invoices = new Map<string, Record<string, any>>();
  const replies = new Map<string, { status: number; payload: unknown }>();
  const products = new Map<string, Record<string, unknown>>();
  const prices: Record<string, unknown>[] = [];
  /** Bracketed form fields (`metadata[opsdeskInvoiceId]`, `lines[0][amount]`) as objects and arrays. */
  const nested = (params: URLSearchParams, prefix: string): Record<string, any> => {
    const out: Record<string, any> = {};
    for (const [name, value] of params) {
      if (!name.startsWith(`${prefix}[`)) continue;
      const path =
        name
          .slice(prefix.length)
          .match(/\[([^\]]*)\]/g)
          ?.map((part) => part.slice(1, -1)) ?? [];
      let node = out;
      path.forEach((part, index) => {
        if (index === path.length - 1) node[part] = value;
        else node = node[part] ??= {};
      });
    }
    return out;
  };
  const invoiceEndpoint = (method: string, path: string, params: URLSearchParams): [number, unknown] => {
    const [, , , id, action] = path.split('/');
    if (method === 'POST' && !id) {
      const invoice = {
        ...fixtures.invoice,
        id: `in_fake${++state.invoices}`,
        status: 'draft',
        customer: params.get('customer'),
        currency: params.get('currency'),
        description: params.get('description'),
        collection_method: params.get('collection_method'),
        metadata: nested(params, 'metadata'),
        amount_due: 0,
        amount_paid: 0,
        attempt_count: 0,
        lines: { object: 'list', data: [], has_more: false, total_count: 0, url: '/v1/invoices/lines' },
      };
      invoices.set(invoice.id, invoice);
      return [200, invoice];
    }
    const invoice = id ? invoices.get(id) : undefined;
    if (!invoice) return [404, { error: { type: 'invalid_request_error', message: `No such invoice: '${id}'` } }];
    const refuse = (message: string): [number, unknown] => [400, { error: { type: 'invalid_request_error', message } }];
    if (method === 'GET') return [200, invoice];
    if (method === 'DELETE') {
      if (invoice.status !== 'draft') return refuse('Only draft invoices can be deleted.');
      invoices.delete(invoice.id);
      return [200, { id: invoice.id, object: 'invoice', deleted: true }];
    }
    switch (action) {
      case 'add_lines': {
        if (invoice.status !== 'draft') return refuse('Lines can only be added to draft invoices.');
        const lines = Object.values(nested(params, 'lines')).map((line: Record<string, any>) => ({
          ...line,
          amount: Number(line.amount),
        }));
        invoice.lines.data.push(...lines);
        invoice.lines.total_count = invoice.lines.data.length;
        invoice.amount_due = invoice.lines.data.reduce((sum: number, line: { amount: number }) => sum + line.amount, 0);
        return [200, invoice];
      }
      case 'finalize':
        if (invoice.status !== 'draft') return refuse('This invoice is already finalized.');
        invoice.status = invoice.amount_due === 0 ? 'paid' : 'open';
        return [200, invoice];
      case 'pay':
        if (invoice.status !== 'open') return refuse(`Invoice is ${invoice.status}; only open invoices can be paid.`);
        invoice.attempt_count += 1;
        if (state.declineCards) {
          return [402, { error: { type: 'card_error', code: 'card_declined', message: 'Your card was declined.' } }];
        }
        invoice.status = 'paid';
        invoice.amount_paid = invoice.amount_due;
        return [200, invoice];
      case 'void':
        if (invoice.status !== 'open' && invoice.status !== 'uncollectible')
          return refuse('Only open invoices can be voided.');
        invoice.status = 'void';
        return [200, invoice];
      case 'mark_uncollectible':
        if (invoice.status !== 'open') return refuse('Only open invoices can be marked uncollectible.');
        invoice.status = 'uncollectible';
        return [200, invoice];
      default:
        return [
          404,
          { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${method}: ${path})` } },
        ];
    }
  };
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const path = (request.url ?? '/').split('?')[0] ?? '/';
      requests.push({
        method: request.method ?? 'GET',
        path,
        params: new URLSearchParams(body),
        idempotencyKey: request.headers['idempotency-key'] as string | undefined,
        headers: request.headers,
      });
      const requestId = `req_${requests.length}`;
      const send = (status: number, payload: unknown) => {
        const answer = () => {
          if (response.destroyed) return;
          response.writeHead(status, { 'content-type': 'application/json', 'request-id': requestId });
          response.end(JSON.stringify(payload));
        };
        if (state.delayMs > 0) setTimeout(answer, state.delayMs);
        else answer();
      };
      if (state.down) return send(503, { error: { type: 'api_error', message: 'Stripe is down (fake)' } });
      if (state.failNext > 0) {
        state.failNext -= 1;
        return send(state.failStatus, {
          error: { type: state.failStatus === 429 ? 'invalid_request_error' : 'api_error', message: 'Failing (fake)' },
        });
      }
      const params = new URLSearchParams(body);
      if (request.method === 'POST' && path === '/v1/customers') {
        return send(200, {
          ...fixtures.customer,
          id: `cus_fake${++state.customers}`,
          email: params.get('email'),
          name: params.get('name'),
        });
      }
      if (request.method === 'POST' && path === '/v1/checkout/sessions') {
        const id = `cs_test_fake${++state.sessions}`;
        return send(200, {
          ...fixtures['checkout.session'],
          id,
          mode: 'setup',
          customer: params.get('customer'),
          url: `https://checkout.stripe.com/c/pay/${id}`,
        });
      }
      if (request.method === 'POST' && path === '/v1/billing_portal/sessions') {
        return send(200, {
          ...fixtures['billing_portal.session'],
          customer: params.get('customer'),
          url: 'https://billing.stripe.com/p/session/test_fake',
        });
      }
      if (path.startsWith('/v1/products/') && request.method === 'GET') {
        const product = products.get(path.split('/').pop() ?? '');
        return product
          ? send(200, product)
          : send(404, {
              error: { type: 'invalid_request_error', message: `No such product: '${path.split('/').pop()}'` },
            });
      }
      if (path === '/v1/products' && request.method === 'POST') {
        const product = {
          ...fixtures.product,
          id: params.get('id'),
          name: params.get('name'),
          description: params.get('description'),
          active: true,
        };
        products.set(String(product.id), product);
        return send(200, product);
      }
      if (path.startsWith('/v1/products/') && request.method === 'POST') {
        const id = path.split('/').pop() ?? '';
        const product = {
          ...products.get(id),
          name: params.get('name'),
          description: params.get('description'),
          active: true,
        };
        products.set(id, product);
        return send(200, product);
      }
      if (path === '/v1/prices' && request.method === 'GET') {
        const query = new URLSearchParams((request.url ?? '').split('?')[1] ?? '');
        const keys = query
          .getAll('lookup_keys[]')
          .concat([...query.entries()].filter(([k]) => /^lookup_keys\[\d+\]$/.test(k)).map(([, v]) => v));
        return send(200, {
          object: 'list',
          has_more: false,
          url: '/v1/prices',
          data: prices.filter((p) => keys.includes(String(p.lookup_key)) && p.active),
        });
      }
      if (path === '/v1/prices' && request.method === 'POST') {
        const lookupKey = params.get('lookup_key');
        if (params.get('transfer_lookup_key') === 'true')
          for (const old of prices) if (old.lookup_key === lookupKey) old.lookup_key = null;
        const price = {
          ...fixtures.price,
          id: `price_fake${++state.prices}`,
          product: params.get('product'),
          unit_amount: Number(params.get('unit_amount')),
          currency: params.get('currency'),
          lookup_key: lookupKey,
          active: true,
          recurring: null,
          type: 'one_time',
        };
        prices.push(price);
        return send(200, price);
      }
      if (path.startsWith('/v1/invoices')) {
        const key = request.headers['idempotency-key'] as string | undefined;
        const replay = key && request.method === 'POST' ? replies.get(key) : undefined;
        if (replay) return send(replay.status, replay.payload);
        const [status, payload] = invoiceEndpoint(request.method ?? 'GET', path, params);
        if (key && request.method === 'POST') replies.set(key, { status, payload });
        return send(status, payload);
      }
      if (request.method === 'DELETE' && path.startsWith('/v1/customers/')) {
        return send(200, { id: path.split('/').pop(), object: 'customer', deleted: true });
      }
      send(404, {
        error: { type: 'invalid_request_error', message: `Unrecognized request URL (${request.method}: ${path})` },
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    state,
    invoices,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

export const WEBHOOK_SECRET = 'whsec_opsdesk_test';
const signer = new Stripe('sk_test_signer');

/** A Stripe event envelope (from the fixture) around `object`, signed like Stripe signs it. */
export const signedEvent = (
  type: string,
  object: Record<string, unknown>,
  options: { id: string; created: number },
) => {
  const envelope = { ...stripeFixtures().event, id: options.id, type, created: options.created, data: { object } };
  const payload = JSON.stringify(envelope);
  return { payload, signature: signer.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET }) };
};
