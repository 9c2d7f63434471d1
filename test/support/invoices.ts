import type { Invoice } from '../../shared/billing/invoices.js';

/** A complete finalized invoice of October 2026 for tests that need one; override what matters. */
export const sampleInvoice = (overrides: Partial<Invoice> = {}): Invoice => ({
  id: 'inv-1',
  tenantId: 't-1',
  kind: 'invoice',
  number: 'OD-2026-000001',
  periodId: '2026-10',
  servicePeriod: { start: '2026-10-01T00:00:00.000Z', end: '2026-11-01T00:00:00.000Z' },
  status: 'finalized',
  issuedAt: '2026-11-01T02:00:00.000Z',
  seller: { name: 'Seller', address: [], country: 'DE', vatId: 'DE1' },
  buyer: { name: 'Buyer', address: [], country: 'DE', vatId: null },
  currency: 'EUR',
  lines: [],
  net: 119_005,
  vat: [{ rate: 1900, base: 119_005, amount: 22_611 }],
  gross: 141_616,
  vatTreatment: 'domestic',
  creditNoteOf: null,
  creditNote: null,
  statusChangedAt: '2026-11-01T02:00:00.000Z',
  paidAt: null,
  statusNote: null,
  stripe: null,
  version: 1,
  ...overrides,
});
