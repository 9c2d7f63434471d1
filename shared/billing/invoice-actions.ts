import * as z from 'zod';
import { type AuditActor, auditActorOf, newAuditEntry, STRIPE_ACTOR, SYSTEM_ACTOR } from '../audit/audit-entry.js';
import { IsoInstantSchema } from '../contracts/common.js';
import { DomainError } from '../errors.js';
import { type Actor, tenantOf } from '../platform/actor.js';
import type { Page, PageQuery } from '../platform/pagination.js';
import type { Clock, IdGenerator } from '../platform/ports.js';
import { assertInvoiceTransition, canInvoiceBecome } from './invoice-lifecycle.js';
import {
  type BillingSyncMessage,
  type BillingSyncQueue,
  type Invoice,
  type InvoiceRepository,
  InvoiceSchema,
  paymentUrlOf,
  queuedStripeCollection,
  type StripeCollection,
} from './invoices.js';
import { applyPaymentEvent, type PaymentEventDeps } from './payment-events.js';
import type { PaymentEvent, RejectedStripeEvents, SubscriptionRepository } from './ports.js';
import type { StripeEventRejectionReason } from './reconciliation.js';

/** What customers see of an invoice: not the collection's internals nor finance's notes. */
export const CustomerInvoiceSchema = InvoiceSchema.omit({ stripe: true, statusNote: true })
  .extend({
    /** Stripe's page to pay the invoice on, while it is open and Stripe has one; else null. */
    paymentUrl: z.string().nullable(),
  })
  .meta({
    id: 'CustomerInvoice',
  });
export type CustomerInvoice = z.infer<typeof CustomerInvoiceSchema>;

export const VoidInvoiceRequestSchema = z.strictObject({
  reason: z.string().trim().min(3, 'at least 3 characters').max(500, 'at most 500 characters'),
});
export const UncollectibleRequestSchema = VoidInvoiceRequestSchema;
export const RecordPaymentRequestSchema = z.strictObject({
  /** The bank transfer's reference or how it was paid. */
  reference: z.string().trim().min(1, 'the payment’s reference').max(200, 'at most 200 characters'),
  /** When the money arrived; default now. */
  paidAt: IsoInstantSchema.optional(),
});
export const VoidInvoiceResponseSchema = z
  .object({ invoice: InvoiceSchema, creditNote: InvoiceSchema })
  .meta({ id: 'VoidedInvoice' });

/** Stripe's view of its invoice for an Opsdesk invoice. */
export interface StripeInvoiceView {
  invoiceId: string;
  status: string | null;
  amountDue: number;
  amountPaid: number;
  /** Why the last charge failed (a declined card), if it did. */
  paymentError: string | null;
  /** Stripe's payment page of the invoice (`hosted_invoice_url`), once finalized; left as stored when absent. */
  hostedInvoiceUrl?: string | null;
}

/**
 * Stripe collecting Opsdesk invoices. Every call carries an idempotency key derived from the Opsdesk
 * invoice id, so a retried message never makes a second Stripe invoice or charge.
 */
export interface InvoiceCollector {
  /** Makes the Stripe invoice (the same lines, VAT as lines, the Opsdesk id in metadata) as a draft. */
  create(invoice: Invoice, customerId: string): Promise<StripeInvoiceView>;
  /** Finalizes a draft and charges the customer's saved payment method. */
  charge(stripeInvoiceId: string, invoice: Invoice): Promise<StripeInvoiceView>;
  void(stripeInvoiceId: string, invoice: Invoice): Promise<StripeInvoiceView>;
  markUncollectible(stripeInvoiceId: string, invoice: Invoice): Promise<StripeInvoiceView>;
}

export interface InvoiceDeps {
  invoices: InvoiceRepository;
  subscriptions: Pick<SubscriptionRepository, 'get'>;
  /** Stripe mode; null in ledger mode. */
  billingSync: BillingSyncQueue | null;
  collector: InvoiceCollector | null;
  clock: Clock;
  ids: IdGenerator;
}

