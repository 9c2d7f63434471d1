import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Invoice, queuedStripeCollection } from '../../../shared/billing/invoices.js';
import { createTestApi, type TestApi } from '../../support/api.js';
import { type BillingDeps, closeThisPeriod, eventually, financeInvoices, thisPeriod } from '../../support/billing.js';
import { signedEvent, startStripeFake, stripeFixtures, WEBHOOK_SECRET } from '../../support/stripe-fake.js';

/**
 * Stripe mode: finalized invoices are collected by Stripe through the billing-sync outbox (fauxqs,
 * the local poller, the real consumer and dead-letter consumer) against a local Stripe fake that keeps
 * invoice state and replays idempotency keys; Stripe's payment webhooks come from its own fixtures.
 */
let api: TestApi;
let deps: BillingDeps;
let stripe: Awaited<ReturnType<typeof startStripeFake>>;
const fixtures = stripeFixtures();
const finance = { persona: 'finance' as const };
let eventNumber = 0;
const T0 = Math.floor(Date.now() / 1000);

const deliver = (type: string, object: Record<string, unknown>, created = T0 + ++eventNumber) => {
  const { payload, signature } = signedEvent(type, object, { id: `evt_invoice_${eventNumber}`, created });
  return api.request('POST', '/api/webhooks/stripe', { rawBody: payload, headers: { 'stripe-signature': signature } });
};
const financeInvoice = async (id: string): Promise<Invoice> =>
  (await api.request('GET', `/api/finance/invoices/${id}`, finance)).json();
const untilStripe = (id: string, done: (invoice: Invoice) => boolean, what: string) =>
  eventually(() => financeInvoice(id), done, what, 30_000);
const stripeCalls = (stripeInvoiceId: string) =>
  stripe.requests.filter((request) => request.path.startsWith(`/v1/invoices/${stripeInvoiceId}`));

/** Subscribes a tenant in Stripe mode: the customer is made, Checkout completes (webhook). */
const subscribe = async (persona: 'customer-admin-A' | 'customer-admin-B', customerId: string) => {
  expect(
    (await api.request('POST', '/api/subscription', { persona, body: { planId: 'webmaster-eighth' } })).status,
  ).toBe(200);
  const completed = await deliver('checkout.session.completed', {
    ...fixtures['checkout.session'],
    mode: 'setup',
    customer: customerId,
    metadata: { planId: 'webmaster-eighth' },
  });
  expect(completed.json()).toMatchObject({ outcome: 'applied' });
};

let invoiceA: Invoice;
let invoiceB: Invoice;

beforeAll(async () => {
  stripe = await startStripeFake();
  api = await createTestApi({ queues: true, stripeApiUrl: stripe.url, webhookSecret: WEBHOOK_SECRET });
  const { createBillingDeps } = await import('../../../functions/billing/wiring.js');
  const { stripeInvoiceCollector } = await import('../../../functions/adapters/stripe/stripe-invoice-collector.js');
  // The billing-sync consumer's wiring: the only billing function given the Stripe invoice collector.
  deps = await createBillingDeps({ collector: stripeInvoiceCollector });
  await subscribe('customer-admin-A', 'cus_fake1');
  await subscribe('customer-admin-B', 'cus_fake2');
  expect(await closeThisPeriod(api, deps)).toMatchObject({ invoiced: 2 });
  const invoices = await financeInvoices(api, thisPeriod.id);
  invoiceA = invoices.find((invoice) => invoice.tenantId === api.tenantA.id)!;
  invoiceB = invoices.find((invoice) => invoice.tenantId === api.tenantB.id)!;
  // Both collections finish before the tests count Stripe's requests.
  for (const invoice of [invoiceA, invoiceB]) {
    await untilStripe(invoice.id, (current) => current.stripe?.sync === 'synced', `${invoice.number} synced`);
  }
}, 60_000);
afterAll(() => stripe?.stop());

