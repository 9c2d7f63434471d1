import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openFromNav, stackAndBrowserFixture } from '../support/e2e.js';

// The local stack has no Stripe key: ledger billing, so a plan is active as soon as it is chosen.
const e2e = stackAndBrowserFixture();

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
    await choose.click();

    await page.waitForURL('**/subscription');
    await expect.poll(() => planHeading(page)).toBe(eighth);
    const hours = page.getByRole('meter', { name: /^Webmaster hours: / });
    await expect.poll(() => hours.count()).toBe(1);
    expect(await page.getByLabel('Webmaster hours: 0 of 20 used', { exact: true }).count()).toBe(1);
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

    await page.waitForURL('**/subscription');
    await expect.poll(() => planHeading(page)).toBe(quarter);
    expect(await page.getByLabel('Webmaster hours: 0 of 40 used', { exact: true }).count()).toBe(1);
    expect(await page.getByText(/^Changes to /).count()).toBe(0);

    // A downgrade waits for the end of the period, and keeping the current plan cancels it.
    await openFromNav(page, 'Plans', '/plans');
    const downgrade = planCard(page, 'On demand').getByRole('button', { name: /^Switch to this plan/ });
    await expect.poll(() => downgrade.count()).toBe(1);
    await downgrade.click();
    await page.waitForURL('**/subscription');
    await expect.poll(() => page.getByText(/^Changes to On demand on /).count()).toBe(1);
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
    expect(await page.getByLabel('Webmaster hours: 0 of 40 used', { exact: true }).count()).toBe(1);
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
});
