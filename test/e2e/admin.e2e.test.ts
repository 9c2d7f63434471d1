import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openFromNav, stackAndBrowserFixture } from '../support/e2e.js';

const e2e = stackAndBrowserFixture();
const { signIn } = e2e;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-/;
const REASON = 'Two invoices are unpaid. Please pay them or write to billing@opsdesk.local.';

/** Saves the page at desktop and phone width (test-results/, not committed) and goes back to desktop. */
const screenshots = async (page: Page, name: string) => {
  for (const [width, height] of [
    [1280, 800],
    [375, 812],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `test-results/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
};

const mainText = (page: Page) => page.locator('main').innerText();

describe('provider administration in a real browser', () => {
  it('suspends a tenant only with a reason and after confirming; the customer reads the reason until reactivated', async () => {
    const admin = await e2e.browser.newPage();
    await signIn(admin, 'admin@opsdesk.local');
    await openFromNav(admin, 'Tenants', '/admin/tenants');

    const row = admin.getByRole('row', { name: /Demo Verein/ });
    const status = row.locator('.status-pill');
    await expect.poll(() => status.textContent()).toBe('Active');
    // The plan by its name, the zone as people write it, and no id anywhere.
    expect(await row.textContent()).toContain('Webmaster share — an eighth');
    expect(await row.textContent()).not.toContain('webmaster-eighth');
    expect(await mainText(admin)).not.toMatch(UUID);

    // Suspend asks first: nothing happens without a reason, and the question says what the customer will read.
    await row.getByRole('button', { name: 'Suspend Demo Verein' }).click();
    const form = admin.getByRole('form', { name: 'Suspend Demo Verein' });
    await expect.poll(() => form.textContent()).toContain('Your organisation is suspended:');
    await form.getByRole('button', { name: 'Yes, suspend Demo Verein' }).click();
    await expect.poll(() => form.textContent()).toContain('Enter a reason');
    expect(await status.textContent()).toBe('Active');
    await screenshots(admin, 'admin-tenants-suspend');

    await form.getByLabel('Reason (shown to the organisation)').fill(REASON);
    await form.getByRole('button', { name: 'Yes, suspend Demo Verein' }).click();
    await expect.poll(() => status.textContent()).toBe('Suspended');
    expect(await row.textContent()).toContain(REASON);
    await expect
      .poll(() => admin.getByRole('status').allTextContents())
      .toContainEqual(expect.stringContaining('Demo Verein is suspended'));

    const customer = await e2e.browser.newPage();
    await signIn(customer, 'owner@demo.example');
    await expect.poll(() => mainText(customer)).toContain(`Your organisation is suspended: ${REASON}`);
    await screenshots(customer, 'customer-suspended-banner');
    await customer.close();

    await row.getByRole('button', { name: 'Reactivate Demo Verein' }).click();
    await expect.poll(() => status.textContent()).toBe('Active');
    expect(await row.textContent()).not.toContain(REASON);

    const again = await e2e.browser.newPage();
    await signIn(again, 'owner@demo.example');
    await expect.poll(() => again.getByRole('heading', { level: 1 }).count()).toBeGreaterThan(0);
    expect(await mainText(again)).not.toContain('Your organisation is suspended');
    await again.close();
    await admin.close();
  });

  it('shows the audit log with names, readable details and zoned times, and no UUID', async () => {
    const admin = await e2e.browser.newPage();
    await signIn(admin, 'admin@opsdesk.local');
    await openFromNav(admin, 'Audit log', '/audit');

    // The provider log: staff by name, times in the staff member's zone.
    const table = admin.locator('main table');
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(0);
    await expect
      .poll(() => admin.getByRole('heading', { name: /Provider log/ }).textContent())
      .toContain('Europe/Berlin');
    expect(await mainText(admin)).not.toMatch(UUID);

    // An organisation's log is chosen by name; the earlier suspension reads in words.
    await admin.getByLabel('Log of').selectOption({ label: 'Demo Verein' });
    await admin.getByRole('button', { name: 'Show' }).click();
    await admin.waitForURL('**/audit?tenantId=*');
    await expect.poll(() => admin.getByRole('heading', { level: 2, name: /Demo Verein/ }).count()).toBe(1);
    const suspended = admin.getByRole('row', { name: /Organisation suspended/ });
    await expect.poll(() => suspended.count()).toBe(1);
    const text = (await suspended.textContent()) ?? '';
    expect(text).toContain('Demo Verein');
    expect(text).toContain('Status now');
    expect(text).toContain(`Reason${REASON}`);
    expect(text).toMatch(/CET|GMT\+1|Berlin/);
    expect(await mainText(admin)).not.toMatch(UUID);
    await screenshots(admin, 'admin-audit');
    await admin.close();

    // The customer's own log: names too.
    const customer = await e2e.browser.newPage();
    await signIn(customer, 'owner@demo.example');
    await customer.goto(`${e2e.stack.url}/audit`);
    await expect.poll(() => customer.locator('main table tbody tr').count()).toBeGreaterThan(0);
    expect(await mainText(customer)).not.toMatch(UUID);
    expect(await mainText(customer)).toContain('Demo Verein');
    await screenshots(customer, 'customer-audit');
    await customer.close();
  });
});
