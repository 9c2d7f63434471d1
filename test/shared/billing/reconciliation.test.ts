import { describe, expect, it } from 'vitest';
import { type Invoice, queuedStripeCollection, type StripeCollection } from '../../../shared/billing/invoices.js';
import { differencesOf, type RejectedStripeEvent } from '../../../shared/billing/reconciliation.js';
import { sampleInvoice } from '../../support/invoices.js';

const stripe = (patch: Partial<StripeCollection>): StripeCollection => ({
  ...queuedStripeCollection('2026-11-01T02:05:00.000Z'),
  sync: 'synced',
  invoiceId: 'in_1',
  status: 'open',
  amountDue: 141_616,
  amountPaid: 0,
  ...patch,
});
const invoice = (patch: Partial<Invoice> = {}) => sampleInvoice({ gross: 141_616, ...patch });
const ledger = { closed: true, stripeMode: false };
const stripeMode = { closed: true, stripeMode: true };

describe('reconciliation differences', () => {
  it('agrees when the invoice is what the ledger rates', () => {
    expect(differencesOf({ ...ledger, rated: 141_616, invoice: invoice() })).toEqual([]);
    expect(differencesOf({ ...ledger, rated: null, invoice: null })).toEqual([]);
  });

  it('flags an amount due without a valid invoice, once the period is closed', () => {
    expect(differencesOf({ ...ledger, rated: 5_000, invoice: null })).toEqual(['not_invoiced']);
    expect(differencesOf({ ...ledger, rated: 5_000, invoice: invoice({ status: 'void' }) })).toEqual(['not_invoiced']);
    expect(differencesOf({ closed: false, stripeMode: false, rated: 5_000, invoice: null })).toEqual([]);
    expect(differencesOf({ ...ledger, rated: 0, invoice: null })).toEqual([]);
  });

  it('flags usage recorded or reversed after the close', () => {
    expect(differencesOf({ ...ledger, rated: 150_000, invoice: invoice() })).toEqual(['ledger_differs']);
    expect(differencesOf({ ...ledger, rated: null, invoice: invoice() })).toEqual(['ledger_differs']);
  });

  it('flags an invoice Stripe does not have, unless it is settled', () => {
    const queued = stripe({ sync: 'queued', invoiceId: null, status: null, amountDue: null });
    expect(differencesOf({ ...stripeMode, rated: 141_616, invoice: invoice({ stripe: queued }) })).toEqual([
      'not_in_stripe',
    ]);
    expect(
      differencesOf({ ...stripeMode, rated: 141_616, invoice: invoice({ stripe: { ...queued, sync: 'failed' } }) }),
    ).toEqual(['not_in_stripe']);
    expect(differencesOf({ ...stripeMode, rated: 0, invoice: invoice({ gross: 0, status: 'paid' }) })).toEqual([]);
  });

  it('flags Stripe asking another amount or holding another status, and a failed charge', () => {
    expect(
      differencesOf({ ...stripeMode, rated: 141_616, invoice: invoice({ stripe: stripe({ amountDue: 1 }) }) }),
    ).toEqual(['stripe_amount_differs']);
    expect(
      differencesOf({
        ...stripeMode,
        rated: 141_616,
        invoice: invoice({ status: 'void', stripe: stripe({ status: 'paid' }) }),
      }),
    ).toEqual(['not_invoiced', 'stripe_status_differs']);
    expect(
      differencesOf({ ...stripeMode, rated: 141_616, invoice: invoice({ stripe: stripe({ lastError: 'declined' }) }) }),
    ).toEqual(['payment_failed']);
    // A void invoice whose Stripe draft was deleted: no amount to compare.
    expect(
      differencesOf({
        ...stripeMode,
        rated: null,
        invoice: invoice({ status: 'void', stripe: stripe({ status: 'void', amountDue: 0 }) }),
      }),
    ).toEqual([]);
    // A sync error on the way (retrying) is not a failed payment.
    expect(
      differencesOf({
        ...stripeMode,
        rated: 141_616,
        invoice: invoice({ stripe: stripe({ sync: 'queued', lastError: 'Stripe is down' }) }),
      }),
    ).toEqual([]);
  });

  it('flags a Stripe event recorded as not matching the invoice, unless it only came before Stripe’s id was stored', () => {
    const rejected = (patch: Partial<RejectedStripeEvent>): RejectedStripeEvent => ({
      eventId: 'evt_1',
      eventType: 'invoice.paid',
      at: '2026-11-02T00:00:00.000Z',
      recordedAt: '2026-11-02T00:00:01.000Z',
      tenantId: 't-1',
      invoiceId: 'inv-1',
      invoiceNumber: 'OD-2026-000001',
      periodId: '2026-10',
      stripeInvoiceId: 'in_1',
      customerId: 'cus_1',
      amountDue: 141_616,
      total: 141_616,
      currency: 'eur',
      reasons: ['stripe_invoice_not_stored'],
      ...patch,
    });
    const open = { ...stripeMode, rated: 141_616, invoice: invoice({ stripe: stripe({}) }) };
    expect(
      differencesOf({
        ...open,
        rejected: [rejected({ stripeInvoiceId: 'in_other', reasons: ['stripe_invoice_differs'] })],
      }),
    ).toEqual(['stripe_event_rejected']);
    expect(differencesOf({ ...open, rejected: [rejected({ reasons: ['customer_differs'] })] })).toEqual([
      'stripe_event_rejected',
    ]);
    // Before the id was stored: flagged while it still is not, or when another id was stored since.
    const queued = stripe({ sync: 'queued', invoiceId: null, status: null, amountDue: null });
    expect(differencesOf({ ...open, invoice: invoice({ stripe: queued }), rejected: [rejected({})] })).toEqual([
      'not_in_stripe',
      'stripe_event_rejected',
    ]);
    expect(
      differencesOf({ ...open, invoice: invoice({ stripe: stripe({ invoiceId: 'in_2' }) }), rejected: [rejected({})] }),
    ).toEqual(['stripe_event_rejected']);
    // … and the event was about the invoice stored since: nothing to look at.
    expect(differencesOf({ ...open, rejected: [rejected({})] })).toEqual([]);
    expect(
      differencesOf({ ...open, rejected: [rejected({ reasons: ['stripe_invoice_not_stored', 'amount_differs'] })] }),
    ).toEqual(['stripe_event_rejected']);
  });
});