describe('collecting finalized invoices through Stripe', () => {
  it('makes a Stripe invoice with the same lines and VAT, the Opsdesk id in metadata, finalizes and charges it', async () => {
    const synced = await untilStripe(invoiceA.id, (invoice) => invoice.status === 'paid', 'A paid through Stripe');
    const stripeId = synced.stripe?.invoiceId ?? '';
    expect(synced.stripe).toMatchObject({
      sync: 'synced',
      status: 'paid',
      amountDue: invoiceA.gross,
      amountPaid: invoiceA.gross,
      lastError: null,
    });
    expect(synced.paidAt).not.toBeNull();
    const stored = stripe.invoices.get(stripeId);
    expect(stored).toMatchObject({
      customer: 'cus_fake1',
      currency: 'eur',
      collection_method: 'charge_automatically',
      metadata: { opsdeskInvoiceId: invoiceA.id, opsdeskNumber: invoiceA.number, tenantId: api.tenantA.id },
    });
    expect(stored?.description).toContain(invoiceA.number);
    const amounts = ((stored?.lines.data ?? []) as { amount: number; description: string }[]).map(
      (line) => line.amount,
    );
    expect(amounts).toEqual([...invoiceA.lines.map((line) => line.amount), invoiceA.vat[0]?.amount]);
    expect(stored?.lines.data.at(-1)?.description).toBe('VAT 19%');

    // Every call of the collection carries a key made of the Opsdesk id and the step.
    const create = stripe.requests.find(
      (request) => request.path === '/v1/invoices' && request.params.get('metadata[opsdeskInvoiceId]') === invoiceA.id,
    );
    expect(create?.idempotencyKey).toBe(`opsdesk-invoice-${invoiceA.id}-create`);
    const posts = stripeCalls(stripeId).filter((request) => request.method === 'POST');
    expect(posts.map((request) => [request.path.split('/').pop(), request.idempotencyKey])).toEqual([
      ['add_lines', `opsdesk-invoice-${invoiceA.id}-lines`],
      ['finalize', `opsdesk-invoice-${invoiceA.id}-finalize`],
      ['pay', `opsdesk-invoice-${invoiceA.id}-pay`],
    ]);
  });

  it('a redelivered message or a repeated call never makes a second Stripe invoice or charge', async () => {
    const before = stripe.requests.length;
    // The current state, sent again (a new version would be a new message; the same one is deduplicated by SQS).
    await deps.billingSync?.send({ id: invoiceA.id, version: (await financeInvoice(invoiceA.id)).version + 100 });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(stripe.requests.length).toBe(before);
    // Stripe itself replays a key: the collector's create, sent again, answers with the same invoice.
    const again = await deps.collector?.create(invoiceA, 'cus_fake1');
    expect(again?.invoiceId).toBe((await financeInvoice(invoiceA.id)).stripe?.invoiceId);
    expect([...stripe.invoices.values()].filter((i) => i.metadata.opsdeskInvoiceId === invoiceA.id)).toHaveLength(1);
  });
});

