import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { mainNav, stackAndBrowserFixture } from '../support/e2e.js';
import { seedTourFacts, tourPersona } from '../support/tour.js';

// The provider's staff's web app as they see it: every page of their navigation at 1280×800 and 375×812,
// screenshotted under test-results/tour/, with no console error, error alert, id where a name belongs, overflow or
// axe violation.
const e2e = stackAndBrowserFixture();

beforeAll(async () => {
  await seedTourFacts(e2e.stack);
}, 120_000);

const PERSONAS = [
  {
    name: 'operator',
    email: 'operator@opsdesk.local',
    expectedNav: [
      '/dashboard',
      '/ops/calendar',
      '/ops/availability',
      '/ops/on-call',
      '/ops/queue',
      '/ops/dead-letters',
      '/ops/incidents',
      '/reports',
      '/operations',
      '/plans',
      '/dev/mailbox',
    ],
  },
  {
    name: 'finance',
    email: 'finance@opsdesk.local',
    expectedNav: [
      '/dashboard',
      '/finance/periods',
      '/finance/reconciliation',
      '/reports',
      '/operations',
      '/plans',
      '/dev/mailbox',
    ],
  },
  {
    name: 'provider-admin',
    email: 'admin@opsdesk.local',
    expectedNav: [
      '/dashboard',
      '/admin/tenants',
      '/audit',
      '/ops/on-call',
      '/ops/queue',
      '/ops/dead-letters',
      '/ops/incidents',
      '/reports',
      '/operations',
      '/plans',
      '/dev/mailbox',
    ],
  },
] as const;

describe('the staff’s tour of the web app', () => {
  for (const persona of PERSONAS) {
    it(`${persona.name}: every page of the navigation reads as a product at desktop and phone width`, async () => {
      const tour = await tourPersona(e2e.browser, e2e.signIn, persona);
      expect([...tour.nav].sort()).toEqual([...persona.expectedNav].sort());
      expect(tour.defects).toEqual([]);
    });
  }
});

// The header navigation grouped by task (in this file to share its stack): one row at desktop width for every seeded
// persona, disclosure menus that open and close by keyboard and pointer, and one Menu button at phone width that
// shows every link.

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 812 };

const NAV_PERSONAS = [
  'owner@demo.example',
  'operator@opsdesk.local',
  'finance@opsdesk.local',
  'admin@opsdesk.local',
] as const;

const axeViolations = async (page: Page): Promise<string[]> =>
  (await new AxeBuilder({ page }).analyze()).violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );

/** The tops of the header's parts: all on one row when they differ by less than a line. */
const headerRows = async (page: Page) => {
  const boxes = await page.locator('.site-header-inner > *').evaluateAll((parts) =>
    parts
      .map((part) => part.getBoundingClientRect())
      // Parts not shown (the Menu button at desktop width) have no box.
      .filter((box) => box.width > 0)
      .map((box) => ({ top: box.top, bottom: box.bottom, right: box.right })),
  );
  const header = await page.locator('.site-header').boundingBox();
  return { boxes, headerHeight: header?.height ?? 0 };
};

const menuButton = (page: Page, group: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: new RegExp(`^${group}`) });

