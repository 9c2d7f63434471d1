import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { mainNav, openFromNav, stackAndBrowserFixture, statusTexts } from '../support/e2e.js';
import { apiAs, MEMBER, OWNER, VIEWPORTS } from '../support/tour.js';

// API keys as a customer-admin meets them (issue 17): created in the UI and shown once, used by a script within its
// scopes, revoked with effect at once; the API reference served by the app itself, with nothing from elsewhere.
const e2e = stackAndBrowserFixture();

const SCREENSHOTS = join('test-results', 'api-keys');
const KEY_PATTERN = /^odk_[A-Za-z0-9_-]{43}$/;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await apiAs(e2e.stack, OWNER)('POST', '/api/users/invitations', {
    email: MEMBER,
    name: 'Mia Member',
    role: 'customer-member',
  });
}, 120_000);

/** A script’s call: the key as bearer token, straight to the stack (no browser). */
const callWithKey = (key: string, path: string) =>
  fetch(`${e2e.stack.url}${path}`, { headers: { Authorization: `Bearer ${key}`, Accept: 'application/json' } });

const axeViolations = async (page: Page): Promise<string[]> => {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`);
};

/** Screenshots the page at desktop and phone width (full page), with axe and the layout checked at each. */
const capture = async (page: Page, name: string): Promise<string[]> => {
  const found: string[] = [];
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${viewport.name}.png`), fullPage: true });
    for (const violation of await axeViolations(page)) found.push(`${name} at ${viewport.width} px: ${violation}`);
    const scrollWidth = (await page.evaluate('document.documentElement.scrollWidth')) as number;
    if (scrollWidth > viewport.width + 1) found.push(`${name} is ${scrollWidth} px wide at ${viewport.width} px`);
  }
  await page.setViewportSize({ width: VIEWPORTS[0].width, height: VIEWPORTS[0].height });
  return found;
};

