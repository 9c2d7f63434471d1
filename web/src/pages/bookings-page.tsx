import { useState } from 'react';
import { ConfirmButton } from '../components/confirm-button.js';
import { LoadMore } from '../components/load-more.js';
import { SlotPicker } from '../components/slot-picker.js';
import { EmptyState, ErrorAlert, Loading, Notice } from '../components/status.js';
import { TimeZoneSelect } from '../components/time-zone-select.js';
import { api, type Booking, type BookingType, isApiError, type Slot } from '../lib/api.js';
import {
  BOOKING_STATUS_LABELS,
  cancellationPolicy,
  formatDuration,
  formatHours,
  formatInstant,
  formatSession,
  isLateCancellation,
  isUpcoming,
  loadBookingTypes,
  useBookingTimeZone,
} from '../lib/booking.js';
import { useDisplayZone } from '../lib/display-zone.js';
import { formatMoney, zoneLabel } from '../lib/format.js';
import { Link } from '../lib/router.js';
import { type PagedList, usePagedList } from '../lib/use-paged-list.js';
import { useNow } from '../lib/use-polled.js';
import { type Resource, useResource } from '../lib/use-resource.js';
import '../styles/booking.css';

const loadBookings = (cursor: string | undefined, signal: AbortSignal) => api.listBookings({ cursor }, signal);

const byStart = (a: Booking, b: Booking) => Date.parse(a.start) - Date.parse(b.start);

export function BookingsPage() {
  const bookings = usePagedList(loadBookings);
  const types = useResource(loadBookingTypes);
  const [timeZone, setTimeZone] = useBookingTimeZone();
  const organisationZone = useDisplayZone();
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <>
      <h1>Bookings</h1>
      <p className="lead">
        Your organisation’s webmaster sessions: what is coming up and what has been. Times in {zoneLabel(timeZone)}.
      </p>
      <div className="form-compact">
        <TimeZoneSelect
          label="Show times in"
          value={timeZone}
          onChange={setTimeZone}
          hint={
            timeZone === organisationZone
              ? 'Your organisation’s time zone.'
              : `Your organisation’s time zone is ${zoneLabel(organisationZone)}.`
          }
        />
      </div>
      {notice && (
        <Notice>
          <p>{notice}</p>
        </Notice>
      )}
      {bookings.status === 'loading' && <Loading>Loading your bookings…</Loading>}
      {bookings.status === 'error' && (
        <ErrorAlert error={bookings.error} title="Could not load your bookings" onRetry={bookings.reload} />
      )}
      {bookings.status === 'ready' && (
        <BookingLists bookings={bookings} types={types} timeZone={timeZone} onNotice={setNotice} />
      )}
    </>
  );
}

function BookingLists({
  bookings,
  types,
  timeZone,
  onNotice,
}: {
  bookings: Extract<PagedList<Booking>, { status: 'ready' }>;
  types: Resource<BookingType[]>;
  timeZone: string;
  onNotice: (message: string | null) => void;
}) {
  // The server's clock, ticking: a booking that ends moves from Upcoming to Past without a reload.
  const now = useNow();
  if (bookings.items.length === 0 && !bookings.hasMore) {
    return (
      <EmptyState>
        No bookings yet. <Link to="/book">Book webmaster hours</Link>.
      </EmptyState>
    );
  }
  const upcoming = bookings.items.filter((booking) => isUpcoming(booking, now)).sort(byStart);
  const past = bookings.items.filter((booking) => !isUpcoming(booking, now)).sort((a, b) => byStart(b, a));
  const typeList = types.status === 'ready' ? types.data : undefined;

  const changed = (booking: Booking, message: string) => {
    bookings.update((items) => items.map((item) => (item.id === booking.id ? booking : item)));
    onNotice(message);
  };

  const render = (list: Booking[]) => (
    <ul className="booking-list">
      {list.map((booking) => (
        <BookingItem
          key={booking.id}
          booking={booking}
          types={types}
          type={typeList?.find((type) => type.id === booking.typeId)}
          timeZone={timeZone}
          now={now}
          onChanged={changed}
        />
      ))}
    </ul>
  );

  return (
    <>
      <section className="section" aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">Upcoming</h2>
        <p className="muted">Confirmed sessions still ahead.</p>
        {upcoming.length > 0 ? (
          render(upcoming)
        ) : (
          <EmptyState>
            Nothing coming up. <Link to="/book">Book webmaster hours</Link>.
          </EmptyState>
        )}
      </section>
      {past.length > 0 && (
        <section className="section" aria-labelledby="past-heading">
          <h2 id="past-heading">Past and cancelled</h2>
          <p className="muted">Completed, cancelled and missed sessions, newest first.</p>
          {render(past)}
        </section>
      )}
      <LoadMore list={bookings} />
    </>
  );
}

