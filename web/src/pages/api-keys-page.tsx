import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { API_KEY_SCOPE_LABELS, API_KEY_SCOPES, type ApiKeyScope } from '../../../shared/contracts/api-key-scopes.js';
import { addDays, zonedParts, zonedToUtc } from '../../../shared/platform/zoned-time.js';
import { ConfirmButton } from '../components/confirm-button.js';
import { CopyableCommand } from '../components/copyable-command.js';
import { DataTable, RowError } from '../components/data-table.js';
import { EmptyState, ErrorAlert, Loading, Notice } from '../components/status.js';
import { TextField } from '../components/text-field.js';
import { type ApiKey, api, type CreateApiKeyRequest, type CreatedApiKey, isApiError } from '../lib/api.js';
import { nowMs } from '../lib/clock.js';
import { useDisplayZone } from '../lib/display-zone.js';
import { fieldMessage, formatDateTime, zoneLabel } from '../lib/format.js';
import { useResource } from '../lib/use-resource.js';
import '../styles/api-keys.css';

/** Where the API reference is served (the platform's `getApiDocs` route): a page of its own, not of this app. */
const API_REFERENCE_PATH = '/api/docs';

/** The keys' limit of lifetime (shared/tenancy/api-keys.ts: MAX_API_KEY_LIFETIME_DAYS), for the date picker. */
const MAX_LIFETIME_DAYS = 730;

const READ_SCOPES = API_KEY_SCOPES.filter((scope) => scope.endsWith(':read'));

/** A GET route each read scope opens, for the usage example: the scripts' most common first call. */
const EXAMPLE_PATHS: Partial<Record<ApiKeyScope, string>> = {
  'tasks:read': '/api/tasks',
  'monitoring:read': '/api/monitors',
  'billing:read': '/api/invoices',
  'booking:read': '/api/bookings',
  'reports:read': '/api/reports',
  'tenancy:read': '/api/users',
};

const loadApiKeys = (signal: AbortSignal) => api.listApiKeys(signal);

/** `odk_AbCd1234…`: the part of a key kept in clear, to tell keys apart. */
const shownPrefix = (key: Pick<ApiKey, 'prefix'>): string => `${key.prefix}…`;

export function ApiKeysPage() {
  const keys = useResource(loadApiKeys);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <>
      <h1>API keys</h1>
      <p className="lead">
        Keys let your organisation’s scripts call Opsdesk: a deploy pipeline that requests a cache purge, a cron job
        that reads the monitors, your accounting fetching invoices. A key acts as the admin who created it, limited to
        the scopes chosen for it. Read the <a href={API_REFERENCE_PATH}>API reference</a> for every route and what it
        needs.
      </p>

      <section className="section" aria-labelledby="keys-heading">
        <h2 id="keys-heading" tabIndex={-1}>
          Keys
        </h2>
        {notice && <Notice>{notice}</Notice>}
        {keys.status === 'loading' && <Loading>Loading the API keys…</Loading>}
        {keys.status === 'error' && (
          <ErrorAlert error={keys.error} title="Could not load the API keys" onRetry={keys.reload} />
        )}
        {keys.status === 'ready' && (
          <KeyTable
            items={keys.data.items}
            onRevoked={(key) => {
              setNotice(`“${key.name}” (${shownPrefix(key)}) was revoked: calls made with it are refused from now on.`);
              keys.reload();
              document.getElementById('keys-heading')?.focus();
            }}
          />
        )}
      </section>

      <section className="section card" aria-labelledby="create-key-heading">
        <h2 id="create-key-heading" tabIndex={-1}>
          Create a key
        </h2>
        <CreateKey
          onCreated={() => {
            setNotice(null);
            keys.reload();
          }}
        />
      </section>
    </>
  );
}

