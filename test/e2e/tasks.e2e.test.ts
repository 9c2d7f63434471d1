import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mainNav, openFromNav, stackAndBrowserFixture, statusTexts, UI_TIMEOUT_MS } from '../support/e2e.js';

// The local stack seeds owner@demo.example as the admin of Demo Verein with one host, demo-host
// (mi-00000000000000001): this machine, reached through the local host runner, which really runs the task's script.
// operator@opsdesk.local works the queue.
const e2e = stackAndBrowserFixture();

const DEMO_HOST_ID = 'mi-00000000000000001';
/**
 * The task page asks again every 2 s; a disk report finishes well within a second on a quiet machine, and
 * runs behind the dispatch queue's poller and the host runner on a loaded one.
 */
const UNTIL_SETTLED = { timeout: 2 * UI_TIMEOUT_MS, interval: 250 };

const { signIn } = e2e;

/** Opens Tasks and requests a task of this type; resolves on the new task's page. */
const requestTask = async (page: Page, typeName: string, fill: (page: Page) => Promise<void>) => {
  await openFromNav(page, 'Tasks', '/tasks');
  const type = page.getByLabel('Task type', { exact: true });
  await expect.poll(() => type.count()).toBe(1);
  await type.selectOption({ label: typeName });
  await fill(page);
  await page.getByRole('button', { name: 'Request task' }).click();
  await page.waitForURL(/\/tasks\/[^/]+$/);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(typeName);
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

    // The page follows the task by itself until it has an outcome.
    await expect.poll(() => statusTexts(page), UNTIL_SETTLED).toContain('Status: Succeeded');
    const output = page.getByRole('region', { name: 'Output' });
    expect(await output.textContent()).toContain('File systems');
    const history = await page.getByRole('region', { name: 'Status history' }).textContent();
    expect(history).toContain('Queued');
    expect(history).toContain('by owner@demo.example');
    expect(history).toContain('by SSM');
    expect(await page.getByRole('region', { name: 'Details' }).textContent()).toContain('demo-host');
    expect(await page.getByRole('alert').count()).toBe(0);

    // Listed on the tasks page, newest first, with its outcome.
    await page.getByRole('link', { name: 'All tasks' }).click();
    await page.waitForURL('**/tasks');
    const row = page.getByRole('row', { name: /Disk report/ });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('Succeeded');
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

    // The operator finds it in the queue with what to do, claims it and logs the work.
    const operator = await e2e.browser.newPage();
    await signIn(operator, 'operator@opsdesk.local');
    expect(await mainNav(operator).getByRole('link', { name: 'Tasks', exact: true }).count()).toBe(0);
    await openFromNav(operator, 'Task queue', '/ops/queue');
    const card = operator.getByRole('article').filter({ hasText: description });
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.getByRole('heading').textContent()).toBe('Custom work for Demo Verein');
    expect(await card.textContent()).toContain('Only on the main site.');

    await card.getByRole('button', { name: 'Claim Custom work' }).click();
    await expect.poll(() => card.getByLabel('Minutes spent').count()).toBe(1);
    expect(await card.textContent()).toContain('Claimed');
    await card.getByLabel('Minutes spent').fill('20');
    await card.getByLabel('Note', { exact: true }).fill('Redirect added and tested.');
    await card.getByLabel('Outcome').selectOption('succeeded');
    await card.getByRole('button', { name: 'Complete task' }).click();
    await expect
      .poll(() => statusTexts(operator))
      .toContainEqual(expect.stringContaining('Custom work for Demo Verein: succeeded, 20 minutes logged.'));
    expect(await card.locator('.status-pill').textContent()).toBe('Succeeded');
    expect(await operator.getByRole('alert').count()).toBe(0);
    await operator.close();

    // The customer's page, still open, follows it to the outcome and shows the operator's note and time.
    await expect.poll(() => statusTexts(customer), UNTIL_SETTLED).toContain('Status: Succeeded');
    expect(await customer.getByRole('region', { name: 'Operator’s note' }).textContent()).toContain(
      'Redirect added and tested.',
    );
    const details = await customer.getByRole('region', { name: 'Details' }).textContent();
    expect(details).toContain('operator@opsdesk.local');
    expect(details).toContain('20 minutes');
    const history = await customer.getByRole('region', { name: 'Status history' }).textContent();
    expect(history).toContain('Claimed');
    expect(history).toContain('by operator@opsdesk.local');
    await customer.close();
  });
});
