import type { CSSProperties } from 'react';
import type { Booking } from '../../lib/api.js';
import { BOOKING_STATUS_LABELS, formatTime } from '../../lib/booking.js';
import { hourRange, minuteOfDay, type Placed, placeOnDay, type WorkingBlock } from './calendar-layout.js';

const pad = (n: number) => String(n).padStart(2, '0');

const dayHeader = new Intl.DateTimeFormat(undefined, { weekday: 'short', timeZone: 'UTC' });
const dayNumber = new Intl.DateTimeFormat(undefined, { day: 'numeric', timeZone: 'UTC' });
const dayLong = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});
const asNoon = (date: string) => new Date(`${date}T12:00:00Z`);

/**
 * The calendar's grid: hours down the side, one column per day, bookings as blocks placed by their times (in
 * `zone`), today's column marked and the current time drawn across it. Each block is a button that opens its
 * booking's details, named by what it shows: `12:30–13:00 Demo Verein Consultation` (and its status when not confirmed).
 */
export function WeekGrid({
  days,
  bookings,
  zone,
  today,
  now,
  working,
  onOpen,
}: {
  days: readonly string[];
  bookings: readonly Booking[];
  zone: string;
  today: string;
  now: number;
  working: readonly WorkingBlock[];
  onOpen: (booking: Booking, opener: HTMLButtonElement) => void;
}) {
  const placedByDay = days.map((date) => ({ date, placed: placeOnDay(bookings, date, zone) }));
  const { first, last } = hourRange(
    working,
    placedByDay.flatMap(({ placed }) => placed),
  );
  const hours = Array.from({ length: last - first }, (_, i) => first + i);
  const style = {
    '--calendar-hours': last - first,
    '--calendar-days': days.length,
  } as CSSProperties;

  return (
    <div className={`calendar-scroller${days.length === 1 ? ' calendar-scroller-day' : ''}`}>
      <div className="calendar-grid" style={style}>
        <div className="calendar-corner" aria-hidden="true" />
        {days.map((date) => (
          <div key={date} className={`calendar-day-head${date === today ? ' calendar-today' : ''}`} aria-hidden="true">
            <span className="calendar-weekday">{dayHeader.format(asNoon(date))}</span>
            <span className="calendar-daynum">{dayNumber.format(asNoon(date))}</span>
          </div>
        ))}
        <div className="calendar-hours" aria-hidden="true">
          {hours.map((hour) => (
            <div key={hour} className="calendar-hour-label">
              {pad(hour)}:00
            </div>
          ))}
        </div>
        {placedByDay.map(({ date, placed }) => (
          <DayColumn
            key={date}
            date={date}
            placed={placed}
            zone={zone}
            first={first}
            last={last}
            isToday={date === today}
            now={now}
            onOpen={onOpen}
          />
        ))}
      </div>
    </div>
  );
}

function DayColumn({
  date,
  placed,
  zone,
  first,
  last,
  isToday,
  now,
  onOpen,
}: {
  date: string;
  placed: Placed<Booking>[];
  zone: string;
  first: number;
  last: number;
  isToday: boolean;
  now: number;
  onOpen: (booking: Booking, opener: HTMLButtonElement) => void;
}) {
  const span = (last - first) * 60;
  const top = (minute: number) => `${((minute - first * 60) / span) * 100}%`;
  const nowMinute = isToday ? minuteOfDay(now, date, zone) : null;
  const showNow = nowMinute !== null && nowMinute >= first * 60 && nowMinute <= last * 60;
  const headingId = `calendar-day-${date}`;
  return (
    <section
      className={`calendar-column${isToday ? ' calendar-today' : ''}`}
      aria-labelledby={headingId}
      aria-current={isToday ? 'date' : undefined}
      data-date={date}
    >
      <h3 id={headingId} className="visually-hidden">
        {dayLong.format(asNoon(date))}
        {isToday ? ' (today)' : ''}
        {placed.length === 0 ? ': nothing booked' : ''}
      </h3>
      {showNow && (
        <div className="calendar-now" style={{ top: top(nowMinute) }} aria-hidden="true" title="Now">
          <span className="calendar-now-dot" />
        </div>
      )}
      {placed.length > 0 && (
        <ul className="calendar-blocks">
          {placed.map((piece) => {
            const { item: booking } = piece;
            const height = ((piece.endMinute - piece.startMinute) / span) * 100;
            const blockStyle: CSSProperties = {
              top: top(piece.startMinute),
              height: `${height}%`,
              left: `calc(${(piece.lane / piece.lanes) * 100}% + 2px)`,
              width: `calc(${100 / piece.lanes}% - 4px)`,
            };
            const short = piece.endMinute - piece.startMinute < 45;
            return (
              <li key={booking.id} style={blockStyle} className="calendar-block-slot">
                <button
                  type="button"
                  className={`calendar-block calendar-block-${booking.status}${short ? ' calendar-block-short' : ''}`}
                  aria-haspopup="dialog"
                  onClick={(event) => onOpen(booking, event.currentTarget)}
                >
                  <span className="calendar-block-time">
                    {piece.continuesBefore ? '… ' : ''}
                    {formatTime(booking.start, zone)}–{formatTime(booking.end, zone)}
                    {piece.continuesAfter ? ' …' : ''}
                  </span>{' '}
                  <span className="calendar-block-customer">{booking.tenantName}</span>{' '}
                  <span className="calendar-block-type">{booking.typeName}</span>
                  {booking.status !== 'confirmed' && (
                    <>
                      {' '}
                      <span className="calendar-block-status">{BOOKING_STATUS_LABELS[booking.status]}</span>
                    </>
                  )}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
