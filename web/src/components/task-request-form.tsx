import { type FormEvent, useMemo, useRef, useState } from 'react';
import {
  api,
  type Host,
  isApiError,
  NetworkError,
  newIdempotencyKey,
  type Task,
  type TaskRequestBody,
  type TaskTypeView,
} from '../lib/api.js';
import { fieldMessage, formatDuration } from '../lib/format.js';
import { Link } from '../lib/router.js';
import { initialValues, type ParamField, type ParamValues, parameterFields, paramsFor } from '../lib/tasks.js';
import { CheckboxField } from './checkbox-field.js';
import { SubmitButton, SubmitFailure } from './save-footer.js';
import { SelectField } from './select-field.js';
import { TextAreaField } from './text-area-field.js';
import { TextField } from './text-field.js';

type Submit = { kind: 'editing' } | { kind: 'submitting' } | { kind: 'failed'; error: unknown };

/**
 * "Request a task": the type (with what it does and how it is handled), the host, the type's own parameters as
 * fields generated from its JSON Schema, and notes. The server validates; its field errors are shown at their fields
 * (`body.params.domain` at "Domain", `body.hostId` at "Host").
 */
export function TaskRequestForm({
  types,
  hosts,
  isAdmin,
  onRequested,
}: {
  types: readonly TaskTypeView[];
  hosts: readonly Host[];
  isAdmin: boolean;
  onRequested: (task: Task) => void;
}) {
  const [typeId, setTypeId] = useState('');
  // The host chosen; until then an automated type runs on the only host, if there is just one.
  const [hostChoice, setHostChoice] = useState<string | null>(null);
  const [values, setValues] = useState<ParamValues>({});
  const [notes, setNotes] = useState('');
  const [submit, setSubmit] = useState<Submit>({ kind: 'editing' });
  const [typeMissing, setTypeMissing] = useState(false);
  // Kept for a retry of the very same request after the connection failed, so it cannot be made twice.
  const retry = useRef<{ body: string; key: string } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const type = types.find((item) => item.id === typeId);
  const fields = useMemo(() => (type ? parameterFields(type) : []), [type]);
  const needsHost = type?.automated ?? false;
  const hostId = hostChoice ?? (needsHost && hosts.length === 1 ? (hosts[0]?.id ?? '') : '');

  const chooseType = (id: string) => {
    setTypeId(id);
    setTypeMissing(false);
    const next = types.find((item) => item.id === id);
    setValues(next ? initialValues(parameterFields(next)) : {});
    if (submit.kind === 'failed') setSubmit({ kind: 'editing' });
  };

  const setValue = (name: string, value: string | boolean) => {
    setValues((current) => ({ ...current, [name]: value }));
    if (submit.kind === 'failed') setSubmit({ kind: 'editing' });
  };

  async function send(event: FormEvent) {
    event.preventDefault();
    if (submit.kind === 'submitting') return;
    if (!type) {
      setTypeMissing(true);
      focusFirstInvalid(formRef.current);
      return;
    }
    setSubmit({ kind: 'submitting' });
    const trimmedNotes = notes.trim();
    const request: TaskRequestBody = {
      typeId: type.id as TaskRequestBody['typeId'],
      ...(hostId ? { hostId } : {}),
      params: paramsFor(fields, values),
      ...(trimmedNotes ? { notes: trimmedNotes } : {}),
    };
    const body = JSON.stringify(request);
    const key = retry.current?.body === body ? retry.current.key : newIdempotencyKey();
    retry.current = { body, key };
    try {
      const task = await api.requestTask(request, key);
      retry.current = null;
      onRequested(task);
    } catch (error) {
      if (!(error instanceof NetworkError)) retry.current = null;
      setSubmit({ kind: 'failed', error });
      focusFirstInvalid(formRef.current);
    }
  }

  const failed = submit.kind === 'failed' ? submit.error : null;
  const errors = isApiError(failed, 422) ? failed.fieldErrors() : {};
  const placed = new Set<string>();
  const errorAt = (path: string): string | undefined => {
    const message = errors[path];
    if (!message) return undefined;
    placed.add(path);
    return fieldMessage(message);
  };
  const typeError = typeMissing ? 'Choose a task type.' : errorAt('typeId');
  const hostError = errorAt('hostId');
  const fieldErrors = Object.fromEntries(fields.map((field) => [field.name, errorAt(`params.${field.name}`)]));
  const notesError = errorAt('notes');
  const unplaced = Object.keys(errors).some((path) => !placed.has(path));

  return (
    <form ref={formRef} className="form form-compact task-request" onSubmit={send} noValidate>
      <SelectField
        label="Task type"
        value={typeId}
        onChange={(event) => chooseType(event.target.value)}
        error={typeError}
        required
      >
        <option value="">Choose a task type</option>
        {types.map((item) => (
          <option key={item.id} value={item.id}>
            {item.name}
          </option>
        ))}
      </SelectField>

      {type && <TypeSummary type={type} isAdmin={isAdmin} />}

      {type && (
        <>
          {hosts.length === 0 && needsHost ? (
            <div className="alert alert-warning" role="status">
              <p className="alert-title">No host to run it on</p>
              <p>
                {type.name} runs on one of your servers, and none is registered yet. See <Link to="/hosts">Hosts</Link>.
              </p>
            </div>
          ) : (
            <SelectField
              label={needsHost ? 'Host' : 'Host (optional)'}
              hint={needsHost ? 'The server it runs on.' : 'The server the work is about, if any.'}
              value={hostId}
              onChange={(event) => {
                setHostChoice(event.target.value);
                if (submit.kind === 'failed') setSubmit({ kind: 'editing' });
              }}
              error={hostError}
              required={needsHost}
            >
              <option value="">{needsHost ? 'Choose a host' : 'No particular host'}</option>
              {hosts.map((host) => (
                <option key={host.id} value={host.id}>
                  {host.name}
                </option>
              ))}
            </SelectField>
          )}
          {fields.map((field) => (
            <ParamInput
              key={`${type.id}.${field.name}`}
              field={field}
              value={values[field.name]}
              error={fieldErrors[field.name]}
              onChange={(value) => setValue(field.name, value)}
            />
          ))}
          <TextAreaField
            label="Notes (optional)"
            hint="Anything the operator or your admin should know."
            rows={3}
            maxLength={2000}
            value={notes}
            onChange={(event) => setNotes(event.target.value)}
            error={notesError}
          />
        </>
      )}

      <SubmitFailure failed={failed} unplaced={unplaced} title="The task was not requested" />
      <SubmitButton busy={submit.kind === 'submitting'} busyLabel="Requesting…">
        Request task
      </SubmitButton>
    </form>
  );
}

