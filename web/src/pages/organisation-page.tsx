import { useRef, useState } from 'react';
import { DELETION_GRACE_DAYS } from '../../../shared/tenancy/deletion-policy.js';
import type { Tenant } from '../../../shared/tenancy/model.js';
import { useAuth } from '../auth/auth-context.js';
import { ConfirmButton } from '../components/confirm-button.js';
import { ErrorAlert, Loading, Notice } from '../components/status.js';
import { api } from '../lib/api.js';
import { formatDate, formatDateTime, zoneLabel } from '../lib/format.js';
import { TENANT_STATUS_LABELS } from '../lib/roles.js';
import { saveFile } from '../lib/save-file.js';

export function OrganisationPage() {
  const auth = useAuth();
  // The route table only renders this page for signed-in customer-admins.
  if (auth.status !== 'signed-in') return null;
  const { tenant } = auth.me;
  if (!tenant) {
    return (
      <>
        <h1>Organisation</h1>
        <div className="alert alert-error" role="alert">
          <p className="alert-title">No organisation found</p>
          <p>Your account is not linked to an organisation. Please contact your provider.</p>
        </div>
      </>
    );
  }
  return <Organisation tenant={tenant} refresh={auth.refresh} />;
}

function Organisation({ tenant: signedIn, refresh }: { tenant: Tenant; refresh: () => Promise<void> }) {
  // The answer of a change, until the signed-in account has caught up with it (the dashboard shows it too).
  const [changed, setChanged] = useState<Tenant | null>(null);
  const tenant = changed ?? signedIn;

  const applied = (next: Tenant) => {
    setChanged(next);
    refresh().then(
      () => setChanged(null),
      () => undefined,
    );
  };

  return (
    <>
      <p className="eyebrow">Organisation</p>
      <h1>{tenant.name}</h1>
      <div className="stack">
        <section className="card" aria-labelledby="details-heading">
          <h2 id="details-heading">Details</h2>
          <dl className="facts">
            <div>
              <dt>Name</dt>
              <dd>{tenant.name}</dd>
            </div>
            <div>
              <dt>Status</dt>
              <dd>
                <span className={`status-pill status-${tenant.status}`}>{TENANT_STATUS_LABELS[tenant.status]}</span>
              </dd>
            </div>
            {tenant.status === 'suspended' && tenant.suspendedReason && (
              <div>
                <dt>Suspended because</dt>
                <dd>{tenant.suspendedReason}</dd>
              </div>
            )}
            <div>
              <dt>Time zone</dt>
              <dd>{zoneLabel(tenant.timeZone)}</dd>
            </div>
            <div>
              <dt>Customer since</dt>
              <dd>{formatDate(tenant.createdAt, tenant.timeZone)}</dd>
            </div>
          </dl>
        </section>
        <ExportSection tenant={tenant} />
        <DeletionSection tenant={tenant} onChanged={applied} />
      </div>
    </>
  );
}

function ExportSection({ tenant }: { tenant: Tenant }) {
  const [state, setState] = useState<
    { kind: 'idle' } | { kind: 'exporting' } | { kind: 'failed'; error: unknown } | { kind: 'done'; filename: string }
  >({ kind: 'idle' });

  async function download() {
    if (state.kind === 'exporting') return;
    setState({ kind: 'exporting' });
    try {
      const data = await api.exportTenant();
      const filename = `opsdesk-export-${data.tenantId || tenant.id}.json`;
      saveFile(JSON.stringify(data, null, 2), 'application/json', filename);
      setState({ kind: 'done', filename });
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  }

  const exporting = state.kind === 'exporting';
  return (
    <section className="card" aria-labelledby="export-heading">
      <h2 id="export-heading">Your data</h2>
      <p>
        Download everything Opsdesk stores for {tenant.name} — the organisation, its users, its audit log and every
        other record — as one JSON file.
      </p>
      {state.kind === 'failed' && <ErrorAlert error={state.error} title="Could not export your data" />}
      {state.kind === 'done' && (
        <Notice>
          <p>
            Your data was saved as <strong>{state.filename}</strong>.
          </p>
        </Notice>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button button-secondary"
          aria-disabled={exporting || undefined}
          onClick={download}
        >
          Download all data
        </button>
        {exporting && <Loading>Preparing your export…</Loading>}
      </div>
    </section>
  );
}

function DeletionSection({ tenant, onChanged }: { tenant: Tenant; onChanged: (tenant: Tenant) => void }) {
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'cancelling' } | { kind: 'failed'; error: unknown }>({
    kind: 'idle',
  });
  const headingRef = useRef<HTMLHeadingElement>(null);

  async function change(action: () => Promise<Tenant>) {
    try {
      onChanged(await action());
      setState({ kind: 'idle' });
      // The buttons that were used are gone; continue from the section's heading.
      headingRef.current?.focus();
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  }

  const cancel = async () => {
    if (state.kind === 'cancelling') return;
    setState({ kind: 'cancelling' });
    await change(api.cancelTenantDeletion);
  };

  const pending = tenant.status === 'pending_deletion';
  return (
    <section className="card danger-zone" aria-labelledby="deletion-heading">
      <h2 id="deletion-heading" ref={headingRef} tabIndex={-1}>
        Delete organisation
      </h2>
      {state.kind === 'failed' && (
        <ErrorAlert
          error={state.error}
          title={pending ? 'The deletion was not cancelled' : 'The deletion was not requested'}
        />
      )}
      {pending ? (
        <>
          <div className="alert alert-warning" role="status">
            <p className="alert-title">Deletion requested</p>
            <p>
              {tenant.name} and all of its data will be deleted on{' '}
              {tenant.deletionDueAt ? (
                <strong>
                  <time dateTime={tenant.deletionDueAt}>{formatDateTime(tenant.deletionDueAt, tenant.timeZone)}</time>
                </strong>
              ) : (
                'the end of the grace period'
              )}{' '}
              ({zoneLabel(tenant.timeZone)}). Until then you can cancel the deletion and carry on as before.
            </p>
          </div>
          <div className="form-actions">
            <button
              type="button"
              className="button"
              aria-disabled={state.kind === 'cancelling' || undefined}
              onClick={cancel}
            >
              Cancel deletion
            </button>
            {state.kind === 'cancelling' && <Loading>Cancelling the deletion…</Loading>}
          </div>
        </>
      ) : (
        <>
          <p>
            When you request deletion, {tenant.name} is deleted after a grace period of {DELETION_GRACE_DAYS} days,
            together with all of its data and every user’s access. Until then you can cancel the deletion. After that,
            it cannot be undone — download your data first if you want to keep it.
          </p>
          <ConfirmButton
            question={`Delete ${tenant.name} and all of its data in ${DELETION_GRACE_DAYS} days?`}
            confirmLabel="Yes, request deletion"
            busyLabel="Requesting deletion…"
            onConfirm={() => {
              setState({ kind: 'idle' });
              return change(api.requestTenantDeletion);
            }}
          >
            Request deletion
          </ConfirmButton>
        </>
      )}
    </section>
  );
}
