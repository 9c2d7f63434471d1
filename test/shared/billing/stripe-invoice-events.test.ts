import { describe, expect, it } from 'vitest';
import { type StripeInvoiceEvent, stripeEventMismatches } from '../../../shared/billing/invoice-actions.js';
import { queuedStripeCollection } from '../../../shared/billing/invoices.js';
import { sampleInvoice } from '../../support/invoices.js';

const invoice = sampleInvoice({
  stripe: { ...queuedStripeCollection('2026-11-01T02:05:00.000Z'), sync: 'synced', invoiceId: 'in_1', status: 'open' },
});
const event = (
  view: Partial<StripeInvoiceEvent['view']> = {},
  subject: Partial<StripeInvoiceEvent['subject']> = {},
): StripeInvoiceEvent => ({
  type: 'invoice_paid',
  eventId: 'evt_1',
  at: '2026-11-02T00:00:00.000Z',
  opsdeskInvoiceId: invoice.id,
  view: { invoiceId: 'in_1', status: 'paid', amountDue: 141_616, amountPaid: 141_616, paymentError: null, ...view },
  subject: {
    eventType: 'invoice.paid',
    customerId: 'cus_1',
    amountDue: 141_616,
    total: 141_616,
    currency: 'eur',
    ...subject,
  },
});

describe('a Stripe invoice event is about the invoice its metadata names only if', () => {
  it('it is the stored Stripe invoice of the organisation’s customer, for the gross in the invoice’s currency', () => {
    expect(stripeEventMismatches(invoice, event(), true)).toEqual([]);
    // Stripe sends currencies in lower case; a missing total is not held against it.
    expect(stripeEventMismatches(invoice, event({}, { currency: 'EUR', total: null }), true)).toEqual([]);
  });

  it('names each difference', () => {
    expect(stripeEventMismatches(invoice, event({ invoiceId: 'in_2' }), true)).toEqual(['stripe_invoice_differs']);
    expect(stripeEventMismatches(invoice, event(), false)).toEqual(['customer_differs']);
    expect(stripeEventMismatches(invoice, event({}, { amountDue: 141_615 }), true)).toEqual(['amount_differs']);
    expect(stripeEventMismatches(invoice, event({}, { total: 1 }), true)).toEqual(['amount_differs']);
    expect(stripeEventMismatches(invoice, event({}, { amountDue: null }), true)).toEqual(['amount_differs']);
    expect(stripeEventMismatches(invoice, event({}, { currency: 'usd' }), true)).toEqual(['currency_differs']);
    expect(stripeEventMismatches(invoice, event({}, { currency: null }), true)).toEqual(['currency_differs']);
  });

  it('Opsdesk has stored Stripe’s invoice id (an event before that is refused; the consumer reads Stripe)', () => {
    const notStored = { ...invoice, stripe: queuedStripeCollection('2026-11-01T02:05:00.000Z') };
    expect(stripeEventMismatches(notStored, event(), true)).toEqual(['stripe_invoice_not_stored']);
  });
});
