import { createContext, type FormEvent, useCallback, useContext, useState } from 'react';
import type { BookingType } from '../../../shared/booking/booking-types.js';
import { addDays } from '../../../shared/platform/zoned-time.js';
import { EmptyState, ErrorAlert, Loading, Notice } from '../components/status.js';
import { TextField } from '../components/text-field.js';
import { api, type Booking, isApiError } from '../lib/api.js';
import {
  BOOKING_STATUS_LABELS,
  dateIn,
  dayRange,
  formatDuration,
  formatLongDay,
  formatShortDay,
  formatTime,
  loadBookingTypes,
  mondayOf,
  todayIn,
  typeName,
} from '../lib/booking.js';
import { nowMs } from '../lib/clock.js';
import { fieldMessage } from '../lib/format.js';
import { useResource } from '../lib/use-resource.js';

/** The operator's zone and the booking types' names, loaded together. */
const loadSetup = (signal: AbortSignal) =>
  Promise.all([api.getStaffAvailability(signal), loadBookingTypes(signal)]).then(([availability, types]) => ({
    availability,
    types,
  }));

const BookingTypesContext = createContext<readonly BookingType[]>([]);

type View = 'day' | 'week';

export function OpsCalendarPage() {
  const setup = useResource(loadSetup);
  return (
    <>
      <h1>Calendar</h1>
      {setup.status === 'loading' && <Loading>Loading your calendar…</Loading>}
      {setup.status === 'error' && (
        <ErrorAlert error={setup.error} title="Could not load your calendar" onRetry={setup.reload} />
      )}
      {setup.status === 'ready' && (
        <BookingTypesContext.Provider value={setup.data.types}>
          <Calendar timeZone={setup.data.availability.timeZone} />
        </BookingTypesContext.Provider>
      )}
    </>
  );
}

function Calendar({ timeZone }: { timeZone: string }) {
  const [view, setView] = useState<View>('week');
  const [anchor, setAnchor] = useState(() => todayIn(timeZone));
  const [changed, setChanged] = useState<Record<string, Booking>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const types = useContext(BookingTypesContext);
  const start = view === 'day' ? anchor : mondayOf(anchor);
  const length = view === 'day' ? 1 : 7;
  const load = useCallback(
    (signal: AbortSignal) => api.listStaffBookings(dayRange(start, length, timeZone), signal),
    [start, length, timeZone],
  );
  const bookings = useResource(load);
  const days = Array.from({ length }, (_, i) => addDays(start, i));
  const unit = view === 'day' ? 'day' : 'week';
  const move = (by: number) => {
    setAnchor((current) => addDays(current, by * length));
    setNotice(null);
  };

  const items =
    bookings.status === 'ready'
      ? bookings.data.items
          .map((booking) => changed[booking.id] ?? booking)
          .sort((a, b) => a.start.localeCompare(b.start))
      : [];

  return (
    <>
      <p className="lead">
        Your bookings, in your own time zone ({timeZone.replaceAll('_', ' ')}). Once a session has started, log the time
        actually spent: it becomes the customer’s usage.
      </p>
      <div className="calendar-toolbar">
        <fieldset className="toggle">
          <legend className="visually-hidden">View</legend>
          {(['day', 'week'] as const).map((option) => (
            <button
              key={option}
              type="button"
              className="button button-secondary button-small"
              aria-pressed={view === option}
              onClick={() => setView(option)}
            >
              {option === 'day' ? 'Day' : 'Week'}
            </button>
          ))}
        </fieldset>
        <div className="form-actions">
          <button type="button" className="button button-secondary button-small" onClick={() => move(-1)}>
            Previous {unit}
          </button>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => setAnchor(todayIn(timeZone))}
          >
            Today
          </button>
          <button type="button" className="button button-secondary button-small" onClick={() => move(1)}>
            Next {unit}
          </button>
        </div>
      </div>
      <h2>
        {view === 'day' ? formatLongDay(start) : `${formatShortDay(start)} – ${formatShortDay(addDays(start, 6))}`}
      </h2>
      {notice && (
        <Notice>
          <p>{notice}</p>
        </Notice>
      )}
      {bookings.status === 'loading' && <Loading>Loading bookings…</Loading>}
      {bookings.status === 'error' && (
        <ErrorAlert error={bookings.error} title="Could not load your bookings" onRetry={bookings.reload} />
      )}
      {bookings.status === 'ready' &&
        (view === 'day' ? (
          items.length === 0 ? (
            <EmptyState>No bookings on this day.</EmptyState>
          ) : (
            <CalendarList
              items={items}
              heading="h3"
              timeZone={timeZone}
              onCompleted={(booking) => {
                setChanged((current) => ({ ...current, [booking.id]: booking }));
                setNotice(
                  `Logged ${formatDuration(booking.minutesSpent ?? 0)} for ${typeName(booking.typeId, types)}.`,
                );
              }}
            />
          )
        ) : (
          days.map((date) => {
            const onDay = items.filter((booking) => dateIn(booking.start, timeZone) === date);
            return (
              <section key={date} className="calendar-day" aria-labelledby={`day-${date}`}>
                <h3 id={`day-${date}`}>{formatLongDay(date)}</h3>
                {onDay.length === 0 ? (
                  <p className="muted">Nothing booked.</p>
                ) : (
                  <CalendarList
                    items={onDay}
                    heading="h4"
                    timeZone={timeZone}
                    onCompleted={(booking) => {
                      setChanged((current) => ({ ...current, [booking.id]: booking }));
                      setNotice(
                        `Logged ${formatDuration(booking.minutesSpent ?? 0)} for ${typeName(booking.typeId, types)}.`,
                      );
                    }}
                  />
                )}
              </section>
            );
          })
        ))}
    </>
  );
}