const notFound = () => new DomainError('RESOURCE.NOT_FOUND', 'No such invoice.');

/** `<id>` or `<id>.pdf`: the id in a path segment that names a file. */
export const invoiceIdOf = (file: string): string => file.replace(/\.pdf$/, '');

export const customerView = ({ stripe, statusNote: _note, ...invoice }: Invoice): CustomerInvoice => ({
  ...invoice,
  paymentUrl: paymentUrlOf({ ...invoice, stripe }),
});

/** An invoice of the caller's organisation; another organisation's is not found (never revealed). */
export const getCustomerInvoice = async (
  deps: Pick<InvoiceDeps, 'invoices'>,
  actor: Actor,
  invoiceId: string,
): Promise<Invoice> => {
  const tenantId = tenantOf(actor, 'Only an organisation has invoices.');
  const invoice = await deps.invoices.get(invoiceId, tenantId);
  if (!invoice || invoice.tenantId !== tenantId) throw notFound();
  return invoice;
};

export const listCustomerInvoices = async (
  deps: Pick<InvoiceDeps, 'invoices'>,
  actor: Actor,
  page: PageQuery,
): Promise<Page<CustomerInvoice>> => {
  const tenantId = tenantOf(actor, 'Only an organisation has invoices.');
  const result = await deps.invoices.listForTenant(tenantId, page);
  return { ...result, items: result.items.map(customerView) };
};

export const getFinanceInvoice = async (deps: Pick<InvoiceDeps, 'invoices'>, invoiceId: string): Promise<Invoice> => {
  const invoice = await deps.invoices.get(invoiceId);
  if (!invoice) throw notFound();
  return invoice;
};

const anInvoice = async (deps: Pick<InvoiceDeps, 'invoices'>, invoiceId: string): Promise<Invoice> => {
  const invoice = await getFinanceInvoice(deps, invoiceId);
  if (invoice.kind === 'credit_note') {
    throw new DomainError('STATE.CONFLICT', `${invoice.number} is a credit note; it cannot change.`);
  }
  return invoice;
};

const changed = (invoice: Invoice, now: string, patch: Partial<Invoice>): Invoice => ({
  ...invoice,
  ...patch,
  ...(patch.status && patch.status !== invoice.status ? { statusChangedAt: now } : {}),
  version: invoice.version + 1,
});

const invoiceAudit = (
  deps: Pick<InvoiceDeps, 'clock' | 'ids'>,
  actor: AuditActor,
  invoice: Invoice,
  action: string,
  details: Record<string, unknown> = {},
) =>
  newAuditEntry(deps, {
    actor,
    tenantId: invoice.tenantId,
    action,
    target: { type: 'invoice', id: invoice.id },
    details: { number: invoice.number, ...details },
  });

/**
 * Tells Stripe too, through the outbox, when Stripe has — or is about to have — the invoice. The
 * change is already stored with `stripe.sync = queued`, so a message that cannot be sent now is not
 * lost: the invoice shows it is waiting, reconciliation flags it and finance sends it again.
 */
const tellStripe = async (deps: Pick<InvoiceDeps, 'billingSync'>, invoice: Invoice) => {
  if (!deps.billingSync || !invoice.stripe) return;
  await deps.billingSync.send(invoice).catch(() => undefined);
};

/** Stripe has taken the money (its answer or webhook may not have reached the invoice's status yet). */
const assertNotCollected = (invoice: Invoice) => {
  if (invoice.stripe?.status === 'paid' || (invoice.stripe?.amountPaid ?? 0) > 0) {
    throw new DomainError(
      'STATE.CONFLICT',
      `Stripe has collected ${invoice.number}; it is paid once Stripe's payment is recorded, and a refund happens in Stripe.`,
    );
  }
};

