import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mainNav, openFromNav, stackAndBrowserFixture, statusTexts } from '../support/e2e.js';

// The local stack seeds owner@demo.example as the admin of Demo Verein on the eighth-webmaster plan (20 hours,
// 30 task runs, no call-outs included), created at start-up: nothing is used yet. Its monthly job closes the previous
// month at start-up too, which may or may not have finished when the page is opened. finance@opsdesk.local closes
// periods.
const e2e = stackAndBrowserFixture();

const { signIn } = e2e;

/** `YYYY-MM` of the UTC month `back` months before this one: billing periods are calendar months in UTC. */
const monthId = (back: number): string => {
  const now = new Date();
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
  return `${month.getUTCFullYear()}-${String(month.getUTCMonth() + 1).padStart(2, '0')}`;
};

/** The month select, and the label of the month chosen in it ("July 2025", in the browser's locale). */
const monthSelect = (page: Page) => page.getByLabel('Month', { exact: true });
const chosenMonth = async (page: Page) => (await monthSelect(page).locator('option:checked').textContent()) ?? '';

describe('usage and billing periods in a real browser', () => {
  it('shows a customer admin the allowances of this month and that nothing is recorded yet', async () => {
    const page = await e2e.browser.newPage();
    await signIn(page, 'owner@demo.example');
    expect(await mainNav(page).getByRole('link', { name: 'Billing periods', exact: true }).count()).toBe(0);
    await openFromNav(page, 'Usage', '/usage');

    // This month and the eleven before it, newest first, this month chosen.
    await expect.poll(() => monthSelect(page).locator('option').count()).toBe(12);
    expect(await monthSelect(page).inputValue()).toBe(monthId(0));
    const month = await chosenMonth(page);

    // The three allowances: bars against what the plan includes (prorated from today), and call-outs billed per use.
    const webmaster = page.getByRole('meter', { name: /^Webmaster hours: 0 of [\d.,]+ used$/ });
    await expect.poll(() => webmaster.count()).toBe(1);
    expect(await page.getByRole('meter', { name: /^Task runs: 0 of [\d.,]+ used$/ }).count()).toBe(1);
    expect(await page.getByText('Emergency call-outs: 0 used — billed per use', { exact: true }).count()).toBe(1);

    const estimate = page.getByRole('region', { name: 'Estimate so far' });
    expect(await estimate.textContent()).toContain('Before VAT; the invoice is made when the month is closed.');
    expect(await page.getByText(`No usage recorded in ${month} yet.`, { exact: true }).count()).toBe(1);
    expect(await page.getByRole('alert').count()).toBe(0);

    // Another month is another request; the URL keeps the choice.
    await monthSelect(page).selectOption(monthId(1));
    await page.waitForURL(`**/usage?period=${monthId(1)}`);
    await expect.poll(() => page.getByRole('region', { name: 'Estimate', exact: true }).count()).toBe(1);
    expect(await page.getByText(`No usage recorded in ${await chosenMonth(page)} yet.`).count()).toBe(1);
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
      .poll(() => statusTexts(page), { timeout: 15_000 })
      .toContainEqual(expect.stringMatching(/^Closed: invoiced \d+, skipped \d+, failed 0 of \d+ tenants?\.$/));
    const close = page.getByRole('region', { name: `Close of ${month}` });
    expect(await close.getByText('Closed', { exact: true }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Close again to retry failed tenants' }).count()).toBe(0);

    // Demo Verein was created this month: nothing to invoice for the previous one.
    await expect.poll(() => page.getByText(`No invoices for ${month}.`, { exact: true }).count()).toBe(1);
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  });
});