describe('payments that fail, outages and webhooks', () => {
  let outage: Invoice;

  it('a declined card leaves the invoice open with Stripe’s reason; invoice.payment_failed and invoice.paid update it', async () => {
    stripe.state.declineCards = true;
    outage = await api.addInvoice({
      stripe: queuedStripeCollection(new Date().toISOString()),
    });
    await deps.billingSync?.send(outage);
    const declined = await untilStripe(outage.id, (invoice) => invoice.stripe?.sync === 'synced', 'declined');
    expect(declined).toMatchObject({
      status: 'finalized',
      stripe: { status: 'open', lastError: 'Your card was declined.' },
    });
    const report = (await api.request('GET', `/api/finance/reconciliation?period=${outage.periodId}`, finance)).json();
    // (The test invoice has no usage behind it, so the ledger differs too.)
    expect(report.items.find((row: { tenantId: string }) => row.tenantId === api.tenantA.id).differences).toEqual([
      'ledger_differs',
      'payment_failed',
    ]);
    stripe.state.declineCards = false;

    const stripeInvoice = {
      ...fixtures.invoice,
      id: declined.stripe?.invoiceId,
      customer: 'cus_fake1',
      metadata: { opsdeskInvoiceId: outage.id },
      currency: 'eur',
      amount_due: outage.gross,
      total: outage.gross,
    };
    const failed = await deliver('invoice.payment_failed', { ...stripeInvoice, status: 'open', attempt_count: 2 });
    expect(failed.status).toBe(200);
    expect((await financeInvoice(outage.id)).stripe?.lastError).toBe(
      'Stripe could not collect the payment (attempt 2).',
    );
    expect((await api.request('GET', '/api/subscription', { persona: 'customer-admin-A' })).json()).toMatchObject({
      paymentStatus: 'past_due',
    });

    const paid = await deliver('invoice.paid', { ...stripeInvoice, status: 'paid', amount_paid: outage.gross });
    expect(paid.status).toBe(200);
    expect(await financeInvoice(outage.id)).toMatchObject({
      status: 'paid',
      stripe: { status: 'paid', amountPaid: outage.gross, lastError: null },
    });
    expect((await api.request('GET', '/api/subscription', { persona: 'customer-admin-A' })).json()).toMatchObject({
      paymentStatus: 'current',
    });
    // The same event again changes nothing.
    const version = (await financeInvoice(outage.id)).version;
    await deliver('invoice.paid', { ...stripeInvoice, status: 'paid', amount_paid: outage.gross });
    expect((await financeInvoice(outage.id)).version).toBe(version);
  });

  it('a Stripe outage delays and never loses: retried, dead-lettered, shown, sent again by finance', async () => {
    const invoice = await api.addInvoice({
      stripe: queuedStripeCollection(new Date().toISOString()),
    });
    stripe.state.down = true;
    await deps.billingSync?.send(invoice);
    const failed = await untilStripe(invoice.id, (current) => current.stripe?.sync === 'failed', 'dead-lettered');
    expect(failed.stripe?.lastError).toMatch(/^Bringing Stripe in line failed after repeated attempts: /);
    expect(failed.status).toBe('finalized');
    const report = (await api.request('GET', `/api/finance/reconciliation?period=${invoice.periodId}`, finance)).json();
    expect(report.items.find((row: { tenantId: string }) => row.tenantId === api.tenantA.id).differences).toContain(
      'not_in_stripe',
    );

    stripe.state.down = false;
    const retried = await api.request('POST', `/api/finance/invoices/${invoice.id}/collect`, finance);
    expect(retried.status).toBe(202);
    expect(retried.json().stripe).toMatchObject({ sync: 'queued', lastError: null });
    const paid = await untilStripe(invoice.id, (current) => current.status === 'paid', 'paid after the retry');
    expect(paid.stripe).toMatchObject({ sync: 'synced', status: 'paid' });
    expect((await api.request('POST', `/api/finance/invoices/${invoice.id}/collect`, finance)).status).toBe(409);
  }, 60_000);

  it('writing off and voiding in Opsdesk do the same to Stripe’s invoice; a paid one cannot be voided', async () => {
    stripe.state.declineCards = true;
    const invoice = await api.addInvoice({
      stripe: queuedStripeCollection(new Date().toISOString()),
    });
    await deps.billingSync?.send(invoice);
    const open = await untilStripe(invoice.id, (current) => current.stripe?.status === 'open', 'open in Stripe');
    stripe.state.declineCards = false;
    const stripeId = open.stripe?.invoiceId ?? '';

    const off = await api.request('POST', `/api/finance/invoices/${invoice.id}/uncollectible`, {
      ...finance,
      body: { reason: 'Organisation dissolved' },
    });
    expect(off.json().status).toBe('uncollectible');
    await untilStripe(invoice.id, (current) => current.stripe?.status === 'uncollectible', 'uncollectible in Stripe');
    expect(stripe.invoices.get(stripeId)?.status).toBe('uncollectible');

    const voided = await api.request('POST', `/api/finance/invoices/${invoice.id}/void`, {
      ...finance,
      body: { reason: 'Written off and cancelled' },
    });
    expect(voided.status).toBe(200);
    expect(voided.json().creditNote.stripe).toBeNull();
    await untilStripe(invoice.id, (current) => current.stripe?.status === 'void', 'void in Stripe');
    expect(stripe.invoices.get(stripeId)?.status).toBe('void');
    // A failed charge reported after the void no longer concerns the invoice.
    const versionAfterVoid = (await financeInvoice(invoice.id)).version;
    await deliver('invoice.payment_failed', {
      ...fixtures.invoice,
      id: stripeId,
      customer: 'cus_fake1',
      currency: 'eur',
      amount_due: invoice.gross,
      total: invoice.gross,
      status: 'open',
      attempt_count: 3,
      metadata: { opsdeskInvoiceId: invoice.id },
    });
    expect(await financeInvoice(invoice.id)).toMatchObject({ version: versionAfterVoid, stripe: { status: 'void' } });
    const report = (await api.request('GET', `/api/finance/reconciliation?period=${invoice.periodId}`, finance)).json();
    // Stripe and Opsdesk agree: void in both, no amount or status difference.
    expect(report.items.find((row: { tenantId: string }) => row.tenantId === api.tenantA.id)).toMatchObject({
      invoice: { status: 'void' },
      stripe: { status: 'void', sync: 'synced' },
      differences: [],
    });

    expect(
      (await api.request('POST', `/api/finance/invoices/${invoiceA.id}/void`, { ...finance, body: { reason: 'Paid' } }))
        .status,
    ).toBe(409);
    // Someone voids an invoice in Stripe's dashboard: Opsdesk records Stripe's state, reconciliation flags it.
    const elsewhere = await api.addInvoice({ stripe: { ...open.stripe!, invoiceId: 'in_dashboard', status: 'open' } });
    const changed = await deliver('invoice.voided', {
      ...fixtures.invoice,
      id: 'in_dashboard',
      customer: 'cus_fake1',
      currency: 'eur',
      status: 'void',
      amount_due: elsewhere.gross,
      total: elsewhere.gross,
      amount_paid: 0,
      metadata: { opsdeskInvoiceId: elsewhere.id },
    });
    expect(changed.status).toBe(200);
    const recorded = await financeInvoice(elsewhere.id);
    expect(recorded).toMatchObject({ status: 'finalized', stripe: { status: 'void' } });
    // Delivered again: the same state, so no new version and no second audit entry.
    const redelivered = {
      ...fixtures.invoice,
      id: 'in_dashboard',
      customer: 'cus_fake1',
      currency: 'eur',
      status: 'void',
      amount_due: elsewhere.gross,
      total: elsewhere.gross,
    };
    await deliver('invoice.voided', {
      ...redelivered,
      amount_paid: 0,
      metadata: { opsdeskInvoiceId: elsewhere.id },
    });
    expect((await financeInvoice(elsewhere.id)).version).toBe(recorded.version);
    // An older event arriving later (Stripe does not promise order) is stale and changes nothing.
    const older = await deliver(
      'invoice.marked_uncollectible',
      { ...redelivered, status: 'uncollectible', amount_paid: 0, metadata: { opsdeskInvoiceId: elsewhere.id } },
      T0 - 3600,
    );
    expect(older.status).toBe(200);
    expect(await financeInvoice(elsewhere.id)).toMatchObject({ version: recorded.version, stripe: { status: 'void' } });
    const flagged = (
      await api.request('GET', `/api/finance/reconciliation?period=${elsewhere.periodId}`, finance)
    ).json();
    expect(flagged.items.find((row: { tenantId: string }) => row.tenantId === api.tenantA.id).differences).toContain(
      'stripe_status_differs',
    );

    // Ledger payments are refused while Stripe collects.
    expect(
      (
        await api.request('POST', `/api/finance/invoices/${invoiceB.id}/payments`, {
          ...finance,
          body: { reference: 'x' },
        })
      ).status,
    ).toBe(409);
  }, 60_000);

  it('a write-off before Stripe has the invoice never reaches the card; Stripe’s collection refuses a void', async () => {
    const invoice = await api.addInvoice({ stripe: queuedStripeCollection(new Date().toISOString()) });
    const off = await api.request('POST', `/api/finance/invoices/${invoice.id}/uncollectible`, {
      ...finance,
      body: { reason: 'Written off before collection' },
    });
    expect(off.json().stripe.sync).toBe('queued');
    const synced = await untilStripe(invoice.id, (current) => current.stripe?.sync === 'synced', 'in line');
    expect(synced.stripe).toMatchObject({ invoiceId: null, status: null });
    expect([...stripe.invoices.values()].some((i) => i.metadata.opsdeskInvoiceId === invoice.id)).toBe(false);

    // Stripe has taken the money but its answer has not reached the invoice's status yet: no void, no write-off.
    const collected = await api.addInvoice({
      stripe: {
        ...queuedStripeCollection(new Date().toISOString()),
        sync: 'synced',
        invoiceId: 'in_paid',
        status: 'paid',
      },
    });
    for (const action of ['void', 'uncollectible']) {
      const refused = await api.request('POST', `/api/finance/invoices/${collected.id}/${action}`, {
        ...finance,
        body: { reason: 'Too late' },
      });
      expect(refused.status).toBe(409);
      expect(refused.json().detail).toMatch(/^Stripe has collected OD-/);
    }
  });

  it('a void whose message cannot be sent stays queued, and finance sends it again', async () => {
    stripe.state.declineCards = true;
    const invoice = await api.addInvoice({ stripe: queuedStripeCollection(new Date().toISOString()) });
    await deps.billingSync?.send(invoice);
    const open = await untilStripe(invoice.id, (current) => current.stripe?.status === 'open', 'open in Stripe');
    stripe.state.declineCards = false;
    const failingQueue = { send: () => Promise.reject(new Error('SQS is unreachable')) };
    const financeActor = {
      userId: api.users.finance.id,
      email: api.users.finance.email,
      roles: ['finance' as const],
      tenantId: null,
    };
    const { voidInvoice } = await import('../../../shared/billing/invoice-actions.js');
    const { invoice: voided } = await voidInvoice({ ...deps, billingSync: failingQueue }, financeActor, invoice.id, {
      reason: 'Cancelled while SQS was down',
    });
    expect(voided).toMatchObject({ status: 'void', stripe: { sync: 'queued', status: 'open' } });
    expect(stripe.invoices.get(open.stripe?.invoiceId ?? '')?.status).toBe('open');

    const again = await api.request('POST', `/api/finance/invoices/${invoice.id}/collect`, finance);
    expect(again.status).toBe(202);
    await untilStripe(invoice.id, (current) => current.stripe?.status === 'void', 'void in Stripe');
    expect(stripe.invoices.get(open.stripe?.invoiceId ?? '')?.status).toBe('void');
    expect((await api.request('POST', `/api/finance/invoices/${invoice.id}/collect`, finance)).status).toBe(409);
  });
});

