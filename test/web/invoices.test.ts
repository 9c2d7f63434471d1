import { describe, expect, it } from 'vitest';
import { awaitsPayment, paymentLink, paymentTerms, printedIban } from '../../web/src/lib/invoices.js';
import { sampleInvoice } from '../support/invoices.js';

const stripe = {
  sync: 'synced' as const,
  invoiceId: 'in_1',
  status: 'open',
  amountDue: 141_616,
  amountPaid: 0,
  lastError: null,
  updatedAt: '2026-11-01T02:00:00.000Z',
  eventAt: null,
  hostedInvoiceUrl: 'https://invoice.stripe.com/i/x',
};

describe('invoice payment helpers of the web app', () => {
  it('words payment terms as the PDF does', () => {
    expect(paymentTerms(14)).toBe('14 days net');
    expect(paymentTerms(0)).toBe('Due on receipt');
  });

  it('prints an IBAN in groups of four', () => {
    expect(printedIban('DE89100500000612345678')).toBe('DE89 1005 0000 0612 3456 78');
  });

  it('waits for payment only while an invoice is finalized or written off', () => {
    expect(awaitsPayment(sampleInvoice())).toBe(true);
    expect(awaitsPayment(sampleInvoice({ status: 'uncollectible' }))).toBe(true);
    expect(awaitsPayment(sampleInvoice({ status: 'paid' }))).toBe(false);
    expect(awaitsPayment(sampleInvoice({ kind: 'credit_note' }))).toBe(false);
  });

  it('links Stripe’s payment page for finance and the customer’s paymentUrl, only while open', () => {
    expect(paymentLink(sampleInvoice({ stripe }))).toBe('https://invoice.stripe.com/i/x');
    expect(paymentLink(sampleInvoice({ stripe, status: 'paid' }))).toBeNull();
    expect(paymentLink(sampleInvoice())).toBeNull();
    const { stripe: _stripe, statusNote: _note, ...customer } = sampleInvoice();
    expect(paymentLink({ ...customer, paymentUrl: 'https://pay.example/1' })).toBe('https://pay.example/1');
    expect(paymentLink({ ...customer, status: 'void', paymentUrl: 'https://pay.example/1' })).toBeNull();
  });
});