/** The queued Stripe state that goes with a change Stripe must follow (none in ledger mode). */
const stripeToFollow = (invoice: Invoice, now: string): Partial<Invoice> =>
  invoice.stripe ? { stripe: { ...invoice.stripe, sync: 'queued', updatedAt: now } } : {};

/**
 * Finance voids an unpaid invoice: it becomes `void` and a credit note with its own number, the
 * negated lines and a reference to it is issued in the same transaction. Stripe's invoice is voided
 * through the outbox. A paid invoice cannot be voided (409).
 */
export const voidInvoice = async (
  deps: InvoiceDeps,
  actor: Actor,
  invoiceId: string,
  request: { reason: string },
): Promise<{ invoice: Invoice; creditNote: Invoice }> => {
  const invoice = await anInvoice(deps, invoiceId);
  assertInvoiceTransition(invoice.status, 'void');
  assertNotCollected(invoice);
  const now = deps.clock.now().toISOString();
  const creditNoteId = deps.ids.newId();
  const voided = changed(invoice, now, { status: 'void', statusNote: request.reason, ...stripeToFollow(invoice, now) });
  const negate = (amount: number) => (amount === 0 ? 0 : -amount);
  const creditNote = await deps.invoices.voidWithCreditNote(
    voided,
    {
      ...invoice,
      id: creditNoteId,
      kind: 'credit_note',
      status: 'finalized',
      issuedAt: now,
      lines: invoice.lines.map((line) => ({ ...line, unitPrice: negate(line.unitPrice), amount: negate(line.amount) })),
      // A credit note is not paid and covers nothing: no due date, no allowances.
      included: [],
      payment: null,
      net: negate(invoice.net),
      vat: invoice.vat.map((rate) => ({ ...rate, base: negate(rate.base), amount: negate(rate.amount) })),
      gross: negate(invoice.gross),
      creditNoteOf: { id: invoice.id, number: invoice.number },
      creditNote: null,
      statusChangedAt: now,
      paidAt: null,
      statusNote: request.reason,
      stripe: null,
      version: 1,
    },
    invoiceAudit(deps, auditActorOf(actor), invoice, 'invoice.voided', {
      reason: request.reason,
      creditNoteId,
    }),
  );
  const stored = { ...voided, creditNote: { id: creditNote.id, number: creditNote.number } };
  await tellStripe(deps, stored);
  return { invoice: stored, creditNote };
};

/** Finance writes an invoice off; it can still be paid or voided later. */
export const markInvoiceUncollectible = async (
  deps: InvoiceDeps,
  actor: Actor,
  invoiceId: string,
  request: { reason: string },
): Promise<Invoice> => {
  const invoice = await anInvoice(deps, invoiceId);
  assertInvoiceTransition(invoice.status, 'uncollectible');
  assertNotCollected(invoice);
  const now = deps.clock.now().toISOString();
  const next = changed(invoice, now, {
    status: 'uncollectible',
    statusNote: request.reason,
    ...stripeToFollow(invoice, now),
  });
  await deps.invoices.update(next, [
    invoiceAudit(deps, auditActorOf(actor), invoice, 'invoice.marked_uncollectible', { reason: request.reason }),
  ]);
  await tellStripe(deps, next);
  return next;
};

/**
 * Ledger mode: finance records a payment that arrived outside Stripe (a bank transfer). An invoice
 * Stripe collects is marked paid by Stripe's `invoice.paid` only (409 here).
 */
export const recordInvoicePayment = async (
  deps: InvoiceDeps,
  actor: Actor,
  invoiceId: string,
  request: { reference: string; paidAt?: string | undefined },
): Promise<Invoice> => {
  const invoice = await anInvoice(deps, invoiceId);
  if (invoice.stripe) {
    throw new DomainError('STATE.CONFLICT', `Stripe collects ${invoice.number}; its payment is recorded by Stripe.`);
  }
  assertInvoiceTransition(invoice.status, 'paid');
  const now = deps.clock.now().toISOString();
  const paidAt = request.paidAt ? new Date(request.paidAt).toISOString() : now;
  if (paidAt > now) {
    throw new DomainError('REQUEST.INVALID', 'A payment cannot be recorded ahead of time.', [
      { path: 'body.paidAt', message: 'not in the future' },
    ]);
  }
  const next = changed(invoice, now, { status: 'paid', paidAt, statusNote: request.reference });
  await deps.invoices.update(next, [
    invoiceAudit(deps, auditActorOf(actor), invoice, 'invoice.paid', { reference: request.reference, paidAt }),
  ]);
  return next;
};

