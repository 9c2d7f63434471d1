import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, vi } from 'vitest';
import { launchChromium } from './chromium.js';
import { E2E_TODAY, stackTime, startLocalStackProcess } from './local-stack-process.js';

export { E2E_TODAY, stackTime };

/** What an end-to-end file's stack is: where it answers, and how it stops. */
export type E2eStack = Awaited<ReturnType<typeof startLocalStackProcess>>;

/** The browser's time zone in every end-to-end page: the machine's must not decide what a test sees. */
export const E2E_TIME_ZONE = 'UTC';

/** How long a test waits for the UI on a loaded 2-core machine (the stack, Chromium and other files share it). */
export const UI_TIMEOUT_MS = 30_000;

/** A browser whose pages run on the stack's clock. */
export interface E2eBrowser {
  /**
   * A page in a context of its own (fresh storage), its clock set to the stack's, in `E2E_TIME_ZONE`.
   * `browserClockOffsetMs` sets the browser's clock that far from the stack's instead — a browser whose clock is wrong,
   * to show the app takes "now" from the server — and never leaves it on the machine's (the real date).
   */
  newPage(options?: { browserClockOffsetMs?: number }): Promise<Page>;
}

/**
 * An end-to-end file's fixture: one local stack (`npm start` in a child process, fresh data dir, `CLOCK_START` =
 * `clockStart`) and one headless Chromium, started together before the file's tests and both stopped after them —
 * whichever started, even when the other failed. Every page it opens runs on the stack's clock (Playwright's
 * clock API), so the web app and the stack agree on what "now" is. `startStack` replaces how the stack is started
 * (a file that needs a data dir prepared by an earlier run, say: it must set `CLOCK_START` itself), `timeoutMs`
 * the time allowed for both to start.
 */
export const stackAndBrowserFixture = (
  options: { clockStart?: Date; startStack?: () => Promise<E2eStack>; timeoutMs?: number } = {},
) => {
  // Waits sized for a loaded machine: a test may take minutes there, and every `expect.poll` waits up to
  // UI_TIMEOUT_MS (vitest's default of 1 s gave up while the page was still loading).
  vi.setConfig({ testTimeout: 240_000, expect: { poll: { timeout: UI_TIMEOUT_MS, interval: 100 } } });
  const clockStart = options.clockStart ?? E2E_TODAY;
  const startStack = options.startStack ?? (() => startLocalStackProcess({ CLOCK_START: clockStart.toISOString() }));
  let chromium: Browser | undefined;
  const fixture = {
    browser: {
      newPage: async (pageOptions: { browserClockOffsetMs?: number } = {}) => {
        if (!chromium) throw new Error('Chromium did not start');
        const context = await chromium.newContext({ timezoneId: E2E_TIME_ZONE });
        context.setDefaultTimeout(UI_TIMEOUT_MS);
        const page = await context.newPage();
        await page.clock.install({ time: (await stackTime(fixture.stack)) + (pageOptions.browserClockOffsetMs ?? 0) });
        // Closing the page closes its context too (when the browser closes first, there is nothing left to close).
        page.on('close', () => context.close().catch(() => undefined));
        return page;
      },
    },
    /** Signs in through the login page (dev identity provider) and waits for the dashboard. */
    signIn: async (page: Page, email: string) => {
      await page.goto(`${fixture.stack.url}/login`);
      await page.getByLabel('E-mail').fill(email);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.waitForURL('**/dashboard');
    },
  } as {
    stack: E2eStack;
    browser: E2eBrowser;
    signIn: (page: Page, email: string) => Promise<void>;
  };
  beforeAll(async () => {
    const [started, launched] = await Promise.allSettled([startStack(), launchChromium()]);
    if (started.status === 'fulfilled') fixture.stack = started.value;
    if (launched.status === 'fulfilled') chromium = launched.value;
    for (const result of [started, launched]) if (result.status === 'rejected') throw result.reason;
  }, options.timeoutMs ?? 120_000);
  afterAll(async () => {
    await chromium?.close();
    await fixture.stack?.stop();
  });
  return fixture;
};

/**
 * The app's main navigation. Its links sit in group menus (and, at phone width, behind the Menu button), so the
 * links it finds by role include those of closed menus — counting a link says whether the navigation offers it at
 * all — and clicking one opens its menu first, as a person would.
 */
export const mainNav = (page: Page): Locator => {
  // At phone width the whole navigation is behind the Menu button: found all the same.
  const nav = page.getByRole('navigation', { name: 'Main', includeHidden: true });
  return new Proxy(nav, {
    get(target, property) {
      if (property === 'getByRole') {
        return (role: Parameters<Locator['getByRole']>[0], options: Parameters<Locator['getByRole']>[1] = {}) =>
          revealedOnClick(page, target.getByRole(role, { includeHidden: true, ...options }));
      }
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
};

/** `locator`, whose click first makes it visible: the phone Menu opened, then its group's menu. */
const revealedOnClick = (page: Page, locator: Locator): Locator =>
  new Proxy(locator, {
    get(target, property) {
      if (property === 'click') {
        return async (options?: Parameters<Locator['click']>[0]) => {
          await revealInNav(page, target);
          return target.click(options);
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });

/** Opens what hides a navigation link: the Menu button (phone width), then the menu of the link's group. */
export const revealInNav = async (page: Page, link: Locator): Promise<void> => {
  await link.waitFor({ state: 'attached' });
  if (await link.isVisible()) return;
  const toggle = page.getByRole('button', { name: 'Menu', exact: true });
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  if (await link.isVisible()) return;
  const menuId = await link.evaluate((element) => element.closest('[data-nav-menu]')?.id ?? null);
  if (menuId) {
    const button = page.locator(`button[aria-controls="${menuId}"]`);
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  }
  await link.waitFor({ state: 'visible' });
};

/** Follows a main-navigation link (opening its group's menu first) and waits for its page. */
export const openFromNav = async (page: Page, label: string, path: string) => {
  await mainNav(page).getByRole('link', { name: label, exact: true }).click();
  await page.waitForURL(`**${path}`);
};

/** The texts of every live status region on the page (notices, task status). */
export const statusTexts = (page: Page) => page.getByRole('status').allTextContents();
