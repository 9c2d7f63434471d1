import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_HOST } from '../../scripts/local-stack/seed.js';
import { type E2eBrowser, type E2eStack, mainNav, stackTime } from './e2e.js';

/**
 * A persona's tour of the web app (issue 16): every page of its navigation at desktop and phone width, each
 * screenshotted under test-results/tour/, and each failing the tour on a console error, an error alert, a UUID
 * where a name belongs, a page wider than the phone, or an axe violation.
 */

/** Where the screenshots go (not committed: test-results/ is ignored). */
export const TOUR_DIR = join('test-results', 'tour');

export const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 812 },
] as const;

/** A UUID as text: the ids Opsdesk makes. Host ids (`mi-…`) are SSM's names for machines and not matched. */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
/** Links shown as text (an e-mail's body in the local mailbox) may carry ids in their path: a URL is not a name. */
const URL_TEXT = /https?:\/\/\S+/g;

/** A seeded or invited user's API token (dev identity provider). */
export const tokenOf = async (stack: Pick<E2eStack, 'url'>, email: string): Promise<string> => {
  const login = await fetch(`${stack.url}/auth/dev/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  if (!login.ok) throw new Error(`dev login of ${email} answered ${login.status}`);
  return ((await login.json()) as { token: string }).token;
};

/** Calls the stack's API as `email`; throws on anything but success. */
export const apiAs =
  (stack: Pick<E2eStack, 'url'>, email: string) =>
  async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${stack.url}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${await tokenOf(stack, email)}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  };

export const OWNER = 'owner@demo.example';
export const MEMBER = 'member@demo.example';
export const OPERATOR = 'operator@opsdesk.local';

/**
 * The facts a working week leaves, so the pages show lists rather than empty states: a colleague invited as a
 * member, a session booked two days ahead and one cancelled, a disk report run, a custom job an operator claimed,
 * and a member's service restart waiting for the admin's approval.
 */
export const seedTourFacts = async (stack: E2eStack): Promise<void> => {
  const owner = apiAs(stack, OWNER);
  await owner('POST', '/api/users/invitations', { email: MEMBER, name: 'Mia Member', role: 'customer-member' });

  const now = await stackTime(stack);
  const day = 24 * 60 * 60 * 1000;
  const query = new URLSearchParams({
    type: 'consultation',
    from: new Date(now).toISOString(),
    to: new Date(now + 14 * day).toISOString(),
    timeZone: 'Europe/Berlin',
    durationMinutes: '30',
  });
  const { slots } = await owner<{ slots: { start: string }[] }>('GET', `/api/availability?${query}`);
  // Two sessions on different days (a session's buffers block the slots right after it).
  const first = slots.find((slot) => Date.parse(slot.start) >= now + 2 * day);
  const second = first && slots.find((slot) => Date.parse(slot.start) >= Date.parse(first.start) + day);
  if (!first || !second) throw new Error('no two free consultation slots on different days two days ahead');
  await owner('POST', '/api/bookings', { typeId: 'consultation', start: first.start, durationMinutes: 30 });
  const cancelled = await owner<{ id: string }>('POST', '/api/bookings', {
    typeId: 'consultation',
    start: second.start,
    durationMinutes: 30,
  });
  await owner('POST', `/api/bookings/${cancelled.id}/cancel`);

  await owner('POST', '/api/tasks', { typeId: 'disk-report', hostId: DEMO_HOST.id, params: {} });
  const custom = await owner<{ id: string }>('POST', '/api/tasks', {
    typeId: 'custom',
    params: { description: 'Renew the shop’s payment plugin licence.' },
  });
  await apiAs(stack, OPERATOR)('POST', `/api/ops/tasks/${custom.id}/claim`);
  await apiAs(stack, MEMBER)('POST', '/api/tasks', {
    typeId: 'service-restart',
    hostId: DEMO_HOST.id,
    params: { service: 'nginx' },
  });
};

/** Every link of the main navigation, in order (menus closed or open: the links are in the document). */
export const navPaths = async (page: Page): Promise<string[]> =>
  (
    await mainNav(page)
      .locator('a[href]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
  ).map((href) => new URL(href ?? '', 'http://app').pathname);

/** Waits until the page has its heading and nothing is loading any more. */
const settled = async (page: Page): Promise<void> => {
  await expect.poll(() => page.locator('main h1').count()).toBeGreaterThan(0);
  await expect.poll(() => page.locator('main .spinner, main [aria-busy="true"]').count()).toBe(0);
};

/** What a page shows that it must not: UUID text, error alerts, a layout wider than the viewport. */
const defects = async (page: Page, width: number): Promise<string[]> => {
  const found: string[] = [];
  const text = (await page.locator('body').innerText()).replace(URL_TEXT, '');
  const uuid = UUID.exec(text);
  if (uuid) {
    const around = text.slice(Math.max(0, uuid.index - 60), uuid.index + 40).replace(/\s+/g, ' ');
    found.push(`shows an id where a name belongs: “…${around}…”`);
  }
  for (const alert of await page.locator('.alert-error').allInnerTexts()) found.push(`shows an error: ${alert}`);
  const scrollWidth = (await page.evaluate('document.documentElement.scrollWidth')) as number;
  if (scrollWidth > width + 1) found.push(`is ${scrollWidth} px wide at a ${width} px viewport`);
  return found;
};

/** Everything the tour holds against a page at `width`: its defects and its axe violations. */
export const pageDefects = async (page: Page, width: number): Promise<string[]> => [
  ...(await defects(page, width)),
  ...(await axeViolations(page)),
];

const axeViolations = async (page: Page): Promise<string[]> => {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map(
    (violation) =>
      `axe ${violation.id} (${violation.impact}): ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  );
};

/**
 * Signs `email` in, checks the navigation offers exactly `expectedNav`, then visits each of its pages at both widths:
 * screenshots them and returns every defect found (the caller expects none), named by page and width.
 */
export const tourPersona = async (
  browser: E2eBrowser,
  signIn: (page: Page, email: string) => Promise<void>,
  persona: { name: string; email: string; expectedNav: readonly string[] },
): Promise<{ nav: string[]; defects: string[] }> => {
  const page = await browser.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  const dir = join(TOUR_DIR, persona.name);
  mkdirSync(dir, { recursive: true });
  await page.setViewportSize({ width: VIEWPORTS[0].width, height: VIEWPORTS[0].height });
  await signIn(page, persona.email);
  const nav = await navPaths(page);
  const found: string[] = [];
  for (const [index, path] of nav.entries()) {
    await page.setViewportSize({ width: VIEWPORTS[0].width, height: VIEWPORTS[0].height });
    await page.goto(new URL(path, page.url()).href);
    await settled(page);
    const slug = `${String(index).padStart(2, '0')}${path.replaceAll('/', '-')}`;
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.screenshot({ path: join(dir, `${slug}-${viewport.name}.png`), fullPage: true });
      const where = `${persona.name} ${path} at ${viewport.width} px`;
      // axe at desktop width for every page; at phone width for the first (the layout and menu every page shares):
      // the pages' content is the same document at both widths, and axe is the tour's slowest step.
      const checks =
        viewport.name === 'desktop' || index === 0 ? pageDefects(page, viewport.width) : defects(page, viewport.width);
      for (const defect of await checks) {
        found.push(`${where}: ${defect}`);
      }
      for (const error of consoleErrors.splice(0)) found.push(`${where}: console error: ${error}`);
    }
  }
  await page.close();
  return { nav, defects: found };
};
