import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mainNav, openFromNav, stackAndBrowserFixture, statusTexts, UI_TIMEOUT_MS } from '../support/e2e.js';

// The local stack seeds owner@demo.example (Olga Owner) as the admin of Demo Verein with one host, demo-host
// (mi-00000000000000001): this machine, reached through the local host runner, which really runs the task's script
// (always as a dry run). operator@opsdesk.local (Otto Operator) works the queue.
const e2e = stackAndBrowserFixture();

const DEMO_HOST_ID = 'mi-00000000000000001';
/**
 * The task page asks again every 2 s; a disk report finishes well within a second on a quiet machine, and
 * runs behind the dispatch queue's poller and the host runner on a loaded one.
 */
const UNTIL_SETTLED = { timeout: 2 * UI_TIMEOUT_MS, interval: 250 };

const { signIn } = e2e;

/** Text that looks like a UUID: shown where a name belongs, it is a defect. */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-/;
const mainText = async (page: Page) => (await page.locator('main').textContent()) ?? '';

/** `736K`, `1.2G`, `4.0K` (du -h) in bytes, to compare sizes. */
const bytes = (size: string): number => {
  const match = /^([\d.]+)([KMGTP]?)$/.exec(size);
  if (!match) throw new Error(`not a du size: ${size}`);
  return Number(match[1]) * 1024 ** ' KMGTP'.indexOf(match[2] || ' ');
};

