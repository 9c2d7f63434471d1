import { DomainError } from '../errors.js';
import type { InvoiceStatus } from './invoices.js';

/**
 * The invoice state machine (../shared/API.md's statuses). An invoice is rated as a draft and
 * finalized with its number at the period's close; a finalized invoice is paid (Stripe's
 * `invoice.paid`, or a payment recorded by finance), voided (a credit note cancels it) or written
 * off as uncollectible — which may still be paid or voided later. `paid` and `void` are final: a
 * paid invoice is corrected by a refund outside Opsdesk, never by voiding it.
 */
export const INVOICE_TRANSITIONS: Readonly<Record<InvoiceStatus, readonly InvoiceStatus[]>> = {
  draft: ['finalized'],
  finalized: ['paid', 'void', 'uncollectible'],
  uncollectible: ['paid', 'void'],
  paid: [],
  void: [],
};

export const canInvoiceBecome = (from: InvoiceStatus, to: InvoiceStatus): boolean =>
  INVOICE_TRANSITIONS[from].includes(to);

export const assertInvoiceTransition = (from: InvoiceStatus, to: InvoiceStatus): void => {
  if (!canInvoiceBecome(from, to)) {
    throw new DomainError('STATE.CONFLICT', `An invoice that is ${from} cannot become ${to}.`);
  }
};
