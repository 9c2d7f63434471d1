import { describe, expect, it } from 'vitest';
import type { Invoice } from '../../../shared/billing/invoices.js';
import { INVOICE_CSV_COLUMNS, invoicesCsv } from '../../../shared/billing/invoices-csv.js';
import { parseCsv } from '../../support/csv.js';
import { sampleInvoice } from '../../support/invoices.js';

const invoice = (overrides: Partial<Invoice>): Invoice =>
  sampleInvoice({
    buyer: { name: 'Kulturverein "Nord", e.V.', address: [], country: 'DE', vatId: null },
    ...overrides,
  });

describe('invoice CSV for finance', () => {
  it('parses back to the invoices, quoting what needs quoting, amounts as decimals', () => {
    const rows = parseCsv(
      invoicesCsv({
        items: [
          invoice({}),
          invoice({
            number: 'OD-2026-000002',
            buyer: { name: 'Agentur\nMitte', address: [], country: 'AT', vatId: 'ATU12345678' },
            net: 5,
            vat: [{ rate: 0, base: 5, amount: 0 }],
            gross: 5,
            vatTreatment: 'reverse_charge',
          }),
        ],
      }),
    );
    expect(rows[0]).toEqual([...INVOICE_CSV_COLUMNS]);
    expect(rows[1]).toEqual([
      'OD-2026-000001',
      '2026-10',
      '2026-11-01T02:00:00.000Z',
      'finalized',
      'Kulturverein "Nord", e.V.',
      'DE',
      '',
      'domestic',
      'EUR',
      '1190.05',
      '226.11',
      '1416.16',
      'invoice',
      '',
      '',
    ]);
    expect(rows[2]?.slice(4, 12)).toEqual([
      'Agentur\nMitte',
      'AT',
      'ATU12345678',
      'reverse_charge',
      'EUR',
      '0.05',
      '0.00',
      '0.05',
    ]);
    expect(rows).toHaveLength(3);
  });

  it('names the cancelled invoice on a credit note and its credit note on a voided invoice', () => {
    const rows = parseCsv(
      invoicesCsv({
        items: [
          invoice({ status: 'void', creditNote: { id: 'cn-1', number: 'OD-CN-2026-000001' } }),
          invoice({
            kind: 'credit_note',
            number: 'OD-CN-2026-000001',
            creditNoteOf: { id: 'inv-1', number: 'OD-2026-000001' },
            net: -119_005,
            vat: [{ rate: 1900, base: -119_005, amount: -22_611 }],
            gross: -141_616,
          }),
          invoice({ number: 'OD-2026-000002', status: 'paid', paidAt: '2026-11-03T09:00:00.000Z' }),
        ],
      }),
    );
    const column = (name: (typeof INVOICE_CSV_COLUMNS)[number]) => INVOICE_CSV_COLUMNS.indexOf(name);
    expect(rows[1]?.[column('reference')]).toBe('OD-CN-2026-000001');
    expect(rows[2]?.[column('kind')]).toBe('credit_note');
    expect(rows[2]?.[column('reference')]).toBe('OD-2026-000001');
    expect(rows[2]?.[column('gross')]).toBe('-1416.16');
    expect(rows[2]?.[column('vat')]).toBe('-226.11');
    expect(rows[3]?.[column('paid_at')]).toBe('2026-11-03T09:00:00.000Z');
  });

  it('neutralises a buyer name that a spreadsheet would run as a formula, amounts stay numbers', () => {
    const text = invoicesCsv({
      items: [
        invoice({ buyer: { name: '=HYPERLINK("http://evil","x")', address: [], country: 'DE', vatId: null } }),
        invoice({
          kind: 'credit_note',
          number: 'OD-CN-2026-000001',
          buyer: { name: '@SUM(1+1)', address: [], country: 'DE', vatId: '-2+3' },
          net: -119_005,
          vat: [{ rate: 1900, base: -119_005, amount: -22_611 }],
          gross: -141_616,
        }),
        invoice({ number: 'OD-2026-000002', buyer: { name: 'Verein;=1+2', address: [], country: 'DE', vatId: null } }),
      ],
    });
    // The cell is quoted (RFC 4180) and starts with the apostrophe (OWASP): text, not a formula.
    expect(text).toContain(`,"'=HYPERLINK(""http://evil"",""x"")",DE,`);
    expect(text).toContain(',"Verein;=1+2",'); // a semicolon-separated reading cannot split off a formula
    expect(text).toContain(',-1190.05,-226.11,-1416.16,credit_note,'); // negative amounts stay numbers
    const rows = parseCsv(text);
    const column = (name: (typeof INVOICE_CSV_COLUMNS)[number]) => INVOICE_CSV_COLUMNS.indexOf(name);
    expect(rows[1]?.[column('customer')]).toBe(`'=HYPERLINK("http://evil","x")`);
    expect(rows[2]?.[column('customer')]).toBe(`'@SUM(1+1)`);
    expect(rows[2]?.[column('customer_vat_id')]).toBe(`'-2+3`);
    expect(rows[2]?.[column('gross')]).toBe('-1416.16');
    for (const row of rows) for (const cell of row) expect(/^[=+@\t\r]|^-(?!\d+(\.\d+)?$)/.test(cell)).toBe(false);
  });
});