/**
 * Finance sends an invoice to Stripe again: after the billing-sync queue gave up on it (a long
 * outage; a customer without a payment method then saved one), or when it waits longer than it
 * should (its message could not be sent). 409 when Stripe is in line with it already.
 */
export const retryInvoiceCollection = async (deps: InvoiceDeps, actor: Actor, invoiceId: string): Promise<Invoice> => {
  const invoice = await anInvoice(deps, invoiceId);
  if (!deps.billingSync || !invoice.stripe) {
    throw new DomainError('STATE.CONFLICT', `${invoice.number} is not collected through Stripe (ledger billing).`);
  }
  if (invoice.stripe.sync === 'synced') {
    throw new DomainError('STATE.CONFLICT', `Stripe is in line with ${invoice.number} already.`);
  }
  const now = deps.clock.now().toISOString();
  const next = changed(invoice, now, {
    stripe: { ...invoice.stripe, sync: 'queued', lastError: null, updatedAt: now },
  });
  await deps.invoices.update(next, [invoiceAudit(deps, auditActorOf(actor), invoice, 'invoice.collection_retried')]);
  await deps.billingSync.send(next);
  return next;
};

const withStripe = (invoice: Invoice, now: string, patch: Partial<StripeCollection>): Partial<Invoice> => ({
  stripe: { ...(invoice.stripe ?? queuedStripeCollection(now)), ...patch, updatedAt: now },
});

const fromView = (view: StripeInvoiceView): Partial<StripeCollection> => ({
  invoiceId: view.invoiceId,
  status: view.status,
  amountDue: view.amountDue,
  amountPaid: view.amountPaid,
  lastError: view.paymentError,
  ...(view.hostedInvoiceUrl !== undefined ? { hostedInvoiceUrl: view.hostedInvoiceUrl } : {}),
});

/**
 * Stores what Stripe said, on the freshest copy of the invoice: a concurrent change (finance voiding
 * it, a webhook) is read again rather than overwritten. Returns the stored invoice.
 */
const saveStripeState = async (
  deps: InvoiceDeps,
  invoiceId: string,
  patch: (current: Invoice) => Partial<Invoice>,
  audit: (current: Invoice) => ReturnType<typeof invoiceAudit>[] = () => [],
): Promise<Invoice> => {
  for (let attempt = 1; ; attempt++) {
    const current = await getFinanceInvoice(deps, invoiceId);
    const next = changed(current, deps.clock.now().toISOString(), patch(current));
    try {
      await deps.invoices.update(next, audit(current));
      return next;
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'STATE.CONFLICT') || attempt >= 5) throw error;
    }
  }
};

/** Stripe took the money: the invoice is paid unless it was voided meanwhile (reconciliation shows that). */
const paidByStripe = (current: Invoice, at: string): Partial<Invoice> =>
  canInvoiceBecome(current.status, 'paid') ? { status: 'paid', paidAt: at } : {};

/**
 * The billing-sync consumer: brings Stripe in line with the invoice as stored. A failure throws, so
 * the message is retried and finally dead-lettered (`failInvoiceSync`): a Stripe outage delays, never
 * loses. What to do follows from the invoice's status alone:
 * - `finalized`: make Stripe's invoice if there is none, then — read again just before, in case
 *   finance voided or wrote it off meanwhile — finalize and charge a draft;
 * - `void` / `uncollectible`: Stripe must not collect: void (a draft is deleted) or write off what
 *   Stripe has; nothing to do if Stripe never had it;
 * - `paid`: nothing.
 */
