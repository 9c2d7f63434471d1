import { type FormEvent, useRef, useState } from 'react';
import { WEEKDAYS, type Weekday } from '../../../shared/platform/zoned-time.js';
import { SaveFooter, type SaveState } from '../components/save-footer.js';
import { SelectField } from '../components/select-field.js';
import { EmptyState, ErrorAlert, Loading } from '../components/status.js';
import { TextField } from '../components/text-field.js';
import { TimeZoneSelect } from '../components/time-zone-select.js';
import { api, isApiError, type StaffAvailability } from '../lib/api.js';
import { formatLongDay, WEEKDAY_NAMES } from '../lib/booking.js';
import { fieldMessage, formatDuration, zoneLabel } from '../lib/format.js';
import { useResource } from '../lib/use-resource.js';
import '../styles/staff-pages.css';

const loadAvailability = (signal: AbortSignal) => api.getStaffAvailability(signal);

const pad = (n: number) => String(n).padStart(2, '0');
/** `00:00`, `00:15`, … `24:00`: every quarter hour of a day and its end. */
const QUARTERS = Array.from({ length: 97 }, (_, i) => `${pad(Math.floor(i / 4))}:${pad((i % 4) * 15)}`);
const START_TIMES = QUARTERS.slice(0, -1);
const END_TIMES = QUARTERS.slice(1);

interface Row {
  key: number;
  day: Weekday;
  start: string;
  end: string;
}

export function OpsAvailabilityPage() {
  const availability = useResource(loadAvailability);
  return (
    <>
      <h1>Availability</h1>
      <p className="lead">
        When customers can book you: your weekly hours in your own time zone, and days you are away. Bookings already
        made stay as they are.
      </p>
      {availability.status === 'loading' && <Loading>Loading your availability…</Loading>}
      {availability.status === 'error' && (
        <ErrorAlert error={availability.error} title="Could not load your availability" onRetry={availability.reload} />
      )}
      {availability.status === 'ready' && <AvailabilityEditor initial={availability.data} />}
    </>
  );
}

