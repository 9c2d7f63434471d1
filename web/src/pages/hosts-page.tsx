import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useAuth } from '../auth/auth-context.js';
import { ConfirmButton } from '../components/confirm-button.js';
import { CopyableCommand } from '../components/copyable-command.js';
import { DataTable, RowError } from '../components/data-table.js';
import { SubmitButton } from '../components/save-footer.js';
import { EmptyState, ErrorAlert, Loading, Notice } from '../components/status.js';
import { DateTime } from '../components/task-parts.js';
import { TextField } from '../components/text-field.js';
import { type Activation, api, type Host, isApiError } from '../lib/api.js';
import { count, fieldMessage } from '../lib/format.js';
import { Link } from '../lib/router.js';
import { loadHosts, PING_STATUS_CLASSES, PING_STATUS_LABELS } from '../lib/tasks.js';
import { useAction } from '../lib/use-action.js';
import { useResource } from '../lib/use-resource.js';
import '../styles/admin.css';

/** After an activation is created, the page asks SSM this often, this many times (5 minutes), for the new server. */
const WATCH_INTERVAL_MS = 10_000;
const WATCH_ATTEMPTS = 30;

export function HostsPage() {
  const auth = useAuth();
  const hosts = useResource(loadHosts);
  // The list after a refresh or a deregistration, until the page loads it again.
  const [changed, setChanged] = useState<{ base: Host[]; items: Host[] } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const sync = useAction();
  // The server an activation was created for, while the page waits for it to register.
  const [watching, setWatching] = useState<{ name: string; known: ReadonlySet<string> } | null>(null);
  const base = hosts.status === 'ready' ? hosts.data : null;
  const items = base && changed?.base === base ? changed.items : base;
  const latest = useRef({ base, items });
  latest.current = { base, items };

  // Asks SSM every WATCH_INTERVAL_MS until a server that was not listed before registers, for five minutes.
  useEffect(() => {
    if (!watching) return;
    let attempts = 0;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      attempts += 1;
      try {
        const synced = await api.syncHosts();
        if (stopped) return;
        const current = latest.current.base;
        if (current) setChanged({ base: current, items: synced.items });
        const arrived = synced.items.find((host) => !watching.known.has(host.id));
        if (arrived) {
          setNotice(`${arrived.name} has registered and is in the list: tasks can now run on it.`);
          setWatching(null);
          return;
        }
      } catch {
        // A failed check is tried again at the next interval; the button still works meanwhile.
      }
      if (stopped) return;
      if (attempts >= WATCH_ATTEMPTS) {
        setNotice(
          `${watching.name} has not registered yet. Once the command has run on it, click “Refresh from SSM” above to list it.`,
        );
        setWatching(null);
        return;
      }
      timer = setTimeout(() => void check(), WATCH_INTERVAL_MS);
    };
    timer = setTimeout(() => void check(), WATCH_INTERVAL_MS);
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [watching]);

  // The route table only renders this page for signed-in customers.
  if (auth.status !== 'signed-in') return null;
  const isAdmin = auth.me.roles.includes('customer-admin');

  function refresh() {
    if (sync.busy || !base) return;
    setNotice(null);
    void sync.run(
      () => api.syncHosts(),
      (synced) => {
        setChanged({ base, items: synced.items });
        setNotice(`Host list refreshed from SSM: ${count(synced.items.length, 'host')}.`);
      },
    );
  }

  const removed = (host: Host) => {
    if (!base || !items) return;
    setChanged({ base, items: items.filter((item) => item.id !== host.id) });
    setNotice(`${host.name} was deregistered: Opsdesk can no longer run tasks on it.`);
    document.getElementById('hosts-heading')?.focus();
  };

  return (
    <>
      <h1>Hosts</h1>
      <p className="lead">
        The servers Opsdesk manages for {auth.me.tenant?.name ?? 'your organisation'}: each runs the AWS SSM agent, so
        tasks can run on it without opening a port.
      </p>

      <section className="section" aria-labelledby="hosts-heading">
        <h2 id="hosts-heading" tabIndex={-1}>
          Registered servers
        </h2>
        {notice && (
          <Notice>
            <p>{notice}</p>
          </Notice>
        )}
        {watching && (
          <div className="hosts-waiting">
            <Loading>
              Waiting for {watching.name} to register: this list refreshes by itself every {WATCH_INTERVAL_MS / 1000}{' '}
              seconds for five minutes.
            </Loading>
          </div>
        )}
        {sync.state.kind === 'failed' && (
          <ErrorAlert error={sync.state.error} title="Could not refresh the host list" />
        )}
        {hosts.status === 'loading' && <Loading>Loading your hosts…</Loading>}
        {hosts.status === 'error' && (
          <ErrorAlert error={hosts.error} title="Could not load your hosts" onRetry={hosts.reload} />
        )}
        {items && (
          <>
            <div className="form-actions section-actions">
              <button
                type="button"
                className="button button-secondary"
                aria-disabled={sync.busy || undefined}
                onClick={refresh}
              >
                Refresh from SSM
              </button>
              {sync.busy && <Loading>Asking SSM…</Loading>}
            </div>
            {items.length === 0 ? (
              <EmptyState>
                No servers registered yet.{' '}
                {isAdmin
                  ? 'Register one below: you get a command to run on the server, and it appears here by itself once it has registered.'
                  : 'An admin of your organisation can register one on this page.'}
              </EmptyState>
            ) : (
              <HostTable hosts={items} isAdmin={isAdmin} onRemoved={removed} />
            )}
          </>
        )}
      </section>

      {isAdmin && (
        <section className="section card" aria-labelledby="register-heading">
          <h2 id="register-heading">Register a server</h2>
          <RegisterHost
            onCreated={(name) => {
              setNotice(null);
              setWatching({ name, known: new Set((items ?? []).map((host) => host.id)) });
            }}
          />
        </section>
      )}

      <p className="section">
        Tasks on these servers are requested on the <Link to="/tasks">Tasks</Link> page.
      </p>
    </>
  );
}

