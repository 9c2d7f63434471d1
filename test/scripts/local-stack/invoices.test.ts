import { beforeAll, describe, expect, it } from 'vitest';
import { formatAmount } from '../../../functions/adapters/pdf/invoice-pdf.js';
import { RandomIds } from '../../../functions/adapters/system/random-ids.js';
import type { Invoice } from '../../../shared/billing/invoices.js';
import type { UsageRecord } from '../../../shared/usage/usage-record.js';
import { createTestApi, type TestApi } from '../../support/api.js';
import { type BillingDeps, closeThisPeriod, financeInvoices, pdfText, thisPeriod } from '../../support/billing.js';
import { parseCsv } from '../../support/csv.js';

/**
 * Invoices after a close, in ledger mode (no Stripe): customers list and download theirs, finance
 * voids with a credit note, writes off, records payments, exports and reconciles — through the local
 * API Gateway, the real handlers, the period-close queue (fauxqs) and DynamoDB Local.
 */
let api: TestApi;
let deps: BillingDeps;
let invoiceA: Invoice;
let invoiceB: Invoice;
const ids = new RandomIds();

const usage = (tenantId: string, minutes: number): UsageRecord => ({
  id: `booking-${ids.newId()}`,
  tenantId,
  kind: 'webmaster_minutes',
  quantity: minutes,
  unit: 'minutes',
  occurredAt: new Date().toISOString(),
  sourceId: ids.newId(),
  unitPrice: null,
});
const finance = { persona: 'finance' as const };
const adminA = { persona: 'customer-admin-A' as const };

beforeAll(async () => {
  api = await createTestApi({ queues: true });
  const { createBillingDeps } = await import('../../../functions/billing/wiring.js');
  deps = await createBillingDeps();
  for (const persona of ['customer-admin-A', 'customer-admin-B'] as const) {
    const subscribed = await api.request('POST', '/api/subscription', {
      persona,
      body: { planId: 'webmaster-eighth' },
    });
    expect(subscribed.status).toBe(200);
  }
  await deps.ledger.append([usage(api.tenantA.id, 3000)]);
  expect(await closeThisPeriod(api, deps)).toMatchObject({ invoiced: 2, failed: 0 });
  const invoices = await financeInvoices(api, thisPeriod.id);
  invoiceA = invoices.find((invoice) => invoice.tenantId === api.tenantA.id)!;
  invoiceB = invoices.find((invoice) => invoice.tenantId === api.tenantB.id)!;
});

describe("customers' invoices", () => {
  it('lists only the organisation’s own invoices, without the collection’s internals', async () => {
    const listed = await api.request('GET', '/api/invoices', adminA);
    expect(listed.status).toBe(200);
    expect(listed.json().items.map((invoice: Invoice) => invoice.number)).toEqual([invoiceA.number]);
    expect(listed.json().items[0]).not.toHaveProperty('stripe');
    expect(listed.json().items[0]).not.toHaveProperty('statusNote');
    expect(listed.json().items[0]).toMatchObject({ id: invoiceA.id, status: 'finalized', gross: invoiceA.gross });
    const one = await api.request('GET', `/api/invoices/${invoiceA.id}`, adminA);
    expect(one.json()).toMatchObject({ number: invoiceA.number, lines: invoiceA.lines });
  });

  it('serves the PDF with the number, the parties and the gross, named after the number', async () => {
    const pdf = await api.request('GET', `/api/invoices/${invoiceA.id}.pdf`, adminA);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(`attachment; filename="${invoiceA.number}.pdf"`);
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf.body);
    expect(text).toContain(invoiceA.number);
    expect(text).toContain(invoiceA.seller.vatId);
    expect(text).toContain('Tenant A');
    expect(text).toContain(`Gross ${formatAmount(invoiceA.gross, 'EUR')}`);
    // Finance gets the same document.
    const financePdf = await api.request('GET', `/api/finance/invoices/${invoiceA.id}.pdf`, finance);
    expect(financePdf.body.equals(pdf.body)).toBe(true);
  });

  it('never reveals another organisation’s invoice (404), and members do not see invoices (403)', async () => {
    for (const path of [`/api/invoices/${invoiceA.id}`, `/api/invoices/${invoiceA.id}.pdf`]) {
      const response = await api.request('GET', path, { persona: 'customer-admin-B' });
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toBe('application/problem+json');
    }
    expect((await api.request('GET', '/api/invoices', { persona: 'customer-member-A' })).status).toBe(403);
    expect((await api.request('GET', '/api/invoices/not-an-id.pdf', adminA)).status).toBe(404);
    expect((await api.request('GET', `/api/invoices/${invoiceA.id}.exe`, adminA)).status).toBe(404);
  });
});