export const syncInvoiceWithStripe = async (deps: InvoiceDeps, message: BillingSyncMessage): Promise<void> => {
  try {
    await syncStep(deps, message.invoiceId);
  } catch (error) {
    // Finance sees why it is waiting; the message is retried all the same.
    const reason = error instanceof Error ? error.message : String(error);
    await saveStripeState(deps, message.invoiceId, (current) =>
      withStripe(current, deps.clock.now().toISOString(), { lastError: reason }),
    ).catch(() => undefined);
    throw error;
  }
};

const syncStep = async (deps: InvoiceDeps, invoiceId: string): Promise<void> => {
  const collector = deps.collector;
  const invoice = await deps.invoices.get(invoiceId);
  if (!collector || !invoice?.stripe) return;
  const now = () => deps.clock.now().toISOString();
  const synced = (view: StripeInvoiceView | null) =>
    saveStripeState(deps, invoiceId, (current) =>
      withStripe(current, now(), { ...(view ? fromView(view) : {}), sync: 'synced' }),
    );
  const stripeId = invoice.stripe.invoiceId;
  const stripeStatus = invoice.stripe.status;

  if (invoice.status === 'void' || invoice.status === 'uncollectible') {
    // Stripe may still collect a draft or an open invoice; a written-off one can still be voided.
    const stillOpen = ['draft', 'open', ...(invoice.status === 'void' ? ['uncollectible'] : [])];
    const view =
      !stripeId || !stillOpen.includes(stripeStatus ?? '')
        ? null
        : invoice.status === 'void' || stripeStatus === 'draft'
          ? await collector.void(stripeId, invoice)
          : await collector.markUncollectible(stripeId, invoice);
    await synced(view);
    return;
  }
  if (invoice.status !== 'finalized') {
    if (invoice.stripe.sync !== 'synced') await synced(null);
    return;
  }
  if (!stripeId) {
    const customerId = (await deps.subscriptions.get(invoice.tenantId))?.stripeCustomerId;
    if (!customerId) {
      // Not a passing outage: retrying cannot help until the organisation saves a payment method.
      await saveStripeState(deps, invoiceId, (current) =>
        withStripe(current, now(), {
          sync: 'failed',
          lastError:
            'The organisation has no Stripe customer (no payment method saved); send it again once it has one.',
        }),
      );
      return;
    }
    const created = await collector.create(invoice, customerId);
    await saveStripeState(deps, invoiceId, (current) => withStripe(current, now(), fromView(created)));
  }
  // Read again just before charging: finance may have voided or written it off meanwhile.
  const fresh = await getFinanceInvoice(deps, invoiceId);
  const freshId = fresh.stripe?.invoiceId;
  if (fresh.status !== 'finalized' || !freshId) return syncStep(deps, invoiceId);
  // An open invoice is Stripe's to retry on its schedule; only a draft is finalized and charged here.
  const view = fresh.stripe?.status === 'draft' ? await collector.charge(freshId, fresh) : null;
  const at = now();
  await saveStripeState(
    deps,
    invoiceId,
    (current) => ({
      ...withStripe(current, at, { ...(view ? fromView(view) : {}), sync: 'synced' }),
      ...(view?.status === 'paid' ? paidByStripe(current, at) : {}),
    }),
    (current) =>
      view?.status === 'paid' && canInvoiceBecome(current.status, 'paid')
        ? [invoiceAudit(deps, STRIPE_ACTOR, current, 'invoice.paid', { stripeInvoiceId: freshId })]
        : [],
  );
};

/**
 * The billing-sync dead-letter consumer: the invoice's collection is marked failed, with the last
 * error Stripe gave; finance sees it (invoice, reconciliation) and can send it again. A stale message
 * of an invoice Stripe is in line with already changes nothing.
 */
