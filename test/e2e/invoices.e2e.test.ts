import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { formatAmount } from '../../functions/adapters/pdf/invoice-pdf.js';
import type { Invoice } from '../../shared/billing/invoices.js';
import {
  E2E_TODAY,
  type E2eStack,
  mainNav,
  openFromNav,
  stackAndBrowserFixture,
  statusTexts,
  UI_TIMEOUT_MS,
} from '../support/e2e.js';
import { startLocalStackProcess } from '../support/local-stack-process.js';

// Invoices need a month that ended while Demo Verein existed. The stack's clock starts at CLOCK_START, and its
// start-up job closes the previous month: so it is started first in the middle of a month M two months before
// E2E_TODAY's (the seed creates Demo Verein then), stopped, and started again on the same data dir early in
// E2E_TODAY's month, which closes M+1 and leaves M open — for finance to close here. The browser's clock is the
// stack's (the fixture installs it), so M is among the months the page offers: the twelve before the current one.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The first instant of the UTC month `back` months before E2E_TODAY's. */
const monthStart = (back: number) => Date.UTC(E2E_TODAY.getUTCFullYear(), E2E_TODAY.getUTCMonth() - back, 1);
const monthIdOf = (time: number) => new Date(time).toISOString().slice(0, 7);

/** Closed by finance in the first test. */
const PERIOD = monthIdOf(monthStart(2));
/** Closed at start-up; voided in the third test, so no test depends on what another did. */
const NEXT_PERIOD = monthIdOf(monthStart(1));
const FIRST_CLOCK_START = new Date(monthStart(2) + 14 * DAY + 12 * HOUR).toISOString();
const SECOND_CLOCK_START = new Date(monthStart(0) + HOUR).toISOString();

const dataDir = mkdtempSync(join(tmpdir(), 'opsdesk-e2e-invoices-'));
const downloads = mkdtempSync(join(tmpdir(), 'opsdesk-e2e-invoice-pdfs-'));
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(downloads, { recursive: true, force: true });
});

const startStack = async (): Promise<E2eStack> => {
  const first = await startLocalStackProcess({ CLOCK_START: FIRST_CLOCK_START }, { dataDir });
  await first.stop();
  return startLocalStackProcess({ CLOCK_START: SECOND_CLOCK_START }, { dataDir });
};

const e2e = stackAndBrowserFixture({ startStack, timeoutMs: 240_000 });
const { signIn } = e2e;

/** A call of the stack's API as a seeded user (dev identity provider): to know what the pages should show. */
const apiCall = async <T>(email: string, method: string, path: string): Promise<{ status: number; body: T }> => {
  const login = await fetch(`${e2e.stack.url}/auth/dev/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  const { token } = (await login.json()) as { token: string };
  const response = await fetch(`${e2e.stack.url}${path}`, { method, headers: { Authorization: `Bearer ${token}` } });
  return { status: response.status, body: (await response.json()) as T };
};
const apiGet = async <T>(email: string, path: string): Promise<T> => {
  const { status, body } = await apiCall<T>(email, 'GET', path);
  expect(status).toBe(200);
  return body;
};

/** Demo Verein's invoice of `period`, once the period's close has written it (the close runs on a queue). */
const invoiceOf = async (period: string): Promise<Invoice> => {
  let found: Invoice | undefined;
  await expect
    .poll(
      async () => {
        const { items } = await apiGet<{ items: Invoice[] }>(
          'finance@opsdesk.local',
          `/api/finance/invoices?period=${period}`,
        );
        found = items.find((item) => item.kind === 'invoice' && item.buyer.name === 'Demo Verein');
        return found !== undefined;
      },
      { timeout: UI_TIMEOUT_MS, interval: 250 },
    )
    .toBe(true);
  return found as Invoice;
};

/** PERIOD's invoice, closing the period through the API first if the first test has not (run on its own). */
const periodInvoice = async (): Promise<Invoice> => {
  const close = await apiCall<unknown>('finance@opsdesk.local', 'POST', `/api/finance/periods/${PERIOD}/close`);
  expect([200, 202, 409]).toContain(close.status);
  return invoiceOf(PERIOD);
};

const monthSelect = (page: Page) => page.getByLabel('Month', { exact: true });
const chosenMonth = async (page: Page) => (await monthSelect(page).locator('option:checked').textContent()) ?? '';
const invoiceRow = (page: Page, number: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${number}\\b`) }) });