describe('finance changes an invoice', () => {
  it('voids with a credit note that mirrors and references it; a void invoice cannot change again', async () => {
    const short = await api.request('POST', `/api/finance/invoices/${invoiceA.id}/void`, {
      ...finance,
      body: { reason: 'x' },
    });
    expect(short.status).toBe(422);
    expect(short.json().errors).toEqual([{ path: 'body.reason', message: 'at least 3 characters' }]);

    const voided = await api.request('POST', `/api/finance/invoices/${invoiceA.id}/void`, {
      ...finance,
      body: { reason: 'Billed the wrong organisation' },
    });
    expect(voided.status).toBe(200);
    const { invoice, creditNote } = voided.json() as { invoice: Invoice; creditNote: Invoice };
    expect(invoice).toMatchObject({
      status: 'void',
      statusNote: 'Billed the wrong organisation',
      creditNote: { id: creditNote.id, number: creditNote.number },
      version: 2,
    });
    expect(creditNote.number).toMatch(/^OD-CN-\d{4}-\d{6}$/);
    expect(creditNote).toMatchObject({
      kind: 'credit_note',
      status: 'finalized',
      creditNoteOf: { id: invoiceA.id, number: invoiceA.number },
      net: -invoiceA.net,
      gross: -invoiceA.gross,
      buyer: invoiceA.buyer,
      servicePeriod: invoiceA.servicePeriod,
    });
    expect(creditNote.lines.map((line) => line.amount)).toEqual(invoiceA.lines.map((line) => -line.amount));
    expect(creditNote.vat.map((vat) => vat.amount)).toEqual(invoiceA.vat.map((vat) => -vat.amount));

    for (const [id, action, body] of [
      [invoiceA.id, 'void', { reason: 'Twice' }],
      [invoiceA.id, 'uncollectible', { reason: 'Gone' }],
      [invoiceA.id, 'payments', { reference: 'SEPA 1' }],
      [creditNote.id, 'void', { reason: 'A credit note' }],
    ] as const) {
      const refused = await api.request('POST', `/api/finance/invoices/${id}/${action}`, { ...finance, body });
      expect(refused.status, `${action} of ${id}`).toBe(409);
    }

    // Both documents: in the period's list in number order, by status, in the CSV, for the customer, as PDFs.
    const numbers = (await financeInvoices(api, thisPeriod.id)).map((listed) => listed.number);
    expect(numbers).toEqual([...numbers].sort());
    expect(numbers).toContain(creditNote.number);
    expect((await financeInvoices(api, thisPeriod.id, 'void')).map((listed) => listed.id)).toEqual([invoiceA.id]);
    const csv = parseCsv(
      (
        await api.request('GET', `/api/finance/invoices?period=${thisPeriod.id}`, {
          ...finance,
          headers: { accept: 'text/csv' },
        })
      ).body.toString('utf8'),
    );
    const header = csv[0] ?? [];
    const row = csv.find((cells) => cells[0] === creditNote.number) ?? [];
    expect(row[header.indexOf('kind')]).toBe('credit_note');
    expect(row[header.indexOf('reference')]).toBe(invoiceA.number);
    expect(row[header.indexOf('gross')]).toBe((-invoiceA.gross / 100).toFixed(2));
    const customer = (await api.request('GET', '/api/invoices', adminA)).json().items as Invoice[];
    expect(customer.map((listed) => listed.kind).sort()).toEqual(['credit_note', 'invoice']);
    const creditPdf = pdfText((await api.request('GET', `/api/invoices/${creditNote.id}.pdf`, adminA)).body);
    expect(creditPdf).toContain(`Cancels invoice ${invoiceA.number}`);
    expect(creditPdf).toContain(formatAmount(-invoiceA.gross, 'EUR'));

    const audit = (await api.request('GET', '/api/audit', adminA)).json().items as { action: string }[];
    expect(audit.map((entry) => entry.action)).toContain('invoice.voided');
  });

  it('records a bank transfer in ledger mode, never ahead of time, once', async () => {
    const path = `/api/finance/invoices/${invoiceB.id}/payments`;
    const future = await api.request('POST', path, {
      ...finance,
      body: { reference: 'SEPA', paidAt: '2099-01-01T00:00:00Z' },
    });
    expect(future.status).toBe(422);
    expect(future.json().errors).toEqual([{ path: 'body.paidAt', message: 'not in the future' }]);
    expect((await api.request('POST', path, { ...finance, body: {} })).json().errors[0].path).toBe('body.reference');
    const paid = await api.request('POST', path, {
      ...finance,
      body: { reference: 'SEPA RF18 5390', paidAt: '2026-01-05T09:30:00+01:00' },
    });
    expect(paid.status).toBe(200);
    expect(paid.json()).toMatchObject({
      status: 'paid',
      paidAt: '2026-01-05T08:30:00.000Z',
      statusNote: 'SEPA RF18 5390',
    });
    expect((await api.request('POST', path, { ...finance, body: { reference: 'again' } })).status).toBe(409);
    expect(
      (await api.request('POST', `/api/finance/invoices/${invoiceB.id}/void`, { ...finance, body: { reason: 'Paid' } }))
        .status,
    ).toBe(409);
    // Stripe has nothing to do with it in ledger mode.
    expect((await api.request('POST', `/api/finance/invoices/${invoiceB.id}/collect`, finance)).status).toBe(409);
  });

  it('fills a page filtered by status: the first match may come after many others', async () => {
    // This month: A's invoice (void), B's (paid) and A's credit note (finalized), in number order.
    const page = async (status: string) =>
      (
        await api.request('GET', `/api/finance/invoices?period=${thisPeriod.id}&status=${status}&limit=1`, finance)
      ).json();
    const finalized = await page('finalized');
    expect(finalized.items.map((listed: Invoice) => listed.kind)).toEqual(['credit_note']);
    expect((await page('paid')).items.map((listed: Invoice) => listed.id)).toEqual([invoiceB.id]);
    expect((await page('uncollectible')).items).toEqual([]);
  });

  it('writes an invoice off, and it can still be paid afterwards', async () => {
    const invoice = await api.addInvoice();
    const off = await api.request('POST', `/api/finance/invoices/${invoice.id}/uncollectible`, {
      ...finance,
      body: { reason: 'Organisation unreachable' },
    });
    expect(off.json()).toMatchObject({ status: 'uncollectible', statusNote: 'Organisation unreachable' });
    const paid = await api.request('POST', `/api/finance/invoices/${invoice.id}/payments`, {
      ...finance,
      body: { reference: 'Late transfer' },
    });
    expect(paid.json()).toMatchObject({ status: 'paid', version: 3 });
  });

  it('gives concurrent voids consecutive credit-note numbers; the same invoice is voided once', async () => {
    const invoices = await Promise.all(Array.from({ length: 8 }, () => api.addInvoice()));
    const voids = await Promise.all(
      [...invoices, invoices[0]!].map((invoice) =>
        api.request('POST', `/api/finance/invoices/${invoice.id}/void`, {
          ...finance,
          body: { reason: 'Duplicate run' },
        }),
      ),
    );
    expect(voids.map((response) => response.status).sort()).toEqual([...Array(8).fill(200), 409]);
    const sequence = voids
      .filter((response) => response.status === 200)
      .map((response) => Number(response.json().creditNote.number.split('-').at(-1)))
      .sort((x, y) => x - y);
    expect(new Set(sequence).size).toBe(8);
    expect(sequence.at(-1)! - sequence[0]!).toBe(7);
  });
});

