import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  formEncode,
  STRIPE_API_VERSION,
  StripeClient,
  type StripeInvoice,
} from '../../../../functions/adapters/stripe/stripe-client.js';
import {
  StripeAPIError,
  StripeCardError,
  StripeConnectionError,
  StripeError,
  StripeInvalidRequestError,
  StripeRateLimitError,
  stripeErrorOf,
} from '../../../../functions/adapters/stripe/stripe-errors.js';
import { PROJECT_ROOT } from '../../../../scripts/local-stack/stack.js';
import { parseStripeForm, startStripeFake } from '../../../support/stripe-fake.js';

let fake: Awaited<ReturnType<typeof startStripeFake>>;
beforeAll(async () => {
  fake = await startStripeFake();
});
afterAll(() => fake?.stop());
beforeEach(() => {
  fake.requests.length = 0;
  Object.assign(fake.state, { down: false, declineCards: false, failNext: 0, failStatus: 500, delayMs: 0 });
});

/** Retries without the production backoff (the waits are not what these tests are about). */
const client = (options: { maxNetworkRetries?: number; timeoutMs?: number; apiUrl?: string } = {}) =>
  new StripeClient({
    secretKey: 'sk_test_client',
    apiUrl: options.apiUrl ?? fake.url,
    initialRetryDelayMs: 1,
    maxRetryDelayMs: 5,
    ...options,
  });
const draft = () =>
  client().post<StripeInvoice>(
    '/v1/invoices',
    { customer: 'cus_1', currency: 'eur', metadata: { opsdeskInvoiceId: 'inv_1' } },
    { idempotencyKey: `key-${Math.random()}` },
  );

describe('Stripe’s form encoding', () => {
  it('encodes nested objects and arrays with brackets, as the Stripe SDK does', () => {
    expect(
      formEncode({
        customer: 'cus_1',
        auto_advance: false,
        amount: 1250,
        skipped: undefined,
        cleared: null,
        at: new Date('2026-01-01T00:00:00Z'),
        metadata: { tenantId: 't 1&2', note: "it's (50%)!" },
        lines: [
          { amount: 100, metadata: { line: '0' } },
          { amount: -5, description: 'VAT 19%' },
        ],
        expand: ['lines', 'customer'],
      }),
    ).toBe(
      [
        'customer=cus_1',
        'auto_advance=false',
        'amount=1250',
        'cleared=',
        'at=1767225600',
        'metadata[tenantId]=t%201%262',
        'metadata[note]=it%27s%20%2850%25%29%21',
        'lines[0][amount]=100',
        'lines[0][metadata][line]=0',
        'lines[1][amount]=-5',
        'lines[1][description]=VAT%2019%25',
        'expand[0]=lines',
        'expand[1]=customer',
      ].join('&'),
    );
  });

  it('round-trips through the fake: what the client sends is what Stripe reads', async () => {
    const params = {
      customer: 'cus_1',
      currency: 'eur',
      description: 'Opsdesk invoice 2026-0001, service period 2026-01 (ä, €, &, =, [x])',
      metadata: { opsdeskInvoiceId: 'inv_1', tenantId: 'tenant/1?' },
    };
    const created = await client().post<StripeInvoice>('/v1/invoices', params, { idempotencyKey: 'round-trip' });
    const lines = [
      { amount: '1500', description: 'Bookings (3 × 500)', metadata: { line: '0', tenantId: 'tenant/1?' } },
      { amount: '285', description: 'VAT 19%', metadata: { vatRate: '1900' } },
    ];
    await client().post(`/v1/invoices/${created.id}/add_lines`, { lines }, { idempotencyKey: 'round-trip-lines' });
    const [create, addLines] = fake.requests;
    expect(parseStripeForm(create?.params ?? new URLSearchParams())).toEqual(params);
    expect(parseStripeForm(addLines?.params ?? new URLSearchParams())).toEqual({ lines });
    expect(fake.invoices.get(created.id)).toMatchObject({ metadata: params.metadata, amount_due: 1785 });
  });
});