function CalendarList({
  items,
  heading,
  timeZone,
  onCompleted,
}: {
  items: Booking[];
  /** h3 under the day view's heading, h4 under each day of the week view. */
  heading: 'h3' | 'h4';
  timeZone: string;
  onCompleted: (booking: Booking) => void;
}) {
  return (
    <ul className="booking-list">
      {items.map((booking) => (
        <CalendarItem
          key={booking.id}
          booking={booking}
          heading={heading}
          timeZone={timeZone}
          onCompleted={onCompleted}
        />
      ))}
    </ul>
  );
}

function CalendarItem({
  booking,
  heading: Heading,
  timeZone,
  onCompleted,
}: {
  booking: Booking;
  heading: 'h3' | 'h4';
  timeZone: string;
  onCompleted: (booking: Booking) => void;
}) {
  const [completing, setCompleting] = useState(false);
  const types = useContext(BookingTypesContext);
  const headingId = `booking-${booking.id}`;
  const started = Date.parse(booking.start) <= nowMs();
  return (
    <li>
      <article className="card booking-card" aria-labelledby={headingId}>
        <div className="booking-card-header">
          <Heading id={headingId}>
            {formatTime(booking.start, timeZone)}–{formatTime(booking.end, timeZone)} ·{' '}
            {typeName(booking.typeId, types)}
          </Heading>
          <span className={`status-pill status-${booking.status}`}>{BOOKING_STATUS_LABELS[booking.status]}</span>
        </div>
        <dl className="details">
          <div>
            <dt>Duration</dt>
            <dd>{formatDuration(booking.durationMinutes)}</dd>
          </div>
          <div>
            <dt>Organisation</dt>
            <dd>
              <code className="id">{booking.tenantId}</code>
            </dd>
          </div>
          {booking.minutesSpent !== null && (
            <div>
              <dt>Time logged</dt>
              <dd>{formatDuration(booking.minutesSpent)}</dd>
            </div>
          )}
          {booking.notes && (
            <div>
              <dt>Notes</dt>
              <dd className="cell-break">{booking.notes}</dd>
            </div>
          )}
        </dl>
        {booking.status === 'confirmed' &&
          started &&
          (completing ? (
            <CompleteForm
              booking={booking}
              onDone={(completed) => {
                setCompleting(false);
                if (completed) onCompleted(completed);
              }}
            />
          ) : (
            <div className="card-actions form-actions">
              <button type="button" className="button button-small" onClick={() => setCompleting(true)}>
                Complete
              </button>
            </div>
          ))}
      </article>
    </li>
  );
}

function CompleteForm({ booking, onDone }: { booking: Booking; onDone: (completed: Booking | null) => void }) {
  const [minutes, setMinutes] = useState(String(booking.durationMinutes));
  const [note, setNote] = useState('');
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'saving' } | { kind: 'failed'; error: unknown }>({
    kind: 'idle',
  });
  const [invalid, setInvalid] = useState<string | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (state.kind === 'saving') return;
    const minutesSpent = Number(minutes);
    if (!Number.isInteger(minutesSpent) || minutesSpent < 1 || minutesSpent > 24 * 60) {
      setInvalid('Enter whole minutes between 1 and 1440.');
      return;
    }
    setInvalid(null);
    setState({ kind: 'saving' });
    try {
      onDone(await api.completeBooking(booking.id, { minutesSpent, note: note.trim() || undefined }));
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  }

  const failed = state.kind === 'failed' ? state.error : null;
  const fieldErrors = isApiError(failed, 422) ? failed.fieldErrors() : {};
  const minutesError = invalid ?? (fieldErrors.minutesSpent ? fieldMessage(fieldErrors.minutesSpent) : undefined);
  return (
    <form className="form form-compact" onSubmit={save} noValidate>
      <TextField
        label="Minutes spent"
        type="number"
        inputMode="numeric"
        min={1}
        max={24 * 60}
        step={1}
        value={minutes}
        onChange={(event) => setMinutes(event.target.value)}
        error={minutesError}
      />
      <TextField
        label="Note (optional)"
        value={note}
        maxLength={2000}
        onChange={(event) => setNote(event.target.value)}
        error={fieldErrors.note ? fieldMessage(fieldErrors.note) : undefined}
      />
      {failed !== null && !fieldErrors.minutesSpent && !fieldErrors.note && (
        <ErrorAlert error={failed} title="The time was not logged" />
      )}
      <div className="form-actions">
        <button type="submit" className="button button-small" aria-disabled={state.kind === 'saving' || undefined}>
          Save
        </button>
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => {
            if (state.kind !== 'saving') onDone(null);
          }}
        >
          Cancel
        </button>
        {state.kind === 'saving' && <Loading>Saving…</Loading>}
      </div>
    </form>
  );
}