function AvailabilityEditor({ initial }: { initial: StaffAvailability }) {
  const nextKey = useRef(0);
  const toRows = (availability: StaffAvailability): Row[] =>
    availability.weekly.map((block) => ({ key: nextKey.current++, ...block }));
  const [timeZone, setTimeZone] = useState(initial.timeZone);
  const [rows, setRows] = useState<Row[]>(() => toRows(initial));
  const [exceptions, setExceptions] = useState<string[]>(() => initial.exceptions.map((e) => e.date).sort());
  const [newDate, setNewDate] = useState('');
  const [dateError, setDateError] = useState<string | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });

  const failed = save.kind === 'failed' ? save.error : null;
  const errors = isApiError(failed, 422) ? failed.fieldErrors() : {};
  const used = new Set<string>();
  const errorAt = (path: string): string | undefined => {
    const message = errors[path];
    if (!message) return undefined;
    used.add(path);
    return fieldMessage(message);
  };

  // Any edit makes the last answer stale: a "saved" message or errors that point at rows by position.
  const edit = () => {
    if (save.kind !== 'saving') setSave({ kind: 'idle' });
  };
  const changeRow = (key: number, change: Partial<Row>) => {
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));
    if (save.kind === 'saved') setSave({ kind: 'idle' });
  };
  const addRow = (day: Weekday) => {
    const last = rows
      .filter((row) => row.day === day)
      .sort((a, b) => a.start.localeCompare(b.start))
      .at(-1);
    const start = last ? (last.end === '24:00' ? '23:45' : last.end) : '09:00';
    const end = last ? (END_TIMES.find((time) => time > start && time >= addHour(start)) ?? '24:00') : '17:00';
    setRows((current) => [...current, { key: nextKey.current++, day, start, end }]);
    edit();
  };
  const removeRow = (key: number) => {
    setRows((current) => current.filter((row) => row.key !== key));
    edit();
  };
  const addException = () => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(newDate)) {
      setDateError('Choose a date.');
      return;
    }
    setDateError(null);
    setExceptions((current) => [...new Set([...current, newDate])].sort());
    setNewDate('');
    edit();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.kind === 'saving') return;
    setSave({ kind: 'saving' });
    try {
      const saved = await api.setStaffAvailability({
        timeZone,
        weekly: rows.map(({ day, start, end }) => ({ day, start, end })),
        exceptions: exceptions.map((date) => ({ date, available: false as const })),
      });
      setTimeZone(saved.timeZone);
      setRows(toRows(saved));
      setExceptions(saved.exceptions.map((e) => e.date).sort());
      setSave({ kind: 'saved' });
    } catch (error) {
      setSave({ kind: 'failed', error });
    }
  }

  const timeZoneError = errorAt('timeZone');
  const weeklyError = errorAt('weekly');
  const days = WEEKDAYS.map((day) => ({
    day,
    rows: rows
      .map((row, index) => ({ row, index }))
      .filter(({ row }) => row.day === day)
      .sort((a, b) => a.row.start.localeCompare(b.row.start)),
  }));
  const exceptionErrors = exceptions.map(
    (_, index) => errorAt(`exceptions.${index}.date`) ?? errorAt(`exceptions.${index}`),
  );
  const exceptionsError = errorAt('exceptions');
  const rowErrors = new Map(
    rows.map((row, index) => [
      row.key,
      {
        start: errorAt(`weekly.${index}.start`),
        end: errorAt(`weekly.${index}.end`),
        other: errorAt(`weekly.${index}.day`) ?? errorAt(`weekly.${index}`),
      },
    ]),
  );
  const unplaced = Object.keys(errors).some((path) => !used.has(path));
  const weeklyMinutes = rows.reduce((sum, row) => sum + blockMinutes(row), 0);

  return (
    <form className="form availability-form" onSubmit={submit} noValidate>
      <div className="form-compact">
        <TimeZoneSelect
          value={timeZone}
          onChange={(zone) => {
            setTimeZone(zone);
            edit();
          }}
          hint="Your weekly hours are in this zone; customers see them in theirs."
          error={timeZoneError}
        />
      </div>

      <section className="card" aria-labelledby="weekly-heading">
        <h2 id="weekly-heading">Weekly hours</h2>
        <p className="muted availability-caption">
          Times in {zoneLabel(timeZone)}
          {weeklyMinutes > 0 ? ` · ${formatDuration(weeklyMinutes)} a week` : ''}
        </p>
        {weeklyError && (
          <p className="field-error" role="alert">
            {weeklyError}
          </p>
        )}
        <div className="weekly">
          {days.map(({ day, rows: dayRows }) => (
            <fieldset key={day} className="weekday">
              <legend>{WEEKDAY_NAMES[day]}</legend>
              {dayRows.length === 0 ? (
                <p className="muted">Not available</p>
              ) : (
                <p className="weekday-total">
                  {formatDuration(dayRows.reduce((sum, { row }) => sum + blockMinutes(row), 0))} available
                </p>
              )}
              {dayRows.map(({ row }) => {
                const rowError = rowErrors.get(row.key);
                return (
                  <div key={row.key} className="time-block">
                    <SelectField
                      label="Start"
                      value={row.start}
                      onChange={(event) => changeRow(row.key, { start: event.target.value })}
                      error={rowError?.start}
                    >
                      {START_TIMES.map((time) => (
                        <option key={time} value={time}>
                          {time}
                        </option>
                      ))}
                    </SelectField>
                    <SelectField
                      label="End"
                      value={row.end}
                      onChange={(event) => changeRow(row.key, { end: event.target.value })}
                      error={rowError?.end}
                    >
                      {END_TIMES.map((time) => (
                        <option key={time} value={time}>
                          {time}
                        </option>
                      ))}
                    </SelectField>
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      aria-label={`Remove ${WEEKDAY_NAMES[day]} ${row.start}–${row.end}`}
                      onClick={() => removeRow(row.key)}
                    >
                      Remove
                    </button>
                    {rowError?.other && <p className="field-error">{rowError.other}</p>}
                  </div>
                );
              })}
              <div>
                <button
                  type="button"
                  className="button-link"
                  aria-label={`Add hours on ${WEEKDAY_NAMES[day]}`}
                  onClick={() => addRow(day)}
                >
                  Add hours
                </button>
              </div>
            </fieldset>
          ))}
        </div>
      </section>

      <section className="card" aria-labelledby="exceptions-heading">
        <h2 id="exceptions-heading">Days off</h2>
        <p className="muted">
          Dates (in {zoneLabel(timeZone)}) when you cannot be booked, whatever the weekly hours say.
        </p>
        {exceptionsError && <p className="field-error">{exceptionsError}</p>}
        {exceptions.length === 0 ? (
          <EmptyState>No days off planned.</EmptyState>
        ) : (
          <ul className="exception-list">
            {exceptions.map((date, index) => (
              <li key={date}>
                <span>{formatLongDay(date)}</span>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  aria-label={`Remove day off ${formatLongDay(date)}`}
                  onClick={() => {
                    setExceptions((current) => current.filter((item) => item !== date));
                    edit();
                  }}
                >
                  Remove
                </button>
                {exceptionErrors[index] && <p className="field-error">{exceptionErrors[index]}</p>}
              </li>
            ))}
          </ul>
        )}
        <div className="exception-add">
          <TextField
            label="Day off"
            type="date"
            value={newDate}
            onChange={(event) => setNewDate(event.target.value)}
            error={dateError ?? undefined}
          />
          <button type="button" className="button button-secondary" onClick={addException}>
            Add day off
          </button>
        </div>
      </section>

      <SaveFooter
        save={save}
        unplaced={unplaced}
        failedTitle="Your availability was not saved"
        savedText="Availability saved."
        buttonLabel="Save availability"
      />
    </form>
  );
}

/** `HH:MM` an hour later, capped at `24:00`. */
function addHour(time: string): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const minutes = Math.min(h * 60 + m + 60, 24 * 60);
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Minutes from a block's start to its end (none when the end is not after the start). */
function blockMinutes(block: { start: string; end: string }): number {
  const minutes = (time: string) => {
    const [h = 0, m = 0] = time.split(':').map(Number);
    return h * 60 + m;
  };
  return Math.max(0, minutes(block.end) - minutes(block.start));
}
