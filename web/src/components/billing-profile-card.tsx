import { type FormEvent, useState } from 'react';
import { api, type BillingProfile, type BillingProfileInput, type BillingProfileView, isApiError } from '../lib/api.js';
import { countryName, invoiceCountries } from '../lib/billing.js';
import { fieldMessage } from '../lib/format.js';
import { useResource } from '../lib/use-resource.js';
import { SaveFooter, type SaveState } from './save-footer.js';
import { SelectField } from './select-field.js';
import { ErrorAlert, Loading } from './status.js';
import { TextAreaField } from './text-area-field.js';
import { TextField } from './text-field.js';

const loadProfile = (signal: AbortSignal) => api.getBillingProfile(signal);

const HEADING_ID = 'invoice-address-heading';

/** The form's values as typed: the address as one text, a line per address line. */
interface ProfileForm {
  legalName: string;
  address: string;
  postalCode: string;
  city: string;
  country: string;
  vatId: string;
}

const toForm = (profile: BillingProfile | null): ProfileForm => ({
  legalName: profile?.legalName ?? '',
  address: profile?.addressLines.join('\n') ?? '',
  postalCode: profile?.postalCode ?? '',
  city: profile?.city ?? '',
  country: profile?.country ?? '',
  vatId: profile?.vatId ?? '',
});

/** Blank lines of the address are dropped; no VAT number is null. The server trims and validates the rest. */
const toInput = (form: ProfileForm): BillingProfileInput => ({
  legalName: form.legalName.trim(),
  addressLines: form.address
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== ''),
  postalCode: form.postalCode.trim(),
  city: form.city.trim(),
  country: form.country,
  vatId: form.vatId.trim() || null,
});

/**
 * Who the organisation's invoices are addressed to (customer-admins only): legal name, address, country and VAT
 * number. A change applies to the next invoices; invoices already issued keep theirs.
 */
export function BillingProfileCard({ organisation }: { organisation: string | null }) {
  const resource = useResource(loadProfile);
  const [saved, setSaved] = useState<{ base: BillingProfileView; profile: BillingProfile } | null>(null);
  const base = resource.status === 'ready' ? resource.data : null;
  const profile = base && saved?.base === base ? saved.profile : (base?.profile ?? null);

  return (
    <section className="card" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID}>Invoice address</h2>
      <p className="muted">
        The legal name and address your invoices are made out to. A change applies to the next invoices; invoices
        already issued keep their address.
      </p>
      {resource.status === 'loading' && <Loading>Loading the invoice address…</Loading>}
      {resource.status === 'error' && (
        <ErrorAlert error={resource.error} title="Could not load the invoice address" onRetry={resource.reload} />
      )}
      {base && (
        <>
          {!profile && (
            <p>
              No invoice address yet: until one is set, invoices are made out to{' '}
              {organisation ? (
                <>
                  <strong>{organisation}</strong>, your organisation’s name,
                </>
              ) : (
                'your organisation’s name'
              )}{' '}
              without an address, and with German VAT.
            </p>
          )}
          <ProfileEditor initial={base.profile} onSaved={(next) => setSaved({ base, profile: next })} />
        </>
      )}
    </section>
  );
}

function ProfileEditor({
  initial,
  onSaved,
}: {
  initial: BillingProfile | null;
  onSaved: (profile: BillingProfile) => void;
}) {
  const [form, setForm] = useState<ProfileForm>(() => toForm(initial));
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  // The choices stay put while the form is edited: a country saved elsewhere is kept among them.
  const [countries] = useState(() => invoiceCountries(initial?.country));

  const change = (field: keyof ProfileForm) => (event: { currentTarget: { value: string } }) => {
    const { value } = event.currentTarget;
    setForm((current) => ({ ...current, [field]: value }));
    // Any edit makes the last answer stale: a "saved" message, or errors about what was sent.
    if (save.kind !== 'saving') setSave({ kind: 'idle' });
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.kind === 'saving') return;
    setSave({ kind: 'saving' });
    try {
      const { profile } = await api.setBillingProfile(toInput(form));
      if (profile) {
        // As the server keeps it: trimmed, the VAT number without spaces and in capitals.
        setForm(toForm(profile));
        onSaved(profile);
      }
      setSave({ kind: 'saved' });
    } catch (error) {
      setSave({ kind: 'failed', error });
    }
  }

  const failed = save.kind === 'failed' ? save.error : null;
  const errors = isApiError(failed, 422) ? failed.fieldErrors() : {};
  const used = new Set<string>();
  const errorAt = (path: string): string | undefined => {
    const message = errors[path];
    if (!message) return undefined;
    used.add(path);
    return fieldMessage(message);
  };
  // `addressLines` (too few, too many) or `addressLines.1` (that line): all at the one address field.
  const lineErrors = Object.keys(errors)
    .filter((path) => /^addressLines\.\d+$/.test(path))
    .map((path) => {
      const message = errorAt(path);
      return message && `Line ${Number(path.split('.')[1]) + 1}: ${message}`;
    });
  const addressError = [errorAt('addressLines'), ...lineErrors].filter(Boolean).join(' ') || undefined;
  const countryMessage = errorAt('country');
  // A select cannot be filled in wrongly, only left unchosen.
  const countryError = countryMessage && form.country === '' ? 'Choose a country.' : countryMessage;
  const fieldErrors = {
    legalName: errorAt('legalName'),
    postalCode: errorAt('postalCode'),
    city: errorAt('city'),
    vatId: errorAt('vatId'),
  };
  const unplaced = Object.keys(errors).some((path) => !used.has(path));

  return (
    <form className="form form-compact" onSubmit={submit} noValidate aria-label="Change the invoice address">
      <TextField
        label="Legal name"
        hint="The name as registered, e.g. Kulturverein Nord e.V."
        autoComplete="organization"
        required
        value={form.legalName}
        onChange={change('legalName')}
        error={fieldErrors.legalName}
      />
      <TextAreaField
        label="Address"
        hint="Street and number, and any further lines: one per line, at most four."
        autoComplete="street-address"
        rows={3}
        required
        value={form.address}
        onChange={change('address')}
        error={addressError}
      />
      <TextField
        label="Postal code"
        autoComplete="postal-code"
        required
        value={form.postalCode}
        onChange={change('postalCode')}
        error={fieldErrors.postalCode}
      />
      <TextField
        label="City"
        autoComplete="address-level2"
        required
        value={form.city}
        onChange={change('city')}
        error={fieldErrors.city}
      />
      <SelectField
        label="Country"
        autoComplete="country"
        required
        value={form.country}
        onChange={change('country')}
        error={countryError}
      >
        <option value="" disabled>
          Choose a country
        </option>
        {countries.map((code) => (
          <option key={code} value={code}>
            {countryName(code)}
          </option>
        ))}
      </SelectField>
      <TextField
        label="VAT number (optional)"
        hint="EU businesses outside Germany are invoiced without VAT (reverse charge) when a VAT number is given."
        autoComplete="off"
        spellCheck={false}
        value={form.vatId}
        onChange={change('vatId')}
        error={fieldErrors.vatId}
      />
      <SaveFooter
        save={save}
        unplaced={unplaced}
        failedTitle="The invoice address was not saved"
        savedText="Invoice address saved. The next invoices are made out to it."
        buttonLabel="Save invoice address"
      />
    </form>
  );
}
