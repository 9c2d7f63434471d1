import { type FormEvent, useRef, useState } from 'react';
import { zonedParts, zonedToUtc } from '../../../shared/platform/zoned-time.js';
import { useAuth } from '../auth/auth-context.js';
import { SaveFooter, type SaveState } from '../components/save-footer.js';
import { SelectField } from '../components/select-field.js';
import { EmptyState, ErrorAlert, Loading } from '../components/status.js';
import { TextField } from '../components/text-field.js';
import { api, isApiError, type OnCallRotaView, type OnCallShift } from '../lib/api.js';
import { nowMs } from '../lib/clock.js';
import { useDisplayZone } from '../lib/display-zone.js';
import { fieldMessage, formatDateTime, formatDuration, zoneLabel } from '../lib/format.js';
import { useNow } from '../lib/use-polled.js';
import { useResource } from '../lib/use-resource.js';
import '../styles/staff-pages.css';

type StaffMember = OnCallRotaView['staff'][number];

/** The person's name, or — for someone no longer among the staff who can be on call — a placeholder, never an id. */
const nameOf = (staffId: string, staff: readonly StaffMember[]): string =>
  staff.find((member) => member.id === staffId)?.name ?? 'A former staff member';

const loadRota = (signal: AbortSignal) => api.getOnCallRota(signal);

const byStart = (a: OnCallShift, b: OnCallShift) => Date.parse(a.start) - Date.parse(b.start);

/** `2026-03-30T09:00`: what a `datetime-local` input shows for an instant on a wall clock in `zone`. */
const toLocalInput = (iso: string, zone: string): string => {
  const parts = zonedParts(Date.parse(iso), zone);
  return `${parts.date}T${parts.time}`;
};

const LOCAL_INPUT = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/;

/** The ISO instant a `datetime-local` value names on a wall clock in `zone`; null when it is empty or incomplete. */
const fromLocalInput = (value: string, zone: string): string | null => {
  const match = LOCAL_INPUT.exec(value);
  if (!match?.[1] || !match[2]) return null;
  return new Date(zonedToUtc(match[1], match[2], zone)).toISOString();
};

const ISO_INSTANTS = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})/g;

const UUIDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** A server message with its instants ("shifts overlap at 2026-…Z") in the viewer's zone and staff ids as names. */
const inZone = (message: string, zone: string, staff: readonly StaffMember[]): string =>
  message.replace(ISO_INSTANTS, (iso) => formatDateTime(iso, zone)).replace(UUIDS, (id) => nameOf(id, staff));

export function OpsOnCallPage() {
  const rota = useResource(loadRota);
  const auth = useAuth();
  const timeZone = useDisplayZone();
  const me = auth.status === 'signed-in' ? auth.me : null;
  const canEdit = me?.roles.includes('provider-admin') ?? false;

  return (
    <>
      <h1>On-call rota</h1>
      <p className="lead">
        Who takes emergency call-outs when: a call-out is booked with whoever is on call at its start. Shifts never
        overlap. Times are in your time zone, {zoneLabel(timeZone)}.
      </p>
      {rota.status === 'loading' && <Loading>Loading the on-call rota…</Loading>}
      {rota.status === 'error' && (
        <ErrorAlert error={rota.error} title="Could not load the on-call rota" onRetry={rota.reload} />
      )}
      {rota.status === 'ready' && (
        <Rota initial={rota.data} timeZone={timeZone} userId={me?.user.id ?? null} canEdit={canEdit} />
      )}
    </>
  );
}

