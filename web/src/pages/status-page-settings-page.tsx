import { type FormEvent, useState } from 'react';
import type { StatusPage } from '../../../shared/reports/model.js';
import { useAuth } from '../auth/auth-context.js';
import { CheckboxField } from '../components/checkbox-field.js';
import { SaveFooter, type SaveState } from '../components/save-footer.js';
import { SelectField } from '../components/select-field.js';
import { EmptyState, ErrorAlert, Loading } from '../components/status.js';
import { TextField } from '../components/text-field.js';
import { api, isApiError, type Monitor } from '../lib/api.js';
import { Link } from '../lib/router.js';
import { useResource } from '../lib/use-resource.js';

const loadSettings = (signal: AbortSignal) => api.getStatusPage(signal);
const loadMonitors = (signal: AbortSignal) => api.listMonitors(signal).then((list) => list.items);

/** Where the public page is, on this app's own origin (CloudFront serves `/status/*` beside the app). */
const publicUrl = (slug: string) => `${window.location.origin}/status/${slug}`;

/**
 * The organisation's public status page: customer-admins choose its address, which monitors it shows and in which
 * order, and whether it is published; members see the settings and the link.
 */
export function StatusPageSettingsPage() {
  const auth = useAuth();
  const settings = useResource(loadSettings);
  const monitors = useResource(loadMonitors);
  if (auth.status !== 'signed-in') return null;
  const isAdmin = auth.me.roles.includes('customer-admin');

  return (
    <>
      <h1>Status page</h1>
      <p className="lead">
        A public page, without sign-in, that shows the current state of the monitors you choose, their uptime over the
        last 90 days, open and recent incidents and planned maintenance. It never shows targets, host names or who
        worked on an incident.
      </p>
      {(settings.status === 'loading' || monitors.status === 'loading') && <Loading>Loading the status page…</Loading>}
      {settings.status === 'error' && (
        <ErrorAlert error={settings.error} title="Could not load the status page" onRetry={settings.reload} />
      )}
      {monitors.status === 'error' && (
        <ErrorAlert error={monitors.error} title="Could not load the monitors" onRetry={monitors.reload} />
      )}
      {settings.status === 'ready' && monitors.status === 'ready' && (
        <>
          {monitors.data.length === 0 && (
            <EmptyState>
              No monitors yet: the page has nothing to show until your organisation watches something.{' '}
              <Link to="/monitors">Go to the monitors</Link>
              {isAdmin ? ' to add one.' : '; an admin of your organisation can add one.'}
            </EmptyState>
          )}
          {isAdmin ? (
            <StatusPageForm initial={settings.data} monitors={monitors.data} />
          ) : (
            <StatusPageView page={settings.data} monitors={monitors.data} />
          )}
        </>
      )}
    </>
  );
}

/** The link to the published page, or why there is none. */
function PublicLink({ page }: { page: StatusPage }) {
  if (!page.slug) return <p className="muted">No address chosen yet.</p>;
  const url = publicUrl(page.slug);
  return page.published ? (
    <p>
      Published at{' '}
      <a href={url} target="_blank" rel="noreferrer">
        {url}
      </a>{' '}
      (changes show there within a minute).
    </p>
  ) : (
    <p className="muted">Not published: {url} answers “not found” until the page is published.</p>
  );
}

const namesOf = (ids: readonly string[], monitors: readonly Monitor[]) =>
  ids.flatMap((id) => {
    const monitor = monitors.find((candidate) => candidate.id === id);
    return monitor ? [{ id, name: monitor.name }] : [];
  });

/** Members: the settings, read only. */
function StatusPageView({ page, monitors }: { page: StatusPage; monitors: Monitor[] }) {
  const shown = namesOf(page.monitorIds, monitors);
  return (
    <section className="section card" aria-labelledby="status-settings-heading">
      <h2 id="status-settings-heading">Settings</h2>
      <PublicLink page={page} />
      <h3>Monitors shown</h3>
      {shown.length ? (
        <ol>
          {shown.map((monitor) => (
            <li key={monitor.id}>{monitor.name}</li>
          ))}
        </ol>
      ) : (
        <p className="muted">None.</p>
      )}
      <p className="muted">Only an admin of your organisation can change the status page.</p>
    </section>
  );
}

