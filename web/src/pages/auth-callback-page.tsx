import { useEffect, useState } from 'react';
import { completeCognitoSignIn } from '../auth/cognito.js';
import { ErrorAlert, Loading } from '../components/status.js';
import { useIdentityConfig } from '../lib/identity-config.js';
import { Link, navigate, safeNext, useLocation } from '../lib/router.js';
import { signIn } from '../lib/session.js';

/** Where Cognito's hosted UI sends the browser back with `?code=&state=`; exchanges the code for tokens. */
export function AuthCallbackPage() {
  const config = useIdentityConfig();
  const { search } = useLocation();
  const [error, setError] = useState<unknown>(null);
  const cognito = config.status === 'ready' && config.data.identity === 'cognito' ? config.data : null;

  useEffect(() => {
    if (!cognito) return;
    let active = true;
    completeCognitoSignIn(cognito, search).then(
      ({ accessToken, next }) => {
        if (!active) return;
        signIn(accessToken);
        navigate(safeNext(next) ?? '/dashboard', { replace: true });
      },
      (failure: unknown) => {
        if (active) setError(failure);
      },
    );
    return () => {
      active = false;
    };
  }, [cognito, search]);

  const failure =
    error ??
    (config.status === 'error' ? config.error : null) ??
    (config.status === 'ready' && !cognito ? new Error('This deployment does not sign in through Cognito.') : null);

  return (
    <section className="narrow">
      <h1>Signing in</h1>
      {failure ? (
        <ErrorAlert error={failure} title="Sign-in did not complete">
          <p>
            <Link to="/login">Back to sign in</Link>
          </p>
        </ErrorAlert>
      ) : (
        <Loading>Completing sign-in…</Loading>
      )}
    </section>
  );
}