/** What the type does and what happens once it is requested. */
function TypeSummary({ type, isAdmin }: { type: TaskTypeView; isAdmin: boolean }) {
  const flags: string[] = [];
  if (type.needsApproval) flags.push('Needs approval: an admin of your organisation approves it before it runs.');
  else if (!isAdmin && !type.readOnly) flags.push('Needs approval when a member asks: an admin approves it first.');
  if (type.disruptive) flags.push('Disruptive: waits for the maintenance window.');
  if (type.automated) {
    flags.push(
      type.timeoutSeconds
        ? `Automated: runs on the host through SSM, for at most ${formatDuration(Math.ceil(type.timeoutSeconds / 60))}.`
        : 'Automated: runs on the host through SSM.',
    );
  } else {
    flags.push('Manual: done by an operator.');
  }
  if (type.readOnly) flags.push('Read-only: changes nothing on the server.');
  return (
    <div className="chosen-type">
      <p>{type.description}</p>
      <ul className="task-flags">
        {flags.map((flag) => (
          <li key={flag}>{flag}</li>
        ))}
      </ul>
    </div>
  );
}

/** One parameter's control, chosen by its schema (see parameterFields). */
function ParamInput({
  field,
  value,
  error,
  onChange,
}: {
  field: ParamField;
  value: string | boolean | undefined;
  error: string | undefined;
  onChange: (value: string | boolean) => void;
}) {
  const optional = !field.required && field.initial === '';
  if (field.control === 'checkbox') {
    return (
      <CheckboxField
        label={field.label}
        hint={field.hint}
        error={error}
        checked={value === true}
        onChange={(event) => onChange(event.target.checked)}
      />
    );
  }
  // What every other control carries: its label, hint, error, whether it is required, and the text it holds.
  const common = {
    label: optional ? `${field.label} (optional)` : field.label,
    hint: field.hint,
    error,
    required: field.required,
    value: typeof value === 'string' ? value : '',
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
  switch (field.control) {
    case 'select':
      return (
        <SelectField {...common}>
          {field.initial === '' && <option value="">{field.required ? 'Choose one' : 'None'}</option>}
          {field.options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </SelectField>
      );
    case 'number':
      return (
        <TextField
          {...common}
          type="number"
          inputMode={field.integer ? 'numeric' : 'decimal'}
          min={field.min}
          max={field.max}
          step={field.integer ? 1 : 'any'}
        />
      );
    case 'textarea':
      return (
        <TextAreaField
          {...common}
          rows={5}
          maxLength={field.maxLength}
          minLength={field.minLength}
          placeholder={field.example}
        />
      );
    case 'text':
      return (
        <TextField
          {...common}
          autoComplete="off"
          spellCheck={false}
          maxLength={field.maxLength}
          minLength={field.minLength}
          placeholder={field.example ? `e.g. ${field.example}` : undefined}
        />
      );
  }
}

function focusFirstInvalid(form: HTMLFormElement | null): void {
  // After React has rendered the errors.
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