/** Clicks the button that downloads `number`'s PDF, saves the file and returns its text as pdftotext reads it. */
const downloadPdfText = async (page: Page, number: string, scope = page.locator('body')) => {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    scope.getByRole('button', { name: `Download PDF of ${number}`, exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${number}.pdf`);
  const file = join(downloads, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  return execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
};

describe('invoices in a real browser', () => {
  it('lets finance close a past month, open its invoice and download the PDF', async () => {
    const page = await e2e.browser.newPage();
    await signIn(page, 'finance@opsdesk.local');
    await openFromNav(page, 'Billing periods', '/finance/periods');
    await monthSelect(page).selectOption(PERIOD);
    await page.waitForURL(`**/finance/periods?period=${PERIOD}`);
    const month = await chosenMonth(page);

    // The start-up close took the month after; this one is still open.
    await expect.poll(() => statusTexts(page)).toContainEqual(`${month} is not closed yet.`);
    // Periods are UTC months; the page says so, and where the month starts on the staff member's clock.
    expect(await page.getByText('Periods are calendar months in UTC.').count()).toBe(1);

    // Closing asks first, saying what it does; backing out closes nothing.
    await page.getByRole('button', { name: `Close ${month}`, exact: true }).click();
    const question = page.getByRole('group', { name: new RegExp(`^Close ${month}\\?`) });
    expect(await question.textContent()).toContain('this cannot be undone');
    await page.screenshot({ path: 'test-results/finance-periods-confirm-1280.png', fullPage: true });
    await question.getByRole('button', { name: 'Keep it open', exact: true }).click();
    await expect.poll(() => statusTexts(page)).toContainEqual(`${month} is not closed yet.`);
    const notClosed = await apiCall<unknown>('finance@opsdesk.local', 'GET', `/api/finance/periods/${PERIOD}`);
    expect(notClosed.status).toBe(404);

    // Confirmed: it closes, and says what came of it.
    await page.getByRole('button', { name: `Close ${month}`, exact: true }).click();
    await page.getByRole('button', { name: `Yes, close ${month}`, exact: true }).click();
    await expect.poll(() => statusTexts(page)).toContainEqual('Closed: invoiced 1, skipped 0, failed 0 of 1 tenant.');
    await expect
      .poll(() => statusTexts(page))
      .toContainEqual(`${month} is closed: 1 invoice issued. The invoices are listed below.`);

    // The close's invoice is listed as soon as it has finished.
    const page1 = await apiGet<{ items: Invoice[] }>('finance@opsdesk.local', `/api/finance/invoices?period=${PERIOD}`);
    expect(page1.items).toHaveLength(1);
    const invoice = page1.items[0]!;
    expect(invoice).toMatchObject({ kind: 'invoice', status: 'finalized', periodId: PERIOD, stripe: null });
    expect(invoice.buyer.name).toBe('Demo Verein');
    expect(invoice.gross).toBeGreaterThan(0);
    // The seller from the stage's configuration, the due date from its terms, and the plan's allowances.
    expect(invoice.seller).toMatchObject({ vatId: 'DE293815472', email: 'billing@opsdesk.example' });
    expect(invoice.payment?.termsDays).toBe(14);
    expect(Date.parse(invoice.payment?.dueAt ?? '') - Date.parse(invoice.issuedAt)).toBe(14 * DAY);
    expect(invoice.included.length).toBeGreaterThan(0);
    const row = invoiceRow(page, invoice.number);
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('Demo Verein');
    expect(await row.getByText('Finalized', { exact: true }).count()).toBe(1);

    // The status filter asks the server again: no paid invoice yet, and the URL keeps the choice.
    const status = page.getByLabel('Status', { exact: true });
    await status.selectOption('paid');
    await page.waitForURL(`**/finance/periods?period=${PERIOD}&status=paid`);
    await expect.poll(() => page.getByText(`No paid invoices for ${month}.`, { exact: true }).count()).toBe(1);
    await status.selectOption('');
    await expect.poll(() => row.count()).toBe(1);
    await page.screenshot({ path: 'test-results/finance-periods-1280.png', fullPage: true });
    await page.setViewportSize({ width: 375, height: 812 });
    await page.screenshot({ path: 'test-results/finance-periods-375.png', fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });

    // Its page: parties, totals, status, ledger billing, and the actions a finalized invoice allows.
    await row.getByRole('link', { name: invoice.number, exact: true }).click();
    await page.waitForURL(`**/finance/invoices/${invoice.id}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(`Invoice ${invoice.number}`);
    expect(await page.getByRole('region', { name: 'Buyer' }).textContent()).toContain('Demo Verein');
    expect(await page.getByRole('region', { name: 'Seller' }).textContent()).toContain('Opsdesk Managed Services');
    expect(await page.getByRole('region', { name: 'Collection' }).textContent()).toContain(
      'Ledger billing: payments are recorded here.',
    );
    const actions = page.getByRole('region', { name: 'Actions' });
    for (const name of ['Record payment', 'Mark uncollectible', 'Void invoice']) {
      expect(await actions.getByRole('button', { name, exact: true }).count()).toBe(1);
    }
    expect(await actions.getByRole('button', { name: 'Send to Stripe again' }).count()).toBe(0);
    // How to pay, and what the plan covered at no charge.
    const payment = await page.getByRole('region', { name: 'Payment' }).textContent();
    for (const part of ['Due date', '14 days net', 'DE89 1005 0000 0612 3456 78', 'BELADEBEXXX', invoice.number]) {
      expect(payment).toContain(part);
    }
    const lines = page.getByRole('table', { name: `Lines of ${invoice.number}` });
    expect(await lines.getByRole('rowheader', { name: 'Included in the plan, at no charge' }).count()).toBe(1);
    expect(await lines.textContent()).toContain(invoice.included[0]!.description);
    await page.screenshot({ path: 'test-results/finance-invoice-1280.png', fullPage: true });
    await page.setViewportSize({ width: 375, height: 812 });
    await page.screenshot({ path: 'test-results/finance-invoice-375.png', fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });

    const text = await downloadPdfText(page, invoice.number, actions);
    expect(text).toContain(invoice.number);
    expect(text).toContain(formatAmount(invoice.gross, 'EUR'));
    expect(text).toContain('Demo Verein');
    // The seller of the dev stage, the due date and bank account, the included lines at EUR 0.00.
    for (const part of ['Friedrichstraße 123', '10117 Berlin', 'VAT ID DE293815472', 'DE89 1005 0000 0612 3456 78']) {
      expect(text).toContain(part);
    }
    expect(text).toMatch(/Due date\s+\w{3} \d{1,2} \w{3} \d{4}/);
    expect(text).toMatch(
      new RegExp(`${invoice.included[0]!.description}\\s+\\d+\\s+of [^\\n]*EUR 0\\.00\\s+EUR 0\\.00`),
    );
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  });

  it('shows the customer admin the invoice, as a PDF too', async () => {
    const invoice = await periodInvoice();
    const page = await e2e.browser.newPage();
    await signIn(page, 'owner@demo.example');
    expect(await mainNav(page).getByRole('link', { name: 'Reconciliation', exact: true }).count()).toBe(0);
    await openFromNav(page, 'Invoices', '/invoices');

    // The month after was invoiced at start-up: both are listed, newest period first.
    const row = invoiceRow(page, invoice.number);
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getByText('Finalized', { exact: true }).count()).toBe(1);
    const rows = await page.getByRole('rowheader').allTextContents();
    expect(rows.at(-1)).toBe(invoice.number);

    const text = await downloadPdfText(page, invoice.number, row);
    expect(text).toContain(invoice.number);
    expect(text).toContain(formatAmount(invoice.gross, 'EUR'));
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  });

  it('lets finance void an invoice with a reason, and links the credit note both ways', async () => {
    const invoice = await invoiceOf(NEXT_PERIOD);
    const page = await e2e.browser.newPage();
    await signIn(page, 'finance@opsdesk.local');
    await page.goto(`${e2e.stack.url}/finance/invoices/${invoice.id}`);
    const actions = page.getByRole('region', { name: 'Actions' });
    await actions.getByRole('button', { name: 'Void invoice', exact: true }).click();

    // The form is the confirmation: it says what voiding does; a reason is required, and said so at its field.
    const form = page.getByRole('form', { name: `Void ${invoice.number}` });
    const intro = (await form.textContent()) ?? '';
    expect(intro).toContain('a credit note over');
    expect(intro).toContain('This cannot be undone.');
    // Backing out voids nothing.
    await form.getByRole('button', { name: 'Keep the invoice', exact: true }).click();
    expect(await form.count()).toBe(0);
    expect(await apiGet<Invoice>('finance@opsdesk.local', `/api/finance/invoices/${invoice.id}`)).toMatchObject({
      status: 'finalized',
    });
    await actions.getByRole('button', { name: 'Void invoice', exact: true }).click();
    const reason = form.getByLabel('Reason', { exact: true });
    await form.getByRole('button', { name: `Void ${invoice.number}`, exact: true }).click();
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await reason.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ').at(-1)}"]`).textContent()).toBe(
      'Give a reason of at least 3 characters.',
    );

    await reason.fill('Billed the wrong month');
    await form.getByRole('button', { name: `Void ${invoice.number}`, exact: true }).click();
    await expect
      .poll(() => statusTexts(page))
      .toContainEqual(
        expect.stringMatching(new RegExp(`^${invoice.number} is void\\. Credit note OD-CN-\\d{4}-\\d{6}`)),
      );
    expect(await page.getByRole('region', { name: 'Status' }).textContent()).toContain('Billed the wrong month');
    expect(await actions.getByRole('button', { name: 'Void invoice' }).count()).toBe(0);

    // The notice links the credit note; it names the invoice it cancels.
    await page
      .getByRole('status')
      .getByRole('link', { name: /^OD-CN-\d{4}-\d{6}$/ })
      .click();
    await page.waitForURL((url) => url.pathname.startsWith('/finance/invoices/') && !url.pathname.endsWith(invoice.id));
    const heading = page.getByRole('heading', { level: 1 });
    await expect.poll(() => heading.textContent()).toMatch(/^Credit note OD-CN-\d{4}-\d{6}$/);
    const creditNoteNumber = ((await heading.textContent()) ?? '').replace('Credit note ', '');
    await page.getByRole('link', { name: invoice.number, exact: true }).first().click();
    await page.waitForURL(`**/finance/invoices/${invoice.id}`);
    await expect.poll(() => page.getByText(`Cancelled by credit note ${creditNoteNumber}.`).count()).toBe(1);

    // In the month's list the credit note is marked, and names what it cancels.
    await page.goto(`${e2e.stack.url}/finance/periods?period=${NEXT_PERIOD}`);
    const creditNoteRow = invoiceRow(page, creditNoteNumber);
    await expect.poll(() => creditNoteRow.count()).toBe(1);
    expect(await creditNoteRow.textContent()).toContain(`Cancels ${invoice.number}`);
    expect(await creditNoteRow.getByText('Credit note', { exact: true }).count()).toBe(1);
    expect(await invoiceRow(page, invoice.number).getByText('Void', { exact: true }).count()).toBe(1);

    // Reconciliation: the ledger still rates the month, and nothing valid invoices it now.
    await openFromNav(page, 'Reconciliation', '/finance/reconciliation');
    await monthSelect(page).selectOption(NEXT_PERIOD);
    await expect.poll(() => page.getByText('1 of 1 tenant needs attention.', { exact: true }).count()).toBe(1);
    const tenantRow = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Demo Verein' }) });
    expect(await tenantRow.getByRole('list', { name: 'Differences for Demo Verein' }).textContent()).toBe(
      'Not invoiced',
    );
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  });
});
