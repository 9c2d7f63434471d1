import { type FormEvent, useId, useMemo, useState } from 'react';
import { api, type Incident, type IncidentView, isApiError, type TaskTypeView } from '../lib/api.js';
import { fieldMessage } from '../lib/format.js';
import { REMEDIATION_TYPE_IDS } from '../lib/monitoring.js';
import { initialValues, type ParamValues, parameterFields, paramsFor } from '../lib/tasks.js';
import { useAction } from '../lib/use-action.js';
import { CheckboxField } from './checkbox-field.js';
import { SubmitButton, SubmitFailure } from './save-footer.js';
import { SelectField } from './select-field.js';
import { ErrorAlert, Loading } from './status.js';
import { TextAreaField } from './text-area-field.js';
import { TextField } from './text-field.js';

/**
 * What an operator does with an incident: acknowledge (paging stops), resolve with an optional note, add a note,
 * start a remediation task on the monitor's host. Each answers with the incident, handed to `onChanged`.
 */
export function IncidentOperatorActions({
  incident,
  types,
  onChanged,
}: {
  incident: Incident;
  /** The task catalogue, for the remediation form; undefined while it loads. */
  types: readonly TaskTypeView[] | undefined;
  onChanged: (incident: IncidentView, message: string) => void;
}) {
  const acknowledge = useAction();
  if (incident.status === 'resolved') return null;
  return (
    <div className="incident-actions">
      {incident.status === 'open' && (
        <div className="form-actions">
          <button
            type="button"
            className="button"
            aria-disabled={acknowledge.busy || undefined}
            onClick={() =>
              void acknowledge.run(
                () => api.acknowledgeIncident(incident.id),
                (next) => onChanged(next, 'Acknowledged: paging and escalation have stopped.'),
              )
            }
          >
            Acknowledge<span className="visually-hidden"> {incident.monitorName}</span>
          </button>
          {acknowledge.busy && <Loading>Acknowledging…</Loading>}
        </div>
      )}
      {acknowledge.state.kind === 'failed' && (
        <ErrorAlert error={acknowledge.state.error} title="The incident was not acknowledged" />
      )}
      <TextForm
        key={`note-${incident.id}`}
        label="Note"
        hint="The customer sees it on the incident’s timeline."
        button="Add note"
        busyLabel="Adding…"
        failedTitle="The note was not added"
        field="text"
        required
        send={(text) => api.addIncidentNote(incident.id, text)}
        onSent={(next) => onChanged(next, 'Note added.')}
      />
      <RemediationForm incident={incident} types={types} onChanged={onChanged} />
      <TextForm
        key={`resolve-${incident.id}`}
        label="Resolution note (optional)"
        hint="What was wrong and what was done; the customer sees it."
        button="Resolve incident"
        busyLabel="Resolving…"
        failedTitle="The incident was not resolved"
        field="note"
        required={false}
        send={(note) => api.resolveIncident(incident.id, note || undefined)}
        onSent={(next) => onChanged(next, 'Resolved.')}
      />
    </div>
  );
}

type Submit = { kind: 'editing' } | { kind: 'sending' } | { kind: 'failed'; error: unknown };

/** A text area and a button: a note, or a resolution with its optional note. */
function TextForm({
  label,
  hint,
  button,
  busyLabel,
  failedTitle,
  field,
  required,
  send,
  onSent,
}: {
  label: string;
  hint: string;
  button: string;
  busyLabel: string;
  failedTitle: string;
  /** The request body's field, where the server's 422 points. */
  field: string;
  required: boolean;
  send: (text: string) => Promise<IncidentView>;
  onSent: (incident: IncidentView) => void;
}) {
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const [submit, setSubmit] = useState<Submit>({ kind: 'editing' });
  async function go(event: FormEvent) {
    event.preventDefault();
    if (submit.kind === 'sending') return;
    if (required && !text.trim()) {
      setMissing(true);
      return;
    }
    setSubmit({ kind: 'sending' });
    try {
      const next = await send(text.trim());
      setText('');
      setSubmit({ kind: 'editing' });
      onSent(next);
    } catch (error) {
      setSubmit({ kind: 'failed', error });
    }
  }
  const failed = submit.kind === 'failed' ? submit.error : null;
  const serverErrors = isApiError(failed, 422) ? failed.fieldErrors() : {};
  const serverError = serverErrors[field];
  const error = missing ? 'Enter the text.' : serverError ? fieldMessage(serverError) : undefined;
  const unplaced = Object.keys(serverErrors).some((path) => path !== field);
  return (
    <form className="form form-compact" onSubmit={go} noValidate>
      <TextAreaField
        label={label}
        hint={hint}
        rows={3}
        maxLength={2000}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setMissing(false);
        }}
        error={error}
        required={required}
      />
      <SubmitFailure failed={failed} unplaced={unplaced} title={failedTitle} />
      <SubmitButton busy={submit.kind === 'sending'} busyLabel={busyLabel} className="button button-secondary">
        {button}
      </SubmitButton>
    </form>
  );
}

