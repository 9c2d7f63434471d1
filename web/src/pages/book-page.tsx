import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { periodIdName } from '../../../shared/billing/periods.js';
import type { BookingQuote } from '../../../shared/reports/model.js';
import { SubmitButton } from '../components/save-footer.js';
import { SelectField } from '../components/select-field.js';
import { SlotPicker } from '../components/slot-picker.js';
import { EmptyState, ErrorAlert, Loading, Notice } from '../components/status.js';
import { TextAreaField } from '../components/text-area-field.js';
import { TimeZoneSelect } from '../components/time-zone-select.js';
import { api, type Booking, type BookingType, isApiError, newIdempotencyKey, type Slot } from '../lib/api.js';
import {
  bookingWindow,
  cancellationPolicy,
  formatDuration,
  formatDurations,
  formatSession,
  loadBookingTypes,
  REQUIREMENT_LABELS,
  useBookingTimeZone,
} from '../lib/booking.js';
import { useDisplayZone } from '../lib/display-zone.js';
import { fieldMessage, formatMoney, zoneLabel } from '../lib/format.js';
import { Link } from '../lib/router.js';
import { useResource } from '../lib/use-resource.js';

const BOOKED_HEADING_ID = 'booked-heading';

export function BookPage() {
  const types = useResource(loadBookingTypes);
  const [timeZone, setTimeZone] = useBookingTimeZone();
  const organisationZone = useDisplayZone();
  const [typeId, setTypeId] = useState<string | null>(null);
  const [booked, setBooked] = useState<{ booking: Booking; type: BookingType } | null>(null);

  useEffect(() => {
    if (booked) document.getElementById(BOOKED_HEADING_ID)?.focus();
  }, [booked]);

  const type = types.status === 'ready' ? types.data.find((item) => item.id === typeId) : undefined;

  return (
    <>
      <h1>Book webmaster hours</h1>
      <p className="lead">
        Choose what you need, then a free time. Times are in {zoneLabel(timeZone)}; the webmaster sees them in theirs.
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

      {booked ? (
        <section className="section card" aria-labelledby={BOOKED_HEADING_ID}>
          <h2 id={BOOKED_HEADING_ID} tabIndex={-1}>
            Booking confirmed
          </h2>
          <Notice>
            <p>
              {booked.type.name}, {formatDuration(booked.booking.durationMinutes)}:{' '}
              {formatSession(booked.booking.start, booked.booking.end, timeZone)}.
            </p>
          </Notice>
          <p className="muted">{cancellationPolicy(booked.type)}</p>
          <div className="form-actions">
            <Link className="button" to="/bookings">
              See your bookings
            </Link>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setBooked(null);
                setTypeId(null);
              }}
            >
              Book another
            </button>
          </div>
        </section>
      ) : (
        <>
          <section className="section" aria-labelledby="type-heading">
            <h2 id="type-heading">1. Choose a type</h2>
            {types.status === 'loading' && <Loading>Loading booking types…</Loading>}
            {types.status === 'error' && (
              <ErrorAlert error={types.error} title="Could not load the booking types" onRetry={types.reload} />
            )}
            {types.status === 'ready' &&
              (type ? (
                <div className="chosen-type">
                  <p>
                    <strong>{type.name}</strong> <span className="muted">— {type.description}</span>
                  </p>
                  <button
                    type="button"
                    className="button button-secondary button-small"
                    onClick={() => setTypeId(null)}
                  >
                    Change type
                  </button>
                </div>
              ) : types.data.length === 0 ? (
                <EmptyState>Nothing can be booked at the moment.</EmptyState>
              ) : (
                <div className="card-grid">
                  {types.data.map((item) => (
                    <TypeCard key={item.id} type={item} onChoose={() => setTypeId(item.id)} />
                  ))}
                </div>
              ))}
          </section>
          {type && (
            <BookingFlow
              key={type.id}
              type={type}
              timeZone={timeZone}
              onBooked={(booking) => setBooked({ booking, type })}
            />
          )}
        </>
      )}
    </>
  );
}

function TypeCard({ type, onChoose }: { type: BookingType; onChoose: () => void }) {
  const headingId = `type-${type.id}`;
  const requirement = REQUIREMENT_LABELS[type.requires];
  return (
    <article className="card type-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{type.name}</h3>
      <p>{type.description}</p>
      <dl className="facts">
        <div>
          <dt>Durations</dt>
          <dd>{formatDurations(type.durations)}</dd>
        </div>
        <div>
          <dt>Notice</dt>
          <dd>{bookingWindow(type)}</dd>
        </div>
        <div>
          <dt>Cancellation</dt>
          <dd>{cancellationPolicy(type)}</dd>
        </div>
      </dl>
      {requirement && <p className="muted">{requirement}</p>}
      <div className="plan-action">
        <button type="button" className="button" onClick={onChoose}>
          Choose {type.name}
        </button>
      </div>
    </article>
  );
}

type Submit = { kind: 'idle' } | { kind: 'booking' } | { kind: 'failed'; error: unknown };

