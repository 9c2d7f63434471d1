import { useCallback, useRef, useState } from 'react';
import { addDays } from '../../../shared/platform/zoned-time.js';
import { BookingDialog } from '../components/calendar/booking-dialog.js';
import type { WorkingBlock } from '../components/calendar/calendar-layout.js';
import { WeekGrid } from '../components/calendar/week-grid.js';
import { EmptyState, ErrorAlert, Loading, Notice } from '../components/status.js';
import { api, type Booking, type BookingType } from '../lib/api.js';
import { dayRange, loadBookingTypes, mondayOf, todayIn } from '../lib/booking.js';
import { useDisplayZone } from '../lib/display-zone.js';
import { count, formatDuration, zoneLabel } from '../lib/format.js';
import { useNow } from '../lib/use-polled.js';
import { useResource } from '../lib/use-resource.js';
import '../styles/staff-pages.css';

/** The operator's working hours (to size the grid) and the booking types (for the no-show fee), loaded together. */
const loadSetup = (signal: AbortSignal) =>
  Promise.all([api.getStaffAvailability(signal), loadBookingTypes(signal)]).then(([availability, types]) => ({
    availability,
    types,
  }));

type View = 'day' | 'week';

/** Phones open on the day view: seven columns do not fit 375 px. */
const PHONE = '(max-width: 40rem)';
const initialView = (): View => (typeof window !== 'undefined' && window.matchMedia?.(PHONE).matches ? 'day' : 'week');

const monthDay = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', timeZone: 'UTC' });
const monthDayYear = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const longDay = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const asNoon = (date: string) => new Date(`${date}T12:00:00Z`);

/** `16 – 22 November 2026`, or one day written out. */
const rangeTitle = (start: string, days: number): string =>
  days === 1
    ? longDay.format(asNoon(start))
    : `${monthDay.format(asNoon(start))} – ${monthDayYear.format(asNoon(addDays(start, days - 1)))}`;

export function OpsCalendarPage() {
  const setup = useResource(loadSetup);
  const zone = useDisplayZone();
  return (
    <>
      <h1>Calendar</h1>
      <p className="lead">
        Your bookings in your time zone, {zoneLabel(zone)}. Open a booking to see its details; once it has started, log
        the time spent (it becomes the customer’s usage) or record a no-show.
      </p>
      {setup.status === 'loading' && <Loading>Loading your calendar…</Loading>}
      {setup.status === 'error' && (
        <ErrorAlert error={setup.error} title="Could not load your calendar" onRetry={setup.reload} />
      )}
      {setup.status === 'ready' && (
        <Calendar
          zone={zone}
          types={setup.data.types}
          working={setup.data.availability.timeZone === zone ? setup.data.availability.weekly : []}
        />
      )}
    </>
  );
}

function Calendar({
  zone,
  types,
  working,
}: {
  zone: string;
  types: readonly BookingType[];
  working: readonly WorkingBlock[];
}) {
  const now = useNow(30_000);
  const today = todayIn(zone, now);
  const [view, setView] = useState<View>(initialView);
  const [anchor, setAnchor] = useState(today);
  const [changed, setChanged] = useState<Record<string, Booking>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);

  const start = view === 'day' ? anchor : mondayOf(anchor);
  const length = view === 'day' ? 1 : 7;
  const load = useCallback(
    (signal: AbortSignal) => api.listStaffBookings(dayRange(start, length, zone), signal),
    [start, length, zone],
  );
  const bookings = useResource(load);
  const days = Array.from({ length }, (_, i) => addDays(start, i));
  const unit = view === 'day' ? 'day' : 'week';
  const move = (by: number) => {
    setAnchor((current) => addDays(view === 'day' ? current : mondayOf(current), by * length));
    setNotice(null);
  };

  const all =
    bookings.status === 'ready'
      ? bookings.data.items
          .map((booking) => changed[booking.id] ?? booking)
          .sort((a, b) => a.start.localeCompare(b.start))
      : [];
  const shown = all.filter((booking) => booking.status !== 'cancelled');
  const cancelled = all.length - shown.length;
  const booked = shown.reduce((sum, booking) => sum + booking.durationMinutes, 0);
  const openBooking = open ? shown.find((booking) => booking.id === open) : undefined;
  const showsToday = days.includes(today);

  const close = () => {
    setOpen(null);
    const target = opener.current;
    // Back to the block that opened the dialog (a write re-renders it in place).
    if (target?.isConnected) target.focus();
  };

  return (
    <>
      <div className="calendar-toolbar staff-calendar-toolbar">
        <fieldset className="calendar-nav">
          <legend className="visually-hidden">Move by {unit}</legend>
          <button
            type="button"
            className="button button-secondary button-small"
            aria-label={`Previous ${unit}`}
            onClick={() => move(-1)}
          >
            <span aria-hidden="true">‹</span>
          </button>
          <button
            type="button"
            className="button button-secondary button-small"
            aria-pressed={showsToday}
            onClick={() => {
              setAnchor(today);
              setNotice(null);
            }}
          >
            Today
          </button>
          <button
            type="button"
            className="button button-secondary button-small"
            aria-label={`Next ${unit}`}
            onClick={() => move(1)}
          >
            <span aria-hidden="true">›</span>
          </button>
        </fieldset>
        <h2 className="calendar-title" aria-live="polite">
          {rangeTitle(start, length)}
        </h2>
        <fieldset className="toggle">
          <legend className="visually-hidden">View</legend>
          {(['day', 'week'] as const).map((option) => (
            <button
              key={option}
              type="button"
              className="button button-secondary button-small"
              aria-pressed={view === option}
              onClick={() => {
                setView(option);
                if (option === 'day' && !days.includes(anchor)) setAnchor(start);
              }}
            >
              {option === 'day' ? 'Day' : 'Week'}
            </button>
          ))}
        </fieldset>
      </div>
      <p className="calendar-caption muted">
        Times in {zoneLabel(zone)}
        {bookings.status === 'ready' && shown.length > 0 && (
          <>
            {' '}
            · {count(shown.length, 'booking')}, {formatDuration(booked)}
          </>
        )}
        {bookings.status === 'ready' && cancelled > 0 && <> · {count(cancelled, 'cancelled booking')} not shown</>}
      </p>
      {notice && (
        <Notice>
          <p>{notice}</p>
        </Notice>
      )}
      {bookings.status === 'loading' && <Loading>Loading bookings…</Loading>}
      {bookings.status === 'error' && (
        <ErrorAlert error={bookings.error} title="Could not load your bookings" onRetry={bookings.reload} />
      )}
      {bookings.status === 'ready' && (
        <>
          {shown.length === 0 && <EmptyState>Nothing booked this {unit}.</EmptyState>}
          <WeekGrid
            days={days}
            bookings={shown}
            zone={zone}
            today={today}
            now={now}
            working={working}
            onOpen={(booking, button) => {
              opener.current = button;
              setOpen(booking.id);
            }}
          />
        </>
      )}
      {openBooking && (
        <BookingDialog
          key={openBooking.id}
          booking={openBooking}
          type={types.find((type) => type.id === openBooking.typeId)}
          zone={zone}
          now={now}
          onClose={close}
          onChanged={(booking, message) => {
            setChanged((current) => ({ ...current, [booking.id]: booking }));
            setNotice(message);
            close();
          }}
        />
      )}
    </>
  );
}