function KeyTable({ items, onRevoked }: { items: readonly ApiKey[]; onRevoked: (key: ApiKey) => void }) {
  const zone = useDisplayZone();
  const [failed, setFailed] = useState<Record<string, unknown>>({});

  if (items.length === 0) {
    return (
      <EmptyState>
        No API keys yet. Create one below for a script that should work with your organisation’s tasks, monitors,
        bookings or invoices — the <a href={API_REFERENCE_PATH}>API reference</a> shows what each route does and which
        scope it needs.
      </EmptyState>
    );
  }

  async function revoke(key: ApiKey) {
    setFailed(({ [key.id]: _, ...rest }) => rest);
    try {
      await api.revokeApiKey(key.id);
    } catch (error) {
      // Already gone (revoked in another tab): the list is simply out of date.
      if (isApiError(error, 404)) return onRevoked(key);
      setFailed((current) => ({ ...current, [key.id]: error }));
      return;
    }
    onRevoked(key);
  }

  const now = nowMs();
  return (
    <DataTable
      columns={['Name', 'Scopes', 'Created', 'Expires', 'Last used']}
      actions
      caption="API keys"
      className="api-keys-table"
    >
      {items.map((key) => {
        const expired = key.expiresAt !== null && Date.parse(key.expiresAt) <= now;
        const error = failed[key.id];
        return (
          <KeyRow
            key={key.id}
            apiKey={key}
            zone={zone}
            expired={expired}
            error={error}
            onRevoke={() => revoke(key)}
            onDismiss={() => setFailed(({ [key.id]: _, ...rest }) => rest)}
          />
        );
      })}
    </DataTable>
  );
}

function KeyRow({
  apiKey,
  zone,
  expired,
  error,
  onRevoke,
  onDismiss,
}: {
  apiKey: ApiKey;
  zone: string;
  expired: boolean;
  error: unknown;
  onRevoke: () => Promise<void>;
  onDismiss: () => void;
}) {
  return (
    <>
      <tr>
        <th scope="row" className="cell-name">
          {apiKey.name}
          <code className="cell-sub api-key-prefix">{shownPrefix(apiKey)}</code>
        </th>
        <td data-label="Scopes">
          <ul className="api-key-scopes">
            {apiKey.scopes.map((scope) => (
              <li key={scope}>{API_KEY_SCOPE_LABELS[scope] ?? scope}</li>
            ))}
          </ul>
        </td>
        <td data-label="Created">
          {formatDateTime(apiKey.createdAt, zone)}
          <span className="cell-sub">by {apiKey.createdBy.name ?? 'a former member'}</span>
        </td>
        <td data-label="Expires">
          {apiKey.expiresAt === null ? (
            'Never'
          ) : expired ? (
            <>
              <span className="status-pill status-failed">Expired</span>
              <span className="cell-sub">{formatDateTime(apiKey.expiresAt, zone)}</span>
            </>
          ) : (
            formatDateTime(apiKey.expiresAt, zone)
          )}
        </td>
        <td data-label="Last used">
          {apiKey.lastUsedAt === null ? 'Never used' : formatDateTime(apiKey.lastUsedAt, zone)}
        </td>
        <td className="cell-actions">
          <ConfirmButton
            className="button button-secondary button-small"
            question={`Revoke “${apiKey.name}” (${shownPrefix(apiKey)})? Scripts using it stop working at once.`}
            confirmLabel="Yes, revoke"
            busyLabel="Revoking…"
            onConfirm={onRevoke}
          >
            Revoke<span className="visually-hidden"> {apiKey.name}</span>
          </ConfirmButton>
        </td>
      </tr>
      {error !== undefined && (
        <RowError colSpan={6} error={error} title={`Could not revoke “${apiKey.name}”`} onDismiss={onDismiss} />
      )}
    </>
  );
}

/** The form, then — once created — the key itself, shown this once, until the admin says they have it. */
function CreateKey({ onCreated }: { onCreated: () => void }) {
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  if (created) {
    return (
      <CreatedKey
        created={created}
        onDone={() => {
          setCreated(null);
          requestAnimationFrame(() => document.getElementById('create-key-heading')?.focus());
        }}
      />
    );
  }
  return (
    <CreateKeyForm
      onCreated={(key) => {
        setCreated(key);
        onCreated();
      }}
    />
  );
}

type KeyField = 'name' | 'scopes' | 'expiresAt';
const KEY_FIELDS: readonly string[] = ['name', 'scopes', 'expiresAt'] satisfies KeyField[];
const isKeyField = (value: string): value is KeyField => KEY_FIELDS.includes(value);

/** `YYYY-MM-DD` of today in `zone` (the server's now). */
const todayIn = (zone: string): string => zonedParts(nowMs(), zone).date;

/** The last second of `date` in `zone`, as an instant: the key works through the whole day the admin picked. */
const endOfDayIn = (date: string, zone: string): string | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== date) return null;
  return new Date(zonedToUtc(addDays(date, 1), '00:00', zone) - 1000).toISOString();
};

