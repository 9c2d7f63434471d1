import { type FormEvent, useState } from 'react';
import { WEEKDAYS, type Weekday } from '../../../shared/platform/zoned-time.js';
import { api, isApiError, type MaintenanceWindowView } from '../lib/api.js';
import { WEEKDAY_NAMES } from '../lib/booking.js';
import { useDisplayZone } from '../lib/display-zone.js';
import { fieldMessage, formatDateTime, formatDuration, zoneLabel } from '../lib/format.js';
import { useResource } from '../lib/use-resource.js';
import { SaveFooter, type SaveState } from './save-footer.js';
import { SelectField } from './select-field.js';
import { ErrorAlert, Loading } from './status.js';
import { TextField } from './text-field.js';

const loadWindow = (signal: AbortSignal) => api.getMaintenanceWindow(signal);

const pad = (n: number) => String(n).padStart(2, '0');
/** `00:00` … `23:45`: the quarter hours a window may start at. */
const START_TIMES = Array.from({ length: 96 }, (_, i) => `${pad(Math.floor(i / 4))}:${pad((i % 4) * 15)}`);
const isWeekday = (value: string): value is Weekday => (WEEKDAYS as readonly string[]).includes(value);

/**
 * The organisation's weekly maintenance window, in its own time zone: disruptive tasks wait for it. Everyone sees it
 * and its next opening; customer-admins change it.
 */
export function MaintenanceWindowCard({ canEdit }: { canEdit: boolean }) {
  const resource = useResource(loadWindow);
  const [saved, setSaved] = useState<{ base: MaintenanceWindowView; view: MaintenanceWindowView } | null>(null);
  const base = resource.status === 'ready' ? resource.data : null;
  const view = base && saved?.base === base ? saved.view : base;

  return (
    <section className="section card" aria-labelledby="window-heading">
      <h2 id="window-heading">Maintenance window</h2>
      <p className="muted">
        Disruptive tasks (a restart, operating system patches) wait for this weekly window, in your organisation’s time
        zone.
      </p>
      {resource.status === 'loading' && <Loading>Loading the maintenance window…</Loading>}
      {resource.status === 'error' && (
        <ErrorAlert error={resource.error} title="Could not load the maintenance window" onRetry={resource.reload} />
      )}
      {view && base && (
        <>
          <WindowFacts view={view} />
          {canEdit && <WindowEditor view={view} onSaved={(next) => setSaved({ base, view: next })} />}
        </>
      )}
    </section>
  );
}

/**
 * The window is a local time that recurs every week: it is named by its IANA zone (`Sunday from 02:00,
 * Europe/Berlin`), never by an abbreviation such as "CET", which is wrong half the year. The next opening is one
 * instant: shown in the window's zone and, when the page shows another, in that one too.
 */
function WindowFacts({ view }: { view: MaintenanceWindowView }) {
  const displayZone = useDisplayZone();
  return (
    <dl className="facts facts-grid">
      <div>
        <dt>Every week</dt>
        <dd>
          {WEEKDAY_NAMES[view.day]} from {view.start} ({zoneLabel(view.timeZone)}), for{' '}
          {formatDuration(view.durationMinutes)}
        </dd>
      </div>
      <div>
        <dt>{view.openNow ? 'Open now, since' : 'Next opens'}</dt>
        <dd>
          <time dateTime={view.nextOpensAt}>{formatDateTime(view.nextOpensAt, view.timeZone)}</time>
          {displayZone !== view.timeZone && (
            <span className="cell-sub">
              {zoneLabel(displayZone)}: {formatDateTime(view.nextOpensAt, displayZone)}
            </span>
          )}
        </dd>
      </div>
    </dl>
  );
}

function WindowEditor({
  view,
  onSaved,
}: {
  view: MaintenanceWindowView;
  onSaved: (view: MaintenanceWindowView) => void;
}) {
  const [day, setDay] = useState<Weekday>(view.day);
  const [start, setStart] = useState(view.start);
  const [duration, setDuration] = useState(String(view.durationMinutes));
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [invalid, setInvalid] = useState<string | null>(null);

  const edit = () => {
    if (save.kind !== 'saving') setSave({ kind: 'idle' });
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.kind === 'saving') return;
    const durationMinutes = Number(duration);
    if (duration.trim() === '' || !Number.isInteger(durationMinutes)) {
      setInvalid('Enter whole minutes, from 30 to 720 in steps of 15.');
      return;
    }
    setInvalid(null);
    setSave({ kind: 'saving' });
    try {
      const next = await api.setMaintenanceWindow({ day, start, durationMinutes });
      setSave({ kind: 'saved' });
      onSaved(next);
    } catch (error) {
      setSave({ kind: 'failed', error });
    }
  }

  const failed = save.kind === 'failed' ? save.error : null;
  const errors = isApiError(failed, 422) ? failed.fieldErrors() : {};
  const unplaced = Object.keys(errors).some((field) => !['day', 'start', 'durationMinutes'].includes(field));
  const message = (field: string) => (errors[field] ? fieldMessage(errors[field]) : undefined);
  return (
    <form className="form form-compact" onSubmit={submit} noValidate aria-label="Change the maintenance window">
      <SelectField
        label="Weekday"
        value={day}
        onChange={(event) => {
          if (isWeekday(event.target.value)) setDay(event.target.value);
          edit();
        }}
        error={message('day')}
      >
        {WEEKDAYS.map((option) => (
          <option key={option} value={option}>
            {WEEKDAY_NAMES[option]}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Start"
        hint={`In ${zoneLabel(view.timeZone)}.`}
        value={start}
        onChange={(event) => {
          setStart(event.target.value);
          edit();
        }}
        error={message('start')}
      >
        {START_TIMES.map((time) => (
          <option key={time} value={time}>
            {time}
          </option>
        ))}
      </SelectField>
      <TextField
        label="Duration (minutes)"
        hint="From 30 minutes to 12 hours, in steps of 15 minutes."
        type="number"
        inputMode="numeric"
        min={30}
        max={720}
        step={15}
        value={duration}
        onChange={(event) => {
          setDuration(event.target.value);
          edit();
        }}
        error={invalid ?? message('durationMinutes')}
      />
      <SaveFooter
        save={save}
        unplaced={unplaced}
        invalid={invalid !== null}
        failedTitle="The maintenance window was not saved"
        savedText="Maintenance window saved. Tasks already scheduled keep their time."
        buttonLabel="Save window"
      />
    </form>
  );
}
