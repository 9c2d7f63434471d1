import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { Booking } from '../../shared/booking/model.js';
import { zonedParts } from '../../shared/platform/zoned-time.js';
import { E2E_TODAY, type E2eStack, openFromNav, stackAndBrowserFixture, statusTexts } from '../support/e2e.js';
import { startLocalStackProcess } from '../support/local-stack-process.js';
import { apiAs } from '../support/tour.js';

// The operator's calendar needs bookings that have started: a customer cannot book the past. So the stack is started
// first on E2E_TODAY, where the customer (owner@demo.example) books three consultations on one day through the API,
// stopped, and started again on the same data dir at a time on that day after the second has started and before
// the third: the operator logs time on the first, records the second as a no-show, and cannot act on the third yet.
// The seeded operator works Mon–Fri 09:00–17:00 Europe/Berlin (the zone of their calendar).

const MINUTE = 60_000;
const ZONE = 'Europe/Berlin';
const OWNER = 'owner@demo.example';
const OPERATOR = 'operator@opsdesk.local';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-/;

const dataDir = mkdtempSync(join(tmpdir(), 'opsdesk-e2e-calendar-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** A call of a stack's API as a seeded user (dev identity provider), before the fixture has the stack. */
const apiSend = <T>(url: string, email: string, method: string, path: string, body?: unknown): Promise<T> =>
  apiAs({ url }, email)<T>(method, path, body);

/** The three bookings, in the order they start; filled in while the stack starts. */
const booked: Booking[] = [];

const startStack = async (): Promise<E2eStack> => {
  const first = await startLocalStackProcess({ CLOCK_START: E2E_TODAY.toISOString() }, { dataDir });
  let resumeAt: string;
  try {
    const from = E2E_TODAY.toISOString();
    const to = new Date(E2E_TODAY.getTime() + 14 * 24 * 60 * MINUTE).toISOString();
    const { slots } = await apiSend<{ slots: { start: string }[] }>(
      first.url,
      OWNER,
      'GET',
      `/api/availability?type=consultation&durationMinutes=30&timeZone=${ZONE}&from=${from}&to=${to}`,
    );
    // The first day with three free half hours: one, another an hour after it, and a third 90 minutes after that.
    const starts = slots.map((slot) => Date.parse(slot.start));
    const dayOf = (time: number) => zonedParts(time, ZONE).date;
    let chosen: number[] | null = null;
    for (const a of starts) {
      const b = starts.find((time) => time >= a + 60 * MINUTE && dayOf(time) === dayOf(a));
      const c = b && starts.find((time) => time >= b + 90 * MINUTE && dayOf(time) === dayOf(a));
      if (b && c) {
        chosen = [a, b, c];
        break;
      }
    }
    if (!chosen) throw new Error('No day with three free consultation times in the next two weeks');
    for (const [index, start] of chosen.entries()) {
      booked.push(
        await apiSend<Booking>(first.url, OWNER, 'POST', '/api/bookings', {
          typeId: 'consultation',
          start: new Date(start).toISOString(),
          durationMinutes: 30,
          notes: index === 0 ? 'Review the plugin updates' : undefined,
        }),
      );
    }
    resumeAt = new Date((chosen[1] as number) + 40 * MINUTE).toISOString();
  } finally {
    await first.stop();
  }
  return startLocalStackProcess({ CLOCK_START: resumeAt }, { dataDir });
};

const e2e = stackAndBrowserFixture({ startStack, timeoutMs: 300_000 });
const { signIn } = e2e;

const bookingDay = () => zonedParts(Date.parse((booked[0] as Booking).start), ZONE).date;
const hhmm = (iso: string) => zonedParts(Date.parse(iso), ZONE).time;
/** A booking's block: a button named by what it shows, its times, customer, type (and status once it has one). */
const block = (page: Page | Locator, booking: Booking) =>
  page.getByRole('button', {
    name: new RegExp(`^${hhmm(booking.start)}–${hhmm(booking.end)} Demo Verein Consultation`),
  });

/** Neither the page nor its body scrolls sideways. */
const overflowsHorizontally = async (page: Page): Promise<boolean> =>
  (await page.evaluate(
    'document.documentElement.scrollWidth > document.documentElement.clientWidth || document.body.scrollWidth > document.body.clientWidth',
  )) as boolean;

describe('the operator’s calendar', () => {
  it('shows the customer’s bookings as blocks in the week grid, today marked, in the operator’s zone', async () => {
    const page = await e2e.browser.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await signIn(page, OPERATOR);
    await openFromNav(page, 'Calendar', '/ops/calendar');

    await expect
      .poll(() => page.getByRole('button', { name: 'Week', exact: true }).getAttribute('aria-pressed'))
      .toBe('true');
    const today = page.locator('section.calendar-column[aria-current="date"]');
    await expect.poll(() => today.count()).toBe(1);
    expect(await today.getAttribute('data-date')).toBe(bookingDay());
    expect(await page.locator('.calendar-caption').textContent()).toContain(`Times in ${ZONE}`);

    // All three are blocks in today's column, with the organisation and the type on them.
    for (const booking of booked) {
      const found = block(today, booking);
      await expect.poll(() => found.count()).toBe(1);
      const text = (await found.textContent()) ?? '';
      expect(text).toContain('Demo Verein');
      expect(text).toContain('Consultation');
      expect(text).toContain(`${hhmm(booking.start)}–${hhmm(booking.end)}`);
    }
    expect(await page.locator('main').textContent()).not.toMatch(UUID);
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.screenshot({ path: 'test-results/ops-calendar-week-1280.png', fullPage: true });
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((violation) => violation.id)).toEqual([]);

    // A booking that has not started yet offers no actions, and says when they come.
    await block(page, booked[2] as Booking).click();
    const dialog = page.getByRole('dialog', { name: 'Consultation' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain('once the session has started');
    expect(await dialog.getByRole('button', { name: 'Log time' }).count()).toBe(0);
    expect(await dialog.getByRole('button', { name: 'No-show' }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await page.close();
  });

  it('logs time on a started booking, which then shows as completed', async () => {
    const page = await e2e.browser.newPage();
    await signIn(page, OPERATOR);
    await openFromNav(page, 'Calendar', '/ops/calendar');
    const first = booked[0] as Booking;
    await expect.poll(() => block(page, first).count()).toBe(1);

    // Opened from the keyboard: the dialog shows the customer's notes.
    await block(page, first).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Consultation' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain('Demo Verein');
    expect(await dialog.textContent()).toContain('Review the plugin updates');
    expect(await dialog.textContent()).toContain(`(${ZONE})`);
    await page.screenshot({ path: 'test-results/ops-calendar-dialog-1280.png' });

    await dialog.getByRole('button', { name: 'Log time' }).click();
    await dialog.getByLabel('Minutes spent').fill('25');
    await dialog.getByLabel('Note (optional)').fill('Updated three plugins');
    await dialog.getByRole('button', { name: 'Save time' }).click();
    await expect
      .poll(() => statusTexts(page))
      .toContainEqual(expect.stringContaining('Logged 25 min on Consultation with Demo Verein: completed.'));
    expect(await dialog.count()).toBe(0);
    expect(await block(page, first).textContent()).toMatch(/Completed$/);

    // Saved: after a reload the block still says so, and the booking is completed on the server.
    await page.reload();
    await expect.poll(() => block(page, first).textContent()).toMatch(/Completed$/);
    const { items } = await apiSend<{ items: Booking[] }>(
      e2e.stack.url,
      OPERATOR,
      'GET',
      `/api/ops/bookings?from=${encodeURIComponent(first.start)}&to=${encodeURIComponent(first.end)}`,
    );
    expect(items.find((booking) => booking.id === first.id)).toMatchObject({ status: 'completed', minutesSpent: 25 });
    await page.close();
  });

  it('asks before recording a no-show, which cannot be undone', async () => {
    const page = await e2e.browser.newPage();
    await signIn(page, OPERATOR);
    await openFromNav(page, 'Calendar', '/ops/calendar');
    const second = booked[1] as Booking;
    await expect.poll(() => block(page, second).count()).toBe(1);
    await block(page, second).click();
    const dialog = page.getByRole('dialog', { name: 'Consultation' });
    await expect.poll(() => dialog.isVisible()).toBe(true);

    // The first click only asks; backing out leaves the booking as it was.
    await dialog.getByRole('button', { name: 'No-show', exact: true }).click();
    const question = (await dialog.locator('.confirm-question').textContent()) ?? '';
    expect(question).toContain('Demo Verein did not turn up');
    expect(question).toContain('This cannot be undone');
    expect(question).toContain('40.00');
    await dialog.getByRole('button', { name: 'Keep the booking' }).click();
    expect(await dialog.locator('.status-pill').textContent()).toBe('Confirmed');

    await dialog.getByRole('button', { name: 'No-show', exact: true }).click();
    await dialog.getByRole('button', { name: 'Record no-show' }).click();
    await expect
      .poll(() => statusTexts(page))
      .toContainEqual(expect.stringContaining('Consultation with Demo Verein recorded as a no-show'));
    expect(await block(page, second).textContent()).toMatch(/No-show$/);
    await page.close();
  });

  it('fits a phone: the day view first, the week scrolling inside its own box', async () => {
    const page = await e2e.browser.newPage();
    await page.setViewportSize({ width: 375, height: 812 });
    await signIn(page, OPERATOR);
    await page.goto(`${e2e.stack.url}/ops/calendar`);

    await expect
      .poll(() => page.getByRole('button', { name: 'Day', exact: true }).getAttribute('aria-pressed'))
      .toBe('true');
    await expect.poll(() => block(page, booked[0] as Booking).count()).toBe(1);
    expect(await page.locator('section.calendar-column').count()).toBe(1);
    expect(await page.locator('section.calendar-column').getAttribute('aria-current')).toBe('date');
    expect(await overflowsHorizontally(page)).toBe(false);
    await page.screenshot({ path: 'test-results/ops-calendar-day-375.png', fullPage: true });

    await page.getByRole('button', { name: 'Week', exact: true }).click();
    await expect.poll(() => page.locator('section.calendar-column').count()).toBe(7);
    expect(await overflowsHorizontally(page)).toBe(false);
    await page.screenshot({ path: 'test-results/ops-calendar-week-375.png', fullPage: true });

    // Next and previous week move the grid; "Today" brings it back.
    await page.getByRole('button', { name: 'Next week' }).click();
    await expect.poll(() => page.locator('section.calendar-column[aria-current="date"]').count()).toBe(0);
    // The next week's bookings load after the grid has moved: wait for them.
    await expect.poll(() => page.getByText('Nothing booked this week.').count()).toBe(1);
    await page.getByRole('button', { name: 'Today', exact: true }).click();
    await expect.poll(() => page.locator('section.calendar-column[aria-current="date"]').count()).toBe(1);
    await page.close();
  });
});
