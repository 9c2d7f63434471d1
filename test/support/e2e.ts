import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.js';
import { startLocalStackProcess } from './local-stack-process.js';

/** What an end-to-end file's stack is: where it answers, and how it stops. */
export type E2eStack = Awaited<ReturnType<typeof startLocalStackProcess>>;

/**
 * An end-to-end file's fixture: one local stack (`npm start` in a child process, fresh data dir) and
 * one headless Chromium, started together before the file's tests and both stopped after them —
 * whichever started, even when the other failed. `startStack` replaces how the stack is started (a file that
 * needs a data dir prepared by an earlier run, say), `timeoutMs` the time allowed for both to start.
 */
export const stackAndBrowserFixture = (options: { startStack?: () => Promise<E2eStack>; timeoutMs?: number } = {}) => {
  const startStack = options.startStack ?? (() => startLocalStackProcess());
  const fixture = {
    /** Signs in through the login page (dev identity provider) and waits for the dashboard. */
    signIn: async (page: Page, email: string) => {
      await page.goto(`${fixture.stack.url}/login`);
      await page.getByLabel('E-mail').fill(email);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.waitForURL('**/dashboard');
    },
  } as {
    stack: E2eStack;
    browser: Browser;
    signIn: (page: Page, email: string) => Promise<void>;
  };
  beforeAll(async () => {
    const [started, launched] = await Promise.allSettled([startStack(), launchChromium()]);
    if (started.status === 'fulfilled') fixture.stack = started.value;
    if (launched.status === 'fulfilled') fixture.browser = launched.value;
    for (const result of [started, launched]) if (result.status === 'rejected') throw result.reason;
  }, options.timeoutMs ?? 120_000);
  afterAll(async () => {
    await fixture.browser?.close();
    await fixture.stack?.stop();
  });
  return fixture;
};

/** The app's main navigation. */
export const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** Follows a main-navigation link and waits for its page. */
export const openFromNav = async (page: Page, label: string, path: string) => {
  await mainNav(page).getByRole('link', { name: label, exact: true }).click();
  await page.waitForURL(`**${path}`);
};

/** The texts of every live status region on the page (notices, task status). */
export const statusTexts = (page: Page) => page.getByRole('status').allTextContents();
