import { describe, expect, it } from 'vitest';
import { E2E_TODAY, mainNav, openFromNav, stackAndBrowserFixture, statusTexts } from '../support/e2e.js';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-/;

// The local stack seeds operator@opsdesk.local with Mon–Fri 09:00–17:00 Europe/Berlin, and owner@demo.example as
// the admin of Demo Verein on an active plan.
const e2e = stackAndBrowserFixture();

const { signIn } = e2e;

describe('booking webmaster hours in a real browser', () => {
  it('lets a customer book and cancel a consultation, and the operator change their hours', async () => {
    const page = await e2e.browser.newPage();
    await signIn(page, 'owner@demo.example');

    // Step 1: the type, with its policy on the card.
    await openFromNav(page, 'Book', '/book');
    const consultation = page.getByRole('article', { name: 'Consultation' });
    await expect.poll(() => consultation.count()).toBe(1);
    expect(await consultation.textContent()).toContain('Free to cancel up to 24 h before the start');
    expect(await consultation.textContent()).toContain('At least 2 h ahead, up to 60 days ahead');
    // Times in the organisation's zone (Demo Verein: Europe/Berlin), said so; not the browser's (UTC here).
    expect(await page.locator('.lead').textContent()).toContain('Times are in Europe/Berlin');
    expect(await page.getByLabel('Show times in').inputValue()).toBe('Europe/Berlin');
    // Durations in the one format; a type bookable without notice says so in words.
    expect(await page.getByRole('article', { name: 'Emergency call-out' }).textContent()).toContain(
      'Any time before it starts, up to 2 days ahead',
    );
    expect(await page.locator('main').textContent()).not.toMatch(/no notice|\d minutes/);
    await consultation.getByRole('button', { name: 'Choose Consultation' }).click();

    // The day picker: two calendar weeks in rows of seven, Monday first; days before today are not offered.
    const dayGroup = page.getByRole('group', { name: 'Day', exact: true });
    const cells = dayGroup.locator('.day-weeks > li');
    await expect.poll(() => cells.count()).toBe(14);
    const tops = await cells.evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
    expect(new Set(tops.slice(0, 7)).size).toBe(1);
    expect(new Set(tops.slice(7)).size).toBe(1);
    expect(tops[7]).toBeGreaterThan(tops[0]!);
    expect((await cells.first().locator('.day-weekday').textContent())?.toLowerCase()).toMatch(/^mon/);
    // The stack's today in Berlin: the days of its week before it are shown but not offered.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(E2E_TODAY);
    const dates = (locator: typeof cells) =>
      locator.evaluateAll((items) => items.map((item) => item.getAttribute('data-date') ?? ''));
    const offered = await dates(dayGroup.locator('.day-button'));
    const notOffered = await dates(dayGroup.locator('.day-off'));
    expect(offered.length + notOffered.length).toBe(14);
    expect(offered[0]).toBe(today);
    expect(notOffered.every((date) => date < today)).toBe(true);

    // Step 2: 30 minutes, on the first day at least three days ahead with free times (the list starts today).
    await page.getByLabel('Duration', { exact: true }).selectOption('30');
    const days = dayGroup.locator('.day-button');
    await expect.poll(() => days.count()).toBeGreaterThan(3);
    await expect.poll(async () => (await days.allTextContents()).some((text) => text.includes('…'))).toBe(false);
    const labels = await days.allTextContents();
    const dayIndex = labels.findIndex((text, index) => index >= 3 && !text.includes('Nothing free'));
    expect(dayIndex).toBeGreaterThanOrEqual(3);
    await days.nth(dayIndex).click();
    expect(await days.nth(dayIndex).getAttribute('aria-pressed')).toBe('true');

    // Step 3: the first free time of that day.
    const times = page.getByRole('group', { name: /^Time on / }).getByRole('button');
    await expect.poll(() => times.count()).toBeGreaterThan(0);
    const time = (await times.first().textContent()) ?? '';
    expect(time).toMatch(/^\d\d:\d\d$/);
    await times.first().click();

    // Before confirming: what the booking does to the month's included webmaster hours (GET /api/booking-quote).
    const quote = page.getByTestId('booking-quote');
    await expect.poll(() => quote.textContent()).toMatch(/This booking uses 30 min of your remaining \d+ h/);

    // Step 4: confirm, with a note.
    await page.getByLabel('Notes (optional)').fill('Review the plugin updates');
    await page.getByRole('button', { name: 'Confirm booking' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Booking confirmed' }).count()).toBe(1);
    expect(await statusTexts(page)).toContainEqual(expect.stringContaining(`Consultation, 30 min: `));
    expect(await statusTexts(page)).toContainEqual(expect.stringContaining('(Europe/Berlin)'));
    expect(await statusTexts(page)).toContainEqual(expect.stringContaining(`, ${time}–`));

    // It is listed under Upcoming, confirmed, with the type's and the webmaster's names — no ids anywhere.
    await page.getByRole('link', { name: 'See your bookings' }).click();
    await page.waitForURL('**/bookings');
    const upcoming = page.getByRole('region', { name: 'Upcoming' });
    const booking = upcoming.getByRole('article', { name: 'Consultation' });
    await expect.poll(() => booking.count()).toBe(1);
    expect(await booking.textContent()).toContain('Confirmed');
    expect(await booking.textContent()).toContain('30 min');
    expect(await booking.textContent()).toContain('Otto Operator');
    expect(await booking.textContent()).toContain('(Europe/Berlin)');
    expect(await booking.textContent()).toContain('Review the plugin updates');
    expect(await page.locator('main').textContent()).not.toMatch(UUID);
    expect(await page.locator('.lead').textContent()).toContain('Times in Europe/Berlin');

    // Cancelling days ahead is free: the question says so, and no fee is charged.
    await booking.getByRole('button', { name: 'Cancel', exact: true }).click();
    expect(await booking.locator('.confirm-question').textContent()).toContain('free of charge until');
    await booking.getByRole('button', { name: 'Cancel booking' }).click();
    await expect
      .poll(() => statusTexts(page))
      .toContainEqual(expect.stringContaining('Consultation cancelled, free of charge.'));
    // Cancelled, it is no longer upcoming: it moves to "Past and cancelled".
    const pastBooking = page.getByRole('region', { name: 'Past and cancelled' }).getByRole('article', {
      name: 'Consultation',
    });
    await expect.poll(() => pastBooking.count()).toBe(1);
    expect(await upcoming.getByRole('article').count()).toBe(0);
    expect(await upcoming.textContent()).toContain('Nothing coming up');
    expect(await pastBooking.locator('.status-pill').textContent()).toBe('Cancelled');
    expect(await pastBooking.textContent()).not.toContain('Late-cancellation fee');
    expect(await pastBooking.getByRole('button', { name: 'Cancel', exact: true }).count()).toBe(0);
    await page.reload();
    await expect.poll(() => pastBooking.count()).toBe(1);
    expect(await upcoming.getByRole('article').count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toMatch(UUID);

    // The operator sees the seeded hours and ends Fridays an hour earlier.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/login**');
    await signIn(page, 'operator@opsdesk.local');
    expect(await mainNav(page).getByRole('link', { name: 'Book', exact: true }).count()).toBe(0);
    await openFromNav(page, 'Availability', '/ops/availability');
    const friday = page.getByRole('group', { name: 'Friday', exact: true });
    await expect.poll(() => friday.getByLabel('End', { exact: true }).count()).toBe(1);
    expect(await page.getByLabel('Time zone', { exact: true }).inputValue()).toBe('Europe/Berlin');
    expect(await friday.getByLabel('Start', { exact: true }).inputValue()).toBe('09:00');
    expect(await friday.getByLabel('End', { exact: true }).inputValue()).toBe('17:00');
    expect(await page.getByRole('group', { name: 'Saturday', exact: true }).textContent()).toContain('Not available');

    await friday.getByLabel('End', { exact: true }).selectOption('16:00');
    await page.getByRole('button', { name: 'Save availability' }).click();
    await expect.poll(() => statusTexts(page)).toContainEqual(expect.stringContaining('Availability saved.'));
    expect(await page.getByRole('alert').count()).toBe(0);

    // Saved on the server: a fresh load shows the new end, and the other days as they were.
    await page.reload();
    await expect.poll(() => friday.getByLabel('End', { exact: true }).count()).toBe(1);
    expect(await friday.getByLabel('End', { exact: true }).inputValue()).toBe('16:00');
    expect(
      await page.getByRole('group', { name: 'Thursday', exact: true }).getByLabel('End', { exact: true }).inputValue(),
    ).toBe('17:00');

    // The calendar opens in the operator's zone, in the week view.
    await openFromNav(page, 'Calendar', '/ops/calendar');
    await expect
      .poll(() => page.getByRole('button', { name: 'Week', exact: true }).getAttribute('aria-pressed'))
      .toBe('true');
    expect(await page.locator('.lead').textContent()).toContain('Europe/Berlin');
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  });

  it('lays the booking pages out at desktop and phone width, the day picker in rows of seven', async () => {
    const page = await e2e.browser.newPage();
    await signIn(page, 'owner@demo.example');
    // A booking ahead, so /bookings has something under Upcoming (the first test's is cancelled).
    await openFromNav(page, 'Book', '/book');
    await page.getByRole('button', { name: 'Choose Hands-on session' }).click();
    const free = page.getByRole('group', { name: 'Day', exact: true }).locator('.day-button:not(.day-button-full)');
    await expect.poll(() => free.count()).toBeGreaterThan(0);
    await free.last().click();
    await page
      .getByRole('group', { name: /^Time on / })
      .getByRole('button')
      .first()
      .click();
    await page.getByRole('button', { name: 'Confirm booking' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Booking confirmed' }).count()).toBe(1);

    for (const [width, height] of [
      [1280, 800],
      [375, 812],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(`${e2e.stack.url}/book`);
      await expect.poll(() => page.getByRole('button', { name: 'Choose Consultation' }).count()).toBe(1);
      expect((await page.evaluate('document.documentElement.scrollWidth')) as number).toBeLessThanOrEqual(width);
      await page.screenshot({ path: `test-results/booking-types-${width}.png`, fullPage: true });
      await page.getByRole('button', { name: 'Choose Consultation' }).click();
      const cells = page.getByRole('group', { name: 'Day', exact: true }).locator('.day-weeks > li');
      await expect.poll(() => cells.count()).toBe(14);
      const dayButtons = page.getByRole('group', { name: 'Day', exact: true }).locator('.day-button');
      await expect
        .poll(async () => (await dayButtons.allTextContents()).some((text) => text.includes('…')))
        .toBe(false);
      const lefts = await cells.evaluateAll((items) =>
        items.map((item) => Math.round(item.getBoundingClientRect().left)),
      );
      expect(lefts.slice(7)).toEqual(lefts.slice(0, 7)); // the second week's days stand under the first's
      expect((await page.evaluate('document.documentElement.scrollWidth')) as number).toBeLessThanOrEqual(width);
      await page.screenshot({ path: `test-results/booking-book-${width}.png`, fullPage: true });

      await page.goto(`${e2e.stack.url}/bookings`);
      await expect.poll(() => page.getByRole('heading', { name: 'Upcoming' }).count()).toBe(1);
      expect((await page.evaluate('document.documentElement.scrollWidth')) as number).toBeLessThanOrEqual(width);
      expect(await page.locator('main').textContent()).not.toMatch(UUID);
      await page.screenshot({ path: `test-results/booking-bookings-${width}.png`, fullPage: true });
    }
    await page.close();
  });

  it('shows the seeded on-call rota to the operator, and lets the provider-admin save it', async () => {
    const page = await e2e.browser.newPage();
    await signIn(page, 'operator@opsdesk.local');
    await openFromNav(page, 'On-call rota', '/ops/on-call');
    const shifts = page.getByRole('list', { name: /^On-call shifts/ }).getByRole('listitem');
    await expect.poll(() => shifts.count()).toBeGreaterThan(0);
    expect(await shifts.first().textContent()).toContain('Otto Operator (you)');
    expect(await page.getByRole('button', { name: 'Save rota' }).count()).toBe(0);
    await page.close();

    const admin = await e2e.browser.newPage();
    await signIn(admin, 'admin@opsdesk.local');
    await openFromNav(admin, 'On-call rota', '/ops/on-call');
    await admin.getByRole('button', { name: 'Save rota' }).click();
    await expect.poll(() => admin.getByRole('status').allTextContents()).toContain('Rota saved.');
    await admin.close();
  });
});
