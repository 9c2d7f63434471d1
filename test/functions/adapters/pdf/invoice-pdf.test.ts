import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { formatAmount, invoicePdfFilename, renderInvoicePdf } from '../../../../functions/adapters/pdf/invoice-pdf.js';
import type { Invoice } from '../../../../shared/billing/invoices.js';

const dir = mkdtempSync(join(tmpdir(), 'invoice-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
/** The text Debian's pdftotext extracts, in layout mode; pages are separated by form feeds. */
const textOf = (bytes: Uint8Array): string => {
  const file = join(dir, `invoice-${files++}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
};
const pagesOf = (text: string): string[] => text.split('\f').filter((page) => page.trim() !== '');

/** Each word poppler finds, with the box it is drawn in (points, y from the top of the page). */
const wordsOf = (bytes: Uint8Array): { word: string; xMin: number; xMax: number; yMin: number }[] => {
  const file = join(dir, `invoice-${files++}.pdf`);
  writeFileSync(file, bytes);
  const html = execFileSync('/usr/bin/pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map(
    ([, xMin, yMin, xMax, word]) => ({ word: word ?? '', xMin: Number(xMin), xMax: Number(xMax), yMin: Number(yMin) }),
  );
};

/** `a  b` in layout text: the same row, any spacing between. */
const row = (...cells: string[]) =>
  new RegExp(cells.map((cell) => cell.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));

const SELLER: Invoice['seller'] = {
  name: 'Opsdesk Managed Services GmbH',
  address: ['Friedrichstraße 123', '10117 Berlin', 'Germany'],
  country: 'DE',
  vatId: 'DE293815472',
  email: 'billing@opsdesk.example',
};

/** A complete domestic invoice; each case spreads its differences over it. */
const base: Invoice = {
  id: 'inv-1',
  tenantId: 't-1',
  kind: 'invoice',
  number: 'OD-2026-000042',
  periodId: '2026-10',
  servicePeriod: { start: '2026-10-01T00:00:00.000Z', end: '2026-11-01T00:00:00.000Z' },
  status: 'finalized',
  // 23:30 UTC on 31 October is already 1 November in Berlin.
  issuedAt: '2026-10-31T23:30:00.000Z',
  seller: SELLER,
  buyer: {
    name: 'Bäckerei Müller GmbH',
    address: ['Hauptstraße 5', '80331 München', 'DE'],
    country: 'DE',
    vatId: null,
  },
  currency: 'EUR',
  lines: [
    {
      kind: 'base_fee',
      description: 'Managed Business plan, October 2026',
      quantity: 1,
      unit: 'month',
      unitPrice: 99_000,
      amount: 99_000,
      vatRate: 1900,
    },
    {
      kind: 'webmaster_overage',
      description: 'Webmaster time beyond the allowance',
      quantity: 14,
      unit: 'quarter-hours',
      unitPrice: 2_250,
      amount: 31_500,
      vatRate: 1900,
    },
  ],
  included: [
    {
      kind: 'included_webmaster_minutes',
      description: 'Webmaster time included in the plan',
      quantity: 120,
      allowance: 120,
      unit: 'minutes',
    },
    {
      kind: 'included_task_runs',
      description: 'Task runs included in the plan',
      quantity: 12,
      allowance: 50,
      unit: 'runs',
    },
  ],
  payment: {
    termsDays: 14,
    dueAt: '2026-11-14T23:30:00.000Z',
    bank: {
      accountHolder: 'Opsdesk Managed Services GmbH',
      name: 'Berliner Sparkasse',
      iban: 'DE89100500000612345678',
      bic: 'BELADEBEXXX',
    },
  },
  net: 130_500,
  vat: [{ rate: 1900, base: 130_500, amount: 24_795 }],
  gross: 155_295,
  vatTreatment: 'domestic',
  creditNoteOf: null,
  creditNote: null,
  statusChangedAt: '2026-10-31T23:30:00.000Z',
  paidAt: null,
  statusNote: null,
  stripe: null,
  version: 1,
};
const invoice = (overrides: Partial<Invoice> = {}): Invoice => ({ ...base, ...overrides });

const REVERSE_CHARGE =
  'Reverse charge: VAT is to be accounted for by the recipient (Article 196, Council Directive 2006/112/EC).';
const OUTSIDE_EU = "Not subject to VAT in the seller's country (place of supply outside the EU).";

describe('formatAmount', () => {
  it.each([
    [0, 'EUR 0.00'],
    [5, 'EUR 0.05'],
    [100, 'EUR 1.00'],
    [123_456_789, 'EUR 1,234,567.89'],
    [-150, 'EUR -1.50'],
    [-123_450, 'EUR -1,234.50'],
  ])('%i minor units are %s', (minor, expected) => {
    expect(formatAmount(minor, 'EUR')).toBe(expected);
  });
});

/** 90 call-outs at EUR 10.00: several pages. */
const ninetyLines = (): Invoice =>
  invoice({
    lines: Array.from({ length: 90 }, (_, index) => ({
      kind: 'call_out',
      description: `Call-out number ${index + 1} to the data centre`,
      quantity: 1,
      unit: 'call-outs',
      unitPrice: 1_000,
      amount: 1_000,
      vatRate: 1900,
    })),
    net: 90_000,
    vat: [{ rate: 1900, base: 90_000, amount: 17_100 }],
    gross: 107_100,
  });

describe('renderInvoicePdf', () => {
  it('names the file after the number', () => {
    expect(invoicePdfFilename(invoice())).toBe('OD-2026-000042.pdf');
  });

  it('renders a domestic invoice: parties, facts, lines and totals', async () => {
    const bytes = await renderInvoicePdf(invoice());
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const text = textOf(bytes);

    expect(text).toMatch(/^\s*Invoice$/m);
    expect(text).toMatch(row('Invoice number', 'OD-2026-000042'));
    expect(text).toMatch(row('Issue date', 'Sun 1 Nov 2026'));
    expect(text).toMatch(row('Service period', '1 Oct 2026 – 31 Oct 2026'));

    for (const part of [SELLER.name, ...SELLER.address, 'VAT ID DE293815472', 'billing@opsdesk.example']) {
      expect(text).toContain(part);
    }
    for (const part of ['Bäckerei Müller GmbH', 'Hauptstraße 5', '80331 München']) expect(text).toContain(part);
    // The buyer has no VAT ID: only the seller's is printed.
    expect(text.match(/VAT ID/g)).toHaveLength(1);

    expect(text).toMatch(row('Description', 'Qty', 'Unit', 'Unit price', 'Amount'));
    expect(text).toMatch(row('Managed Business plan, October 2026', '1', 'month', 'EUR 990.00', 'EUR 990.00'));
    expect(text).toMatch(row('Webmaster time beyond the allowance', '14', 'quarter-hours', 'EUR 22.50', 'EUR 315.00'));

    expect(text).toMatch(row('Net', 'EUR 1,305.00'));
    expect(text).toMatch(row('VAT 19% on EUR 1,305.00', 'EUR 247.95'));
    expect(text).toMatch(row('Gross', 'EUR 1,552.95'));
    expect(text).toMatch(row('Page 1 of 1'));

    expect(text).not.toContain('Reverse charge');
    expect(text).not.toContain('Not subject to VAT');
    expect(text).not.toContain('VOID');
    expect(text).not.toContain('Cancels invoice');
  });

  it('says when and how to pay: due date, terms, bank account and the number as reference', async () => {
    const text = textOf(await renderInvoicePdf(invoice()));
    // Issued on 1 November (Berlin), due fourteen days later.
    expect(text).toMatch(row('Due date', 'Sun 15 Nov 2026'));
    expect(text).toMatch(row('Payment terms', '14 days net'));
    expect(text.replace(/\s+/g, ' ')).toContain(
      'Please pay EUR 1,552.95 by Sun 15 Nov 2026 (14 days net) by bank transfer to:',
    );
    expect(text).toMatch(row('Account holder', 'Opsdesk Managed Services GmbH'));
    expect(text).toMatch(row('Bank', 'Berliner Sparkasse'));
    expect(text).toMatch(row('IBAN', 'DE89 1005 0000 0612 3456 78'));
    expect(text).toMatch(row('BIC', 'BELADEBEXXX'));
    expect(text).toMatch(row('Reference', 'OD-2026-000042'));
    expect(text).not.toContain('Or pay online');
  });

  it('lists what the plan included at EUR 0.00, after the charged lines', async () => {
    const text = textOf(await renderInvoicePdf(invoice()));
    expect(text).toContain('Included in the plan (no charge)');
    expect(text).toMatch(row('Webmaster time included in the plan', '120', 'of 120 min', 'EUR 0.00', 'EUR 0.00'));
    expect(text).toMatch(row('Task runs included in the plan', '12', 'of 50 runs', 'EUR 0.00', 'EUR 0.00'));
    expect(text.indexOf('Included in the plan')).toBeGreaterThan(text.indexOf('Webmaster time beyond'));
    // The totals are the charged lines' alone.
    expect(text).toMatch(row('Net', 'EUR 1,305.00'));
  });

  it('offers Stripe’s payment page when Stripe collects the invoice', async () => {
    const url = 'https://invoice.stripe.com/i/acct_1/test_abc';
    const text = textOf(
      await renderInvoicePdf(
        invoice({
          stripe: {
            sync: 'synced',
            invoiceId: 'in_1',
            status: 'open',
            amountDue: 155_295,
            amountPaid: 0,
            lastError: null,
            updatedAt: '2026-11-01T00:00:00.000Z',
            eventAt: null,
            hostedInvoiceUrl: url,
          },
        }),
      ),
    );
    expect(text).toMatch(row('Or pay online', url));
  });

  it('says how it was paid instead of asking for payment once paid', async () => {
    const text = textOf(await renderInvoicePdf(invoice({ status: 'paid', paidAt: '2026-11-10T09:00:00.000Z' })));
    expect(text).toMatch(row('Paid on', 'Tue 10 Nov 2026'));
    expect(text).not.toContain('Please pay');
  });

  it('shows a fee prorated by days as days of the month at the monthly fee', async () => {
    const prorated = invoice({
      lines: [
        {
          kind: 'base_fee',
          description: 'Eighth webmaster, monthly fee for 17 of 31 days',
          quantity: 17,
          unit: 'days',
          unitPrice: 119_000,
          amount: 65_258,
          vatRate: 1900,
        },
      ],
    });
    const text = textOf(await renderInvoicePdf(prorated));
    expect(text).toMatch(row('17', 'of 31 days', 'EUR 1,190.00', 'EUR 652.58'));
  });

  it('renders a reverse-charge invoice for an Austrian business with its VAT ID and the note', async () => {
    const text = textOf(
      await renderInvoicePdf(
        invoice({
          number: 'OD-2026-000043',
          buyer: {
            name: 'Agentur Donau GmbH',
            address: ['Praterstraße 12', '1020 Wien', 'Austria'],
            country: 'AT',
            vatId: 'ATU12345678',
          },
          lines: [{ ...base.lines[0]!, vatRate: 0 }],
          net: 99_000,
          vat: [{ rate: 0, base: 99_000, amount: 0 }],
          gross: 99_000,
          vatTreatment: 'reverse_charge',
        }),
      ),
    );
    expect(text).toMatch(row('Invoice number', 'OD-2026-000043'));
    for (const part of ['Agentur Donau GmbH', 'Praterstraße 12', '1020 Wien', 'Austria', 'VAT ID ATU12345678']) {
      expect(text).toContain(part);
    }
    expect(text).toContain('VAT ID DE293815472');
    expect(text).toMatch(row('Net', 'EUR 990.00'));
    expect(text).toMatch(row('VAT 0% on EUR 990.00', 'EUR 0.00'));
    expect(text).toMatch(row('Gross', 'EUR 990.00'));
    // The note may wrap: compare with whitespace collapsed.
    expect(text.replace(/\s+/g, ' ')).toContain(REVERSE_CHARGE);
    expect(text).not.toContain('Not subject to VAT');
  });

  it('renders the outside-EU note', async () => {
    const text = textOf(
      await renderInvoicePdf(
        invoice({
          buyer: { name: 'Harbour Ltd', address: ['1 Quay Street', 'Auckland'], country: 'NZ', vatId: null },
          vat: [{ rate: 0, base: 130_500, amount: 0 }],
          gross: 130_500,
          vatTreatment: 'outside_eu',
        }),
      ),
    );
    expect(text.replace(/\s+/g, ' ')).toContain(OUTSIDE_EU);
    expect(text).not.toContain('Reverse charge');
  });

  it('renders a credit note with negative amounts and the invoice it cancels', async () => {
    const text = textOf(
      await renderInvoicePdf(
        invoice({
          id: 'cn-1',
          kind: 'credit_note',
          number: 'OD-CN-2026-000007',
          issuedAt: '2026-11-20T10:00:00.000Z',
          lines: base.lines.map((line) => ({ ...line, amount: -line.amount })),
          net: -130_500,
          vat: [{ rate: 1900, base: -130_500, amount: -24_795 }],
          gross: -155_295,
          creditNoteOf: { id: 'inv-1', number: 'OD-2026-000042' },
          included: [],
          payment: null,
        }),
      ),
    );
    expect(text).toMatch(/^\s*Credit note$/m);
    expect(text).toMatch(row('Credit note number', 'OD-CN-2026-000007'));
    expect(text).toMatch(row('Issue date', 'Fri 20 Nov 2026'));
    expect(text).toContain('Cancels invoice OD-2026-000042');
    expect(text).toMatch(row('Managed Business plan, October 2026', '1', 'month', 'EUR 990.00', 'EUR -990.00'));
    expect(text).toMatch(row('Net', 'EUR -1,305.00'));
    expect(text).toMatch(row('VAT 19% on EUR -1,305.00', 'EUR -247.95'));
    expect(text).toMatch(row('Gross', 'EUR -1,552.95'));
    // Nothing to pay, nothing covered.
    expect(text).not.toContain('Due date');
    expect(text).not.toContain('IBAN');
    expect(text).not.toContain('Included in the plan');
  });

  it('marks a voided invoice with its credit note', async () => {
    const text = textOf(
      await renderInvoicePdf(
        invoice({ status: 'void', creditNote: { id: 'cn-1', number: 'OD-CN-2026-000007' }, statusNote: 'Wrong plan' }),
      ),
    );
    expect(text).toContain('VOID — cancelled by credit note OD-CN-2026-000007');
  });

  it('continues 90 lines over pages with the header repeated and the totals on the last page', async () => {
    const lines = Array.from({ length: 90 }, (_, index) => ({
      kind: 'call_out',
      description: `Call-out number ${index + 1} to the data centre`,
      quantity: 1,
      unit: 'call-outs',
      unitPrice: 1_000,
      amount: 1_000,
      vatRate: 1900,
    }));
    const text = textOf(
      await renderInvoicePdf(
        invoice({
          lines,
          net: 90_000,
          vat: [{ rate: 1900, base: 90_000, amount: 17_100 }],
          gross: 107_100,
        }),
      ),
    );
    const pages = pagesOf(text);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, index) => {
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
      expect(page).toMatch(row('Description', 'Qty', 'Unit', 'Unit price', 'Amount'));
    });
    expect(text).toContain('Page 1 of');
    for (let n = 1; n <= 90; n++) {
      expect(text).toMatch(new RegExp(`Call-out number ${n} to the data centre\\s+1\\s+call-outs`));
    }
    expect(pages.at(-1)).toMatch(row('Gross', 'EUR 1,071.00'));
    expect(pages.slice(0, -1).join('\f')).not.toContain('Gross');
  });

  it('wraps a long description instead of running into the numbers', async () => {
    const description = `Emergency maintenance ${'of the customer web server cluster '.repeat(4).trim()}`;
    const text = textOf(
      await renderInvoicePdf(invoice({ lines: [{ ...base.lines[0]!, description }], vat: [], gross: 130_500 })),
    );
    // The row's numbers stay in their columns, on the description's first line.
    expect(text).toMatch(/^Emergency maintenance [^\n]*\S\s+1\s+month\s+EUR 990\.00\s+EUR 990\.00$/m);
    // Without the row's numbers, the wrapped lines read as the whole description.
    const words = text.replace(/\s+1\s+month\s+EUR 990\.00\s+EUR 990\.00/, '').replace(/\s+/g, ' ');
    expect(words).toContain(description);
    expect(text.split('\n').filter((line) => line.includes('web server')).length).toBeGreaterThan(1);
  });

  it('draws characters the standard fonts cannot encode as "?"', async () => {
    const render = renderInvoicePdf(
      invoice({
        buyer: { name: 'Łódź Systems 🚀', address: ['ul. Piotrkowska 1', '90-001 Łódź'], country: 'PL', vatId: null },
        lines: [{ ...base.lines[0]!, description: 'Support 中文 line\nnext' }],
      }),
    );
    await expect(render).resolves.toBeInstanceOf(Uint8Array);
    const text = textOf(await render);
    expect(text).toContain('?ód? Systems ?');
    expect(text).toContain('90-001 ?ód?');
    expect(text).toContain('Support ?? line next');
    expect(text).not.toContain('Ł');
  });

  it('is a PDF pdf-lib reads: the pages poppler counts, the title and the issue date as its metadata', async () => {
    for (const subject of [invoice(), ninetyLines()]) {
      const bytes = await renderInvoicePdf(subject);
      const read = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
      expect(read.getPageCount()).toBe(pagesOf(textOf(bytes)).length);
      expect(read.getPages().every((page) => page.getWidth() === 595.28 && page.getHeight() === 841.89)).toBe(true);
      expect(read.getTitle()).toBe('Invoice OD-2026-000042');
      expect(read.getProducer()).toBe('Opsdesk');
      expect(read.getCreationDate()?.toISOString()).toBe(subject.issuedAt);
    }
    expect((await PDFDocument.load(await renderInvoicePdf(ninetyLines()))).getPageCount()).toBeGreaterThan(2);
  });

  it('ends right-aligned figures at their column’s edge, whatever their width', async () => {
    const words = wordsOf(await renderInvoicePdf(ninetyLines()));
    // The figures in the two money columns (not those in sentences: `Please pay EUR …`, `VAT 19% on EUR …`).
    const amounts = words.filter(({ word, xMin }) => /^-?[\d,]+\.\d\d$/.test(word) && xMin > 380);
    // Unit prices end at 455, amounts and totals at the right margin.
    const ends = new Set(amounts.map(({ xMax }) => xMax.toFixed(2)));
    expect([...ends].sort()).toEqual(['455.00', '545.28']);
    expect(amounts.filter(({ xMax }) => xMax.toFixed(2) === '545.28').length).toBeGreaterThanOrEqual(90 + 3);
    // Amounts of different widths: 10.00 and 1,071.00 end at the same x.
    const widths = new Set(amounts.map(({ xMin, xMax }) => (xMax - xMin).toFixed(2)));
    expect(widths.size).toBeGreaterThan(1);
    const quantities = words.filter(({ word, xMin }) => word === '1' && xMin > 250 && xMin < 300);
    expect(quantities).toHaveLength(90);
    expect(new Set(quantities.map(({ xMax }) => xMax.toFixed(2)))).toEqual(new Set(['295.00']));
  });

  it('renders the same invoice to identical bytes', async () => {
    const first = await renderInvoicePdf(invoice());
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const second = await renderInvoicePdf(invoice());
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const other = await renderInvoicePdf(invoice({ number: 'OD-2026-000099' }));
    expect(Buffer.from(other).equals(Buffer.from(first))).toBe(false);
  });
});
