import { useAuth } from '../auth/auth-context.js';
import { Link } from '../lib/router.js';

export function LandingPage() {
  const auth = useAuth();
  const signedIn = auth.status === 'signed-in';
  return (
    <>
      <section className="hero">
        <p className="eyebrow">Opsdesk</p>
        <h1>Webmaster and IT operations, as a plan you can see through</h1>
        <p className="lead">
          Opsdesk is where your managed-services provider sells and delivers fractional webmaster and IT-operations
          plans: an eighth or a quarter of a webmaster, help on demand, or automated care for your servers. Book hours,
          request tasks, and see exactly what you are billed for.
        </p>
        <div className="actions">
          {signedIn ? (
            <Link className="button" to="/dashboard">
              Go to your dashboard
            </Link>
          ) : (
            <>
              <Link className="button" to="/signup">
                Sign up your organisation
              </Link>
              <Link className="button button-secondary" to="/login">
                Sign in
              </Link>
            </>
          )}
          <Link className="button button-secondary" to="/plans">
            See the plans
          </Link>
        </div>
      </section>

      <section className="features" aria-label="What Opsdesk does">
        <div className="card">
          <h2>Book webmaster hours</h2>
          <p>
            See when the provider’s webmasters are free, in your own time zone, and book a consultation, a hands-on
            session or emergency help.
          </p>
        </div>
        <div className="card">
          <h2>Managed tasks on your servers</h2>
          <p>
            Patching, certificate renewal, backups and health checks run automatically on the servers you register,
            after your approval and inside your maintenance window.
          </p>
        </div>
        <div className="card">
          <h2>Billed by what you use</h2>
          <p>
            Every hour, task run and call-out is recorded once. Invoices are rated against your plan, in 15-minute
            increments, and you can check every line.
          </p>
        </div>
        <div className="card">
          <h2>An API for your scripts</h2>
          <p>
            Request tasks from your deploy pipeline, ping heartbeats from cron and pull invoices into your accounting
            with API keys you scope and revoke yourself.
            <a href="/api/docs">Read the API reference</a>.
          </p>
        </div>
      </section>
    </>
  );
}