describe('reconciliation', () => {
  it('flags a voided invoice as not invoiced and usage recorded after the close as a ledger difference', async () => {
    await deps.ledger.append([usage(api.tenantB.id, 1200)]);
    const response = await api.request('GET', `/api/finance/reconciliation?period=${thisPeriod.id}`, finance);
    expect(response.status).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({ periodId: thisPeriod.id, closed: true, collection: 'ledger' });
    const rowOf = (tenantId: string) => report.items.find((row: { tenantId: string }) => row.tenantId === tenantId);
    expect(rowOf(api.tenantA.id)).toMatchObject({
      tenantName: 'Tenant A',
      rated: invoiceA.gross,
      invoice: { number: invoiceA.number, status: 'void', gross: invoiceA.gross },
      stripe: null,
      differences: ['not_invoiced'],
    });
    const b = rowOf(api.tenantB.id);
    expect(b.invoice).toMatchObject({ status: 'paid', gross: invoiceB.gross });
    expect(b.rated).toBeGreaterThan(invoiceB.gross);
    expect(b.differences).toEqual(['ledger_differs']);
  });

  it('flags nothing as not invoiced before a period is closed, and pages by tenant', async () => {
    const response = await api.request('GET', '/api/finance/reconciliation?period=2026-02&limit=1', finance);
    expect(response.json()).toMatchObject({ closed: false, items: [] });
    // Every tenant was created after February: the list is read to its end, not answered with an empty page and a cursor.
    expect(response.json().nextCursor).toBeUndefined();
    const first = await api.request('GET', `/api/finance/reconciliation?period=${thisPeriod.id}&limit=1`, finance);
    expect(first.json().items).toHaveLength(1);
    const second = await api.request(
      'GET',
      `/api/finance/reconciliation?period=${thisPeriod.id}&limit=1&cursor=${first.json().nextCursor}`,
      finance,
    );
    expect(second.json().items[0].tenantId).not.toBe(first.json().items[0].tenantId);
    expect((await api.request('GET', '/api/finance/reconciliation?period=2026-13', finance)).status).toBe(422);
  });
});
