import { chromium } from 'playwright-core';

/**
 * Debian's Chromium, headless, quiet on a machine without internet (TOOLCHAIN.md). Playwright's
 * `launch` gives every browser a fresh temporary profile of its own.
 */
export const launchChromium = () =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
