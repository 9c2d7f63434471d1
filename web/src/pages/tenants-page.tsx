import { type FormEvent, useEffect, useRef, useState } from 'react';
import { findPlan } from '../../../shared/catalogue/plans.js';
import type { Tenant } from '../../../shared/tenancy/model.js';
import { DataTable, RowError } from '../components/data-table.js';
import { PagedListView } from '../components/paged-list-view.js';
import { Loading, Notice } from '../components/status.js';
import { TextAreaField } from '../components/text-area-field.js';
import { api } from '../lib/api.js';
import { formatDate, zoneLabel } from '../lib/format.js';
import { TENANT_STATUS_LABELS } from '../lib/roles.js';
import { Link } from '../lib/router.js';
import { usePagedList } from '../lib/use-paged-list.js';
import '../styles/admin.css';

/** The plan's name (`webmaster-eighth` → "Webmaster share — an eighth"). */
const planName = (planId: string): string => findPlan(planId)?.name ?? 'A plan no longer offered';

const loadTenants = (cursor: string | undefined, signal: AbortSignal) => api.listTenants({ cursor }, signal);

type Move = 'suspend' | 'reactivate';

const MOVES: Record<
  Move,
  { label: string; busy: string; failed: string; done: string; call: (id: string, reason: string) => Promise<Tenant> }
> = {
  suspend: {
    label: 'Suspend',
    busy: 'Suspending…',
    failed: 'Could not suspend',
    done: 'is suspended: its users see your reason on every page, can still see billing and pay, but cannot book or request tasks.',
    call: (tenantId: string, reason: string) => api.suspendTenant(tenantId, reason),
  },
  reactivate: {
    label: 'Reactivate',
    busy: 'Reactivating…',
    failed: 'Could not reactivate',
    done: 'is active again; the suspension notice is gone from its pages.',
    call: (id) => api.reactivateTenant(id),
  },
};

/** Which moves a status allows (the server decides; a move it refuses answers 409). */
const movesFor = (status: Tenant['status']): Move[] => {
  switch (status) {
    case 'active':
      return ['suspend'];
    case 'suspended':
      return ['reactivate'];
    case 'past_due':
      return ['suspend', 'reactivate'];
    default:
      return [];
  }
};

export function TenantsPage() {
  const tenants = usePagedList(loadTenants);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <>
      <h1>Tenants</h1>
      <p className="lead">
        Every organisation that has signed up, oldest first. Suspend one that does not pay or breaks the terms — with a
        reason its users read — and reactivate it when that is resolved.
      </p>
      {notice && (
        <Notice>
          <p>{notice}</p>
        </Notice>
      )}
      <PagedListView
        list={tenants}
        loading="Loading tenants…"
        failedTitle="Could not load the tenants"
        empty="No organisation has signed up yet."
      >
        {(ready) => (
          <DataTable columns={['Name', 'Status', 'Plan', 'Created', 'Time zone']} actions>
            {ready.items.map((tenant) => (
              <TenantRow
                key={tenant.id}
                tenant={tenant}
                onChanged={(changed, move) => {
                  ready.update((items) => items.map((item) => (item.id === changed.id ? changed : item)));
                  setNotice(`${changed.name} ${MOVES[move].done}`);
                }}
                onStart={() => setNotice(null)}
              />
            ))}
          </DataTable>
        )}
      </PagedListView>
    </>
  );
}

type RowState =
  | { kind: 'idle' }
  | { kind: 'asking' }
  | { kind: 'busy'; move: Move }
  | { kind: 'failed'; move: Move; error: unknown };