describe('API keys in a real browser', () => {
  it('creates a key shown once, lets a script use it within its scopes, and revokes it at once', async () => {
    const page = await e2e.browser.newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2e.stack.url });
    await page.setViewportSize({ width: VIEWPORTS[0].width, height: VIEWPORTS[0].height });
    await e2e.signIn(page, OWNER);
    await openFromNav(page, 'API keys', '/api-keys');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('API keys');
    await expect.poll(() => page.getByText('No API keys yet.').count()).toBe(1);
    expect(await page.getByRole('main').getByRole('link', { name: 'API reference' }).first().getAttribute('href')).toBe(
      '/api/docs',
    );
    const defects = await capture(page, '01-empty');

    // Nothing chosen: the form says what is missing before anything is sent.
    await page.getByRole('button', { name: 'Create key' }).click();
    await expect.poll(() => page.getByText('Choose at least one scope.').count()).toBe(1);
    expect(await page.getByText('Enter a name that says what the key is for.').count()).toBe(1);

    await page.getByLabel('Name', { exact: true }).fill('Deploy pipeline');
    await page.getByLabel(/^Read tasks, hosts and the maintenance window/).check();
    await page.getByLabel(/^Request, approve and cancel tasks; register hosts/).check();
    await page.getByRole('button', { name: 'Create key' }).click();

    // Shown once: in a read-only field, with a warning, a copy button and an example that works as it stands.
    const field = page.getByLabel('Your new API key');
    await expect.poll(() => field.count()).toBe(1);
    const key = await field.inputValue();
    expect(key).toMatch(KEY_PATTERN);
    expect(await field.getAttribute('readonly')).not.toBeNull();
    expect(await page.getByText('Copy the key now: it will not be shown again.').count()).toBe(1);
    await page.getByRole('button', { name: 'Copy key' }).click();
    await expect.poll(() => statusTexts(page)).toContain('Copied to the clipboard.');
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(key);
    expect(await page.locator('.command-text').textContent()).toBe(
      `curl -H "Authorization: Bearer ${key}" ${e2e.stack.url}/api/tasks`,
    );
    defects.push(...(await capture(page, '02-created')));

    await page.getByRole('button', { name: 'Done, I have copied the key' }).click();
    await expect.poll(() => field.count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain(key);

    // The list: its prefix, its scopes in words, who made it, no expiry, not used yet — and no id anywhere.
    const row = page.getByRole('row', { name: /Deploy pipeline/ });
    await expect.poll(() => row.count()).toBe(1);
    const rowText = await row.innerText();
    expect(rowText).toContain(`${key.slice(0, 12)}…`);
    expect(rowText).toContain('Read tasks, hosts and the maintenance window');
    expect(rowText).toContain('Request, approve and cancel tasks; register hosts');
    expect(rowText).toContain('by Olga Owner');
    expect(await row.getByRole('cell').nth(2).innerText()).toBe('Never');
    expect(await row.getByRole('cell').nth(3).innerText()).toBe('Never used');
    expect(UUID.exec(await page.locator('body').innerText())).toBeNull();

    // A script with the key: within its scopes it is served, outside them refused with the scope it lacks.
    const tasks = await callWithKey(key, '/api/tasks');
    expect(tasks.status).toBe(200);
    expect(await tasks.json()).toEqual(expect.objectContaining({ items: expect.any(Array) }));
    const monitors = await callWithKey(key, '/api/monitors');
    expect(monitors.status).toBe(403);
    expect(await monitors.text()).toContain('monitoring:read');

    await page.reload();
    await expect.poll(() => row.count()).toBe(1);
    const lastUsed = row.getByRole('cell').nth(3);
    await expect.poll(() => lastUsed.innerText()).not.toBe('Never used');
    expect(await lastUsed.innerText()).toMatch(/\d{2}:\d{2}/);
    defects.push(...(await capture(page, '03-listed')));

    // Revoking asks first, naming the key and what stops; then the very next call is refused.
    await row.getByRole('button', { name: 'Revoke Deploy pipeline' }).click();
    const question = await page.locator('.confirm-question').innerText();
    expect(question).toContain('Deploy pipeline');
    expect(question).toContain(`${key.slice(0, 12)}…`);
    expect(question).toContain('Scripts using it stop working at once.');
    defects.push(...(await capture(page, '04-revoking')));
    await page.getByRole('button', { name: 'Yes, revoke' }).click();
    await expect
      .poll(() => statusTexts(page))
      .toContainEqual(expect.stringContaining(`“Deploy pipeline” (${key.slice(0, 12)}…) was revoked`));
    await expect.poll(() => row.count()).toBe(0);
    expect((await callWithKey(key, '/api/tasks')).status).toBe(401);

    expect(defects).toEqual([]);
    await page.close();
  });

  it('keeps members away from API keys, in the navigation, at the address and in the API', async () => {
    const page = await e2e.browser.newPage();
    await e2e.signIn(page, MEMBER);
    await expect.poll(() => mainNav(page).getByRole('link', { name: 'Dashboard' }).count()).toBe(1);
    expect(await mainNav(page).getByRole('link', { name: 'API keys' }).count()).toBe(0);
    await page.goto(`${e2e.stack.url}/api-keys`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Not available to your role');
    expect(await page.getByRole('button', { name: 'Create key' }).count()).toBe(0);
    await expect(apiAs(e2e.stack, MEMBER)('GET', '/api/api-keys')).rejects.toThrow(/answered 403/);
    await page.close();
  });

  it('serves the API reference from its own origin, rendered by Redoc', async () => {
    const page = await e2e.browser.newPage();
    const origin = new URL(e2e.stack.url).origin;
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.setViewportSize({ width: VIEWPORTS[0].width, height: VIEWPORTS[0].height });
    const response = await page.goto(`${e2e.stack.url}/api/docs`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toMatch(/^text\/html/);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'none'");

    await expect.poll(() => page.getByRole('heading', { name: /^Opsdesk API/ }).count()).toBeGreaterThan(0);
    // Redoc's operation headings: the summary of the route that creates keys.
    await expect.poll(() => page.locator('h2', { hasText: /^Create an API key/ }).count()).toBe(1);
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.screenshot({ path: join(SCREENSHOTS, `05-reference-${viewport.name}.png`) });
    }

    const elsewhere = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
    expect(elsewhere).toEqual([]);
    expect(requests).toContain(`${origin}/api/openapi.json`);
    expect(requests.some((url) => /\/assets\/redoc-[\d.]+\.standalone\.js$/.test(url))).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});
