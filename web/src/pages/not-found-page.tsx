import { useAuth } from '../auth/auth-context.js';
import { Link } from '../lib/router.js';

export function NotFoundPage() {
  const auth = useAuth();
  const signedIn = auth.status === 'signed-in';
  return (
    <section className="narrow">
      <h1>Page not found</h1>
      <p className="lead">There is no page at this address. The menus at the top lead to every page you can use.</p>
      <Link className="button" to={signedIn ? '/dashboard' : '/'}>
        {signedIn ? 'Go to your dashboard' : 'Go to the start page'}
      </Link>
    </section>
  );
}