describe('Stripe invoice events are bound to the invoice they name', () => {
  /** An open invoice of tenant A that Stripe has as `stripeInvoiceId` (null: not stored yet), customer cus_fake1. */
  const collected = (stripeInvoiceId: string | null) =>
    api.addInvoice({
      stripe: {
        ...queuedStripeCollection(new Date().toISOString()),
        sync: stripeInvoiceId ? 'synced' : 'queued',
        invoiceId: stripeInvoiceId,
        status: stripeInvoiceId ? 'open' : null,
      },
    });
  /** Stripe's paid invoice as the genuine event carries it; `patch` makes it something else. */
  const paidInStripe = (invoice: Invoice, stripeInvoiceId: string, patch: Record<string, unknown> = {}) => ({
    ...fixtures.invoice,
    id: stripeInvoiceId,
    customer: 'cus_fake1',
    currency: 'eur',
    status: 'paid',
    amount_due: invoice.gross,
    total: invoice.gross,
    amount_paid: invoice.gross,
    metadata: { opsdeskInvoiceId: invoice.id },
    ...patch,
  });
  const rowOf = async (invoice: Invoice) =>
    (await api.request('GET', `/api/finance/reconciliation?period=${invoice.periodId}`, finance))
      .json()
      .items.find((row: { tenantId: string }) => row.tenantId === api.tenantA.id);
  const rejections = async (invoice: Invoice) =>
    (await api.request('GET', `/api/audit?tenantId=${api.tenantA.id}&limit=100`, { persona: 'provider-admin' }))
      .json()
      .items.filter(
        (entry: { action: string; target: { id: string } }) =>
          entry.action === 'invoice.stripe_event_rejected' && entry.target.id === invoice.id,
      );
  /** Delivers the event: answered 200, the invoice unchanged, the event recorded for finance and in the audit log. */
  const refused = async (invoice: Invoice, object: Record<string, unknown>, reasons: string[]) => {
    const subscription = async () =>
      (await api.request('GET', '/api/subscription', { persona: 'customer-admin-A' })).json();
    const standing = await subscription();
    const response = await deliver('invoice.paid', object);
    expect(response.status).toBe(200);
    expect(response.json().outcome).toBe('ignored');
    expect(await financeInvoice(invoice.id)).toEqual(invoice);
    // Nor does it change the organisation's payment standing.
    expect(await subscription()).toEqual(standing);
    const row = await rowOf(invoice);
    expect(row.differences).toContain('stripe_event_rejected');
    expect(row.rejectedStripeEvents).toEqual([
      expect.objectContaining({
        eventId: `evt_invoice_${eventNumber}`,
        eventType: 'invoice.paid',
        invoiceId: invoice.id,
        stripeInvoiceId: object.id,
        customerId: object.customer,
        amountDue: object.amount_due,
        currency: object.currency,
        reasons,
      }),
    ]);
    expect(await rejections(invoice)).toEqual([
      expect.objectContaining({ details: expect.objectContaining({ eventId: `evt_invoice_${eventNumber}`, reasons }) }),
    ]);
  };

  it('an invoice.paid of an unknown Stripe invoice and another customer, naming the invoice in metadata, is refused', async () => {
    const invoice = await collected('in_bound_1');
    await refused(invoice, paidInStripe(invoice, 'in_foreign', { customer: 'cus_fake2' }), [
      'stripe_invoice_differs',
      'customer_differs',
    ]);
  });

  it('the right Stripe invoice but another customer is refused', async () => {
    const invoice = await collected('in_bound_2');
    await refused(invoice, paidInStripe(invoice, 'in_bound_2', { customer: 'cus_fake2' }), ['customer_differs']);
  });

  it('the right Stripe invoice and customer but another amount or currency is refused', async () => {
    const invoice = await collected('in_bound_3');
    await refused(
      invoice,
      paidInStripe(invoice, 'in_bound_3', { amount_due: 100, total: 100, amount_paid: 100, currency: 'usd' }),
      ['amount_differs', 'currency_differs'],
    );
    // Only `total` differing is enough.
    const response = await deliver('invoice.paid', paidInStripe(invoice, 'in_bound_3', { total: invoice.gross + 1 }));
    expect(response.status).toBe(200);
    expect(await financeInvoice(invoice.id)).toEqual(invoice);
    expect(await rejections(invoice)).toHaveLength(2);
  });

  it('an event for an invoice whose Stripe id is not stored yet is refused; the consumer reads Stripe itself', async () => {
    const invoice = await collected(null);
    // Stripe made the invoice, but the consumer stopped before storing its id (its message comes back).
    const made = await deps.collector!.create(invoice, 'cus_fake1');
    await refused(invoice, paidInStripe(invoice, made.invoiceId), ['stripe_invoice_not_stored']);

    await deps.billingSync?.send(invoice);
    const paid = await untilStripe(invoice.id, (current) => current.status === 'paid', 'paid by the consumer');
    expect(paid.stripe).toMatchObject({ invoiceId: made.invoiceId, status: 'paid', amountPaid: invoice.gross });
    // The refused event was about the invoice stored since: listed, no longer flagged.
    const row = await rowOf(invoice);
    expect(row.rejectedStripeEvents).toHaveLength(1);
    expect(row.differences).not.toContain('stripe_event_rejected');
  });

  it('a refused event delivered again is recorded once; the genuine event still marks the invoice paid', async () => {
    const invoice = await collected('in_bound_5');
    const foreign = paidInStripe(invoice, 'in_foreign_5', { customer: 'cus_fake2' });
    const { payload, signature } = signedEvent('invoice.paid', foreign, { id: 'evt_foreign_5', created: T0 + 500 });
    for (let delivery = 0; delivery < 2; delivery++) {
      const response = await api.request('POST', '/api/webhooks/stripe', {
        rawBody: payload,
        headers: { 'stripe-signature': signature },
      });
      expect(response.status).toBe(200);
    }
    expect(await rejections(invoice)).toHaveLength(1);
    expect((await rowOf(invoice)).rejectedStripeEvents).toHaveLength(1);

    const paid = await deliver('invoice.paid', paidInStripe(invoice, 'in_bound_5'));
    expect(paid.status).toBe(200);
    expect(await financeInvoice(invoice.id)).toMatchObject({
      status: 'paid',
      version: invoice.version + 1,
      stripe: { invoiceId: 'in_bound_5', status: 'paid', amountPaid: invoice.gross },
    });
  });
});