function Rota({
  initial,
  timeZone,
  userId,
  canEdit,
}: {
  initial: OnCallRotaView;
  timeZone: string;
  userId: string | null;
  canEdit: boolean;
}) {
  const [rota, setRota] = useState(initial);
  const now = useNow(60_000);
  const shifts = [...rota.shifts].sort(byStart);
  const zone = zoneLabel(timeZone);

  return (
    <>
      <section aria-labelledby="shifts-heading">
        <h2 id="shifts-heading">Shifts</h2>
        {shifts.length === 0 ? (
          <EmptyState>No one is on call: emergency call-outs cannot be booked until the rota has shifts.</EmptyState>
        ) : (
          <ol className="shift-list" aria-label={`On-call shifts, times in ${zone}`}>
            {shifts.map((shift) => {
              const current = Date.parse(shift.start) <= now && now < Date.parse(shift.end);
              return (
                <li key={`${shift.start}-${shift.staffId}`} className={`shift-item${current ? ' shift-current' : ''}`}>
                  <p className="shift-who">
                    <strong>{nameOf(shift.staffId, rota.staff)}</strong>
                    {shift.staffId === userId && <span className="muted"> (you)</span>}
                    {current && <span className="status-pill status-confirmed">On call now</span>}
                  </p>
                  <p className="shift-when">
                    <time dateTime={shift.start}>{formatDateTime(shift.start, timeZone)}</time>
                    <span aria-hidden="true"> → </span>
                    <span className="visually-hidden"> to </span>
                    <time dateTime={shift.end}>{formatDateTime(shift.end, timeZone)}</time>
                  </p>
                  <p className="shift-length muted">
                    {formatDuration((Date.parse(shift.end) - Date.parse(shift.start)) / 60_000)}
                  </p>
                </li>
              );
            })}
          </ol>
        )}
      </section>
      {canEdit && <RotaEditor initial={rota} timeZone={timeZone} onSaved={setRota} />}
    </>
  );
}

interface Row {
  key: number;
  staffId: string;
  /** `datetime-local` values, on a wall clock in `zone`. */
  start: string;
  end: string;
}

type RowErrors = { staffId?: string | undefined; start?: string | undefined; end?: string | undefined };

