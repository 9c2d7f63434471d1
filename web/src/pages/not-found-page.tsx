import { Link } from '../lib/router.js';

export function NotFoundPage() {
  return (
    <section className="narrow">
      <h1>Page not found</h1>
      <p className="lead">There is no page at this address.</p>
      <Link className="button" to="/">
        Go to the start page
      </Link>
    </section>
  );
}
