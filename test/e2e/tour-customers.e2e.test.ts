import { beforeAll, describe, expect, it } from 'vitest';
import { stackAndBrowserFixture } from '../support/e2e.js';
import { MEMBER, OWNER, pageDefects, seedTourFacts, tourPersona } from '../support/tour.js';

// The customers' web app as they see it: every page of their navigation at 1280×800 and 375×812, screenshotted
// under test-results/tour/, with no console error, error alert, id where a name belongs, overflow or axe violation.
const e2e = stackAndBrowserFixture();

beforeAll(async () => {
  await seedTourFacts(e2e.stack);
}, 120_000);

/** What each customer role's navigation offers (the dev mailbox: the local stack's identity mode). */
const MEMBER_NAV = [
  '/dashboard',
  '/subscription',
  '/book',
  '/bookings',
  '/tasks',
  '/hosts',
  '/monitors',
  '/incidents',
  '/status-page',
  '/reports',
  '/plans',
  '/dev/mailbox',
];
const ADMIN_NAV = [...MEMBER_NAV, '/usage', '/invoices', '/users', '/organisation', '/api-keys', '/audit'];

describe('the customers’ tour of the web app', () => {
  it('finds what it looks for: an id where a name belongs, an error, a page too wide, an axe violation', async () => {
    const page = await e2e.browser.newPage();
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`${e2e.stack.url}/plans`);
    await expect.poll(() => page.locator('main h1').count()).toBe(1);
    // A clean page first: the checks do not cry wolf.
    expect(await pageDefects(page, 375)).toEqual([]);
    await page.evaluate(`document.querySelector('main').insertAdjacentHTML('beforeend',
      '<p>Organisation: 6396e644-1b2c-4d5e-8f90-123456789abc</p>' +
      '<p>Open https://opsdesk.example/tasks/6396e644-1b2c-4d5e-8f90-123456789abc</p>' +
      '<div class="alert-error">Could not load the plans</div>' +
      '<div style="width: 900px">wide</div><img src="/missing.png">')`);
    const found = await pageDefects(page, 375);
    expect(found).toEqual([
      expect.stringMatching(/^shows an id where a name belongs: .*Organisation: 6396e644/),
      'shows an error: Could not load the plans',
      expect.stringMatching(/^is \d+ px wide at a 375 px viewport$/),
      expect.stringMatching(/^axe image-alt/),
    ]);
    await page.close();
  });

  it('customer-admin: every page of the navigation reads as a product at desktop and phone width', async () => {
    const tour = await tourPersona(e2e.browser, e2e.signIn, {
      name: 'customer-admin',
      email: OWNER,
      expectedNav: ADMIN_NAV,
    });
    expect([...tour.nav].sort()).toEqual([...ADMIN_NAV].sort());
    expect(tour.defects).toEqual([]);
  });

  it('customer-member: the same, with the member’s smaller navigation', async () => {
    const tour = await tourPersona(e2e.browser, e2e.signIn, {
      name: 'customer-member',
      email: MEMBER,
      expectedNav: MEMBER_NAV,
    });
    expect([...tour.nav].sort()).toEqual([...MEMBER_NAV].sort());
    expect(tour.defects).toEqual([]);
  });
});
