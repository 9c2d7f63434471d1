import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { stackAndBrowserFixture } from '../support/e2e.js';
import { apiAs, MEMBER, OPERATOR, OWNER, seedTourFacts, tokenOf } from '../support/tour.js';

// Each persona's dashboard answers "what now?" with the stack's real data (set up below through the API). The local
// stack's seed puts Otto Operator on call for two weeks from its start.
const e2e = stackAndBrowserFixture();

const FINANCE = 'finance@opsdesk.local';
const ADMIN = 'admin@opsdesk.local';
/** Text that looks like one of Opsdesk's ids: shown where a name belongs, it is a defect. */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-/;

// What a working week leaves (a member invited, a session booked and one cancelled, a disk report, a claimed custom
// job, the member's service restart waiting for approval): the tours' facts.
beforeAll(async () => {
  await seedTourFacts(e2e.stack);
}, 120_000);

/** A dashboard card, by its heading. */
const card = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });
const rows = (page: Page, title: string) => card(page, title).locator('.dash-row');

/** Waits until no card is loading any more. */
const settled = async (page: Page) => {
  await expect.poll(() => page.locator('main .dash-card').count()).toBeGreaterThan(0);
  await expect.poll(() => page.locator('main .spinner').count()).toBe(0);
};

/** The whole page at desktop and phone width under test-results/ (reviewed by eye), then back to desktop. */
const screenshots = async (page: Page, name: string) => {
  for (const [width, height] of [
    [1280, 800],
    [375, 812],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `test-results/dashboard-${name}-${width}.png`, fullPage: true });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
};

const expectNoIdsNorErrors = async (page: Page) => {
  expect(UUID.exec((await page.locator('main').textContent()) ?? '')).toBeNull();
  expect(await page.locator('main .alert-error').count()).toBe(0);
};

