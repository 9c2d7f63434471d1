import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
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
}

/**
 * A small local Stripe: answers the calls Opsdesk makes with Stripe's own example objects (ids and
 * URLs filled in), records every request with its parameters and Idempotency-Key, and can be told
 * to be down (503) to test outages.
 */
export const startStripeFake = async () => {
  const fixtures = stripeFixtures();
  const requests: RecordedStripeRequest[] = [];
  const state = { down: false, customers: 0, sessions: 0, prices: 0 };
  const products = new Map<string, Record<string, unknown>>();
  const prices: Record<string, unknown>[] = [];
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
      });
      const send = (status: number, payload: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json', 'request-id': `req_${requests.length}` });
        response.end(JSON.stringify(payload));
      };
      if (state.down) return send(503, { error: { type: 'api_error', message: 'Stripe is down (fake)' } });
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