export const failInvoiceSync = async (deps: InvoiceDeps, message: BillingSyncMessage): Promise<void> => {
  const invoice = await deps.invoices.get(message.invoiceId);
  if (!invoice?.stripe || invoice.stripe.sync === 'synced') return;
  const reason = `Bringing Stripe in line failed after repeated attempts${
    invoice.stripe.lastError ? `: ${invoice.stripe.lastError}` : ''
  }`;
  await saveStripeState(
    deps,
    invoice.id,
    (current) => withStripe(current, deps.clock.now().toISOString(), { sync: 'failed', lastError: reason }),
    (current) => [invoiceAudit(deps, SYSTEM_ACTOR, current, 'invoice.collection_failed', { status: current.status })],
  );
};

/**
 * Stripe's word on one of Opsdesk's invoices: paid, a payment failed, or changed in Stripe itself
 * (voided or written off in its dashboard — recorded as Stripe's state only).
 */
export interface StripeInvoiceEvent {
  type: 'invoice_paid' | 'invoice_payment_failed' | 'invoice_changed';
  eventId: string;
  at: string;
  opsdeskInvoiceId: string;
  view: StripeInvoiceView;
  /** What the event says Stripe's invoice is: checked against the Opsdesk invoice before anything changes. */
  subject: {
    /** Stripe's event type (`invoice.paid`, …). */
    eventType: string;
    customerId: string | null;
    /** Minor units, as Stripe sends them; null when absent. */
    amountDue: number | null;
    total: number | null;
    currency: string | null;
  };
}

/**
 * Why an event does not belong to the invoice its metadata names (none: it does). The metadata is
 * only a pointer: the event must be about the Stripe invoice stored for it (none stored yet is a
 * refusal too — the billing-sync consumer reads Stripe's state itself once it stores the id), of the
 * organisation's Stripe customer, for the invoice's gross in its currency.
 */
export const stripeEventMismatches = (
  invoice: Invoice,
  event: StripeInvoiceEvent,
  customerIsTheTenants: boolean,
): StripeEventRejectionReason[] => {
  const reasons: StripeEventRejectionReason[] = [];
  const stored = invoice.stripe?.invoiceId ?? null;
  if (stored === null) reasons.push('stripe_invoice_not_stored');
  else if (stored !== event.view.invoiceId) reasons.push('stripe_invoice_differs');
  if (!customerIsTheTenants) reasons.push('customer_differs');
  const { amountDue, total, currency } = event.subject;
  if (amountDue !== invoice.gross || (total !== null && total !== invoice.gross)) reasons.push('amount_differs');
  if (currency === null || currency.toLowerCase() !== invoice.currency.toLowerCase()) reasons.push('currency_differs');
  return reasons;
};

export interface StripeInvoiceEventDeps extends InvoiceDeps {
  subscriptions: Pick<SubscriptionRepository, 'get' | 'tenantOfCustomer'>;
  rejectedStripeEvents: Pick<RejectedStripeEvents, 'record'>;
}

/** The customer is the organisation's: its current one, or one the stripe_customer pointer gives it. */
const isCustomerOf = async (deps: StripeInvoiceEventDeps, tenantId: string, customerId: string | null) => {
  if (!customerId) return false;
  if ((await deps.subscriptions.get(tenantId))?.stripeCustomerId === customerId) return true;
  return (await deps.subscriptions.tenantOfCustomer(customerId)) === tenantId;
};

/**
 * Applies a Stripe invoice event to the Opsdesk invoice it names in metadata — only if the event is
 * about that invoice (`stripeEventMismatches`); otherwise it is recorded for reconciliation (once per
 * event, with an audit entry on the organisation) and the invoice is left as it is. Idempotent:
 * paying a paid invoice changes nothing; a failure reported after the payment (or once the invoice is
 * void or written off) is stale, and so is any change older than the last event applied; a change
 * made in Stripe's dashboard is recorded as Stripe's state (reconciliation shows it), never as
 * Opsdesk's.
 */