function HostTable({
  hosts,
  isAdmin,
  onRemoved,
}: {
  hosts: Host[];
  isAdmin: boolean;
  onRemoved: (host: Host) => void;
}) {
  return (
    <DataTable columns={['Name', 'Platform', 'Agent', 'Status', 'Last seen']} actions={isAdmin} className="hosts-table">
      {hosts.map((host) => (
        <HostRow key={host.id} host={host} isAdmin={isAdmin} onRemoved={onRemoved} />
      ))}
    </DataTable>
  );
}

function HostRow({ host, isAdmin, onRemoved }: { host: Host; isAdmin: boolean; onRemoved: (host: Host) => void }) {
  const deregister = useAction();

  return (
    <>
      <tr>
        <th scope="row" className="cell-name">
          {host.name}
          <code className="id cell-sub">{host.id}</code>
        </th>
        <td className="cell-break" data-label="Platform">
          {host.platform}
          {host.ipAddress && <span className="cell-sub">{host.ipAddress}</span>}
        </td>
        <td className="cell-break" data-label="Agent">
          {host.agentVersion}
        </td>
        <td data-label="Status">
          <span className={`status-pill ${PING_STATUS_CLASSES[host.pingStatus]}`}>
            {PING_STATUS_LABELS[host.pingStatus]}
          </span>
        </td>
        <td className="cell-nowrap" data-label="Last seen">
          {host.lastSeenAt ? <DateTime iso={host.lastSeenAt} /> : 'Never'}
        </td>
        {isAdmin && (
          <td className="cell-actions">
            <ConfirmButton
              className="button button-secondary button-small"
              question={`Deregister ${host.name}? SSM forgets the server: tasks can no longer run on it (scheduled ones for it fail), and registering it again needs a new activation. The server itself is not touched.`}
              confirmLabel="Yes, deregister"
              busyLabel="Deregistering…"
              onConfirm={() =>
                deregister.run(
                  () => api.deregisterHost(host.id),
                  () => onRemoved(host),
                )
              }
            >
              Deregister<span className="visually-hidden"> {host.name}</span>
            </ConfirmButton>
          </td>
        )}
      </tr>
      {deregister.state.kind === 'failed' && (
        <RowError
          colSpan={isAdmin ? 6 : 5}
          error={deregister.state.error}
          title={`Could not deregister ${host.name}`}
          onDismiss={deregister.dismiss}
        />
      )}
    </>
  );
}