type ItemState = { kind: 'idle' } | { kind: 'rescheduling' } | { kind: 'failed'; error: unknown };

function BookingItem({
  booking,
  types,
  type,
  timeZone,
  now,
  onChanged,
}: {
  booking: Booking;
  types: Resource<BookingType[]>;
  type: BookingType | undefined;
  timeZone: string;
  now: number;
  onChanged: (booking: Booking, message: string) => void;
}) {
  const [state, setState] = useState<ItemState>({ kind: 'idle' });
  const headingId = `booking-${booking.id}`;
  const typeLabel = booking.typeName;
  const open = booking.status === 'confirmed' && Date.parse(booking.start) > now;
  // Confirmed and over: the webmaster has yet to log the time spent.
  const ended = booking.status === 'confirmed' && Date.parse(booking.end) <= now;
  const late = isLateCancellation(booking, type, now);

  async function cancel() {
    setState({ kind: 'idle' });
    try {
      const cancelled = await api.cancelBooking(booking.id);
      onChanged(
        cancelled,
        cancelled.lateCancellationFee
          ? `${typeLabel} cancelled. A late-cancellation fee of ${formatMoney(cancelled.lateCancellationFee)} applies.`
          : `${typeLabel} cancelled, free of charge.`,
      );
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  }

  const question = !type ? (
    'Cancel this booking? Cancelling late can cost a fee.'
  ) : late ? (
    <>
      Cancel this booking? It starts in less than {formatHours(type.cancellationNoticeHours)}, so a late-cancellation
      fee of {formatMoney(type.lateCancellationFee)} applies.
    </>
  ) : (
    <>
      Cancel this booking? It is free of charge until{' '}
      {formatInstant(
        new Date(Date.parse(booking.start) - type.cancellationNoticeHours * 3_600_000).toISOString(),
        timeZone,
      )}
      .
    </>
  );

  return (
    <li>
      <article className="card booking-card" aria-labelledby={headingId}>
        <div className="booking-card-header">
          <h3 id={headingId}>{typeLabel}</h3>
          {ended ? (
            <span className="status-pill status-ended">Ended</span>
          ) : (
            <span className={`status-pill status-${booking.status}`}>{BOOKING_STATUS_LABELS[booking.status]}</span>
          )}
        </div>
        <p>{formatSession(booking.start, booking.end, timeZone)}</p>
        <dl className="details">
          <div>
            <dt>Duration</dt>
            <dd>{formatDuration(booking.durationMinutes)}</dd>
          </div>
          <div>
            <dt>Webmaster</dt>
            <dd>{booking.staffName}</dd>
          </div>
          {booking.minutesSpent !== null && (
            <div>
              <dt>Time logged</dt>
              <dd>{formatDuration(booking.minutesSpent)}</dd>
            </div>
          )}
          {booking.lateCancellationFee && (
            <div>
              <dt>Late-cancellation fee</dt>
              <dd>{formatMoney(booking.lateCancellationFee)}</dd>
            </div>
          )}
          {booking.notes && (
            <div>
              <dt>Notes</dt>
              <dd className="cell-break">{booking.notes}</dd>
            </div>
          )}
        </dl>
        {state.kind === 'failed' && (
          <ErrorAlert error={state.error} title="The booking was not cancelled" onRetry={() => void cancel()} />
        )}
        {open && (
          <div className="card-actions">
            {late && type && (
              <p className="muted">
                Less than {formatHours(type.cancellationNoticeHours)} to go: cancelling now costs{' '}
                {formatMoney(type.lateCancellationFee)}.
              </p>
            )}
            <div className="form-actions">
              {state.kind !== 'rescheduling' && (
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => setState({ kind: 'rescheduling' })}
                >
                  Reschedule
                </button>
              )}
              <ConfirmButton
                className="button button-danger button-small"
                question={question}
                confirmLabel="Cancel booking"
                dismissLabel="Keep booking"
                busyLabel="Cancelling…"
                onConfirm={cancel}
              >
                Cancel
              </ConfirmButton>
            </div>
            {state.kind === 'rescheduling' &&
              (type ? (
                <Reschedule
                  booking={booking}
                  type={type}
                  timeZone={timeZone}
                  onDone={(moved) => {
                    setState({ kind: 'idle' });
                    if (moved)
                      onChanged(
                        moved,
                        `${moved.typeName} moved to ${formatSession(moved.start, moved.end, timeZone)}.`,
                      );
                  }}
                />
              ) : types.status === 'error' ? (
                <ErrorAlert error={types.error} title="Could not load the booking types" onRetry={types.reload} />
              ) : types.status === 'loading' ? (
                <Loading>Loading booking types…</Loading>
              ) : (
                <ErrorAlert error={new Error('This type can no longer be booked, so it cannot be moved.')} />
              ))}
          </div>
        )}
      </article>
    </li>
  );
}

