import { describe, expect, it } from 'vitest';
import { E2E_TODAY, mainNav, stackAndBrowserFixture, stackTime } from '../support/e2e.js';
import { startLocalStackProcess } from '../support/local-stack-process.js';

// The local stack seeds owner@demo.example as the admin of Demo Verein on an active plan, and an operator with
// Mon–Fri hours; its sender job delivers due e-mails to the local mailbox every scheduler minute (and once at
// start-up) — here a "minute" of 3 s (SCHEDULER_MINUTE_MS), so the test does not wait a real one.
const e2e = stackAndBrowserFixture({
  startStack: () => startLocalStackProcess({ CLOCK_START: E2E_TODAY.toISOString(), SCHEDULER_MINUTE_MS: '3000' }),
});

interface MailboxItem {
  id: string;
  kind: string;
  bookingId: string;
  to: string;
  subject: string;
  ics: string;
}

const { signIn } = e2e;

/** The mailbox as the signed-in user may read it (their organisation's e-mails); it needs a token like the API. */
const mailbox = async (headers: Record<string, string>): Promise<MailboxItem[]> => {
  const response = await fetch(`${e2e.stack.url}/auth/dev/mailbox`, { headers });
  expect(response.status).toBe(200);
  return ((await response.json()) as { items: MailboxItem[] }).items;
};

describe('the local mailbox in a real browser', () => {
  it('shows the confirmation e-mail of a booking once the sender job has run', async () => {
    const page = await e2e.browser.newPage();
    // Signed out, the page says what to do instead of listing anyone's e-mail.
    await page.goto(`${e2e.stack.url}/dev/mailbox`);
    await expect.poll(() => page.getByText('Sign in to read the mailbox').count()).toBe(1);
    expect(await page.locator('.mailbox').count()).toBe(0);

    await signIn(page, 'owner@demo.example');
    // A string expression: the test code is type-checked without DOM types.
    const token = (await page.evaluate("localStorage.getItem('opsdesk.token')")) as string | null;
    expect(token).toBeTruthy();
    const headers = { Authorization: `Bearer ${token}` };
    expect((await fetch(`${e2e.stack.url}/auth/dev/mailbox`)).status).toBe(401);

    // A free half hour at least two days ahead, in the coming 14 days.
    const now = await stackTime(e2e.stack);
    const day = 24 * 60 * 60 * 1000;
    const query = new URLSearchParams({
      type: 'consultation',
      from: new Date(now).toISOString(),
      to: new Date(now + 14 * day).toISOString(),
      timeZone: 'Europe/Berlin',
      durationMinutes: '30',
    });
    const availability = await page.request.get(`${e2e.stack.url}/api/availability?${query}`, { headers });
    expect(availability.status()).toBe(200);
    const { slots } = (await availability.json()) as { slots: { start: string }[] };
    const slot = slots.find((candidate) => Date.parse(candidate.start) >= now + 2 * day) ?? slots[0];
    expect(slot).toBeDefined();

    const booked = await page.request.post(`${e2e.stack.url}/api/bookings`, {
      headers,
      data: { typeId: 'consultation', start: slot?.start, durationMinutes: 30 },
    });
    expect(booked.status()).toBe(201);
    const booking = (await booked.json()) as { id: string };

    // The sender job runs every scheduler minute (3 s here).
    await expect
      .poll(
        async () =>
          (await mailbox(headers)).some((item) => item.bookingId === booking.id && item.kind === 'confirmation'),
        { timeout: 30_000, interval: 1_000 },
      )
      .toBe(true);
    const confirmation = (await mailbox(headers)).find(
      (item) => item.bookingId === booking.id && item.kind === 'confirmation',
    );
    expect(confirmation?.to).toBe('owner@demo.example');
    expect(confirmation?.subject).toMatch(/^Booking confirmed/);
    expect(confirmation?.ics).toContain('BEGIN:VCALENDAR');

    // The page, from the navigation of the dev identity mode.
    await mainNav(page).getByRole('link', { name: 'Mailbox (local)', exact: true }).click();
    await page.waitForURL('**/dev/mailbox');
    const message = page.getByRole('article', { name: confirmation?.subject ?? '' });
    await expect.poll(() => message.count()).toBe(1);
    expect(await message.getByRole('heading').textContent()).toMatch(/^Booking confirmed/);
    expect(await message.textContent()).toContain('Confirmation');
    expect(await message.textContent()).toContain('owner@demo.example');

    // Expanded: the text and the calendar download.
    await message.getByText('Show the e-mail').click();
    const download = message.getByRole('link', { name: 'Download booking.ics' });
    await expect.poll(() => download.isVisible()).toBe(true);
    expect(await download.getAttribute('href')).toMatch(/^blob:/);
    expect(await download.getAttribute('download')).toBe('booking.ics');
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  }, 120_000);
});