function RotaEditor({
  initial,
  timeZone,
  onSaved,
}: {
  initial: OnCallRotaView;
  timeZone: string;
  onSaved: (rota: OnCallRotaView) => void;
}) {
  const staff = initial.staff;
  const nextKey = useRef(0);
  const toRows = (rota: OnCallRotaView, zone: string): Row[] =>
    [...rota.shifts].sort(byStart).map((shift) => ({
      key: nextKey.current++,
      staffId: shift.staffId,
      start: toLocalInput(shift.start, zone),
      end: toLocalInput(shift.end, zone),
    }));
  const [rows, setRows] = useState<Row[]>(() => toRows(initial, timeZone));
  // The zone the rows' wall-clock values are in: when the viewer picks another, the same instants are shown in it.
  const [rowsZone, setRowsZone] = useState(timeZone);
  const [checks, setChecks] = useState<Map<number, RowErrors>>(new Map());
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });

  if (rowsZone !== timeZone) {
    const move = (value: string) => {
      const iso = fromLocalInput(value, rowsZone);
      return iso ? toLocalInput(iso, timeZone) : value;
    };
    setRows(rows.map((row) => ({ ...row, start: move(row.start), end: move(row.end) })));
    setRowsZone(timeZone);
  }

  const failed = save.kind === 'failed' ? save.error : null;
  const errors = isApiError(failed, 422) ? failed.fieldErrors() : {};
  const used = new Set<string>();
  const errorAt = (path: string): string | undefined => {
    const message = errors[path];
    if (!message) return undefined;
    used.add(path);
    return fieldMessage(inZone(message, timeZone, staff));
  };

  // Adding or removing a row moves the rows the server's errors point at by position: those errors are stale.
  const edit = () => {
    if (save.kind !== 'saving') setSave({ kind: 'idle' });
  };
  const changeRow = (key: number, change: Partial<Row>) => {
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));
    if (checks.has(key)) {
      setChecks((current) => {
        const next = new Map(current);
        next.delete(key);
        return next;
      });
    }
    if (save.kind === 'saved') setSave({ kind: 'idle' });
  };
  const addRow = () => {
    const last = [...rows].sort((a, b) => a.end.localeCompare(b.end)).at(-1);
    const lastEnd = last ? fromLocalInput(last.end, timeZone) : null;
    const start = lastEnd ?? new Date(zonedToUtc(zonedParts(nowMs(), timeZone).date, '09:00', timeZone)).toISOString();
    const end = new Date(Date.parse(start) + 8 * 3_600_000).toISOString();
    setRows((current) => [
      ...current,
      { key: nextKey.current++, staffId: '', start: toLocalInput(start, timeZone), end: toLocalInput(end, timeZone) },
    ]);
    edit();
  };
  const removeRow = (key: number) => {
    setRows((current) => current.filter((row) => row.key !== key));
    setChecks((current) => {
      const next = new Map(current);
      next.delete(key);
      return next;
    });
    edit();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.kind === 'saving') return;
    const found = new Map<number, RowErrors>();
    const shifts = rows.map((row) => {
      const start = fromLocalInput(row.start, timeZone);
      const end = fromLocalInput(row.end, timeZone);
      const rowErrors: RowErrors = {
        staffId: row.staffId ? undefined : 'Choose who is on call.',
        start: start ? undefined : 'Enter a start date and time.',
        end: end ? undefined : 'Enter an end date and time.',
      };
      if (rowErrors.staffId || rowErrors.start || rowErrors.end) found.set(row.key, rowErrors);
      return { staffId: row.staffId, start: start ?? '', end: end ?? '' };
    });
    setChecks(found);
    if (found.size > 0) {
      setSave({ kind: 'idle' });
      return;
    }
    setSave({ kind: 'saving' });
    try {
      const saved = await api.setOnCallRota({ shifts });
      setRows(toRows(saved, timeZone));
      setRowsZone(timeZone);
      onSaved(saved);
      setSave({ kind: 'saved' });
    } catch (error) {
      setSave({ kind: 'failed', error });
    }
  }

  const shiftsError = errorAt('shifts') ?? errorAt('_');
  const rowErrors = new Map(
    rows.map((row, index) => {
      const check = checks.get(row.key);
      return [
        row.key,
        {
          staffId: check?.staffId ?? errorAt(`shifts.${index}.staffId`),
          start: check?.start ?? errorAt(`shifts.${index}.start`),
          end: check?.end ?? errorAt(`shifts.${index}.end`),
          other: errorAt(`shifts.${index}`),
        },
      ];
    }),
  );
  const unplaced = Object.keys(errors).some((path) => !used.has(path));

  return (
    <form className="form on-call-form staff-on-call-form" onSubmit={submit} noValidate>
      <section className="card" aria-labelledby="edit-rota-heading">
        <h2 id="edit-rota-heading">Edit the rota</h2>
        <p className="muted">
          Start and end are in {zoneLabel(timeZone)}. Each person on call needs working hours set. Saving replaces the
          whole rota.
        </p>
        {shiftsError && (
          <p className="field-error" role="alert">
            {shiftsError}
          </p>
        )}
        {rows.length === 0 && <EmptyState>No shifts. Add one below.</EmptyState>}
        <div className="shift-editor-rows">
          {rows.map((row, index) => {
            const rowError = rowErrors.get(row.key);
            const known = staff.some((member) => member.id === row.staffId);
            return (
              <fieldset key={row.key} className="shift-editor-row">
                <legend className="visually-hidden">Shift {index + 1}</legend>
                <SelectField
                  label="Person"
                  value={row.staffId}
                  onChange={(event) => changeRow(row.key, { staffId: event.target.value })}
                  error={rowError?.staffId}
                >
                  <option value="">Choose a person…</option>
                  {staff.map((member) => (
                    <option key={member.id} value={member.id}>
                      {member.name} ({member.email})
                    </option>
                  ))}
                  {row.staffId && !known && <option value={row.staffId}>{nameOf(row.staffId, staff)}</option>}
                </SelectField>
                <TextField
                  label="Start"
                  type="datetime-local"
                  value={row.start}
                  onChange={(event) => changeRow(row.key, { start: event.target.value })}
                  error={rowError?.start}
                />
                <TextField
                  label="End"
                  type="datetime-local"
                  value={row.end}
                  onChange={(event) => changeRow(row.key, { end: event.target.value })}
                  error={rowError?.end}
                />
                <button
                  type="button"
                  className="button button-secondary"
                  aria-label={`Remove shift ${index + 1}${row.staffId ? ` (${nameOf(row.staffId, staff)})` : ''}`}
                  onClick={() => removeRow(row.key)}
                >
                  Remove
                </button>
                {rowError?.other && <p className="field-error">{rowError.other}</p>}
              </fieldset>
            );
          })}
        </div>
        <div>
          <button type="button" className="button button-secondary" onClick={addRow}>
            Add shift
          </button>
        </div>
      </section>

      <SaveFooter
        save={save}
        unplaced={unplaced}
        invalid={checks.size > 0}
        failedTitle="The rota was not saved"
        savedText="Rota saved."
        buttonLabel="Save rota"
      />
    </form>
  );
}
