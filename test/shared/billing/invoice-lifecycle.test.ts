import { describe, expect, it } from 'vitest';
import { assertInvoiceTransition, canInvoiceBecome } from '../../../shared/billing/invoice-lifecycle.js';
import { INVOICE_STATUSES } from '../../../shared/billing/invoices.js';

/** The specification, written out: every move an invoice may make (API.md's statuses). */
const ALLOWED = new Set([
  'draft→finalized',
  'finalized→paid',
  'finalized→void',
  'finalized→uncollectible',
  'uncollectible→paid',
  'uncollectible→void',
]);

describe('the invoice state machine', () => {
  for (const from of INVOICE_STATUSES) {
    for (const to of INVOICE_STATUSES) {
      const allowed = ALLOWED.has(`${from}→${to}`);
      it(`${from} → ${to} is ${allowed ? 'allowed' : 'refused with a conflict'}`, () => {
        expect(canInvoiceBecome(from, to)).toBe(allowed);
        if (allowed) expect(() => assertInvoiceTransition(from, to)).not.toThrow();
        else expect(() => assertInvoiceTransition(from, to)).toThrow(`An invoice that is ${from} cannot become ${to}.`);
      });
    }
  }
});