describe('requests to Stripe', () => {
  it('authenticates with the key, pins the API version and sends the idempotency key', async () => {
    const invoice = await client().post<StripeInvoice>(
      '/v1/invoices',
      { customer: 'cus_1', currency: 'eur' },
      { idempotencyKey: 'opsdesk-invoice-inv_9-create' },
    );
    expect(invoice).toMatchObject({ object: 'invoice', status: 'draft', customer: 'cus_1' });
    const [request] = fake.requests;
    expect(request).toMatchObject({
      method: 'POST',
      path: '/v1/invoices',
      idempotencyKey: 'opsdesk-invoice-inv_9-create',
    });
    expect(request?.headers).toMatchObject({
      authorization: 'Bearer sk_test_client',
      'stripe-version': STRIPE_API_VERSION,
      'content-type': 'application/x-www-form-urlencoded',
    });
    // Stripe replays the first answer to a repeated key.
    const again = await client().post<StripeInvoice>(
      '/v1/invoices',
      { customer: 'cus_1', currency: 'eur' },
      { idempotencyKey: 'opsdesk-invoice-inv_9-create' },
    );
    expect(again.id).toBe(invoice.id);
  });

  it('pins the version stripe-node 23.1.0 sends', () => {
    const sdk = join(PROJECT_ROOT, 'node_modules', 'stripe');
    expect(JSON.parse(readFileSync(join(sdk, 'package.json'), 'utf8')).version).toBe('23.1.0');
    const pinned = readFileSync(join(sdk, 'esm', 'apiVersion.js'), 'utf8').match(/ApiVersion = '([^']+)'/)?.[1];
    expect(STRIPE_API_VERSION).toBe(pinned);
  });

  it('reads and deletes without a body or a key', async () => {
    const created = await draft();
    expect(await client().get<StripeInvoice>(`/v1/invoices/${created.id}`)).toMatchObject({ id: created.id });
    expect(await client().delete(`/v1/invoices/${created.id}`)).toEqual({
      id: created.id,
      object: 'invoice',
      deleted: true,
    });
    const [, read, removed] = fake.requests;
    expect(read).toMatchObject({ method: 'GET', idempotencyKey: undefined });
    expect(read?.params.toString()).toBe('');
    expect(removed).toMatchObject({ method: 'DELETE', idempotencyKey: undefined });
  });

  it('retries a 500 with the same idempotency key, then answers', async () => {
    fake.state.failNext = 2;
    const invoice = await client().post<StripeInvoice>(
      '/v1/invoices',
      { customer: 'cus_1', currency: 'eur' },
      { idempotencyKey: 'retried' },
    );
    expect(invoice.status).toBe('draft');
    expect(fake.requests.map((request) => request.idempotencyKey)).toEqual(['retried', 'retried', 'retried']);
  });

  it('retries reads on 429 and 5xx, at most maxNetworkRetries times, then throws Stripe’s error', async () => {
    fake.state.failNext = 5;
    fake.state.failStatus = 503;
    const failure = await client({ maxNetworkRetries: 2 })
      .get('/v1/invoices/in_missing')
      .catch((error: unknown) => error);
    expect(fake.requests).toHaveLength(3);
    expect(failure).toBeInstanceOf(StripeAPIError);
    expect(failure).toMatchObject({ type: 'StripeAPIError', statusCode: 503, requestId: 'req_3' });

    fake.requests.length = 0;
    fake.state.failNext = 1;
    fake.state.failStatus = 429;
    const created = await draft();
    expect(created.status).toBe('draft');
    expect(fake.requests).toHaveLength(2);
  });

  it('does not retry a 400, and never retries a POST without an idempotency key', async () => {
    const refused = await client()
      .post('/v1/invoices/in_missing/finalize', {}, { idempotencyKey: 'finalize-missing' })
      .catch((error: unknown) => error);
    expect(fake.requests).toHaveLength(1);
    expect(refused).toBeInstanceOf(StripeInvalidRequestError);

    fake.requests.length = 0;
    fake.state.failNext = 1;
    const unkeyed = await client()
      .post('/v1/customers', { name: 'A' })
      .catch((error: unknown) => error);
    expect(fake.requests).toHaveLength(1);
    expect(unkeyed).toBeInstanceOf(StripeAPIError);
  });

  it('maps Stripe’s errors to the SDK’s classes and fields', async () => {
    const missing = await client()
      .get('/v1/invoices/in_missing')
      .catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(StripeInvalidRequestError);
    expect(missing).toBeInstanceOf(StripeError);
    expect(missing).toMatchObject({
      type: 'StripeInvalidRequestError',
      rawType: 'invalid_request_error',
      statusCode: 404,
      message: "No such invoice: 'in_missing'",
      raw: { type: 'invalid_request_error', message: "No such invoice: 'in_missing'", statusCode: 404 },
    });

    fake.state.declineCards = true;
    const created = await draft();
    await client().post(`/v1/invoices/${created.id}/add_lines`, { lines: [{ amount: 100 }] }, { idempotencyKey: 'l' });
    await client().post(`/v1/invoices/${created.id}/finalize`, {}, { idempotencyKey: 'f' });
    const declined = await client()
      .post(`/v1/invoices/${created.id}/pay`, {}, { idempotencyKey: 'p' })
      .catch((error: unknown) => error);
    expect(declined).toBeInstanceOf(StripeCardError);
    expect(declined).toMatchObject({
      type: 'StripeCardError',
      code: 'card_declined',
      statusCode: 402,
      message: 'Your card was declined.',
    });

    fake.state.down = true;
    const down = await client({ maxNetworkRetries: 0 })
      .get('/v1/invoices/in_1')
      .catch((error: unknown) => error);
    expect(down).toMatchObject({ type: 'StripeAPIError', statusCode: 503 });
  });

  it('classifies answers as stripe-node’s generateV1Error does', () => {
    expect(stripeErrorOf({ statusCode: 429 })).toBeInstanceOf(StripeRateLimitError);
    expect(stripeErrorOf({ statusCode: 400, code: 'rate_limit' })).toBeInstanceOf(StripeRateLimitError);
    expect(stripeErrorOf({ statusCode: 400, type: 'idempotency_error' }).type).toBe('StripeIdempotencyError');
    expect(stripeErrorOf({ statusCode: 401 }).type).toBe('StripeAuthenticationError');
    expect(stripeErrorOf({ statusCode: 403 }).type).toBe('StripePermissionError');
    expect(stripeErrorOf({ statusCode: 500 })).toBeInstanceOf(StripeAPIError);
  });

  it('a Stripe that cannot be reached is a connection error, after the retries', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as { port: number };
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const failure = await client({ apiUrl: `http://127.0.0.1:${port}`, maxNetworkRetries: 1 })
      .get('/v1/invoices/in_1')
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StripeConnectionError);
    expect((failure as Error).message).toBe(
      'An error occurred with our connection to Stripe. Request was retried 1 times.',
    );
  });

  it('gives up on an answer that takes longer than the timeout', async () => {
    fake.state.delayMs = 400;
    const failure = await client({ timeoutMs: 50, maxNetworkRetries: 1 })
      .get('/v1/invoices/in_1')
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StripeConnectionError);
    expect((failure as Error).message).toBe('Request aborted due to timeout being reached (50ms)');
    expect(fake.requests).toHaveLength(2);
  });
});
