import { it } from 'vitest';
import { stackAndBrowserFixture } from '/work/main/test/support/e2e.js';
const e2e = stackAndBrowserFixture();
it('debug', async () => {
  const page = await e2e.browser.newPage();
  await page.goto(`${e2e.stack.url}/api/docs`);
  await page.waitForTimeout(6000);
  const hs = await page.locator('h1, h2').evaluateAll((els) => els.map((e) => `${e.tagName}:${e.textContent}`));
  console.log(hs.filter((h) => /API key/i.test(h)).join('\n'), hs.length);
}, 200000);
