import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFromNav, stackAndBrowserFixture, UI_TIMEOUT_MS } from '../support/e2e.js';
import { E2E_COVERED_HOURS, startLocalStackProcess } from '../support/local-stack-process.js';

/**
 * The monitoring loop in a real browser: a customer watches a site (a server this test runs on loopback), the site
 * goes down, an incident opens and pages the operator, who acknowledges from the e-mail's one-click link, sees the
 * diagnostic task's output on the timeline and resolves it; the charts render. The stack's minute jobs (dispatch,
 * checks, paging, mail) run every 2 s here (`SCHEDULER_MINUTE_MS`), so nothing waits real minutes; the stack's clock
 * is the suite's day (or the next weekday) at midday in Berlin: inside the demo plan's covered hours.
 */
const e2e = stackAndBrowserFixture({
  startStack: () =>
    startLocalStackProcess({ CLOCK_START: E2E_COVERED_HOURS.toISOString(), SCHEDULER_MINUTE_MS: '2000' }),
});
const DEMO_HOST_ID = 'mi-00000000000000001';
const UNTIL_CHECKED = { timeout: 3 * UI_TIMEOUT_MS, interval: 500 };

let site: Server;
let siteUrl: string;
beforeAll(async () => {
  site = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<h1>Welcome to the shop</h1>');
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/`;
});
afterAll(() => {
  site.closeAllConnections();
  site.close();
});

describe('monitoring in a real browser', () => {
  it('a site goes down: incident, page, acknowledgement by link, diagnostic output, resolution; charts render', async () => {
    const name = `Shop ${Date.now()}`;
    const customer = await e2e.browser.newPage();
    await e2e.signIn(customer, 'owner@demo.example');
    await openFromNav(customer, 'Monitors', '/monitors');
    await customer.getByLabel('Name').fill(name);
    await customer.getByLabel('Kind').selectOption('http');
    await customer.getByLabel('URL').fill(siteUrl);
    await customer.getByLabel('Keyword (optional)').fill('Welcome to the shop');
    await customer.getByLabel('Runs on (optional)').selectOption(DEMO_HOST_ID);
    await customer.getByLabel('Check interval in minutes').fill('5');
    // One confirmation: the failure and its immediate re-check open the incident (with 2, the next check would).
    await customer.getByLabel('Confirmations').fill('1');
    await customer.getByRole('button', { name: 'Add monitor' }).click();
    await customer.getByRole('link', { name }).first().click();
    await customer.waitForURL(/\/monitors\/[^/]+$/);

    // Checked at the next dispatch: up.
    const stateOf = async () => (await customer.locator('main').textContent()) ?? '';
    await expect.poll(stateOf, UNTIL_CHECKED).toMatch(/\bUp\b/);

    // The site stops; "Check now" instead of waiting five minutes. A failure, re-checked at once: one observation,
    // which is the one confirmation this monitor asks for.
    site.closeAllConnections();
    await new Promise<void>((resolve) => site.close(() => resolve()));
    await customer.getByRole('button', { name: 'Check now' }).click();
    const incidentLink = customer.getByRole('link', { name: 'See the incident and its timeline' });
    await expect.poll(() => incidentLink.count(), UNTIL_CHECKED).toBe(1);
    await incidentLink.click();
    await customer.waitForURL(/\/incidents\/[^/]+$/);
    const incidentPath = new URL(customer.url()).pathname;
    await expect.poll(() => customer.locator('main').textContent()).toContain(name);

    // The page in the mailbox, with its one-click link: acknowledged without signing in again.
    const operator = await e2e.browser.newPage();
    await e2e.signIn(operator, 'operator@opsdesk.local');
    await operator.goto(`${e2e.stack.url}/dev/mailbox`);
    const pageMail = operator.getByRole('listitem').filter({ hasText: name }).filter({ hasText: 'Page' });
    await expect
      .poll(async () => {
        if ((await pageMail.count()) === 0) await operator.reload();
        return pageMail.count();
      }, UNTIL_CHECKED)
      .toBeGreaterThan(0);
    await pageMail.first().getByText('Show the e-mail').click();
    const ackHref = await pageMail.first().locator('a[href*="/incidents/ack?token="]').first().getAttribute('href');
    expect(ackHref).toBeTruthy();
    const ack = await e2e.browser.newPage();
    await ack.goto(ackHref as string);
    await ack.getByRole('button', { name: 'Acknowledge incident' }).click();
    await expect.poll(() => ack.getByTestId('ack-result').textContent()).toContain('Acknowledged by');

    // The operator's view: acknowledged, the disk report's output on the timeline, then resolved with a note.
    await operator.goto(`${e2e.stack.url}/ops${incidentPath}`.replace('/ops/incidents/', '/incidents/'));
    const timeline = operator.getByRole('list', { name: 'Timeline, oldest first' });
    await expect.poll(() => timeline.textContent(), UNTIL_CHECKED).toContain('Acknowledged');
    await expect
      .poll(() => operator.locator('.timeline-task pre.task-output').first().textContent(), UNTIL_CHECKED)
      .toContain('File systems');
    await operator.getByLabel('Resolution note (optional)').fill('Restarted the shop server.');
    await operator.getByRole('button', { name: 'Resolve incident' }).click();
    await expect.poll(() => timeline.textContent()).toContain('Restarted the shop server.');
    await expect.poll(() => operator.locator('main').textContent()).toMatch(/Resolved/);

    // The customer sees the same incident, resolved, and the monitor's charts draw.
    await customer.reload();
    await expect.poll(() => customer.locator('main').textContent()).toContain('Restarted the shop server.');
    await customer.goBack();
    await customer.waitForURL(/\/monitors\/[^/]+$/);
    await expect.poll(() => customer.locator('.chart-response canvas').count()).toBeGreaterThan(0);
    await expect.poll(() => customer.locator('.chart-strip canvas').count()).toBeGreaterThan(0);
    expect(await customer.getByTestId('uptime').textContent()).toBeTruthy();
    for (const page of [customer, operator, ack]) await page.close();
  });
});