/** Customer-admins: address, publication and the monitors shown, in order. */
function StatusPageForm({ initial, monitors }: { initial: StatusPage; monitors: Monitor[] }) {
  const [saved, setSaved] = useState(initial);
  const [slug, setSlug] = useState(initial.slug ?? '');
  const [published, setPublished] = useState(initial.published);
  const [chosen, setChosen] = useState(() => namesOf(initial.monitorIds, monitors).map((monitor) => monitor.id));
  const [adding, setAdding] = useState('');
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const errors = save.kind === 'failed' && isApiError(save.error) ? save.error.fieldErrors() : {};
  const monitorErrors = Object.entries(errors).filter(([field]) => field.startsWith('monitorIds'));
  const unplaced = Object.keys(errors).some((field) => field !== 'slug' && !field.startsWith('monitorIds'));
  const available = monitors.filter((monitor) => !chosen.includes(monitor.id));
  const nameOf = (id: string) => monitors.find((monitor) => monitor.id === id)?.name ?? id;

  const move = (index: number, by: -1 | 1) =>
    setChosen((current) => {
      const next = [...current];
      const [item] = next.splice(index, 1);
      if (item !== undefined) next.splice(index + by, 0, item);
      return next;
    });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.kind === 'saving') return;
    setSave({ kind: 'saving' });
    try {
      const answer = await api.putStatusPage({ slug: slug.trim(), published, monitorIds: chosen });
      setSaved(answer);
      setSave({ kind: 'saved' });
    } catch (error) {
      setSave({ kind: 'failed', error });
    }
  }

  return (
    <form className="section card" aria-labelledby="status-form-heading" onSubmit={submit} noValidate>
      <h2 id="status-form-heading">Settings</h2>
      <PublicLink page={saved} />
      <TextField
        label="Address"
        hint="3–40 lowercase letters, digits and hyphens: the page is served at /status/<address>."
        value={slug}
        onChange={(event) => setSlug(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        error={errors.slug}
      />
      <CheckboxField
        label="Published"
        hint="Anyone with the link can see the page. Unpublished, the address answers “not found”."
        checked={published}
        onChange={(event) => setPublished(event.target.checked)}
      />

      <fieldset>
        <legend>Monitors shown, in this order</legend>
        {chosen.length === 0 ? (
          <p className="muted">None yet: add monitors below.</p>
        ) : (
          <ol>
            {chosen.map((id, index) => (
              <li key={id}>
                <span>{nameOf(id)}</span>{' '}
                <button
                  type="button"
                  className="button-link"
                  onClick={() => move(index, -1)}
                  disabled={index === 0}
                  aria-label={`Move ${nameOf(id)} up`}
                >
                  Up
                </button>{' '}
                <button
                  type="button"
                  className="button-link"
                  onClick={() => move(index, 1)}
                  disabled={index === chosen.length - 1}
                  aria-label={`Move ${nameOf(id)} down`}
                >
                  Down
                </button>{' '}
                <button
                  type="button"
                  className="button-link"
                  onClick={() => setChosen((current) => current.filter((other) => other !== id))}
                  aria-label={`Remove ${nameOf(id)}`}
                >
                  Remove
                </button>
              </li>
            ))}
          </ol>
        )}
        {monitorErrors.length > 0 && (
          <p className="field-error" role="alert">
            {monitorErrors.map(([field, message]) => {
              const index = Number(field.split('.')[1]);
              const id = chosen[index];
              return `${id ? nameOf(id) : field}: ${message}. `;
            })}
          </p>
        )}
        {available.length > 0 && (
          <div>
            <SelectField label="Add a monitor" value={adding} onChange={(event) => setAdding(event.target.value)}>
              <option value="">Choose a monitor…</option>
              {available.map((monitor) => (
                <option key={monitor.id} value={monitor.id}>
                  {monitor.name}
                </option>
              ))}
            </SelectField>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                if (!adding) return;
                setChosen((current) => [...current, adding]);
                setAdding('');
              }}
            >
              Add to page
            </button>
          </div>
        )}
      </fieldset>

      <SaveFooter
        save={save}
        unplaced={unplaced || (save.kind === 'failed' && !isApiError(save.error, 422) && !errors.slug)}
        failedTitle="The status page was not saved"
        savedText="Saved. The public page shows the change within a minute."
        buttonLabel="Save status page"
      />
    </form>
  );
}
