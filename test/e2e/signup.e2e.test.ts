import { describe, expect, it } from 'vitest';
import { stackAndBrowserFixture } from '../support/e2e.js';

const e2e = stackAndBrowserFixture();

describe('a new organisation in a real browser', () => {
  it('signs up, lands on its dashboard with its name, signs out and back in', async () => {
    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.stack.url}/signup`);
    await page.getByLabel('Organisation').fill('Tierschutzverein Nord');
    await page.getByLabel('Your name').fill('Nora Nord');
    await page.getByLabel('E-mail').fill('nora@tierschutz-nord.example');
    await page.getByRole('button', { name: 'Create organisation' }).click();

    await page.waitForURL('**/dashboard');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Tierschutzverein Nord');
    expect(await page.getByText('Customer admin').first().isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/login**');
    await page.getByLabel('E-mail').fill('nora@tierschutz-nord.example');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/dashboard');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Tierschutzverein Nord');
    await page.close();
  });

  it('answers a registered address as any other: nothing tells it apart, no second organisation', async () => {
    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.stack.url}/signup`);
    await page.getByLabel('Organisation').fill('Zweiter Versuch');
    await page.getByLabel('Your name').fill('Olga');
    await page.getByLabel('E-mail').fill('owner@demo.example');
    await page.getByRole('button', { name: 'Create organisation' }).click();
    // The local stack's dev identity provider signs the address in without a password, as its sign-in page does:
    // into the organisation it already belongs to. Nothing was created.
    await page.waitForURL('**/dashboard');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Demo Verein');
    expect(await page.getByText(/already registered/i).count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  });

  it('shows staff their role-aware navigation and the plan catalogue', async () => {
    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.stack.url}/login`);
    await page.getByLabel('E-mail').fill('operator@opsdesk.local');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/dashboard');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Plans' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).allTextContents())
      .toContain('Webmaster share — an eighth');
    await page.close();
  });
});
