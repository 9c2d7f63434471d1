import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.js';
import { startLocalStackProcess } from './local-stack-process.js';

/**
 * An end-to-end file's fixture: one local stack (`npm start` in a child process, fresh data dir) and
 * one headless Chromium, started together before the file's tests and both stopped after them —
 * whichever started, even when the other failed.
 */
export const stackAndBrowserFixture = () => {
  const fixture = {} as { stack: Awaited<ReturnType<typeof startLocalStackProcess>>; browser: Browser };
  beforeAll(async () => {
    const [started, launched] = await Promise.allSettled([startLocalStackProcess(), launchChromium()]);
    if (started.status === 'fulfilled') fixture.stack = started.value;
    if (launched.status === 'fulfilled') fixture.browser = launched.value;
    for (const result of [started, launched]) if (result.status === 'rejected') throw result.reason;
  }, 120_000);
  afterAll(async () => {
    await fixture.browser?.close();
    await fixture.stack?.stop();
  });
  return fixture;
};