/** "Run remediation": a remediation task type and its parameters (from the catalogue's JSON Schema, as /tasks does). */
function RemediationForm({
  incident,
  types,
  onChanged,
}: {
  incident: Incident;
  types: readonly TaskTypeView[] | undefined;
  onChanged: (incident: IncidentView, message: string) => void;
}) {
  const id = useId();
  const available = (types ?? []).filter((type) => (REMEDIATION_TYPE_IDS as readonly string[]).includes(type.id));
  const [typeId, setTypeId] = useState('');
  const [values, setValues] = useState<ParamValues>({});
  const [submit, setSubmit] = useState<Submit>({ kind: 'editing' });
  const type = available.find((item) => item.id === typeId);
  const fields = useMemo(() => (type ? parameterFields(type) : []), [type]);

  async function go(event: FormEvent) {
    event.preventDefault();
    if (submit.kind === 'sending' || !type) return;
    setSubmit({ kind: 'sending' });
    try {
      const next = await api.remediateIncident(incident.id, { typeId: type.id, params: paramsFor(fields, values) });
      setSubmit({ kind: 'editing' });
      onChanged(next, `${type.name} requested: it runs through the task lifecycle and shows on the timeline.`);
    } catch (error) {
      setSubmit({ kind: 'failed', error });
    }
  }

  if (types === undefined) return <Loading>Loading the remediation tasks…</Loading>;
  if (available.length === 0) return null;
  const failed = submit.kind === 'failed' ? submit.error : null;
  const serverErrors = isApiError(failed, 422) ? failed.fieldErrors() : {};
  const placed = new Set<string>();
  const errorAt = (path: string): string | undefined => {
    const message = serverErrors[path];
    if (!message) return undefined;
    placed.add(path);
    return fieldMessage(message);
  };
  const typeError = errorAt('typeId');
  const paramErrors = Object.fromEntries(fields.map((field) => [field.name, errorAt(`params.${field.name}`)]));
  const unplaced = Object.keys(serverErrors).some((path) => !placed.has(path));

  return (
    <form className="form form-compact" onSubmit={go} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Run remediation</h3>
      <SelectField
        label="Remediation task"
        value={typeId}
        onChange={(event) => {
          const next = available.find((item) => item.id === event.target.value);
          setTypeId(event.target.value);
          setValues(next ? initialValues(parameterFields(next)) : {});
          setSubmit({ kind: 'editing' });
        }}
        error={typeError}
      >
        <option value="">Choose a task</option>
        {available.map((item) => (
          <option key={item.id} value={item.id}>
            {item.name}
          </option>
        ))}
      </SelectField>
      {fields.map((field) =>
        field.control === 'checkbox' ? (
          <CheckboxField
            key={field.name}
            label={field.label}
            hint={field.hint}
            error={paramErrors[field.name]}
            checked={values[field.name] === true}
            onChange={(event) => setValues((current) => ({ ...current, [field.name]: event.target.checked }))}
          />
        ) : field.control === 'select' ? (
          <SelectField
            key={field.name}
            label={field.label}
            hint={field.hint}
            error={paramErrors[field.name]}
            value={String(values[field.name] ?? '')}
            onChange={(event) => setValues((current) => ({ ...current, [field.name]: event.target.value }))}
          >
            {field.initial === '' && <option value="">Choose one</option>}
            {field.options.map((option) => (
              <option key={option}>{option}</option>
            ))}
          </SelectField>
        ) : (
          <TextField
            key={field.name}
            label={field.required ? field.label : `${field.label} (optional)`}
            hint={field.hint}
            error={paramErrors[field.name]}
            inputMode={field.control === 'number' ? 'numeric' : undefined}
            autoComplete="off"
            spellCheck={false}
            value={String(values[field.name] ?? '')}
            onChange={(event) => setValues((current) => ({ ...current, [field.name]: event.target.value }))}
          />
        ),
      )}
      {type && (
        <p className="muted">
          {type.description} Approvals and maintenance windows apply; the run is billed as a task run.
        </p>
      )}
      <SubmitFailure failed={failed} unplaced={unplaced} title="The remediation was not started" />
      {type && (
        <SubmitButton busy={submit.kind === 'sending'} busyLabel="Starting…" className="button button-secondary">
          Run remediation
        </SubmitButton>
      )}
    </form>
  );
}
