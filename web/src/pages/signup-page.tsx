import { type FormEvent, useEffect, useMemo, useState } from 'react';
import type { SignupRequest } from '../../../shared/tenancy/model.js';
import { startCognitoSignIn } from '../auth/cognito.js';
import { ErrorAlert, Loading } from '../components/status.js';
import { TextField } from '../components/text-field.js';
import { api, isApiError } from '../lib/api.js';
import { fieldMessage } from '../lib/format.js';
import { type CognitoConfig, loadIdentityConfig } from '../lib/identity-config.js';
import { Link, navigate } from '../lib/router.js';
import { signIn } from '../lib/session.js';

type Field = 'organisation' | 'name' | 'email' | 'timeZone';
type FieldErrors = Partial<Record<Field, string>>;

const FIELDS: readonly Field[] = ['organisation', 'name', 'email', 'timeZone'];
const isField = (value: unknown): value is Field => (FIELDS as readonly unknown[]).includes(value);

/**
 * The server's own schema checks the form before it is sent. It comes with zod, so it loads in a chunk of its own
 * when this page opens rather than with every page; if it cannot load, the server's 422 says the same.
 */
const loadSignupSchema = () => import('../../../shared/tenancy/model.js').then((module) => module.SignupRequestSchema);

const browserTimeZone = (): string => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || '';
  } catch {
    return '';
  }
};

type Outcome =
  | { kind: 'editing' }
  | { kind: 'submitting' }
  | { kind: 'failed'; error: unknown }
  /**
   * Cognito mode: the user must fetch a temporary password from their inbox first. The server answers every
   * sign-up alike (an address with an account already creates nothing), so the page cannot and does not tell which.
   */
  | { kind: 'check-email'; email: string; config: CognitoConfig }
  /** Accepted, but signing in straight away failed: they can still sign in themselves. */
  | { kind: 'created'; email: string; error?: unknown };

export function SignupPage() {
  const [values, setValues] = useState<Record<Field, string>>(() => ({
    organisation: '',
    name: '',
    email: '',
    timeZone: browserTimeZone(),
  }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'editing' });
  const timeZones = useMemo(
    () => (typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []),
    [],
  );

  const update = (field: Field) => (event: { currentTarget: HTMLInputElement }) => {
    const value = event.currentTarget.value;
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  useEffect(() => {
    loadSignupSchema().catch(() => undefined);
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    if (outcome.kind === 'submitting') return;
    setOutcome({ kind: 'submitting' });

    const raw = { ...values, timeZone: values.timeZone.trim() || undefined };
    let request: SignupRequest = { ...raw, email: raw.email.trim() };
    const schema = await loadSignupSchema().catch(() => null);
    if (schema) {
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        const found: FieldErrors = {};
        for (const issue of parsed.error.issues) {
          const field = issue.path[0];
          if (isField(field)) found[field] ??= fieldMessage(issue.message);
        }
        setErrors(found);
        setOutcome({ kind: 'editing' });
        focusFirstInvalid(form);
        return;
      }
      request = parsed.data;
    }

    setErrors({});
    const { email } = request;
    try {
      await api.signUp(request);
    } catch (error) {
      if (isApiError(error, 422)) {
        const found: FieldErrors = {};
        for (const [field, message] of Object.entries(error.fieldErrors())) {
          if (isField(field)) found[field] = fieldMessage(message);
        }
        setErrors(found);
        // Field errors the form cannot place still deserve a message.
        setOutcome(Object.keys(found).length > 0 ? { kind: 'editing' } : { kind: 'failed', error });
        focusFirstInvalid(form);
        return;
      }
      setOutcome({ kind: 'failed', error });
      return;
    }

    try {
      const config = await loadIdentityConfig();
      if (config.identity === 'cognito') {
        setOutcome({ kind: 'check-email', email, config });
        return;
      }
      // The local stack's dev identity provider signs in any existing address without a password, as its sign-in
      // page does: the address's account, whether just created or not.
      const { token } = await api.devLogin(email);
      signIn(token);
      navigate('/dashboard');
    } catch (error) {
      setOutcome({ kind: 'created', email, error });
    }
  }

  if (outcome.kind === 'check-email') {
    return (
      <section className="narrow">
        <h1>Check your e-mail</h1>
        <p className="lead">
          Thank you. If <strong>{outcome.email}</strong> is new to Opsdesk, your organisation is registered and we have
          sent a temporary password to it. Sign in with it; you will then choose a password of your own.
        </p>
        <p>
          If the address has an Opsdesk account already, nothing was changed: sign in with your password, or reset it on
          the sign-in page.
        </p>
        <button type="button" className="button" onClick={() => void startCognitoSignIn(outcome.config, '/dashboard')}>
          Sign in
        </button>
      </section>
    );
  }

  if (outcome.kind === 'created') {
    return (
      <section className="narrow">
        <h1>Sign in to continue</h1>
        {outcome.error !== undefined && (
          <ErrorAlert error={outcome.error} title="We could not sign you in automatically" />
        )}
        <p className="lead">
          Sign in as <strong>{outcome.email}</strong> to continue.
        </p>
        <Link className="button" to="/login">
          Go to sign in
        </Link>
      </section>
    );
  }

  const submitting = outcome.kind === 'submitting';
  return (
    <section className="narrow">
      <h1>Sign up your organisation</h1>
      <p className="lead">
        Create your organisation’s Opsdesk account. You become its administrator and can choose a plan and invite
        colleagues afterwards.
      </p>

      {outcome.kind === 'failed' && <ErrorAlert error={outcome.error} title="Your organisation was not created" />}

      <form className="form" onSubmit={submit} noValidate aria-busy={submitting}>
        <TextField
          label="Organisation"
          name="organisation"
          autoComplete="organization"
          required
          value={values.organisation}
          onChange={update('organisation')}
          error={errors.organisation}
        />
        <TextField
          label="Your name"
          name="name"
          autoComplete="name"
          required
          value={values.name}
          onChange={update('name')}
          error={errors.name}
        />
        <TextField
          label="E-mail"
          name="email"
          type="email"
          autoComplete="email"
          required
          value={values.email}
          onChange={update('email')}
          error={errors.email}
        />
        <TextField
          label="Time zone"
          name="timeZone"
          hint="Bookings and maintenance windows are shown in this time zone, e.g. Europe/Berlin."
          list="time-zones"
          autoComplete="off"
          spellCheck={false}
          value={values.timeZone}
          onChange={update('timeZone')}
          error={errors.timeZone}
        />
        <datalist id="time-zones">
          {timeZones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <div className="form-actions">
          <button type="submit" className="button" disabled={submitting}>
            Create organisation
          </button>
          {submitting && <Loading>Creating your organisation…</Loading>}
        </div>
      </form>
      <p className="muted">
        Already registered? <Link to="/login">Sign in</Link>. Not sure yet? <Link to="/plans">Compare the plans</Link>.
      </p>
    </section>
  );
}

function focusFirstInvalid(form: HTMLFormElement): void {
  // After React has rendered the errors.
  requestAnimationFrame(() => form.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus());
}
