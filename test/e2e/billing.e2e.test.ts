import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { E2E_TODAY, mainNav, openFromNav, stackAndBrowserFixture, statusTexts } from '../support/e2e.js';

// The local stack seeds owner@demo.example as the admin of Demo Verein on the eighth-webmaster plan (20 hours,
// 30 task runs, no call-outs included), created at start-up: nothing is used yet. Its monthly job closes the previous
// month at start-up too, which may or may not have finished when the page is opened. finance@opsdesk.local closes
// periods.
const e2e = stackAndBrowserFixture();

const { signIn } = e2e;

/** `YYYY-MM` of the UTC month `back` months before the stack's (E2E_TODAY's): billing periods are UTC months. */
const monthId = (back: number): string => {
  const month = new Date(Date.UTC(E2E_TODAY.getUTCFullYear(), E2E_TODAY.getUTCMonth() - back, 1));
  return `${month.getUTCFullYear()}-${String(month.getUTCMonth() + 1).padStart(2, '0')}`;
};

/** The month select, and the label of the month chosen in it ("July 2025", in the browser's locale). */
const monthSelect = (page: Page) => page.getByLabel('Month', { exact: true });
const chosenMonth = async (page: Page) => (await monthSelect(page).locator('option:checked').textContent()) ?? '';

/** The invoice address form on the subscription page, and its fields by label. */
const addressForm = (page: Page) => page.getByRole('form', { name: 'Change the invoice address' });
const addressField = (page: Page, label: string) => addressForm(page).getByLabel(label, { exact: true });
const VAT_LABEL = 'VAT number (optional)';

/** The texts a control's aria-describedby points at: its hint and its error. */
const descriptionOf = async (page: Page, label: string): Promise<string> => {
  const ids = (await addressField(page, label).getAttribute('aria-describedby'))?.split(' ') ?? [];
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
  return texts.join(' ');
};