function TenantRow({
  tenant,
  onChanged,
  onStart,
}: {
  tenant: Tenant;
  onChanged: (tenant: Tenant, move: Move) => void;
  onStart: () => void;
}) {
  const [state, setState] = useState<RowState>({ kind: 'idle' });
  const actionsRef = useRef<HTMLTableCellElement>(null);
  const refocus = useRef(false);

  // The button that was used gives way to the other one: keep the keyboard in this row.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the status is the trigger; the buttons change with it.
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    actionsRef.current?.querySelector<HTMLElement>('button, a')?.focus();
  }, [tenant.status]);

  async function run(move: Move, reason = '') {
    if (state.kind === 'busy') return;
    onStart();
    setState({ kind: 'busy', move });
    try {
      const changed = await MOVES[move].call(tenant.id, reason);
      refocus.current = true;
      setState({ kind: 'idle' });
      onChanged(changed, move);
    } catch (error) {
      setState({ kind: 'failed', move, error });
    }
  }

  const moves = movesFor(tenant.status);
  return (
    <>
      <tr aria-busy={state.kind === 'busy' || undefined}>
        <th scope="row" className="cell-name">
          {tenant.name}
        </th>
        <td className="tenant-status-cell">
          <span className={`status-pill status-${tenant.status}`}>{TENANT_STATUS_LABELS[tenant.status]}</span>
          {tenant.status === 'pending_deletion' && tenant.deletionDueAt && (
            <span className="cell-sub">Deleted on {formatDate(tenant.deletionDueAt, tenant.timeZone)}</span>
          )}
          {tenant.status === 'suspended' && tenant.suspendedReason && (
            <span className="cell-sub tenant-reason">Reason: {tenant.suspendedReason}</span>
          )}
        </td>
        <td>{tenant.planId ? planName(tenant.planId) : <span className="muted">No plan</span>}</td>
        <td className="cell-nowrap">{formatDate(tenant.createdAt, tenant.timeZone)}</td>
        <td>{zoneLabel(tenant.timeZone)}</td>
        <td className="cell-actions" ref={actionsRef}>
          <div className="row-actions">
            {moves.map((move) => (
              <button
                key={move}
                type="button"
                className="button button-secondary button-small"
                aria-disabled={state.kind === 'busy' || undefined}
                aria-expanded={move === 'suspend' ? state.kind === 'asking' : undefined}
                onClick={() => {
                  if (move === 'suspend') {
                    onStart();
                    setState(state.kind === 'asking' ? { kind: 'idle' } : { kind: 'asking' });
                  } else void run(move);
                }}
              >
                {MOVES[move].label}
                <span className="visually-hidden"> {tenant.name}</span>
              </button>
            ))}
            <Link className="button-link" to={`/audit?tenantId=${encodeURIComponent(tenant.id)}`}>
              Audit log<span className="visually-hidden"> of {tenant.name}</span>
            </Link>
          </div>
          {state.kind === 'busy' && <Loading>{MOVES[state.move].busy}</Loading>}
        </td>
      </tr>
      {state.kind === 'asking' && (
        <tr className="row-message">
          <td colSpan={6}>
            <SuspendForm
              tenant={tenant}
              onSuspend={(reason) => void run('suspend', reason)}
              onCancel={() => {
                refocus.current = true;
                setState({ kind: 'idle' });
              }}
            />
          </td>
        </tr>
      )}
      {state.kind === 'failed' && (
        <RowError
          colSpan={6}
          error={state.error}
          title={`${MOVES[state.move].failed} ${tenant.name}`}
          onDismiss={() => setState({ kind: 'idle' })}
        />
      )}
    </>
  );
}

/**
 * Suspending asks why (required: the organisation's users read it on every page) and says what happens, and
 * only the confirm button suspends.
 */
function SuspendForm({
  tenant,
  onSuspend,
  onCancel,
}: {
  tenant: Tenant;
  onSuspend: (reason: string) => void;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const fieldRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    fieldRef.current?.focus();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = reason.trim();
    if (!trimmed) {
      setError('Enter a reason: the organisation’s users read it while it is suspended.');
      fieldRef.current?.focus();
      return;
    }
    onSuspend(trimmed);
  };

  return (
    <form className="form suspend-form" onSubmit={submit} noValidate aria-label={`Suspend ${tenant.name}`}>
      <p className="suspend-consequence">
        <strong>Suspend {tenant.name}?</strong> Its users can no longer book webmaster time or request tasks; they can
        still see billing and pay. Every page they open says “Your organisation is suspended:” followed by your reason.
      </p>
      <TextAreaField
        ref={fieldRef}
        label="Reason (shown to the organisation)"
        hint="For example: Two invoices are unpaid — please pay them or contact billing. At most 500 characters."
        required
        maxLength={500}
        rows={3}
        value={reason}
        onChange={(event) => {
          setReason(event.currentTarget.value);
          setError(undefined);
        }}
        error={error}
      />
      <div className="form-actions">
        <button type="submit" className="button button-danger button-small">
          Yes, suspend {tenant.name}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