function CreateKeyForm({ onCreated }: { onCreated: (key: CreatedApiKey) => void }) {
  const zone = useDisplayZone();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ReadonlySet<ApiKeyScope>>(new Set());
  const [expiresOn, setExpiresOn] = useState('');
  const [errors, setErrors] = useState<Partial<Record<KeyField, string>>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const scopesId = useId();

  const today = todayIn(zone);
  const latest = addDays(today, MAX_LIFETIME_DAYS);

  const toggle = (scope: ApiKeyScope, on: boolean) => {
    setScopes((current) => {
      const next = new Set(current);
      if (on) next.add(scope);
      else next.delete(scope);
      return next;
    });
    setErrors((current) => ({ ...current, scopes: undefined }));
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const found: Partial<Record<KeyField, string>> = {};
    const trimmed = name.trim();
    if (!trimmed) found.name = 'Enter a name that says what the key is for.';
    else if (trimmed.length > 100) found.name = 'The name is at most 100 characters.';
    if (scopes.size === 0) found.scopes = 'Choose at least one scope.';
    const expiresAt = expiresOn ? endOfDayIn(expiresOn, zone) : null;
    if (expiresOn && !expiresAt) found.expiresAt = 'Enter a date, or leave it empty for a key that does not expire.';
    else if (expiresOn && expiresOn < today) found.expiresAt = 'Choose today or a later day.';
    else if (expiresOn && expiresOn > latest) found.expiresAt = 'A key expires at most two years ahead.';
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return focusFirstInvalid(formRef.current);

    const body: CreateApiKeyRequest = {
      name: trimmed,
      // In the order the form lists them, whatever order they were ticked in.
      scopes: API_KEY_SCOPES.filter((scope) => scopes.has(scope)),
      ...(expiresAt ? { expiresAt } : {}),
    };
    setSubmitting(true);
    try {
      const key = await api.createApiKey(body);
      onCreated(key);
    } catch (error) {
      setSubmitting(false);
      if (isApiError(error, 422)) {
        const byField: Partial<Record<KeyField, string>> = {};
        for (const [path, message] of Object.entries(error.fieldErrors())) {
          const field = path.split('.')[0] ?? '';
          if (isKeyField(field)) byField[field] ??= fieldMessage(message);
        }
        if (Object.keys(byField).length > 0) {
          setErrors(byField);
          return focusFirstInvalid(formRef.current);
        }
      }
      setFailure(error);
    }
  }

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate aria-busy={submitting}>
      <p className="muted">
        The key is shown once, right after you create it: copy it into your script’s secret settings then. Opsdesk keeps
        only a fingerprint of it.
      </p>
      <TextField
        label="Name"
        name="name"
        autoComplete="off"
        hint="What uses the key, so you know which to revoke: “Deploy pipeline”, “Accounting export”."
        maxLength={100}
        value={name}
        onChange={(event) => {
          setName(event.currentTarget.value);
          setErrors((current) => ({ ...current, name: undefined }));
        }}
        error={errors.name}
      />
      <fieldset
        className={errors.scopes ? 'api-key-scope-picker field-invalid' : 'api-key-scope-picker'}
        aria-describedby={errors.scopes ? `${scopesId}-hint ${scopesId}-error` : `${scopesId}-hint`}
      >
        <legend>Scopes</legend>
        <p className="field-hint" id={`${scopesId}-hint`}>
          What the key may do. It can never do more than you can, and it cannot manage users, keys or the organisation
          itself.
        </p>
        <div className="form-actions api-key-scope-shortcuts">
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => {
              setScopes((current) => new Set([...current, ...READ_SCOPES]));
              setErrors((current) => ({ ...current, scopes: undefined }));
            }}
          >
            Select every read scope
          </button>
          <button type="button" className="button button-secondary button-small" onClick={() => setScopes(new Set())}>
            Clear
          </button>
        </div>
        <ul className="api-key-scope-options">
          {API_KEY_SCOPES.map((scope) => (
            <li key={scope}>
              <label className="checkbox-row">
                <input
                  type="checkbox"
                  name="scopes"
                  value={scope}
                  checked={scopes.has(scope)}
                  aria-invalid={errors.scopes ? true : undefined}
                  onChange={(event) => toggle(scope, event.currentTarget.checked)}
                />
                <span>
                  {API_KEY_SCOPE_LABELS[scope]} <code className="cell-sub api-key-scope-code">{scope}</code>
                </span>
              </label>
            </li>
          ))}
        </ul>
        {errors.scopes && (
          <p className="field-error" id={`${scopesId}-error`}>
            {errors.scopes}
          </p>
        )}
      </fieldset>
      <TextField
        label="Expires on (optional)"
        name="expiresOn"
        type="date"
        hint={`The key stops working at the end of this day, in ${zoneLabel(zone)}. Leave it empty for a key that does not expire.`}
        min={today}
        max={latest}
        value={expiresOn}
        onChange={(event) => {
          setExpiresOn(event.currentTarget.value);
          setErrors((current) => ({ ...current, expiresAt: undefined }));
        }}
        error={errors.expiresAt}
      />
      {failure !== null && <ErrorAlert error={failure} title="The key was not created" />}
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={submitting || undefined}>
          Create key
        </button>
        {submitting && <Loading>Creating the key…</Loading>}
      </div>
    </form>
  );
}

