import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { E2E_TODAY, type E2eStack, openFromNav, stackAndBrowserFixture, statusTexts } from '../support/e2e.js';
import { startLocalStackProcess } from '../support/local-stack-process.js';

// The local stack has no Stripe key: ledger billing, so a plan is active as soon as it is chosen.
// Demo Verein needs an invoice of last month (the usage page links it): as in invoices.e2e.test.ts, the stack is
// started first in the middle of last month (the seed creates Demo Verein then), stopped, and started again on the
// same data dir at E2E_TODAY, whose start-up job closes last month.
const DAY = 86_400_000;
const monthStart = (back: number) => Date.UTC(E2E_TODAY.getUTCFullYear(), E2E_TODAY.getUTCMonth() - back, 1);
const LAST_MONTH = new Date(monthStart(1)).toISOString().slice(0, 7);
const dataDir = mkdtempSync(join(tmpdir(), 'opsdesk-e2e-subscription-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const startStack = async (): Promise<E2eStack> => {
  const first = await startLocalStackProcess(
    { CLOCK_START: new Date(monthStart(1) + 14 * DAY + 12 * 3_600_000).toISOString() },
    { dataDir },
  );
  await first.stop();
  return startLocalStackProcess({ CLOCK_START: E2E_TODAY.toISOString() }, { dataDir });
};
const e2e = stackAndBrowserFixture({ startStack, timeoutMs: 240_000 });

/** This month's days, and those from E2E_TODAY's UTC date to its end: what a plan chosen today is charged for. */
const PERIOD_DAYS = (monthStart(-1) - monthStart(0)) / DAY;
const DAYS_LEFT = PERIOD_DAYS - (E2E_TODAY.getUTCDate() - 1);
/** `fee × days ÷ period days`, rounded half up: the invoice's rule. */
const prorated = (fee: number) => Math.floor((fee * DAYS_LEFT * 2 + PERIOD_DAYS) / (2 * PERIOD_DAYS));
/** Cents as the page writes money: the browser's locale, always with cents. */
const money = (page: Page, cents: number) =>
  page.evaluate(
    (amount) => new Intl.NumberFormat(undefined, { style: 'currency', currency: 'EUR' }).format(amount),
    cents / 100,
  );
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-/;

const planCard = (page: Page, name: string) => page.getByRole('article', { name });
const planHeading = (page: Page) => page.getByRole('heading', { level: 2 }).first().textContent();
const planButtons = (page: Page) => page.getByRole('button', { name: /^(Choose|Switch to) this plan/ });

describe('choosing and changing a plan in a real browser (ledger billing)', () => {
  it('lets the admin choose and upgrade a plan, and shows it read-only to a member', async () => {
    const admin = 'jonas@gartenfreunde.example';
    const member = 'mia@gartenfreunde.example';
    const eighth = 'Webmaster share — an eighth';
    const quarter = 'Webmaster share — a quarter';
    const page = await e2e.browser.newPage();

    await page.goto(`${e2e.stack.url}/signup`);
    await page.getByLabel('Organisation').fill('Gartenfreunde Süd');
    await page.getByLabel('Your name').fill('Jonas Grün');
    await page.getByLabel('E-mail').fill(admin);
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await page.waitForURL('**/dashboard');

    // No plan yet: the subscription page invites the admin to choose one.
    await openFromNav(page, 'Subscription', '/subscription');
    await expect.poll(() => page.locator('.empty').textContent()).toContain('has not chosen a plan yet');

    await openFromNav(page, 'Plans', '/plans');
    const choose = planCard(page, eighth).getByRole('button', { name: /^Choose this plan/ });
    await expect.poll(() => choose.count()).toBe(1);

    // Choosing asks first: the price, what this month's invoice charges (from today, pro rata) and when.
    await choose.click();
    const confirmation = planCard(page, eighth).getByRole('region', { name: `Choose ${eighth}?` });
    await expect.poll(() => confirmation.count()).toBe(1);
    const asked = (await confirmation.textContent()) ?? '';
    expect(asked).toContain(`${await money(page, 119_000)} per month, before VAT`);
    expect(asked).toContain(`${await money(page, prorated(119_000))} for ${DAYS_LEFT} of ${PERIOD_DAYS} days of`);
    expect(asked).toMatch(/Takes effect\s*Now \(/);
    expect(asked).toContain('is closed, on');
    await page.screenshot({ path: 'test-results/billing-plan-confirm-1280.png', fullPage: true });
    await page.setViewportSize({ width: 375, height: 812 });
    await page.screenshot({ path: 'test-results/billing-plan-confirm-375.png', fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
    // Cancelling changes nothing.
    await confirmation.getByRole('button', { name: /^Cancel/ }).click();
    await expect.poll(() => confirmation.count()).toBe(0);
    expect(page.url()).toMatch(/\/plans$/);
    await openFromNav(page, 'Subscription', '/subscription');
    await expect.poll(() => page.locator('.empty').textContent()).toContain('has not chosen a plan yet');
    await openFromNav(page, 'Plans', '/plans');
    await expect.poll(() => choose.count()).toBe(1);
    await choose.click();
    await confirmation.getByRole('button', { name: `Confirm: Choose ${eighth}` }).click();

    await page.waitForURL(/\/subscription\?changed=webmaster-eighth$/);
    await expect.poll(() => planHeading(page)).toBe(eighth);
    expect(await statusTexts(page)).toContainEqual(`Done: ${eighth} is your plan from now on.`);
    await page.screenshot({ path: 'test-results/billing-subscription-1280.png', fullPage: true });
    const hours = page.getByRole('meter', { name: /^Webmaster time: / });
    await expect.poll(() => hours.count()).toBe(1);
    expect(await page.getByLabel('Webmaster time: 0 min of 20 h used', { exact: true }).count()).toBe(1);
    expect(await page.getByText('Active', { exact: true }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Change plan' }).count()).toBe(1);
    // Ledger billing: there is no Stripe portal to offer.
    expect(await page.getByRole('button', { name: 'Manage payment methods' }).count()).toBe(0);

    // The quarter is worth more a month: an upgrade, in force at once; the eighth is now "Your plan".
    await page.getByRole('link', { name: 'Change plan' }).click();
    await page.waitForURL('**/plans');
    const switchTo = planCard(page, quarter).getByRole('button', { name: /^Switch to this plan/ });
    await expect.poll(() => switchTo.count()).toBe(1);
    expect(await planCard(page, quarter).textContent()).toContain('Upgrade: takes effect now');
    expect(await planCard(page, eighth).getByText('Your plan', { exact: true }).count()).toBe(1);
    expect(await planCard(page, eighth).getByRole('button').count()).toBe(0);
    expect(await planCard(page, 'On demand').textContent()).toContain('Downgrade: takes effect on');
    await switchTo.click();
    const upgrade = planCard(page, quarter).getByRole('region', { name: `Switch to ${quarter}?` });
    await expect.poll(() => upgrade.count()).toBe(1);
    expect(await upgrade.textContent()).toContain(
      `${await money(page, prorated(229_000))} for ${DAYS_LEFT} of ${PERIOD_DAYS} days of`,
    );
    await upgrade.getByRole('button', { name: `Confirm: Switch to ${quarter}` }).click();

    await page.waitForURL(/\/subscription\?changed=webmaster-quarter$/);
    await expect.poll(() => planHeading(page)).toBe(quarter);
    expect(await statusTexts(page)).toContainEqual(`Done: ${quarter} is your plan from now on.`);
    expect(await page.getByLabel('Webmaster time: 0 min of 40 h used', { exact: true }).count()).toBe(1);
    expect(await page.getByText(/^Changes to /).count()).toBe(0);

    // A downgrade waits for the end of the period, and keeping the current plan cancels it.
    await openFromNav(page, 'Plans', '/plans');
    const downgrade = planCard(page, 'On demand').getByRole('button', { name: /^Switch to this plan/ });
    await expect.poll(() => downgrade.count()).toBe(1);
    await downgrade.click();
    const downgrading = planCard(page, 'On demand').getByRole('region', { name: 'Switch to On demand?' });
    await expect.poll(() => downgrading.count()).toBe(1);
    expect(await downgrading.textContent()).toContain('when this billing period ends');
    expect(await downgrading.textContent()).toContain(`Nothing for On demand: ${quarter} stays until then.`);
    await downgrading.getByRole('button', { name: 'Confirm: Switch to On demand' }).click();
    await page.waitForURL(/\/subscription\?changed=on-demand$/);
    await expect.poll(() => page.getByText(/^Changes to On demand on /).count()).toBe(1);
    expect(await statusTexts(page)).toContainEqual(expect.stringMatching(/^Done: your plan changes to On demand on /));
    expect(await planHeading(page)).toBe(quarter);
    await page.getByRole('button', { name: `Keep ${quarter}` }).click();
    await expect
      .poll(() => page.getByRole('status').allTextContents())
      .toContainEqual(expect.stringContaining(`${quarter} stays your plan`));
    expect(await page.getByText(/^Changes to /).count()).toBe(0);

    // A colleague joins as a member.
    await openFromNav(page, 'Users', '/users');
    await page.getByLabel('E-mail', { exact: true }).fill(member);
    await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Member' });
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await expect.poll(() => page.getByRole('status').allTextContents()).toContainEqual(expect.stringContaining(member));

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/login**');
    await page.getByLabel('E-mail').fill(member);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL('**/dashboard');

    // Members see the subscription, read-only, and no plan buttons.
    await openFromNav(page, 'Subscription', '/subscription');
    await expect.poll(() => planHeading(page)).toBe(quarter);
    expect(await page.getByLabel('Webmaster time: 0 min of 40 h used', { exact: true }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Change plan' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Keep |payment method/ }).count()).toBe(0);

    await openFromNav(page, 'Plans', '/plans');
    await expect.poll(() => planCard(page, quarter).getByText('Your plan', { exact: true }).count()).toBe(1);
    expect(await planButtons(page).count()).toBe(0);
    expect(await page.locator('.plan-action').count()).toBe(0);
    await page.close();
  });

  it('says so when Stripe Checkout was cancelled', async () => {
    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.stack.url}/plans?checkout=cancelled`);
    await expect
      .poll(() => page.getByRole('status').allTextContents())
      .toContainEqual(expect.stringContaining('Checkout was cancelled; no plan was changed.'));
    await page.close();
  });

  it('links the invoice on the usage page once the month is closed, and names every record', async () => {
    const page = await e2e.browser.newPage();
    await e2e.signIn(page, 'owner@demo.example');
    await openFromNav(page, 'Usage', '/usage');

    // This month: an estimate, and records named by what they are — no ids.
    await expect.poll(() => page.getByRole('region', { name: 'Estimate so far' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('row', { name: /Monitor/ }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('heading', { name: /times in Europe\/Berlin/ }).count()).toBe(1);
    expect(await page.locator('main').innerText()).not.toMatch(UUID);
    await page.screenshot({ path: 'test-results/billing-usage-1280.png', fullPage: true });

    // Last month was closed at start-up (on a queue: it may take a moment): its invoice stands where the estimate was.
    await page.goto(`${e2e.stack.url}/usage?period=${LAST_MONTH}`);
    const invoice = page.getByRole('region', { name: /^Invoice / });
    await expect
      .poll(async () => {
        if ((await invoice.count()) === 1) return true;
        await page.reload();
        await page.getByRole('heading', { name: 'Usage', level: 1 }).waitFor();
        await page
          .getByRole('region', { name: /^(Invoice |Estimate)/ })
          .first()
          .waitFor();
        return (await invoice.count()) === 1;
      })
      .toBe(true);
    expect(await page.getByRole('region', { name: 'Estimate', exact: true }).count()).toBe(0);
    expect(await invoice.getByRole('link', { name: 'All invoices' }).count()).toBe(1);
    expect(await invoice.getByRole('button', { name: /^Download PDF of / }).count()).toBe(1);
    expect(await invoice.textContent()).toContain('is closed: issued on');
    expect(await page.locator('main').innerText()).not.toMatch(UUID);
    await page.screenshot({ path: 'test-results/billing-usage-invoiced-1280.png', fullPage: true });
    await page.setViewportSize({ width: 375, height: 812 });
    await page.screenshot({ path: 'test-results/billing-usage-invoiced-375.png', fullPage: true });

    await page.goto(`${e2e.stack.url}/subscription`);
    await expect.poll(() => planHeading(page)).toBe('Webmaster share — an eighth');
    expect(await page.locator('main').innerText()).not.toMatch(UUID);
    await page.screenshot({ path: 'test-results/billing-subscription-375.png', fullPage: true });
    await page.close();
  });
});
