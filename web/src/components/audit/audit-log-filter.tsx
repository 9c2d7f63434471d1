import { type FormEvent, useState } from 'react';
import type { Tenant } from '../../../../shared/tenancy/model.js';
import { navigate } from '../../lib/router.js';
import { SelectField } from '../select-field.js';

/**
 * Provider admins: whose log to read, chosen by organisation name (never by typing an id). The URL keeps the
 * choice (`?tenantId=`), so it survives a reload and the tenants page can link to it.
 */
export function AuditLogFilter({
  tenantId,
  tenants,
  failed,
}: {
  tenantId: string;
  /** null while loading. */
  tenants: readonly Tenant[] | null;
  failed: boolean;
}) {
  const [value, setValue] = useState(tenantId);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate(value ? `/audit?tenantId=${encodeURIComponent(value)}` : '/audit');
  };
  const listed = tenants ?? [];
  return (
    <form className="form filter-form" onSubmit={submit} noValidate aria-label="Choose the log">
      <SelectField
        label="Log of"
        hint={
          failed
            ? 'The organisations could not be loaded; reload the page to choose one.'
            : 'An organisation, or the provider’s own log for what concerns no single organisation.'
        }
        value={value}
        onChange={(event) => setValue(event.currentTarget.value)}
      >
        <option value="">The provider</option>
        {listed.map((tenant) => (
          <option key={tenant.id} value={tenant.id}>
            {tenant.name}
          </option>
        ))}
        {tenantId && !listed.some((tenant) => tenant.id === tenantId) && (
          <option value={tenantId}>{tenants ? 'An organisation not listed' : 'Loading…'}</option>
        )}
      </SelectField>
      <div className="form-actions">
        <button type="submit" className="button button-secondary">
          Show
        </button>
      </div>
    </form>
  );
}