function BookingFlow({
  type,
  timeZone,
  onBooked,
}: {
  type: BookingType;
  timeZone: string;
  onBooked: (booking: Booking) => void;
}) {
  const [durationMinutes, setDurationMinutes] = useState(type.durations[0] ?? 30);
  const [slot, setSlot] = useState<Slot | null>(null);
  const [notes, setNotes] = useState('');
  const [refreshKey, setRefreshKey] = useState(0);
  const [submit, setSubmit] = useState<Submit>({ kind: 'idle' });
  // One key per attempted booking: a retry of the same slot and notes cannot book twice.
  const attempt = useRef<{ signature: string; key: string } | null>(null);

  const pick = (next: Slot | null) => {
    setSlot(next);
    if (next) setSubmit({ kind: 'idle' });
  };

  async function confirm(event: FormEvent) {
    event.preventDefault();
    if (!slot || submit.kind === 'booking') return;
    const body = { typeId: type.id, start: slot.start, durationMinutes, notes: notes.trim() || undefined };
    const signature = JSON.stringify(body);
    if (attempt.current?.signature !== signature) attempt.current = { signature, key: newIdempotencyKey() };
    setSubmit({ kind: 'booking' });
    try {
      onBooked(await api.book(body, attempt.current.key));
    } catch (error) {
      setSubmit({ kind: 'failed', error });
      if (isApiError(error, 409)) {
        // Someone else took it (or booking is not allowed): show what is free now.
        setSlot(null);
        setRefreshKey((n) => n + 1);
      }
    }
  }

  const failed = submit.kind === 'failed' ? submit.error : null;
  const fieldErrors = isApiError(failed, 422) ? failed.fieldErrors() : {};
  const conflict = isApiError(failed, 409) ? failed : null;
  const slotTaken = conflict?.problem.code === 'BOOKING.SLOT_TAKEN';

  return (
    <>
      <section className="section" aria-labelledby="time-heading">
        <h2 id="time-heading">2. Choose a duration and a time</h2>
        <div className="form-compact">
          <SelectField
            label="Duration"
            value={String(durationMinutes)}
            onChange={(event) => {
              setDurationMinutes(Number(event.target.value));
              setSlot(null);
            }}
          >
            {type.durations.map((minutes) => (
              <option key={minutes} value={minutes}>
                {formatDuration(minutes)}
              </option>
            ))}
          </SelectField>
        </div>
        {conflict && (
          <ErrorAlert
            error={conflict}
            title={slotTaken ? 'That time has just been taken' : 'This booking is not possible'}
          >
            {slotTaken ? (
              <p>The free times below are up to date: please choose another.</p>
            ) : (
              <p>
                See <Link to="/subscription">your subscription</Link> for what your plan includes.
              </p>
            )}
          </ErrorAlert>
        )}
        <SlotPicker
          type={type}
          durationMinutes={durationMinutes}
          timeZone={timeZone}
          selected={slot}
          onSelect={pick}
          refreshKey={refreshKey}
        />
      </section>

      {slot && (
        <section className="section card" aria-labelledby="confirm-heading">
          <h2 id="confirm-heading">3. Confirm</h2>
          <p>
            <strong>{type.name}</strong>, {formatDuration(durationMinutes)}:{' '}
            {formatSession(slot.start, slot.end, timeZone)}
          </p>
          <p className="muted">{cancellationPolicy(type)}</p>
          <form className="form form-compact" onSubmit={confirm} noValidate>
            <TextAreaField
              label="Notes (optional)"
              hint="What should the webmaster know or prepare?"
              value={notes}
              maxLength={2000}
              rows={4}
              onChange={(event) => setNotes(event.target.value)}
              error={fieldErrors.notes ? fieldMessage(fieldErrors.notes) : undefined}
            />
            {failed !== null && !conflict && <ErrorAlert error={failed} title="The booking was not made" />}
            <QuoteNote durationMinutes={durationMinutes} start={slot.start} />
            <SubmitButton busy={submit.kind === 'booking'} busyLabel="Booking…">
              Confirm booking
            </SubmitButton>
          </form>
        </section>
      )}
    </>
  );
}

/** What the booking does to this month's included hours, in one sentence. */
export function quoteSentence(quote: BookingQuote, durationMinutes: number): string {
  const remaining = Math.max(0, quote.includedMinutes - quote.usedMinutes - quote.bookedMinutes);
  if (quote.overageMinutes > 0) {
    return `${formatDuration(quote.overageMinutes)} beyond your included hours: ${formatMoney(quote.overageCost)}${quote.overageHourPrice ? ` (at ${formatMoney(quote.overageHourPrice)} an hour)` : ''}.`;
  }
  if (quote.includedMinutes === 0) {
    return 'Your organisation has no plan with included webmaster hours: this booking is not counted against any.';
  }
  return `This booking uses ${formatDuration(durationMinutes)} of your remaining ${formatDuration(remaining)} in ${periodIdName(quote.periodId)}.`;
}

/** Before the customer confirms: what the booking does to the month’s included hours and what the time beyond costs. */
function QuoteNote({ durationMinutes, start }: { durationMinutes: number; start: string }) {
  const load = useCallback(
    (signal: AbortSignal) => api.quoteBooking(durationMinutes, start, signal),
    [durationMinutes, start],
  );
  const quote = useResource(load);
  if (quote.status === 'loading') return <Loading>Checking your included webmaster hours…</Loading>;
  if (quote.status === 'error') {
    return (
      <ErrorAlert error={quote.error} title="Could not check your included webmaster hours" onRetry={quote.reload}>
        <p>You can still book; time beyond your included hours is billed at your plan’s hourly price.</p>
      </ErrorAlert>
    );
  }
  const { data } = quote;
  const over = data.overageMinutes > 0;
  return (
    <div className={`alert ${over ? 'alert-warning' : 'alert-info'}`} role="status" data-testid="booking-quote">
      <p>
        {over && <strong>Beyond your included hours. </strong>}
        {quoteSentence(data, durationMinutes)}
      </p>
      {data.includedMinutes > 0 && (
        <p className="muted">
          {periodIdName(data.periodId)}: {formatDuration(data.usedMinutes)} used and{' '}
          {formatDuration(data.bookedMinutes)} booked of {formatDuration(data.includedMinutes)} included; each
          engagement counts in whole quarter hours.
        </p>
      )}
    </div>
  );
}
