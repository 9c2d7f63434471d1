import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { E2E_TODAY, type E2eStack, openFromNav, stackAndBrowserFixture } from '../support/e2e.js';
import { startLocalStackProcess } from '../support/local-stack-process.js';

/**
 * One clock: the web app takes "now" from the server (each response's Date header, web/src/lib/clock.ts), never from
 * the browser. Here the browser's clock is set sixteen weeks behind the stack's, so any page that read the browser's
 * clock would put the stack's bookings in the wrong list, hide the operator's "Log time" on a session that has ended,
 * and show the browser's month on /usage. Both clocks derive from `E2E_TODAY`, never from the real date.
 */

const DAY_MS = 86_400_000;
const BERLIN = 'Europe/Berlin';

/** How far the browser's clock is behind the stack's: far enough that no month or week agrees. */
const BROWSER_BEHIND_MS = -16 * 7 * DAY_MS;

/** The first Monday 09:00 UTC at or after `E2E_TODAY`. */
const STACK_MONDAY = (() => {
  const day = new Date(E2E_TODAY.getTime());
  day.setUTCHours(9, 0, 0, 0);
  while (day.getUTCDay() !== 1) day.setUTCDate(day.getUTCDate() + 1);
  return day;
})();
/** The stack's clock when the browser opens: Thursday of that week, after the Tuesday session has ended. */
const STACK_THURSDAY = new Date(STACK_MONDAY.getTime() + 3 * DAY_MS);

type Slot = { start: string; end: string };
const booked: { ended?: Slot; ahead?: Slot } = {};

const call = async (url: string, path: string, init: { token?: string; body?: unknown; method?: string } = {}) => {
  const response = await fetch(`${url}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...(init.body !== undefined ? { 'idempotency-key': crypto.randomUUID() } : {}),
    },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${path}: ${response.status} ${text}`);
  return JSON.parse(text);
};

/** Books the first free 30-minute consultation of Demo Verein between `from` and `from + 1 day`. */
const bookConsultation = async (url: string, token: string, from: number): Promise<Slot> => {
  const query = new URLSearchParams({
    type: 'consultation',
    durationMinutes: '30',
    timeZone: 'UTC',
    from: new Date(from).toISOString(),
    to: new Date(from + DAY_MS).toISOString(),
  });
  const { slots } = (await call(url, `/api/availability?${query}`, { token })) as { slots: Slot[] };
  const [slot] = slots;
  if (!slot) throw new Error(`no free consultation after ${new Date(from).toISOString()}`);
  const booking = (await call(url, '/api/bookings', {
    token,
    body: { typeId: 'consultation', start: slot.start, durationMinutes: 30 },
  })) as Slot;
  return { start: booking.start, end: booking.end };
};

/**
 * The stack, prepared: started on Monday, it takes two bookings (Tuesday's and one the week after), stops, and starts
 * again on the same data on Thursday — so Tuesday's session has ended on the stack's clock and is still confirmed.
 */
const preparedStack = async (): Promise<E2eStack> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'opsdesk-e2e-clock-'));
  try {
    const monday = await startLocalStackProcess({ CLOCK_START: STACK_MONDAY.toISOString() }, { dataDir });
    try {
      const { token } = (await call(monday.url, '/auth/dev/login', { body: { email: 'owner@demo.example' } })) as {
        token: string;
      };
      booked.ended = await bookConsultation(monday.url, token, STACK_MONDAY.getTime() + DAY_MS);
      booked.ahead = await bookConsultation(monday.url, token, STACK_MONDAY.getTime() + 10 * DAY_MS);
    } finally {
      await monday.stop();
    }
    const thursday = await startLocalStackProcess({ CLOCK_START: STACK_THURSDAY.toISOString() }, { dataDir });
    return {
      ...thursday,
      stop: async () => {
        await thursday.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
};

const e2e = stackAndBrowserFixture({ startStack: preparedStack, timeoutMs: 240_000 });

const berlinTime = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: BERLIN }).format(
    new Date(iso),
  );
const monthName = (at: Date) =>
  new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: BERLIN }).format(at);

describe('one clock: the stack’s, whatever the browser’s says', () => {
  it('lists the customer’s bookings and usage month by the stack’s date', async () => {
    const page = await e2e.browser.newPage({ browserClockOffsetMs: BROWSER_BEHIND_MS });
    await e2e.signIn(page, 'owner@demo.example');
    await openFromNav(page, 'Bookings', '/bookings');

    // Tuesday's session has ended on the stack's clock (on the browser's it is months ahead): not upcoming.
    const upcoming = page.getByRole('region', { name: 'Upcoming' });
    const past = page.getByRole('region', { name: 'Past and cancelled' });
    await expect.poll(() => upcoming.getByRole('article').count()).toBe(1);
    expect(await upcoming.textContent()).toContain(`${berlinTime(booked.ahead!.start)}–`);
    expect(await upcoming.getByRole('button', { name: 'Cancel', exact: true }).count()).toBe(1);
    const ended = past.getByRole('article', { name: 'Consultation' });
    expect(await ended.count()).toBe(1);
    expect(await ended.textContent()).toContain(`${berlinTime(booked.ended!.start)}–`);
    expect(await ended.locator('.status-pill').textContent()).toBe('Ended');
    expect(await ended.getByRole('button').count()).toBe(0);

    // The day picker starts on the stack's today, not the browser's.
    await openFromNav(page, 'Book', '/book');
    await page.getByRole('button', { name: 'Choose Consultation' }).click();
    const firstOffered = page.getByRole('group', { name: 'Day', exact: true }).locator('.day-button').first();
    await expect
      .poll(() => firstOffered.getAttribute('data-date'))
      .toBe(new Intl.DateTimeFormat('en-CA', { timeZone: BERLIN }).format(STACK_THURSDAY));

    // Usage opens on the stack's month.
    await openFromNav(page, 'Usage', '/usage');
    const month = page.getByLabel('Month', { exact: true });
    await expect.poll(async () => month.locator('option:checked').textContent()).toBe(monthName(STACK_THURSDAY));
    await page.close();
  });

  it('offers the operator Log time on the session that has ended on the stack’s clock', async () => {
    const page = await e2e.browser.newPage({ browserClockOffsetMs: BROWSER_BEHIND_MS });
    await e2e.signIn(page, 'operator@opsdesk.local');
    await openFromNav(page, 'Calendar', '/ops/calendar');
    // Tuesday's block, by its start time (its name goes on with the customer and the type).
    const block = page
      .getByRole('button', { name: new RegExp(`^${berlinTime(booked.ended!.start)}–`) })
      .filter({ hasText: 'Demo Verein' });
    await expect.poll(() => block.count()).toBe(1);
    // The block opens its booking (clicked again should a re-render have swallowed the click), which offers Log time.
    const dialog = page.getByRole('dialog');
    await expect
      .poll(async () => {
        if ((await dialog.count()) === 0) await block.click();
        return dialog.getByRole('button', { name: 'Log time', exact: true }).count();
      })
      .toBe(1);
    expect(await dialog.textContent()).not.toContain('once the session has started');
    await page.close();
  });
});