/** Saves the page at desktop and phone width under test-results/ (reviewed by eye; not committed). */
const screenshots = async (page: Page, name: string) => {
  for (const [width, height] of [
    [1280, 800],
    [375, 812],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `test-results/tasks-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
};

/** Opens Tasks and requests a task of this type; resolves on the new task's page. */
const requestTask = async (page: Page, typeName: string, fill: (page: Page) => Promise<void>) => {
  await openFromNav(page, 'Tasks', '/tasks');
  const type = page.getByLabel('Task type', { exact: true });
  await expect.poll(() => type.count()).toBe(1);
  await type.selectOption({ label: typeName });
  await fill(page);
  await page.getByRole('button', { name: 'Request task' }).click();
  await page.waitForURL(/\/tasks\/[^/]+$/);
  // Titled by its type and host, never by its id.
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(new RegExp(`^${typeName}`));
};

describe('tasks in a real browser', () => {
  it('runs a disk report on the demo host and shows its output', async () => {
    const page = await e2e.browser.newPage();
    await signIn(page, 'owner@demo.example');

    await requestTask(page, 'Disk report', async () => {
      // What the type does, and how it is handled, before it is requested.
      await expect
        .poll(() => page.getByRole('listitem').allTextContents())
        .toContainEqual(expect.stringContaining('Read-only: changes nothing on the server.'));
      await page.getByLabel('Host', { exact: true }).selectOption(DEMO_HOST_ID);
    });

    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Disk report on demo-host');
    // The page follows the task by itself until it has an outcome.
    await expect.poll(() => statusTexts(page), UNTIL_SETTLED).toContain('Status: Succeeded');
    const output = page.getByRole('region', { name: 'Output' });
    const text = (await output.textContent()) ?? '';
    expect(text).toContain('File systems');
    // The local host runner runs every document as a dry run: the page and the output say so.
    expect(text).toContain('Dry run: the command ran in dry-run mode and changed nothing on the host.');
    const excerpt = (await output.locator('pre').textContent()) ?? '';
    expect(excerpt).toMatch(/^Dry run: this report only reads, and nothing is changed\./);
    // The usual suspects, largest first.
    const folders = (excerpt.split('== Largest directories (largest first) ==\n')[1] ?? '')
      .split('\n')
      .filter((line) => line.includes('\t/'))
      .map((line) => bytes(line.split('\t')[0] ?? ''));
    expect(folders.length).toBeGreaterThan(1);
    expect(folders).toEqual([...folders].sort((a, b) => b - a));
    const history = await page.getByRole('region', { name: 'Status history' }).textContent();
    expect(history).toContain('Queued');
    expect(history).toContain('by Olga Owner');
    expect(history).toContain('by SSM');
    const details = await page.getByRole('region', { name: 'Details' }).textContent();
    expect(details).toContain('demo-host');
    expect(details).not.toContain(DEMO_HOST_ID);
    expect(await page.getByRole('alert').count()).toBe(0);
    await screenshots(page, 'disk-report');

    // Listed on the tasks page, newest first, with its outcome.
    await page.getByRole('link', { name: 'All tasks' }).click();
    await page.waitForURL('**/tasks');
    const row = page.getByRole('row', { name: /Disk report/ });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('Succeeded');
    expect(await row.textContent()).toContain('by Olga Owner');
    expect(await mainText(page)).not.toMatch(UUID);
    expect(await mainText(page)).not.toContain(DEMO_HOST_ID);
    await page.close();
  });

  it('has an operator claim and complete custom work the customer asked for', async () => {
    const description = `Please add a redirect from /old-${Date.now()} to /new.`;
    const customer = await e2e.browser.newPage();
    await signIn(customer, 'owner@demo.example');
    await requestTask(customer, 'Custom work', async (page) => {
      await expect
        .poll(() => page.getByRole('listitem').allTextContents())
        .toContainEqual(expect.stringContaining('Manual: done by an operator.'));
      await page.getByLabel('What should be done', { exact: true }).fill(description);
      await page.getByLabel('Notes (optional)').fill('Only on the main site.');
    });
    await expect.poll(() => statusTexts(customer)).toContain('Status: Queued');
    expect(await customer.getByRole('region', { name: 'Parameters' }).textContent()).toContain(description);

    // The operator finds it in the queue with what to do, claims it and logs the work. The browser's clock is three
    // weeks after the stack's: the queue goes by the server's time, so the fresh task is not overdue.
    const operator = await e2e.browser.newPage({ browserClockOffsetMs: 21 * 24 * 60 * 60 * 1000 });
    await signIn(operator, 'operator@opsdesk.local');
    expect(await mainNav(operator).getByRole('link', { name: 'Tasks', exact: true }).count()).toBe(0);
    await openFromNav(operator, 'Task queue', '/ops/queue');
    const card = operator.getByRole('article').filter({ hasText: description });
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.getByRole('heading').textContent()).toBe('Custom work for Demo Verein');
    expect(await card.textContent()).toContain('Only on the main site.');
    expect(await card.textContent()).toContain('by Olga Owner');
    expect(await card.textContent()).not.toContain('overdue');
    expect(await card.getAttribute('class')).not.toContain('task-card-overdue');
    expect(await operator.getByText(/past (its|their) response time/).count()).toBe(0);
    expect(await mainText(operator)).not.toMatch(UUID);
    await screenshots(operator, 'queue');

    await card.getByRole('button', { name: 'Claim Custom work' }).click();
    await expect.poll(() => card.getByLabel('Minutes spent').count()).toBe(1);
    expect(await card.textContent()).toContain('Claimed');
    await card.getByLabel('Minutes spent').fill('20');
    await card.getByLabel('Note', { exact: true }).fill('Redirect added and tested.');
    await card.getByLabel('Outcome').selectOption('succeeded');
    await card.getByRole('button', { name: 'Complete task' }).click();
    await expect
      .poll(() => statusTexts(operator))
      .toContainEqual(expect.stringContaining('Custom work for Demo Verein: succeeded, 20 min logged.'));
    expect(await card.locator('.status-pill').textContent()).toBe('Succeeded');
    expect(await operator.getByRole('alert').count()).toBe(0);
    await operator.close();

    // The customer's page, still open, follows it to the outcome and shows the operator's note and time.
    await expect.poll(() => statusTexts(customer), UNTIL_SETTLED).toContain('Status: Succeeded');
    expect(await customer.getByRole('region', { name: 'Operator’s note' }).textContent()).toContain(
      'Redirect added and tested.',
    );
    const details = await customer.getByRole('region', { name: 'Details' }).textContent();
    expect(details).toContain('Otto Operator');
    expect(details).toContain('20 min');
    const history = await customer.getByRole('region', { name: 'Status history' }).textContent();
    expect(history).toContain('Claimed');
    expect(history).toContain('by Otto Operator');
    await customer.close();
  });

  it('has a customer-admin confirm an approval’s effect, then decline with a reason the task shows', async () => {
    const page = await e2e.browser.newPage();
    await signIn(page, 'owner@demo.example');
    await requestTask(page, 'Operating system patches', async () => {
      await page.getByLabel('Host', { exact: true }).selectOption(DEMO_HOST_ID);
    });
    await expect.poll(() => statusTexts(page)).toContain('Status: Awaiting approval');

    // On the tasks page it waits for approval, titled by its type and host.
    await page.getByRole('link', { name: 'All tasks' }).click();
    await page.waitForURL('**/tasks');
    const approvals = page.getByRole('region', { name: 'Waiting for your approval' });
    const card = approvals.getByRole('article', { name: 'Operating system patches on demo-host' });
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.textContent()).toContain('by Olga Owner');

    // Approving first says what runs where, and when: a disruptive task waits for the maintenance window.
    await card.getByRole('button', { name: 'Approve Operating system patches on demo-host' }).click();
    // The window's next opening arrives with the page's own request for it, which may still be on its way.
    const legend = async () => (await card.locator('legend').textContent()) ?? '';
    await expect.poll(legend).toContain('in your next maintenance window, ');
    const question = await legend();
    expect(question).toContain('Approve Operating system patches on demo-host?');
    expect(question).toContain('It runs on demo-host through AWS Systems Manager in your next maintenance window, ');
    expect(question).toContain('It may restart services.');
    await screenshots(page, 'approve-confirm');
    await card.getByRole('button', { name: 'Not now' }).click();

    // Declining asks why; without a reason nothing is sent.
    await card.getByRole('button', { name: 'Decline Operating system patches on demo-host' }).click();
    await card.getByRole('button', { name: 'Decline task' }).click();
    expect(await card.textContent()).toContain('Enter a reason: the requester reads it.');
    const reason = 'Not during the shop’s Christmas sale; ask again in January.';
    await card.getByLabel('Why decline it?').fill(reason);
    await screenshots(page, 'decline-confirm');
    await card.getByRole('button', { name: 'Decline task' }).click();
    await expect
      .poll(() => statusTexts(page))
      .toContainEqual(expect.stringContaining('Declined: Olga Owner sees it with your reason.'));
    await expect.poll(() => card.count()).toBe(0);

    // The list and the task's page show it declined, with the reason.
    const row = page.getByRole('row', { name: /Operating system patches/ });
    expect(await row.textContent()).toContain('Declined');
    expect(await row.textContent()).toContain(reason);
    expect(await mainText(page)).not.toMatch(UUID);
    await screenshots(page, 'list');
    await row.getByRole('link', { name: 'Operating system patches' }).click();
    await page.waitForURL(/\/tasks\/[^/]+$/);
    await expect.poll(() => statusTexts(page)).toContain('Status: Declined');
    const main = await mainText(page);
    expect(main).toContain('Declined by Olga Owner');
    expect(main).toContain(reason);
    expect(await page.getByRole('button', { name: /Approve|Decline|Cancel task/ }).count()).toBe(0);
    await screenshots(page, 'declined');
    await page.close();
  });
});