describe('the dashboards in a real browser', () => {
  it('customer-admin: next bookings (not the cancelled one), approvals, incidents, hours and quick actions', async () => {
    const page = await e2e.browser.newPage();
    await e2e.signIn(page, OWNER);
    await settled(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Demo Verein');
    expect(await page.locator('main .dash-lead').textContent()).toContain('Times in Europe/Berlin');

    // One consultation ahead, by type and operator's name; the cancelled one is not "next".
    await expect.poll(() => rows(page, 'Next bookings').count()).toBe(1);
    expect(await rows(page, 'Next bookings').textContent()).toContain('Consultation with Otto Operator, 30 min');
    expect(await card(page, 'Next bookings').textContent()).toContain('Times in Europe/Berlin');

    // The member's service restart waits for the admin, and links to the task.
    await expect.poll(() => rows(page, 'Awaiting approval').count()).toBe(1);
    const approval = rows(page, 'Awaiting approval');
    expect(await approval.textContent()).toMatch(/on demo-host/);
    // Who asked, by name (not their e-mail), and when in the middle of a sentence ("today", not "Today").
    expect(await approval.textContent()).toMatch(/Requested today, \d\d:\d\d by Mia Member/);
    expect(await approval.getByRole('link').getAttribute('href')).toMatch(/^\/tasks\//);

    // Nothing is broken: an empty state that says so.
    expect(await card(page, 'Open incidents').textContent()).toContain('No open incidents');

    // Hours: the one duration format, of the plan's allowance.
    expect(await card(page, 'Hours this month').textContent()).toMatch(/\d+ (min|h)( \d+ min)? of \d+ h used/);

    await expectNoIdsNorErrors(page);
    await screenshots(page, 'customer-admin');

    await card(page, 'Quick actions').getByRole('link', { name: 'Book webmaster hours' }).click();
    await page.waitForURL('**/book');
    await page.close();
  });

  it('shows a card’s error with Try again, and its data once the API answers again', async () => {
    const page = await e2e.browser.newPage();
    let failing = true;
    await page.route('**/api/incidents?**', (route) =>
      failing
        ? route.fulfill({
            status: 503,
            contentType: 'application/problem+json',
            body: JSON.stringify({ type: 'about:blank', title: 'Service unavailable', status: 503 }),
          })
        : route.fallback(),
    );
    await e2e.signIn(page, OWNER);
    const incidents = card(page, 'Open incidents');
    await expect.poll(() => incidents.getByRole('alert').count()).toBe(1);
    expect(await incidents.getByRole('alert').textContent()).toContain('Could not load open incidents');
    // The other cards are not held up by it.
    await expect.poll(() => rows(page, 'Next bookings').count()).toBe(1);
    failing = false;
    await incidents.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => incidents.textContent()).toContain('No open incidents');
    expect(await incidents.getByRole('alert').count()).toBe(0);
    await page.close();
  });

  it('customer-member: open tasks instead of approvals, and no hours (the admin’s)', async () => {
    const page = await e2e.browser.newPage();
    await e2e.signIn(page, MEMBER);
    await settled(page);
    expect(await page.locator('main .dash-lead').textContent()).toContain('Customer member');
    await expect.poll(() => rows(page, 'Open tasks').count()).toBeGreaterThan(0);
    expect(await card(page, 'Open tasks').textContent()).toMatch(/on demo-host/);
    expect(await card(page, 'Open tasks').textContent()).toContain('Awaiting approval');
    expect(await card(page, 'Awaiting approval').count()).toBe(0);
    expect(await card(page, 'Hours this month').count()).toBe(0);
    expect(await card(page, 'Quick actions').getByRole('link', { name: 'Invite a colleague' }).count()).toBe(0);
    await expectNoIdsNorErrors(page);
    await screenshots(page, 'customer-member');
    await page.close();
  });

  it('operator: today’s bookings (none today), the queue with response deadlines, incidents and who is on call', async () => {
    const page = await e2e.browser.newPage();
    await e2e.signIn(page, OPERATOR);
    await settled(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Welcome, Otto Operator');

    // The seeded consultation is two days ahead: nothing today, said in words.
    expect(await card(page, 'Today’s bookings').textContent()).toContain('Nothing booked today.');

    const queue = card(page, 'Task queue');
    await expect.poll(() => queue.textContent()).toContain('Custom work for Demo Verein');
    expect(await queue.textContent()).toMatch(/open task/);
    expect(await queue.textContent()).toMatch(/Response due .*\((in|overdue by) /);
    expect(await queue.textContent()).toContain('Claimed by Otto Operator');

    expect(await card(page, 'Open incidents').textContent()).toContain('No open incidents');
    const onCall = await card(page, 'On call now').textContent();
    expect(onCall).toContain('Otto Operator');
    expect(onCall).toContain('until');

    await expectNoIdsNorErrors(page);
    await screenshots(page, 'operator');
    await card(page, 'Task queue').getByRole('link', { name: 'Custom work for Demo Verein' }).click();
    await page.waitForURL('**/ops/tasks/**');
    await page.close();
  });

  it('finance: the last month’s close, unpaid invoices and reconciliation differences, as the API has them', async () => {
    const finance = apiAs(e2e.stack, FINANCE);
    const page = await e2e.browser.newPage();
    await e2e.signIn(page, FINANCE);
    await settled(page);

    // The stack's clock is in November 2026: October is the month to close (the start-up job may have closed it).
    const period = await fetch(`${e2e.stack.url}/api/finance/periods/2026-10`, {
      headers: { Authorization: `Bearer ${await tokenOf(e2e.stack, FINANCE)}` },
    });
    const periodText = await card(page, 'Billing period').textContent();
    expect(periodText).toContain('October 2026');
    expect(periodText).toContain(period.status === 404 ? 'not closed yet' : 'clos');
    expect(periodText).toContain('November 2026 is in progress');

    let unpaid = 0;
    for (const month of ['2026-10', '2026-09', '2026-08']) {
      const invoices = await finance<{ items: { kind: string }[] }>(
        'GET',
        `/api/finance/invoices?period=${month}&status=finalized&limit=200`,
      );
      unpaid += invoices.items.filter((invoice) => invoice.kind === 'invoice').length;
    }
    const unpaidCard = card(page, 'Unpaid invoices');
    if (unpaid === 0) expect(await unpaidCard.textContent()).toContain('Every invoice of these months is paid');
    else expect(await unpaidCard.textContent()).toContain(`${unpaid} unpaid invoice`);

    const reconciliation = await finance<{ items: { differences: string[] }[] }>(
      'GET',
      '/api/finance/reconciliation?period=2026-10&limit=200',
    );
    const differing = reconciliation.items.filter((row) => row.differences.length > 0).length;
    await expect.poll(() => rows(page, 'Reconciliation differences').count()).toBe(Math.min(differing, 5));
    if (differing === 0) {
      expect(await card(page, 'Reconciliation differences').textContent()).toContain('Nothing to look at');
    }

    await expectNoIdsNorErrors(page);
    await screenshots(page, 'finance');
    await page.close();
  });

  it('provider-admin: tenants by status, past due and recent sign-ups, as the API has them', async () => {
    const admin = apiAs(e2e.stack, ADMIN);
    const tenants = (await admin<{ items: { name: string; status: string }[] }>('GET', '/api/admin/tenants?limit=200'))
      .items;
    const page = await e2e.browser.newPage();
    await e2e.signIn(page, ADMIN);
    await settled(page);

    const byStatus = await card(page, 'Tenants by status').textContent();
    expect(byStatus).toContain(`${tenants.length} organisation`);
    const active = tenants.filter((tenant) => tenant.status === 'active').length;
    expect(await card(page, 'Tenants by status').locator('li', { hasText: 'Active' }).textContent()).toContain(
      String(active),
    );

    const pastDue = tenants.filter((tenant) => tenant.status === 'past_due');
    if (pastDue.length === 0) {
      expect(await card(page, 'Past due').textContent()).toContain('Every organisation’s payments are up to date.');
    } else {
      expect(await rows(page, 'Past due').count()).toBe(Math.min(pastDue.length, 5));
    }

    const signUps = await card(page, 'Recent sign-ups').textContent();
    expect(signUps).toContain('Demo Verein');
    expect(signUps).toMatch(/days in UTC|days in [A-Z]/);

    // The provider-admin answers escalations: the queues and the rota are on their dashboard too.
    expect(await card(page, 'On call now').textContent()).toContain('Otto Operator');
    expect(await card(page, 'Task queue').textContent()).toContain('Custom work for Demo Verein');

    await expectNoIdsNorErrors(page);
    await screenshots(page, 'provider-admin');
    await page.close();
  });
});
