import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { api, type Booking, type BookingType, isApiError } from '../../lib/api.js';
import { BOOKING_STATUS_LABELS, dateIn, formatLongDay, formatTime } from '../../lib/booking.js';
import { fieldMessage, formatDateTime, formatDuration, formatMoney, zoneLabel } from '../../lib/format.js';
import { ConfirmButton } from '../confirm-button.js';
import { ErrorAlert, Loading } from '../status.js';
import { TextField } from '../text-field.js';

/**
 * A booking's details in a modal dialog (native <dialog>: focus moves in, Escape closes, focus returns to the block
 * that opened it), with what the operator does once the session has started: log the time spent, or record that the
 * customer did not turn up.
 */
export function BookingDialog({
  booking,
  type,
  zone,
  now,
  onClose,
  onChanged,
}: {
  booking: Booking;
  type: BookingType | undefined;
  zone: string;
  now: number;
  onClose: () => void;
  /** A write answered: the booking as it is now, and a sentence saying what happened. */
  onChanged: (booking: Booking, message: string) => void;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [mode, setMode] = useState<'view' | 'log'>('view');
  const [noShowError, setNoShowError] = useState<unknown>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const started = Date.parse(booking.start) <= now;
  const actionable = booking.status === 'confirmed' && started;
  const headingId = `booking-dialog-${booking.id}`;
  const day = formatLongDay(dateIn(booking.start, zone));
  const fee = type && type.lateCancellationFee.amount > 0 ? formatMoney(type.lateCancellationFee) : null;

  return (
    <dialog
      ref={dialogRef}
      className="booking-dialog"
      aria-labelledby={headingId}
      // Escape: closed through `onClose` like the Close button (the native close event is not listened to: under
      // React's strict mode the effect's cleanup closes and reopens the dialog, and that event would close it).
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="booking-dialog-header">
        <div>
          <p className="eyebrow">{booking.tenantName}</p>
          <h2 id={headingId}>{booking.typeName}</h2>
        </div>
        <button type="button" className="button button-secondary button-small" onClick={onClose}>
          Close
        </button>
      </div>
      <dl className="details">
        <Detail term="When">
          {day}, {formatTime(booking.start, zone)}–{formatTime(booking.end, zone)} ({zoneLabel(zone)})
        </Detail>
        <Detail term="Duration">{formatDuration(booking.durationMinutes)}</Detail>
        <Detail term="Customer">{booking.tenantName}</Detail>
        <Detail term="Status">
          <span className={`status-pill status-${booking.status}`}>{BOOKING_STATUS_LABELS[booking.status]}</span>
        </Detail>
        {booking.minutesSpent !== null && <Detail term="Time logged">{formatDuration(booking.minutesSpent)}</Detail>}
        {booking.status === 'no_show' && booking.lateCancellationFee && (
          <Detail term="No-show fee">{formatMoney(booking.lateCancellationFee)}</Detail>
        )}
        {booking.notes && (
          <Detail term="Customer’s notes">
            <span className="cell-break">{booking.notes}</span>
          </Detail>
        )}
      </dl>

      {booking.status === 'confirmed' && !started && (
        <p className="muted booking-dialog-hint">
          Log time or record a no-show once the session has started ({formatDateTime(booking.start, zone)}).
        </p>
      )}

      {actionable && mode === 'log' && (
        <LogTimeForm
          booking={booking}
          onCancel={() => setMode('view')}
          onLogged={(completed) =>
            onChanged(
              completed,
              `Logged ${formatDuration(completed.minutesSpent ?? 0)} on ${completed.typeName} with ${completed.tenantName}: completed.`,
            )
          }
        />
      )}

      {actionable && mode === 'view' && (
        <div className="booking-dialog-actions">
          <button type="button" className="button" onClick={() => setMode('log')}>
            Log time
          </button>
          <ConfirmButton
            className="button button-secondary"
            question={
              <>
                Record that {booking.tenantName} did not turn up?{' '}
                {fee ? `The no-show fee of ${fee} is charged. ` : 'No fee applies. '}This cannot be undone.
              </>
            }
            confirmLabel="Record no-show"
            dismissLabel="Keep the booking"
            busyLabel="Recording…"
            onConfirm={async () => {
              setNoShowError(null);
              try {
                const marked = await api.markNoShow(booking.id);
                onChanged(
                  marked,
                  `${marked.typeName} with ${marked.tenantName} recorded as a no-show${
                    marked.lateCancellationFee ? `; fee ${formatMoney(marked.lateCancellationFee)}` : ''
                  }.`,
                );
              } catch (error) {
                setNoShowError(error);
              }
            }}
          >
            No-show
          </ConfirmButton>
        </div>
      )}
      {noShowError !== null && <ErrorAlert error={noShowError} title="The no-show was not recorded" />}
    </dialog>
  );
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function LogTimeForm({
  booking,
  onCancel,
  onLogged,
}: {
  booking: Booking;
  onCancel: () => void;
  onLogged: (completed: Booking) => void;
}) {
  const [minutes, setMinutes] = useState(String(booking.durationMinutes));
  const [note, setNote] = useState('');
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'saving' } | { kind: 'failed'; error: unknown }>({
    kind: 'idle',
  });
  const [invalid, setInvalid] = useState<string | null>(null);
  const minutesRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    minutesRef.current?.focus();
  }, []);

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
      onLogged(await api.completeBooking(booking.id, { minutesSpent, note: note.trim() || undefined }));
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  }

  const failed = state.kind === 'failed' ? state.error : null;
  const fieldErrors = isApiError(failed, 422) ? failed.fieldErrors() : {};
  const minutesError = invalid ?? (fieldErrors.minutesSpent ? fieldMessage(fieldErrors.minutesSpent) : undefined);
  const preview = Number(minutes);
  return (
    <form className="form form-compact log-time-form" onSubmit={save} noValidate aria-label="Log time">
      <TextField
        label="Minutes spent"
        type="number"
        inputMode="numeric"
        min={1}
        max={24 * 60}
        step={1}
        value={minutes}
        ref={minutesRef}
        hint={
          Number.isInteger(preview) && preview > 0
            ? `${formatDuration(preview)}, recorded as the customer’s webmaster time.`
            : 'Recorded as the customer’s webmaster time.'
        }
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
        <button type="submit" className="button" aria-disabled={state.kind === 'saving' || undefined}>
          Save time
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            if (state.kind !== 'saving') onCancel();
          }}
        >
          Back
        </button>
        {state.kind === 'saving' && <Loading>Saving…</Loading>}
      </div>
    </form>
  );
}
