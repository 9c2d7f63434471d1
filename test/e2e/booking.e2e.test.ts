import { describe, expect, it } from 'vitest';
import { mainNav, openFromNav, stackAndBrowserFixture, statusTexts } from '../support/e2e.js';

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
    expect(await consultation.textContent()).toContain('Free to cancel up to 24 hours before the start');
    await consultation.getByRole('button', { name: 'Choose Consultation' }).click();

    // Step 2: 30 minutes, on the first day at least three days ahead with free times (the list starts today).
    await page.getByLabel('Duration', { exact: true }).selectOption('30');
    const days = page.getByRole('group', { name: 'Day', exact: true }).locator('.day-button');
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
    expect(await statusTexts(page)).toContainEqual(expect.stringContaining(`Consultation, 30 minutes: `));
    expect(await statusTexts(page)).toContainEqual(expect.stringContaining(`, ${time}–`));

    // It is listed under Upcoming, confirmed.
    await page.getByRole('link', { name: 'See your bookings' }).click();
    await page.waitForURL('**/bookings');
    const booking = page.getByRole('article', { name: 'Consultation' });
    await expect.poll(() => booking.count()).toBe(1);
    expect(await booking.textContent()).toContain('Confirmed');
    expect(await booking.textContent()).toContain('30 minutes');
    expect(await booking.textContent()).toContain('Review the plugin updates');

    // Cancelling days ahead is free: the question says so, and no fee is charged.
    await booking.getByRole('button', { name: 'Cancel', exact: true }).click();
    expect(await booking.locator('.confirm-question').textContent()).toContain('free of charge until');
    await booking.getByRole('button', { name: 'Cancel booking' }).click();
    await expect
      .poll(() => statusTexts(page))
      .toContainEqual(expect.stringContaining('Consultation cancelled, free of charge.'));
    expect(await booking.locator('.status-pill').textContent()).toBe('Cancelled');
    expect(await booking.textContent()).not.toContain('Late-cancellation fee');
    expect(await booking.getByRole('button', { name: 'Cancel', exact: true }).count()).toBe(0);

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

  it('shows the seeded on-call rota to the operator, and lets the provider-admin save it', async () => {
    const page = await e2e.browser.newPage();
    await signIn(page, 'operator@opsdesk.local');
    await openFromNav(page, 'On-call rota', '/ops/on-call');
    await expect.poll(() => page.getByRole('table').getByRole('row').count()).toBeGreaterThan(1);
    expect(await page.getByText('you', { exact: false }).count()).toBeGreaterThan(0);
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
