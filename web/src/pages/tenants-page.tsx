import { useEffect, useRef, useState } from 'react';
import type { Tenant } from '../../../shared/tenancy/model.js';
import { DataTable, RowError } from '../components/data-table.js';
import { PagedListView } from '../components/paged-list-view.js';
import { Loading, Notice } from '../components/status.js';
import { api } from '../lib/api.js';
import { formatDate } from '../lib/format.js';
import { TENANT_STATUS_LABELS } from '../lib/roles.js';
import { Link } from '../lib/router.js';
import { usePagedList } from '../lib/use-paged-list.js';

const loadTenants = (cursor: string | undefined, signal: AbortSignal) => api.listTenants({ cursor }, signal);

type Move = 'suspend' | 'reactivate';

const MOVES: Record<
  Move,
  { label: string; busy: string; failed: string; done: string; call: (id: string) => Promise<Tenant> }
> = {
  suspend: {
    label: 'Suspend',
    busy: 'Suspending…',
    failed: 'Could not suspend',
    done: 'is suspended: its customers can still see billing and pay, but not book or request tasks.',
    call: api.suspendTenant,
  },
  reactivate: {
    label: 'Reactivate',
    busy: 'Reactivating…',
    failed: 'Could not reactivate',
    done: 'is active again.',
    call: api.reactivateTenant,
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
        Every organisation that has signed up, oldest first. Suspend one that does not pay or breaks the terms;
        reactivate it when that is resolved.
      </p>
      {notice && <Notice>{notice}</Notice>}
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

type RowState = { kind: 'idle' } | { kind: 'busy'; move: Move } | { kind: 'failed'; move: Move; error: unknown };

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

  async function run(move: Move) {
    if (state.kind === 'busy') return;
    onStart();
    setState({ kind: 'busy', move });
    try {
      const changed = await MOVES[move].call(tenant.id);
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
          <code className="id cell-sub">{tenant.id}</code>
        </th>
        <td>
          <span className={`status-pill status-${tenant.status}`}>{TENANT_STATUS_LABELS[tenant.status]}</span>
          {tenant.status === 'pending_deletion' && tenant.deletionDueAt && (
            <span className="cell-sub">Deleted on {formatDate(tenant.deletionDueAt, tenant.timeZone)}</span>
          )}
        </td>
        <td>{tenant.planId ? <code className="id">{tenant.planId}</code> : <span className="muted">No plan</span>}</td>
        <td className="cell-nowrap">{formatDate(tenant.createdAt, tenant.timeZone)}</td>
        <td>{tenant.timeZone}</td>
        <td className="cell-actions" ref={actionsRef}>
          <div className="row-actions">
            {moves.map((move) => (
              <button
                key={move}
                type="button"
                className="button button-secondary button-small"
                aria-disabled={state.kind === 'busy' || undefined}
                onClick={() => void run(move)}
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