describe('the header navigation in a real browser', () => {
  it('keeps to one row at 1280 px for every persona, with the signed-in user and Sign out together', async () => {
    for (const email of NAV_PERSONAS) {
      const page = await e2e.browser.newPage();
      await page.setViewportSize(DESKTOP);
      await e2e.signIn(page, email);
      await expect.poll(() => page.locator('.account-who').count()).toBe(1);
      // The local identity mode's mailbox link arrives with /config.json: wait for the full navigation.
      await expect.poll(() => mainNav(page).getByRole('link', { name: 'Mailbox (local)' }).count()).toBe(1);
      const { boxes, headerHeight } = await headerRows(page);
      const tops = boxes.map((box) => box.top);
      expect(Math.max(...tops) - Math.min(...tops), `${email}: header parts on one row`).toBeLessThan(20);
      expect(headerHeight, `${email}: header height`).toBeLessThan(80);
      expect(Math.max(...boxes.map((box) => box.right))).toBeLessThanOrEqual(DESKTOP.width);
      const account = page.locator('.account');
      expect(await account.textContent()).toContain(email);
      expect(await account.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
      // The dashboard is the current page, marked for assistive technology too.
      expect(await mainNav(page).getByRole('link', { name: 'Dashboard' }).getAttribute('aria-current')).toBe('page');
      if (email === 'owner@demo.example') {
        await page.screenshot({ path: 'test-results/navigation-customer-admin-1280.png' });
      }
      await page.close();
    }
  });

  it('opens a group’s menu by keyboard, closes it with Escape, by clicking outside and by following a link', async () => {
    const page = await e2e.browser.newPage();
    await page.setViewportSize(DESKTOP);
    await e2e.signIn(page, 'owner@demo.example');
    const work = menuButton(page, 'Work');
    const book = page.getByRole('link', { name: 'Book', exact: true });
    await expect.poll(() => work.count()).toBe(1);
    expect(await work.getAttribute('aria-expanded')).toBe('false');
    expect(await book.isVisible()).toBe(false);
    // mainNav counts the links of closed menus too: what the navigation offers, whichever menu is open.
    expect(await mainNav(page).getByRole('link', { name: 'Audit log', exact: true }).count()).toBe(1);
    expect(await mainNav(page).getByRole('link', { name: 'Operations', exact: true }).count()).toBe(0);

    // Enter opens; Tab moves into the menu's links; Escape closes and gives focus back to the button.
    await work.focus();
    await page.keyboard.press('Enter');
    expect(await work.getAttribute('aria-expanded')).toBe('true');
    expect(await book.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string | null>('document.activeElement?.textContent')).toBe('Book');
    await page.screenshot({ path: 'test-results/navigation-menu-open-1280.png' });
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await work.getAttribute('aria-expanded')).toBe('false');
    expect(await book.isVisible()).toBe(false);
    expect(await page.evaluate<string | null>('document.activeElement?.textContent')).toMatch(/^Work/);

    // Space opens; opening another group closes the first; a click outside closes it.
    await page.keyboard.press('Space');
    expect(await work.getAttribute('aria-expanded')).toBe('true');
    const billing = menuButton(page, 'Billing');
    await billing.click();
    expect(await billing.getAttribute('aria-expanded')).toBe('true');
    expect(await work.getAttribute('aria-expanded')).toBe('false');
    // Outside: the page's bottom corner (the open menu itself covers part of the page under it).
    await page.mouse.click(DESKTOP.width - 20, DESKTOP.height - 20);
    expect(await billing.getAttribute('aria-expanded')).toBe('false');

    // Tabbing past the last link of a menu closes it.
    await work.focus();
    await page.keyboard.press('Enter');
    const workLinks = await page.locator('#nav-menu-work a').count();
    for (let i = 0; i < workLinks; i += 1) await page.keyboard.press('Tab');
    expect(await work.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    expect(await work.getAttribute('aria-expanded')).toBe('false');

    // Following a link closes the menu; the page is marked current, and so is its group.
    await work.click();
    await page.getByRole('link', { name: 'Bookings', exact: true }).click();
    await page.waitForURL('**/bookings');
    expect(await work.getAttribute('aria-expanded')).toBe('false');
    expect(await mainNav(page).getByRole('link', { name: 'Bookings' }).getAttribute('aria-current')).toBe('page');
    expect(await mainNav(page).getByRole('link', { name: 'Dashboard' }).getAttribute('aria-current')).toBeNull();
    expect(await work.textContent()).toContain('current section');
    await page.close();
  });

  it('at 375 px shows every link behind one Menu button, without horizontal scrolling', async () => {
    const page = await e2e.browser.newPage();
    await page.setViewportSize(PHONE);
    await e2e.signIn(page, 'owner@demo.example');
    await expect.poll(() => mainNav(page).getByRole('link', { name: 'Mailbox (local)' }).count()).toBe(1);
    const toggle = page.getByRole('button', { name: 'Menu', exact: true });
    expect(await toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    // Closed: the header is one short row, with no link or account showing.
    expect((await page.locator('.site-header').boundingBox())?.height).toBeLessThan(80);
    expect(await page.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(false);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);

    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const links = page.getByRole('navigation', { name: 'Main' }).locator('a');
    const total = await links.count();
    expect(total).toBe(18);
    for (let i = 0; i < total; i += 1) {
      expect(await links.nth(i).isVisible(), (await links.nth(i).textContent()) ?? '').toBe(true);
    }
    // Every group is named over its links, and the account is at the end with Sign out.
    for (const group of ['Work', 'Monitoring', 'Billing', 'Organisation']) {
      expect(await page.locator('.nav-group-label', { hasText: group }).isVisible()).toBe(true);
    }
    expect(await page.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
    expect(await page.locator('.account').textContent()).toContain('owner@demo.example');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: 'test-results/navigation-menu-open-375.png', fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // Escape closes it and gives focus back to the Menu button.
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate<string | null>('document.activeElement?.textContent')).toBe('Menu');

    // Following a link closes it too.
    await toggle.click();
    await page.getByRole('link', { name: 'Invoices', exact: true }).click();
    await page.waitForURL('**/invoices');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: 'test-results/navigation-closed-375.png' });
    await page.close();
  });

  it('offers signed-out visitors the plans and sign-in at both widths', async () => {
    const page = await e2e.browser.newPage();
    await page.setViewportSize(PHONE);
    await page.goto(`${e2e.stack.url}/`);
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    expect(await mainNav(page).getByRole('link', { name: 'Plans' }).isVisible()).toBe(true);
    expect(await page.locator('.account').getByRole('link', { name: 'Sign in' }).isVisible()).toBe(true);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await page.setViewportSize(DESKTOP);
    expect(await mainNav(page).getByRole('link', { name: 'Plans' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Menu', exact: true }).isVisible()).toBe(false);
    await page.close();
  });
});
