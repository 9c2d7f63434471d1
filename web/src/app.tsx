import { useEffect, useRef } from 'react';
import { canOpen, matchRoute } from './app-routes.js';
import { AuthProvider, useAuth } from './auth/auth-context.js';
import { SiteHeader } from './components/nav/site-header.js';
import { ErrorAlert, Loading } from './components/status.js';
import { TenantStatusBanner } from './components/tenant-status-banner.js';
import { Link, type Location, loginPath, Redirect, useLocation } from './lib/router.js';
import { NotFoundPage } from './pages/not-found-page.js';

export function App() {
  return (
    <AuthProvider>
      <Shell />
    </AuthProvider>
  );
}

function Shell() {
  const location = useLocation();
  const match = matchRoute(location.pathname);
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(location.pathname);

  const title = `${match ? match.route.label : 'Page not found'} · Opsdesk`;
  useEffect(() => {
    document.title = title;
  }, [title]);

  // After client-side navigation, start at the top and let screen readers continue from the new content.
  useEffect(() => {
    if (previousPath.current === location.pathname) return;
    previousPath.current = location.pathname;
    window.scrollTo(0, 0);
    mainRef.current?.focus({ preventScroll: true });
  }, [location.pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader pathname={location.pathname} />
      <main id="main" className="site-main" tabIndex={-1} ref={mainRef}>
        {/* A customer's organisation that is not active says so on every page (reads useAuth(); nothing for staff). */}
        <TenantStatusBanner />
        <RouteView location={location} />
      </main>
      <footer className="site-footer">
        <p>
          Opsdesk — webmaster and IT operations, transparently billed. <Link to="/plans">Plans</Link>
        </p>
      </footer>
    </>
  );
}

function RouteView({ location }: { location: Location }) {
  const auth = useAuth();
  const match = matchRoute(location.pathname);
  if (!match) return <NotFoundPage />;

  const { route, params } = match;
  if (route.roles !== 'public') {
    if (auth.status === 'signed-out') return <Redirect to={loginPath(location.href)} />;
    if (auth.status === 'loading') return <Loading>Loading your account…</Loading>;
    if (auth.status === 'error') {
      return <ErrorAlert error={auth.error} title="Could not load your account" onRetry={auth.retry} />;
    }
    if (!canOpen(route, auth.me.roles)) {
      return (
        <section className="narrow">
          <h1>Not available to your role</h1>
          <p className="lead">This page is not part of what your role can do.</p>
          <Link className="button" to="/dashboard">
            Go to your dashboard
          </Link>
        </section>
      );
    }
  }
  const Page = route.page;
  return <Page params={params} />;
}
