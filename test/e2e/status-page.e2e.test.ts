import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFromNav, stackAndBrowserFixture, UI_TIMEOUT_MS } from '../support/e2e.js';
import { E2E_COVERED_HOURS, startLocalStackProcess } from '../support/local-stack-process.js';

/**
 * The public status page in a real browser: a customer-admin watches a site (a server this test runs on loopback)
 * and publishes a status page showing it through the settings page; then, signed out, the page shows the monitor down
 * while the server is stopped and up again after it is restarted. The stack's minute jobs run every 2 s
 * (`SCHEDULER_MINUTE_MS`) and its clock (`CLOCK_START`) is inside the demo plan's covered hours, as in the monitoring
 * test. The stack serves public pages from a 12 s in-process memo (CloudFront's 30 s cache is AWS only), so the
 * signed-out reader reloads until the change shows, allowing for that.
 */
const e2e = stackAndBrowserFixture({
  startStack: () =>
    startLocalStackProcess({ CLOCK_START: E2E_COVERED_HOURS.toISOString(), SCHEDULER_MINUTE_MS: '2000' }),
});
const UNTIL_CHECKED = { timeout: 3 * UI_TIMEOUT_MS, interval: 500 };
/** The memo's 12 s and a check's round trip, with room for a loaded machine. */
const UNTIL_PUBLIC = { timeout: 3 * UI_TIMEOUT_MS, interval: 1000 };

let site: Server;
let port = 0;
const listen = () =>
  new Promise<void>((resolve) => {
    site = createServer((_, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<h1>Welcome to the shop</h1>');
    });
    site.listen(port, '127.0.0.1', () => {
      port = (site.address() as AddressInfo).port;
      resolve();
    });
  });
const stop = () =>
  new Promise<void>((resolve) => {
    site.closeAllConnections();
    site.close(() => resolve());
  });

beforeAll(listen);
afterAll(async () => {
  if (site.listening) await stop();
});

/** The text of the public page as a signed-out reader loads it now. */
const publicText = async (reader: Page, url: string) => {
  const response = await reader.goto(url);
  expect(response?.status()).toBe(200);
  return (await reader.locator('main').textContent()) ?? '';
};

describe('status page in a real browser', () => {
  it('a customer-admin publishes a page; signed out, it shows the monitor down and then up again', async () => {
    const name = `Shop ${Date.now()}`;
    const slug = `demo-${Date.now().toString(36)}`;
    const customer = await e2e.browser.newPage();
    await e2e.signIn(customer, 'owner@demo.example');

    // A monitor of the site, checked at the next dispatch: up.
    await openFromNav(customer, 'Monitors', '/monitors');
    await customer.getByLabel('Name').fill(name);
    await customer.getByLabel('Kind').selectOption('http');
    await customer.getByLabel('URL').fill(`http://127.0.0.1:${port}/`);
    await customer.getByLabel('Check interval in minutes').fill('5');
    await customer.getByLabel('Confirmations').fill('1');
    await customer.getByRole('button', { name: 'Add monitor' }).click();
    await customer.getByRole('link', { name }).first().click();
    await customer.waitForURL(/\/monitors\/[^/]+$/);
    const monitorUrl = customer.url();
    await expect
      .poll(async () => (await customer.locator('main').textContent()) ?? '', UNTIL_CHECKED)
      .toMatch(/\bUp\b/);

    // The settings page: address, published, the monitor added to the page; the public link appears. The demo's own
    // monitors, published at seeding, are taken off it: the page shows the site alone.
    await openFromNav(customer, 'Status page', '/status-page');
    for (const seeded of ['Opsdesk health', 'Nightly backup job']) {
      const remove = customer.getByRole('button', { name: `Remove ${seeded}` });
      await expect.poll(() => remove.count()).toBe(1);
      await remove.click();
    }
    await customer.getByLabel('Address').fill(slug);
    await customer.getByLabel('Published').check();
    await customer.getByLabel('Add a monitor').selectOption({ label: name });
    await customer.getByRole('button', { name: 'Add to page' }).click();
    await expect(customer.getByRole('button', { name: `Remove ${name}` }).count()).resolves.toBe(1);
    await customer.getByRole('button', { name: 'Save status page' }).click();
    const link = customer.getByRole('link', { name: `${e2e.stack.url}/status/${slug}` });
    await expect.poll(() => link.count()).toBe(1);
    const publicUrl = (await link.getAttribute('href')) ?? '';
    expect(publicUrl).toBe(`${e2e.stack.url}/status/${slug}`);

    // Signed out (a context of its own, no token): the page shows the monitor up.
    const reader = await e2e.browser.newPage();
    await expect.poll(() => publicText(reader, publicUrl), UNTIL_PUBLIC).toContain('All systems operational');
    expect(await reader.title()).toMatch(/ status$/);
    expect(await reader.locator('main').textContent()).toContain(name);
    expect(await reader.locator('main').textContent()).not.toContain('127.0.0.1');

    // The site stops; "Check now" instead of waiting five minutes: down, and so is the public page.
    await stop();
    await customer.goto(monitorUrl);
    await customer.getByRole('button', { name: 'Check now' }).click();
    await expect
      .poll(async () => (await customer.locator('main').textContent()) ?? '', UNTIL_CHECKED)
      .toMatch(/\bDown\b/);
    await expect.poll(() => publicText(reader, publicUrl), UNTIL_PUBLIC).toContain('Major outage');
    expect(await reader.locator('main').textContent()).toMatch(/Problem with .*Investigating|Investigating/s);

    // The site is back on the same port: up again, and the public page says so.
    await listen();
    await customer.reload();
    await customer.getByRole('button', { name: 'Check now' }).click();
    await expect
      .poll(async () => (await customer.locator('main').textContent()) ?? '', UNTIL_CHECKED)
      .toMatch(/\bUp\b/);
    await expect.poll(() => publicText(reader, publicUrl), UNTIL_PUBLIC).toContain('All systems operational');

    // An address nobody published: the not-found page, with status 404.
    const missing = await reader.goto(`${e2e.stack.url}/status/${slug}-nobody`);
    expect(missing?.status()).toBe(404);
    expect(await reader.locator('h1').textContent()).toBe('Status page not found');
    for (const page of [customer, reader]) await page.close();
  });
});
