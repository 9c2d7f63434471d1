import { type FormEvent, useCallback, useState } from 'react';
import { isRole } from '../../../shared/contracts/roles.js';
import type { TenantStatus } from '../../../shared/tenancy/model.js';
import { useRoles } from '../auth/auth-context.js';
import { DataTable } from '../components/data-table.js';
import { PagedListView } from '../components/paged-list-view.js';
import { TextField } from '../components/text-field.js';
import { type AuditEntry, api, isApiError } from '../lib/api.js';
import { fieldMessage, formatDateTime, viewerTimeZone } from '../lib/format.js';
import { ROLE_LABELS, roleList, TENANT_STATUS_LABELS } from '../lib/roles.js';
import { navigate, useLocation } from '../lib/router.js';
import { usePagedList } from '../lib/use-paged-list.js';

/** What each recorded action is called here; an action not listed reads as its own words (`user.role_changed` → "Role changed"). */
const ACTION_LABELS: Record<string, string> = {
  'tenant.signed_up': 'Organisation signed up',
  'tenant.suspended': 'Organisation suspended',
  'tenant.reactivated': 'Organisation reactivated',
  'tenant.deletion_requested': 'Deletion requested',
  'tenant.deletion_cancelled': 'Deletion cancelled',
  'tenant.purged': 'Organisation deleted',
  'user.invited': 'User invited',
  'user.invitation_reverted': 'Invitation reverted',
  'user.role_changed': 'Role changed',
  'user.role_change_reverted': 'Role change reverted',
  'user.removed': 'User removed',
};

const words = (text: string): string => text.replace(/_/g, ' ').trim();
const sentenceCase = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function actionLabel(action: string): string {
  const known = ACTION_LABELS[action];
  if (known) return known;
  const [subject = '', verb = ''] = action.split('.');
  // `host.registered` → "Host registered"; `booking.slot_moved` → "Slot moved".
  if (!verb) return sentenceCase(words(subject));
  return sentenceCase(verb.includes('_') ? words(verb) : `${words(subject)} ${words(verb)}`);
}

const TARGET_LABELS: Record<string, string> = { tenant: 'Organisation', user: 'User' };
const targetLabel = (type: string): string => TARGET_LABELS[type] ?? sentenceCase(words(type));

const DETAIL_LABELS: Record<string, string> = { email: 'E-mail' };

/** `deletionDueAt` → "Deletion due at". */
const detailLabel = (key: string): string =>
  DETAIL_LABELS[key] ??
  sentenceCase(
    key
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .replace(/_/g, ' ')
      .toLowerCase(),
  );

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const isTenantStatus = (value: string): value is TenantStatus => Object.hasOwn(TENANT_STATUS_LABELS, value);

function detailValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') {
    if (isRole(value)) return ROLE_LABELS[value];
    if (isTenantStatus(value)) return TENANT_STATUS_LABELS[value];
    if (ISO_INSTANT.test(value)) return formatDateTime(value);
    return value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

export function AuditPage() {
  const roles = useRoles();
  const location = useLocation();
  const providerView = roles.includes('provider-admin');
  // Provider admins choose whose log with `?tenantId=` (a link from the tenant list); customers see their own.
  const tenantId = providerView ? (location.search.get('tenantId') ?? '').trim() : '';
  const load = useCallback(
    (cursor: string | undefined, signal: AbortSignal) =>
      api.listAudit({ cursor, tenantId: tenantId || undefined }, signal),
    [tenantId],
  );
  const entries = usePagedList(load);
  const zone = viewerTimeZone();

  const filterError =
    entries.status === 'error' && isApiError(entries.error, 422)
      ? Object.entries(entries.error.fieldErrors()).find(([field]) => field.endsWith('tenantId'))?.[1]
      : undefined;

  return (
    <>
      <h1>Audit log</h1>
      <p className="lead">
        {providerView
          ? 'Who did what, and when: each tenant’s log, or the provider’s own for what concerns no single tenant.'
          : 'Who did what in your organisation, and when: invitations, role changes, removals and changes to the organisation.'}
      </p>

      {providerView && (
        <AuditFilter key={tenantId} tenantId={tenantId} error={filterError ? fieldMessage(filterError) : undefined} />
      )}

      <section className="section" aria-labelledby="entries-heading">
        <h2 id="entries-heading">
          {providerView ? (tenantId ? `Tenant ${tenantId}` : 'Provider log') : 'Entries'}
          <span className="heading-note"> newest first{zone ? `, times in ${zone}` : ''}</span>
        </h2>
        <PagedListView
          list={entries}
          loading="Loading the audit log…"
          failedTitle="Could not load the audit log"
          // A tenant id the server refuses fails again the same way: the field says what to change instead.
          retry={!filterError}
          empty={
            providerView && !tenantId
              ? 'Nothing is in the provider log yet.'
              : providerView
                ? 'Nothing has been recorded for this tenant. Check the tenant id.'
                : 'Nothing has been recorded yet.'
          }
        >
          {(ready) => (
            <DataTable columns={['When', 'Who', 'What', 'Target', 'Details']} className="audit-table">
              {ready.items.map((entry) => (
                <AuditRow key={entry.id} entry={entry} />
              ))}
            </DataTable>
          )}
        </PagedListView>
      </section>
    </>
  );
}

function AuditRow({ entry }: { entry: AuditEntry }) {
  const details = Object.entries(entry.details);
  return (
    <tr>
      <td className="cell-nowrap">
        <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
      </td>
      <td className="cell-break">
        {entry.actor.email}
        {entry.actor.roles.length > 0 && <span className="cell-sub">{roleList(entry.actor.roles)}</span>}
      </td>
      <td>{actionLabel(entry.action)}</td>
      <td>
        {targetLabel(entry.target.type)} <code className="id">{entry.target.id}</code>
      </td>
      <td>
        {details.length > 0 ? (
          <dl className="details">
            {details.map(([key, value]) => (
              <div key={key}>
                <dt>{detailLabel(key)}</dt>
                <dd>{detailValue(value)}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
    </tr>
  );
}

/** Provider admins: whose log to read. The URL keeps the choice, so it survives a reload and can be linked to. */
function AuditFilter({ tenantId, error }: { tenantId: string; error: string | undefined }) {
  const [value, setValue] = useState(tenantId);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = value.trim();
    navigate(chosen ? `/audit?tenantId=${encodeURIComponent(chosen)}` : '/audit');
  };
  return (
    <form className="form filter-form" onSubmit={submit} noValidate aria-label="Choose the log">
      <TextField
        label="Tenant id"
        name="tenantId"
        hint="Leave empty for the provider log."
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => setValue(event.currentTarget.value)}
        error={error}
      />
      <div className="form-actions">
        <button type="submit" className="button button-secondary">
          Show
        </button>
      </div>
    </form>
  );
}