/** A slot picker for the same type and duration; the chosen time replaces the booking's. */
function Reschedule({
  booking,
  type,
  timeZone,
  onDone,
}: {
  booking: Booking;
  type: BookingType;
  timeZone: string;
  onDone: (moved: Booking | null) => void;
}) {
  const [slot, setSlot] = useState<Slot | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'moving' } | { kind: 'failed'; error: unknown }>({
    kind: 'idle',
  });

  async function move() {
    if (!slot || state.kind === 'moving') return;
    setState({ kind: 'moving' });
    try {
      onDone(await api.rescheduleBooking(booking.id, { start: slot.start, durationMinutes: booking.durationMinutes }));
    } catch (error) {
      setState({ kind: 'failed', error });
      if (isApiError(error, 409)) {
        setSlot(null);
        setRefreshKey((n) => n + 1);
      }
    }
  }

  const failed = state.kind === 'failed' ? state.error : null;
  return (
    <div className="reschedule">
      <p className="eyebrow">Move to another time ({formatDuration(booking.durationMinutes)})</p>
      {failed !== null && (
        <ErrorAlert error={failed} title="The booking was not moved">
          {isApiError(failed, 409) && <p>The free times below are up to date: please choose another.</p>}
        </ErrorAlert>
      )}
      <SlotPicker
        type={type}
        durationMinutes={booking.durationMinutes}
        timeZone={timeZone}
        selected={slot}
        onSelect={(next) => {
          setSlot(next);
          if (next) setState({ kind: 'idle' });
        }}
        refreshKey={refreshKey}
      />
      {slot && (
        <p>
          New time: <strong>{formatSession(slot.start, slot.end, timeZone)}</strong>. {cancellationPolicy(type)}
        </p>
      )}
      <div className="form-actions">
        {slot && (
          <button
            type="button"
            className="button button-small"
            aria-disabled={state.kind === 'moving' || undefined}
            onClick={() => void move()}
          >
            Move booking
          </button>
        )}
        <button
          type="button"
          className="button button-secondary button-small"
          aria-disabled={state.kind === 'moving' || undefined}
          onClick={() => {
            if (state.kind !== 'moving') onDone(null);
          }}
        >
          Keep current time
        </button>
        {state.kind === 'moving' && <Loading>Moving…</Loading>}
      </div>
    </div>
  );
}
