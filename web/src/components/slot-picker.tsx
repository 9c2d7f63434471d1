import { useCallback, useMemo, useState } from 'react';
import { addDays } from '../../../shared/platform/zoned-time.js';
import { api, type BookingType, type Slot } from '../lib/api.js';
import { dateIn, dayRange, formatLongDay, formatTime, mondayOf, todayIn } from '../lib/booking.js';
import { count, zoneLabel } from '../lib/format.js';
import { useResource } from '../lib/use-resource.js';
import { EmptyState, ErrorAlert, Loading } from './status.js';
import '../styles/booking.css';

/** Days shown at once — two calendar weeks, Monday to Sunday; the week buttons move by seven. */
const WINDOW_DAYS = 14;

const utcNoon = (date: string) => new Date(`${date}T12:00:00Z`);
const weekdayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', timeZone: 'UTC' });
const dayMonthFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const rangeFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * Choosing a day and then a free time of one booking type and duration, in the viewer's zone: two calendar weeks as
 * rows of seven days (Monday first; days before today or past the type's horizon greyed out), each bookable day a
 * button saying how many times are free, week navigation up to the horizon, and the free times of the chosen day.
 * A new `refreshKey` asks the server again (after a 409, say).
 */
export function SlotPicker({
  type,
  durationMinutes,
  timeZone,
  selected,
  onSelect,
  refreshKey = 0,
}: {
  type: BookingType;
  durationMinutes: number;
  timeZone: string;
  selected: Slot | null;
  onSelect: (slot: Slot | null) => void;
  refreshKey?: number;
}) {
  const [week, setWeek] = useState(0);
  const [chosenDay, setChosenDay] = useState<string | null>(null);
  const today = todayIn(timeZone);
  const lastDay = addDays(today, type.horizonDays);
  const windowStart = addDays(mondayOf(today), week * 7);
  const windowDays = useMemo(
    () => Array.from({ length: WINDOW_DAYS }, (_, i) => addDays(windowStart, i)),
    [windowStart],
  );
  // The days that can be booked: from today to the horizon.
  const days = useMemo(
    () => windowDays.filter((date) => date >= today && date <= lastDay),
    [windowDays, today, lastDay],
  );
  const canGoBack = week > 0;
  const canGoOn = addDays(windowStart, WINDOW_DAYS) <= lastDay;

  const typeId = type.id;
  const firstDay = days[0] ?? today;
  const dayCount = days.length;
  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshKey asks again for the same window.
  const load = useCallback(
    (signal: AbortSignal) =>
      api.findAvailability(
        { type: typeId, durationMinutes, timeZone, ...dayRange(firstDay, Math.max(dayCount, 1), timeZone) },
        signal,
      ),
    [typeId, durationMinutes, timeZone, firstDay, dayCount, refreshKey],
  );
  const availability = useResource(load);

  const data = availability.status === 'ready' ? availability.data : null;
  const slotsByDay = useMemo(() => {
    const byDay = new Map<string, Slot[]>();
    for (const slot of data?.slots ?? []) {
      const date = dateIn(slot.start, timeZone);
      byDay.set(date, [...(byDay.get(date) ?? []), slot]);
    }
    return byDay;
  }, [data, timeZone]);

  // The chosen day while it is on screen; else the first day with free times (or the first day).
  const day =
    chosenDay && days.includes(chosenDay)
      ? chosenDay
      : (days.find((date) => (slotsByDay.get(date)?.length ?? 0) > 0) ?? days[0] ?? today);
  const slots = slotsByDay.get(day) ?? [];

  const moveWeek = (by: number) => {
    setWeek((current) => Math.max(0, current + by));
    setChosenDay(null);
    onSelect(null);
  };

  return (
    <div className="slot-picker">
      <fieldset className="picker-group">
        <legend>Day</legend>
        <div className="form-actions picker-nav">
          <button
            type="button"
            className="button button-secondary button-small"
            aria-disabled={!canGoBack || undefined}
            onClick={() => {
              if (canGoBack) moveWeek(-1);
            }}
          >
            Previous week
          </button>
          <button
            type="button"
            className="button button-secondary button-small"
            aria-disabled={!canGoOn || undefined}
            onClick={() => {
              if (canGoOn) moveWeek(1);
            }}
          >
            Next week
          </button>
        </div>
        <p className="day-range" id={`${typeId}-day-range`}>
          {rangeFormat.formatRange(utcNoon(windowStart), utcNoon(addDays(windowStart, WINDOW_DAYS - 1)))}
        </p>
        <ul className="day-list day-weeks" aria-describedby={`${typeId}-day-range`}>
          {windowDays.map((date) => {
            const bookable = date >= today && date <= lastDay;
            const free = slotsByDay.get(date)?.length ?? 0;
            const label = (
              <>
                <span className="day-weekday">{weekdayFormat.format(utcNoon(date))}</span>
                <span className="day-name">{dayMonthFormat.format(utcNoon(date))}</span>
              </>
            );
            if (!bookable) {
              return (
                <li key={date} className="day-off" data-date={date}>
                  {label}
                  <span className="visually-hidden">{date < today ? ' (past)' : ' (not yet bookable)'}</span>
                </li>
              );
            }
            const freeText =
              availability.status !== 'ready' ? '…' : free > 0 ? `${count(free, 'time')} free` : 'Nothing free';
            return (
              <li key={date}>
                <button
                  type="button"
                  className={free > 0 ? 'day-button' : 'day-button day-button-full'}
                  aria-pressed={date === day}
                  data-date={date}
                  onClick={() => {
                    setChosenDay(date);
                    if (selected && dateIn(selected.start, timeZone) !== date) onSelect(null);
                  }}
                >
                  {label}
                  <span className="day-free" aria-hidden="true">
                    {availability.status !== 'ready' ? '…' : free > 0 ? `${free} free` : '0 free'}
                  </span>
                  <span className="visually-hidden">{freeText}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </fieldset>

      <fieldset className="picker-group">
        <legend>
          Time on {formatLongDay(day)} <span className="heading-note">({zoneLabel(timeZone)})</span>
        </legend>
        {availability.status === 'loading' && <Loading>Finding free times…</Loading>}
        {availability.status === 'error' && (
          <ErrorAlert error={availability.error} title="Could not load the free times" onRetry={availability.reload} />
        )}
        {availability.status === 'ready' &&
          (slots.length === 0 ? (
            <EmptyState>No free slots on this day</EmptyState>
          ) : (
            <ul className="slot-list">
              {slots.map((slot) => (
                <li key={slot.start}>
                  <button
                    type="button"
                    className="slot-button"
                    aria-pressed={selected?.start === slot.start}
                    onClick={() => onSelect(slot)}
                  >
                    {formatTime(slot.start, timeZone)}
                  </button>
                </li>
              ))}
            </ul>
          ))}
      </fieldset>
    </div>
  );
}
