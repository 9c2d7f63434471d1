import { describe, expect, it } from 'vitest';
import { SCHEDULES } from '../../shared/contracts/resources.js';
import { mainNav, openFromNav, stackAndBrowserFixture } from '../support/e2e.js';

// The local stack's scheduler runs every job once at start-up, so each records a heartbeat within moments.
const e2e = stackAndBrowserFixture();

describe('the staff operations page in a real browser', () => {
  it('shows queues, outbox, period close and every job’s heartbeat, and reads them again on Refresh and every 30 s', async () => {
    const page = await e2e.browser.newPage();
    let reads = 0;
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/operations') reads += 1;
    });
    await e2e.signIn(page, 'operator@opsdesk.local');
    await openFromNav(page, 'Operations', '/operations');
    await expect.poll(() => page.getByRole('heading', { name: 'Operations', level: 1 }).count()).toBe(1);

    const queues = page.getByRole('table', { name: /^Queues/ });
    for (const id of ['task-dispatch', 'billing-sync', 'period-close']) {
      await expect.poll(() => queues.getByRole('rowheader', { name: id, exact: true }).count()).toBe(1);
    }
    // Times are in the operator's own zone (their working hours': Europe/Berlin), named — not the browser's UTC.
    await expect.poll(() => page.getByText(/Figures as of .*GMT\+[12]/).count()).toBe(1);
    await expect.poll(() => page.getByRole('table', { name: /Booking e-mails/ }).count()).toBe(1);

    const jobs = page.getByRole('table', { name: /Scheduled jobs/ });
    for (const schedule of SCHEDULES) {
      await expect.poll(() => jobs.getByRole('rowheader', { name: schedule.id, exact: true }).count()).toBe(1);
    }
    // release-tasks ran at start-up: Refresh until its run shows, on time.
    const releaseRow = jobs.getByRole('row', { name: /release-tasks/ });
    await expect
      .poll(async () => {
        await page.getByRole('button', { name: 'Refresh' }).click();
        return releaseRow.textContent();
      })
      .toMatch(/On time/);
    expect(await releaseRow.textContent()).toMatch(/GMT\+[12]/);

    // Auto-refresh: 30 s later on the page's clock, it reads the figures again by itself.
    const before = reads;
    await page.clock.runFor(31_000);
    await expect.poll(() => reads).toBeGreaterThan(before);
    await page.close();
  });

  it('is not offered to customers, and refuses them when opened directly', async () => {
    const page = await e2e.browser.newPage();
    await e2e.signIn(page, 'owner@demo.example');
    expect(await mainNav(page).getByRole('link', { name: 'Operations', exact: true }).count()).toBe(0);
    await page.goto(`${e2e.stack.url}/operations`);
    await expect.poll(() => page.getByRole('table', { name: /^Queues/ }).count()).toBe(0);
    await page.close();
  });
});