describe('usage and billing periods in a real browser', () => {
  it('shows a customer admin the allowances of this month and that only the demo monitors are recorded yet', async () => {
    const page = await e2e.browser.newPage();
    await signIn(page, 'owner@demo.example');
    expect(await mainNav(page).getByRole('link', { name: 'Billing periods', exact: true }).count()).toBe(0);
    await openFromNav(page, 'Usage', '/usage');

    // This month and the eleven before it, newest first, this month chosen.
    await expect.poll(() => monthSelect(page).locator('option').count()).toBe(12);
    expect(await monthSelect(page).inputValue()).toBe(monthId(0));
    const month = await chosenMonth(page);

    // The three allowances: bars against what the plan includes (prorated from today), and call-outs billed per use.
    const webmaster = page.getByRole('meter', { name: /^Webmaster time: 0 min of (\d+ h)?( ?\d+ min)? used$/ });
    await expect.poll(() => webmaster.count()).toBe(1);
    expect(await page.getByRole('meter', { name: /^Task runs: 0 of [\d.,]+ used$/ }).count()).toBe(1);
    expect(await page.getByText('Emergency call-outs: 0 used — billed per use', { exact: true }).count()).toBe(1);

    const estimate = page.getByRole('region', { name: 'Estimate so far' });
    expect(await estimate.textContent()).toContain('Before VAT; the invoice is made when the month is closed, at');
    // The seeded monitors are watched from the start: each is a monitor-month of this month (the heartbeat's at once,
    // the health check's with its first result); nothing else is recorded.
    const records = page.getByRole('table', { name: `Usage records of ${month}, oldest first` });
    await expect.poll(() => records.getByRole('row', { name: /Monitor/ }).count()).toBeGreaterThan(0);
    expect(await records.textContent()).toContain('1 monitor-month');
    expect(await records.getByRole('row', { name: /Webmaster|Task run|Call-out/ }).count()).toBe(0);
    // Each record says what it is (the monitor's name), in the organisation's zone — never an id.
    expect(await page.getByRole('heading', { name: /times in Europe\/Berlin/ }).count()).toBe(1);
    expect(await page.locator('main').innerText()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(await page.getByRole('alert').count()).toBe(0);

    // Another month is another request; the URL keeps the choice.
    await monthSelect(page).selectOption(monthId(1));
    await page.waitForURL(`**/usage?period=${monthId(1)}`);
    await expect.poll(() => page.getByRole('region', { name: 'Estimate', exact: true }).count()).toBe(1);
    expect(await page.getByText(`No usage recorded in ${await chosenMonth(page)} yet.`).count()).toBe(1);
    await page.close();
  });

  it('keeps the invoice address the owner saves, and shows a VAT number of another country at its field', async () => {
    const page = await e2e.browser.newPage();
    await signIn(page, 'owner@demo.example');
    await openFromNav(page, 'Subscription', '/subscription');

    // Nothing set yet: invoices go to the organisation's name.
    await expect.poll(() => addressForm(page).count()).toBe(1);
    expect(await page.getByRole('region', { name: 'Invoice address' }).textContent()).toContain(
      'No invoice address yet: until one is set, invoices are made out to Demo Verein',
    );
    expect(await addressField(page, 'Country').inputValue()).toBe('');

    await addressField(page, 'Legal name').fill('Demo Verein Wien');
    await addressField(page, 'Address').fill('Mariahilfer Straße 1\n2. Stock');
    await addressField(page, 'Postal code').fill('1060');
    await addressField(page, 'City').fill('Wien');
    await addressField(page, 'Country').selectOption('AT');
    await addressField(page, VAT_LABEL).fill('atu 12345678');
    await page.getByRole('button', { name: 'Save invoice address' }).click();
    await expect
      .poll(() => statusTexts(page))
      .toContainEqual(expect.stringContaining('Invoice address saved. The next invoices are made out to it.'));
    // As the server keeps it: the VAT number without spaces, in capitals.
    expect(await addressField(page, VAT_LABEL).inputValue()).toBe('ATU12345678');
    expect(await page.getByText('No invoice address yet', { exact: false }).count()).toBe(0);

    await page.reload();
    await expect.poll(() => addressField(page, 'Legal name').inputValue()).toBe('Demo Verein Wien');
    expect(await addressField(page, 'Address').inputValue()).toBe('Mariahilfer Straße 1\n2. Stock');
    expect(await addressField(page, 'Postal code').inputValue()).toBe('1060');
    expect(await addressField(page, 'City').inputValue()).toBe('Wien');
    expect(await addressField(page, 'Country').inputValue()).toBe('AT');
    expect(await addressField(page, VAT_LABEL).inputValue()).toBe('ATU12345678');
    expect(await page.getByText('No invoice address yet', { exact: false }).count()).toBe(0);

    // An Austrian VAT number for a German address: refused, and said at the VAT number.
    await addressField(page, 'Country').selectOption('DE');
    await page.getByRole('button', { name: 'Save invoice address' }).click();
    const vat = addressField(page, VAT_LABEL);
    await expect.poll(() => vat.getAttribute('aria-invalid')).toBe('true');
    expect(await descriptionOf(page, VAT_LABEL)).toContain('Enter a VAT number of DE, starting with DE.');
    expect(await addressField(page, 'Country').getAttribute('aria-invalid')).toBeNull();
    expect(await page.getByRole('alert').allTextContents()).toEqual([
      'The invoice address was not saved: correct the fields marked above.',
    ]);
    expect((await statusTexts(page)).some((text) => text.includes('Invoice address saved'))).toBe(false);

    // Nothing was saved: the Austrian address is still the one on file.
    await page.reload();
    await expect.poll(() => addressField(page, 'Country').inputValue()).toBe('AT');
    await page.close();
  });

  it('shows finance the previous month closed, with its invoices', async () => {
    const page = await e2e.browser.newPage();
    await signIn(page, 'finance@opsdesk.local');
    expect(await mainNav(page).getByRole('link', { name: 'Usage', exact: true }).count()).toBe(0);
    await openFromNav(page, 'Billing periods', '/finance/periods');

    // Only months that have ended: the twelve before this one.
    await expect.poll(() => monthSelect(page).locator('option').count()).toBe(12);
    await monthSelect(page).selectOption(monthId(1));
    const month = await chosenMonth(page);

    // The start-up close has either finished, or the month is not closed yet and closing it here finishes it.
    const closeButton = page.getByRole('button', { name: `Close ${month}`, exact: true });
    const isClosed = async () => (await statusTexts(page)).some((text) => text.startsWith('Closed: '));
    await expect.poll(async () => (await isClosed()) || (await closeButton.count()) === 1).toBe(true);
    if (!(await isClosed())) await closeButton.click();

    await expect
      .poll(() => statusTexts(page))
      .toContainEqual(expect.stringMatching(/^Closed: invoiced \d+, skipped \d+, failed 0 of \d+ tenants?\.$/));
    const close = page.getByRole('region', { name: `Close of ${month}` });
    expect(await close.getByText('Closed', { exact: true }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Close again to retry failed tenants' }).count()).toBe(0);

    // Demo Verein was created this month: nothing to invoice for the previous one, so nothing to download either.
    await expect.poll(() => page.getByText(`No invoices for ${month}.`, { exact: true }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /^Download CSV/ }).count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  });
});
