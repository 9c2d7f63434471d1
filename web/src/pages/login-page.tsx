import { type FormEvent, useState } from 'react';
import { useAuth } from '../auth/auth-context.js';
import { startCognitoSignIn } from '../auth/cognito.js';
import { ErrorAlert, Loading, Notice } from '../components/status.js';
import { TextField } from '../components/text-field.js';
import { api, isApiError } from '../lib/api.js';
import { fieldMessage } from '../lib/format.js';
import { type CognitoConfig, useIdentityConfig } from '../lib/identity-config.js';
import { Link, Redirect, safeNext, useLocation } from '../lib/router.js';
import { signIn, signOut, useSessionNotice } from '../lib/session.js';

/** The local stack's seeded users (API.md), one click each. */
const SEEDED_USERS = [
  { email: 'admin@opsdesk.local', role: 'Provider admin' },
  { email: 'operator@opsdesk.local', role: 'Operator' },
  { email: 'finance@opsdesk.local', role: 'Finance' },
  { email: 'owner@demo.example', role: 'Customer admin, Demo Verein' },
] as const;

export function LoginPage() {
  const auth = useAuth();
  const location = useLocation();
  const config = useIdentityConfig();
  const notice = useSessionNotice();
  const next = safeNext(location.search.get('next'));

  if (auth.status === 'signed-in') return <Redirect to={next ?? '/dashboard'} />;
  if (auth.status === 'loading') return <Loading>Signing you in…</Loading>;
  if (auth.status === 'error') {
    return (
      <section className="narrow">
        <h1>Sign in</h1>
        <ErrorAlert error={auth.error} title="Could not load your account" onRetry={auth.retry}>
          <p>
            <button type="button" className="button-link" onClick={() => signOut()}>
              Sign out and start again
            </button>
          </p>
        </ErrorAlert>
      </section>
    );
  }

  return (
    <section className="narrow">
      <h1>Sign in</h1>
      {notice && <Notice>{notice}</Notice>}
      {config.status === 'loading' && <Loading>Loading sign-in options…</Loading>}
      {config.status === 'error' && (
        <ErrorAlert error={config.error} title="Sign-in is not available right now" onRetry={config.reload} />
      )}
      {config.status === 'ready' &&
        (config.data.identity === 'dev' ? <DevLogin /> : <CognitoLogin config={config.data} next={next} />)}
      <p className="muted">
        New to Opsdesk? <Link to="/signup">Sign up your organisation</Link>.
      </p>
    </section>
  );
}

function CognitoLogin({ config, next }: { config: CognitoConfig; next: string | null }) {
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'redirecting' } | { kind: 'failed'; error: unknown }>({
    kind: 'idle',
  });
  const start = () => {
    setState({ kind: 'redirecting' });
    startCognitoSignIn(config, next).catch((error: unknown) => setState({ kind: 'failed', error }));
  };
  return (
    <>
      <p className="lead">You sign in on the secure sign-in page of your provider and come straight back here.</p>
      {state.kind === 'failed' && <ErrorAlert error={state.error} title="Could not start signing in" />}
      <div className="form-actions">
        <button type="button" className="button" onClick={start} disabled={state.kind === 'redirecting'}>
          Sign in
        </button>
        {state.kind === 'redirecting' && <Loading>Taking you to the sign-in page…</Loading>}
      </div>
    </>
  );
}

/** The local stack only: sign in as any existing user by e-mail, no password. */
function DevLogin() {
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'submitting' } | { kind: 'failed'; error: unknown }>({
    kind: 'idle',
  });

  async function signInAs(address: string) {
    const trimmed = address.trim();
    if (!trimmed) {
      setFieldError('Enter the e-mail address of your Opsdesk account.');
      return;
    }
    setFieldError(undefined);
    setState({ kind: 'submitting' });
    try {
      const { token } = await api.devLogin(trimmed);
      // AuthProvider loads the user; the signed-in redirect above then takes over.
      signIn(token);
    } catch (error) {
      if (isApiError(error, 422)) {
        const message = error.fieldErrors().email;
        if (message) setFieldError(fieldMessage(message));
      }
      setState({ kind: 'failed', error });
    }
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void signInAs(email);
  };
  const submitting = state.kind === 'submitting';

  return (
    <>
      <p className="lead">
        This is the local stack: sign in with the e-mail address of any existing user, no password.
      </p>
      {state.kind === 'failed' &&
        (isApiError(state.error, 404) ? (
          <div className="alert alert-error" role="alert">
            <p className="alert-title">{state.error.problem.title}</p>
            <p>
              {state.error.problem.detail || 'No user has this e-mail address.'} Check the address or{' '}
              <Link to="/signup">sign up your organisation</Link>.
            </p>
          </div>
        ) : (
          <ErrorAlert error={state.error} title="Could not sign you in" />
        ))}
      <form className="form" onSubmit={submit} noValidate aria-busy={submitting}>
        <TextField
          label="E-mail"
          name="email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => {
            setEmail(event.currentTarget.value);
            setFieldError(undefined);
          }}
          error={fieldError}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={submitting}>
            Sign in
          </button>
          {submitting && <Loading>Signing in…</Loading>}
        </div>
      </form>

      <section className="quick-users" aria-labelledby="quick-users-heading">
        <h2 id="quick-users-heading">Seeded users</h2>
        <p className="muted">One click signs you in as a user the local stack creates on first start.</p>
        <ul>
          {SEEDED_USERS.map((user) => (
            <li key={user.email}>
              <button
                type="button"
                className="button button-secondary quick-user"
                disabled={submitting}
                onClick={() => {
                  setEmail(user.email);
                  void signInAs(user.email);
                }}
              >
                <span className="quick-user-email">{user.email}</span>
                <span className="quick-user-role">{user.role}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