function CreatedKey({ created, onDone }: { created: CreatedApiKey; onDone: () => void }) {
  const zone = useDisplayZone();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'selected'>('idle');
  const fieldId = useId();

  useEffect(() => headingRef.current?.focus(), []);

  const select = () => {
    inputRef.current?.select();
    setCopied('selected');
  };
  const copy = () => {
    if (!navigator.clipboard) return select();
    navigator.clipboard.writeText(created.key).then(() => setCopied('copied'), select);
  };

  const readScope = created.scopes.find((scope) => EXAMPLE_PATHS[scope] !== undefined);
  const examplePath = readScope ? EXAMPLE_PATHS[readScope] : undefined;
  const origin = window.location.origin;

  return (
    <div className="api-key-created">
      <h3 ref={headingRef} tabIndex={-1}>
        “{created.name}” is ready
      </h3>
      <div className="alert alert-warning">
        <p className="alert-title">Copy the key now: it will not be shown again.</p>
        <p>
          Opsdesk keeps only a fingerprint of it and cannot show it to anyone, you included. Lost it? Revoke it and
          create a new one.
        </p>
      </div>
      <div className="field">
        <label htmlFor={fieldId}>Your new API key</label>
        <div className="api-key-secret">
          <input
            ref={inputRef}
            id={fieldId}
            className="api-key-secret-value"
            readOnly
            value={created.key}
            spellCheck={false}
            autoComplete="off"
            onFocus={(event) => event.currentTarget.select()}
          />
          <button type="button" className="button button-secondary" onClick={copy}>
            Copy key
          </button>
        </div>
        <p role="status" className="muted">
          {copied === 'copied'
            ? 'Copied to the clipboard.'
            : copied === 'selected'
              ? 'Selected: press Ctrl+C (⌘C on a Mac) to copy.'
              : ''}
        </p>
      </div>
      <dl className="facts">
        <dt>Scopes</dt>
        <dd>
          <ul className="api-key-scopes">
            {created.scopes.map((scope) => (
              <li key={scope}>{API_KEY_SCOPE_LABELS[scope] ?? scope}</li>
            ))}
          </ul>
        </dd>
        <dt>Expires</dt>
        <dd>{created.expiresAt === null ? 'Never' : formatDateTime(created.expiresAt, zone)}</dd>
      </dl>
      <h4>Try it</h4>
      {examplePath ? (
        <>
          <p>Send the key as a bearer token. For example, from a terminal:</p>
          <CopyableCommand
            command={`curl -H "Authorization: Bearer ${created.key}" ${origin}${examplePath}`}
            buttonLabel="Copy example"
          />
        </>
      ) : (
        <p>
          Send the key as a bearer token: <code>Authorization: Bearer {shownPrefix(created)}</code>. The{' '}
          <a href={API_REFERENCE_PATH}>API reference</a> shows each route with an example request.
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onDone}>
          Done, I have copied the key
        </button>
      </div>
    </div>
  );
}

function focusFirstInvalid(form: HTMLFormElement | null): void {
  requestAnimationFrame(() =>
    form?.querySelector<HTMLInputElement | HTMLSelectElement>('[aria-invalid="true"]')?.focus(),
  );
}