const ACTIVATION_HEADING_ID = 'activation-heading';

/** A name → an SSM activation, and the command that registers the server with it. */
function RegisterHost({ onCreated }: { onCreated: (name: string) => void }) {
  const [name, setName] = useState('');
  const [state, setState] = useState<
    | { kind: 'editing' }
    | { kind: 'creating' }
    | { kind: 'failed'; error: unknown }
    | { kind: 'created'; name: string; activation: Activation }
  >({ kind: 'editing' });

  useEffect(() => {
    if (state.kind === 'created') document.getElementById(ACTIVATION_HEADING_ID)?.focus();
  }, [state.kind]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (state.kind === 'creating') return;
    setState({ kind: 'creating' });
    try {
      const trimmed = name.trim();
      const activation = await api.createActivation(trimmed);
      setState({ kind: 'created', name: trimmed, activation });
      onCreated(trimmed);
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  }

  if (state.kind === 'created') {
    const { activation } = state;
    return (
      <>
        <h3 id={ACTIVATION_HEADING_ID} tabIndex={-1}>
          Activation for {state.name}
        </h3>
        <dl className="facts facts-grid">
          <div>
            <dt>Activation id</dt>
            <dd>
              <code className="id">{activation.activationId}</code>
            </dd>
          </div>
          <div>
            <dt>Activation code</dt>
            <dd>
              <code className="id">{activation.activationCode}</code>
            </dd>
          </div>
          <div>
            <dt>Valid until</dt>
            <dd>
              <DateTime iso={activation.expiresAt} />
            </dd>
          </div>
        </dl>
        <p>
          Run this command on the server, as a user who may use <code>sudo</code>, with the SSM agent installed. It can
          register one server, once, until the time above.
        </p>
        <CopyableCommand command={activation.registerCommand} />
        <Notice>
          <p>
            Once the command has run, the server appears in the list above by itself: this page checks every{' '}
            {WATCH_INTERVAL_MS / 1000} seconds for five minutes. Later, click “Refresh from SSM” above (Opsdesk also
            refreshes every 15 minutes).
          </p>
        </Notice>
        <div className="form-actions">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setName('');
              setState({ kind: 'editing' });
            }}
          >
            Register another server
          </button>
        </div>
      </>
    );
  }

  const failed = state.kind === 'failed' ? state.error : null;
  const nameError = isApiError(failed, 422) ? failed.fieldErrors().name : undefined;
  return (
    <form className="form form-compact" onSubmit={submit} noValidate>
      <p className="muted">
        Opsdesk creates an activation for one server and gives you the command that registers it with AWS Systems
        Manager.
      </p>
      <TextField
        label="Server name"
        hint="How the server is listed: letters, digits, dots, hyphens and underscores, e.g. web-01."
        autoComplete="off"
        required
        maxLength={63}
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          if (state.kind === 'failed') setState({ kind: 'editing' });
        }}
        error={nameError ? fieldMessage(nameError) : undefined}
      />
      {failed !== null && !nameError && (
        <ErrorAlert error={failed} title="No activation was created">
          {/* 409: the plan has no hosts, or its hosts are taken (the detail says which and how many). */}
          {isApiError(failed, 409) && (
            <p>
              <Link to="/subscription">Your subscription</Link> shows your plan;{' '}
              <Link to="/plans">compare the plans</Link> for more hosts.
            </p>
          )}
        </ErrorAlert>
      )}
      <SubmitButton busy={state.kind === 'creating'} busyLabel="Creating the activation…">
        Create activation
      </SubmitButton>
    </form>
  );
}