export const applyStripeInvoiceEvent = async (
  deps: StripeInvoiceEventDeps,
  event: StripeInvoiceEvent,
): Promise<'applied' | 'duplicate' | 'stale' | 'unknown_invoice' | 'rejected'> => {
  const invoice = await deps.invoices.get(event.opsdeskInvoiceId);
  if (!invoice?.stripe) return 'unknown_invoice';
  const reasons = stripeEventMismatches(
    invoice,
    event,
    await isCustomerOf(deps, invoice.tenantId, event.subject.customerId),
  );
  if (reasons.length > 0) {
    await deps.rejectedStripeEvents.record(
      {
        eventId: event.eventId,
        eventType: event.subject.eventType,
        at: event.at,
        recordedAt: deps.clock.now().toISOString(),
        tenantId: invoice.tenantId,
        invoiceId: invoice.id,
        invoiceNumber: invoice.number,
        periodId: invoice.periodId,
        stripeInvoiceId: event.view.invoiceId,
        customerId: event.subject.customerId,
        amountDue: event.subject.amountDue,
        total: event.subject.total,
        currency: event.subject.currency,
        reasons,
      },
      // The organisation sees that Stripe reported something that was not applied, not whose it was.
      invoiceAudit(deps, STRIPE_ACTOR, invoice, 'invoice.stripe_event_rejected', {
        eventId: event.eventId,
        eventType: event.subject.eventType,
        reasons,
      }),
    );
    return 'rejected';
  }
  if (invoice.status === 'paid') return 'duplicate';
  // A failed charge matters only while the invoice is open in Opsdesk; a payment is never stale (it
  // only moves forward); anything else older than the last event applied arrived out of order.
  if (event.type === 'invoice_payment_failed' && invoice.status !== 'finalized') return 'stale';
  const lastEventAt = invoice.stripe.eventAt ?? null;
  if (event.type !== 'invoice_paid' && lastEventAt !== null && event.at < lastEventAt) return 'stale';
  // What Stripe reports again (the same state) changes nothing: no new version, no second audit entry.
  const known = invoice.stripe;
  if (
    known.status === event.view.status &&
    known.amountPaid === event.view.amountPaid &&
    known.lastError === event.view.paymentError
  ) {
    return 'duplicate';
  }
  const now = deps.clock.now().toISOString();
  await saveStripeState(
    deps,
    invoice.id,
    (current) => ({
      ...withStripe(current, now, { ...fromView(event.view), eventAt: event.at }),
      ...(event.type === 'invoice_paid' ? paidByStripe(current, event.at) : {}),
    }),
    (current) => [
      invoiceAudit(
        deps,
        STRIPE_ACTOR,
        current,
        {
          invoice_paid: 'invoice.paid',
          invoice_payment_failed: 'invoice.payment_failed',
          invoice_changed: 'invoice.changed_in_stripe',
        }[event.type],
        { eventId: event.eventId, stripeInvoiceId: event.view.invoiceId },
      ),
    ],
  );
  return 'applied';
};

/**
 * One verified Stripe webhook: an invoice event changes the Opsdesk invoice it names (only if it is
 * about that invoice; otherwise it is recorded for reconciliation), and a payment event the
 * organisation's payment standing (an `invoice.paid` is both).
 */
export const applyStripeWebhook = async (
  deps: StripeInvoiceEventDeps & PaymentEventDeps,
  events: { invoice: StripeInvoiceEvent | null; payment: PaymentEvent | null },
) => {
  const invoiceOutcome = events.invoice ? await applyStripeInvoiceEvent(deps, events.invoice) : null;
  // An event refused for the invoice it names is no evidence of the customer's payments either: a paid
  // unrelated invoice must not make an organisation with an unpaid one current again.
  if (invoiceOutcome === 'rejected') return { invoiceOutcome, outcome: 'ignored' as const };
  return {
    invoiceOutcome,
    outcome: events.payment ? await applyPaymentEvent(deps, events.payment) : ('ignored' as const),
  };
};
