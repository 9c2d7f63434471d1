import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { redeemActivation } from '../../functions/adapters/local/local-host-directory.js';
import { LocalHostRegistry } from '../../functions/adapters/local/local-host-registry.js';
import { stackAndBrowserFixture, stackTime } from '../support/e2e.js';

const e2e = stackAndBrowserFixture();

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

describe('managed hosts in a real browser', () => {
  it('asks before deregistering a host, then lists a newly registered server by itself', async () => {
    const page = await e2e.browser.newPage();
    await e2e.signIn(page, 'owner@demo.example');
    await page.goto(`${e2e.stack.url}/hosts`);
    const demoRow = page.getByRole('row', { name: /demo-host/ });
    await expect.poll(() => demoRow.count()).toBe(1);

    // Deregistering asks first, naming the host and what stops working; cancelling keeps it.
    await demoRow.getByRole('button', { name: 'Deregister demo-host' }).click();
    const question = page.getByRole('group', { name: /Deregister demo-host\?/ });
    await expect.poll(() => question.textContent()).toContain('tasks can no longer run on it');
    await screenshots(page, 'hosts-deregister-confirm');
    await question.getByRole('button', { name: 'Cancel' }).click();
    expect(await demoRow.count()).toBe(1);

    await demoRow.getByRole('button', { name: 'Deregister demo-host' }).click();
    await page.getByRole('button', { name: 'Yes, deregister' }).click();
    await expect
      .poll(() => page.getByRole('status').allTextContents())
      .toContainEqual(expect.stringContaining('demo-host was deregistered'));
    expect(await demoRow.count()).toBe(0);

    // The plan's one host is free again: an activation, and the page watches for the server by itself.
    await page.getByLabel('Server name').fill('web-02');
    await page.getByRole('button', { name: 'Create activation' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Activation for web-02' }).count()).toBe(1);
    await expect
      .poll(() => page.getByRole('status').allTextContents())
      .toContainEqual(expect.stringContaining('Waiting for web-02 to register'));
    const facts = page.locator('dl.facts');
    const activationId = (await facts.locator('dd').nth(0).textContent())?.trim() ?? '';
    const activationCode = (await facts.locator('dd').nth(1).textContent())?.trim() ?? '';

    // What the command does on the server (the SSM agent registering), then no click: the page finds it.
    redeemActivation(new LocalHostRegistry(join(e2e.stack.dataDir, 'hosts')), {
      activationId,
      activationCode,
      now: new Date(await stackTime(e2e.stack)),
    });
    await page.clock.fastForward(10_000);
    await expect.poll(() => page.getByRole('row', { name: /web-02/ }).count()).toBe(1);
    await expect
      .poll(() => page.getByRole('status').allTextContents())
      .toContainEqual(expect.stringContaining('web-02 has registered'));
    await screenshots(page, 'hosts-registered');

    // The audit log names the hosts.
    await page.goto(`${e2e.stack.url}/audit`);
    const deregistered = page.getByRole('row', { name: /Host deregistered/ });
    await expect.poll(() => deregistered.count()).toBe(1);
    expect(await deregistered.textContent()).toContain('demo-host');
    expect(await page.locator('main').innerText()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    await page.close();
  });
});
