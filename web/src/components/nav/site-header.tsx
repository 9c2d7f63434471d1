import { type FocusEvent, useEffect, useId, useRef, useState } from 'react';
import { type AppRoute, matchRoute, type NavEntry, type NavGroup, navEntriesFor } from '../../app-routes.js';
import { useAuth } from '../../auth/auth-context.js';
import { useIdentityConfig } from '../../lib/identity-config.js';
import { roleList } from '../../lib/roles.js';
import { Link, navigate } from '../../lib/router.js';
import { signOut } from '../../lib/session.js';

/**
 * The header (docs/decisions.md, "Navigation grouped by task"): the brand, the navigation — the dashboard, then one
 * disclosure menu per group of pages, so it keeps to one row at desktop width — and who is signed in with Sign out
 * beside it. At phone width (≤ 700 px) a single Menu button shows every group stacked, and the account under them.
 *
 * Menus follow the disclosure pattern (a button with aria-expanded that shows a list of links): Escape closes the
 * open one and returns focus to its button, a click outside or leaving it with Tab closes it, and so does following
 * a link. Which menu is open is remembered with the path it was opened on, so navigating closes it without an effect.
 */
export function SiteHeader({ pathname }: { pathname: string }) {
  const auth = useAuth();
  const signedIn = auth.status === 'signed-in';
  const config = useIdentityConfig();
  const entries = navEntriesFor(signedIn ? auth.me.roles : [], config.status === 'ready' ? config.data.identity : null);
  const currentGroup = matchRoute(pathname)?.route.group ?? null;

  const [openGroup, setOpenGroup] = useState<{ group: NavGroup; path: string } | null>(null);
  const [panel, setPanel] = useState<{ path: string } | null>(null);
  const open = openGroup?.path === pathname ? openGroup.group : null;
  const panelOpen = panel?.path === pathname;

  const headerRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const accountId = useId();

  useEffect(() => {
    if (open === null && !panelOpen) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node | null;
      const root = headerRef.current;
      if (!root || !target) return;
      const group = open ? root.querySelector(`[data-nav-group="${open}"]`) : null;
      if (open && !group?.contains(target)) setOpenGroup(null);
      if (panelOpen && !root.contains(target)) setPanel(null);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const root = headerRef.current;
      if (open) {
        setOpenGroup(null);
        root?.querySelector<HTMLButtonElement>(`[data-nav-group="${open}"] > button`)?.focus();
      } else if (panelOpen) {
        setPanel(null);
        toggleRef.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open, panelOpen]);

  const toggleGroup = (group: NavGroup) =>
    setOpenGroup((current) =>
      current?.group === group && current.path === pathname ? null : { group, path: pathname },
    );

  return (
    <header className="site-header">
      <div className={`site-header-inner${panelOpen ? ' is-menu-open' : ''}`} ref={headerRef}>
        <Link className="brand" to={signedIn ? '/dashboard' : '/'}>
          <span className="brand-mark" aria-hidden="true" />
          Opsdesk
        </Link>
        <button
          type="button"
          className="nav-toggle button button-secondary button-small"
          aria-expanded={panelOpen}
          aria-controls={`${panelId} ${accountId}`}
          onClick={() => setPanel(panelOpen ? null : { path: pathname })}
          ref={toggleRef}
        >
          <span className="nav-toggle-icon" aria-hidden="true" />
          Menu
        </button>
        <nav className="site-nav" aria-label="Main" id={panelId}>
          <ul className="nav-list">
            {entries.map((entry) =>
              entry.kind === 'link' ? (
                <li key={entry.route.path}>
                  <NavLink route={entry.route} pathname={pathname} />
                </li>
              ) : (
                <NavGroupMenu
                  key={entry.group}
                  entry={entry}
                  pathname={pathname}
                  expanded={open === entry.group}
                  current={currentGroup === entry.group}
                  onToggle={() => toggleGroup(entry.group)}
                  onLeave={() => setOpenGroup(null)}
                />
              ),
            )}
          </ul>
        </nav>
        <Account id={accountId} />
      </div>
    </header>
  );
}

function NavLink({ route, pathname }: { route: AppRoute; pathname: string }) {
  return (
    <Link className="nav-link" to={route.path} aria-current={route.path === pathname ? 'page' : undefined}>
      {route.label}
    </Link>
  );
}

function NavGroupMenu({
  entry,
  pathname,
  expanded,
  current,
  onToggle,
  onLeave,
}: {
  entry: Extract<NavEntry, { kind: 'group' }>;
  pathname: string;
  expanded: boolean;
  current: boolean;
  onToggle: () => void;
  onLeave: () => void;
}) {
  const menuId = `nav-menu-${entry.group.toLowerCase()}`;
  const labelId = `${menuId}-label`;
  // Tab past the last link closes the menu; a click inside (which may not move focus, as in Safari) does not.
  const onBlur = (event: FocusEvent<HTMLLIElement>) => {
    const next = event.relatedTarget as Node | null;
    if (expanded && next && !event.currentTarget.contains(next)) onLeave();
  };
  return (
    <li className={`nav-group${current ? ' is-current' : ''}`} data-nav-group={entry.group} onBlur={onBlur}>
      <button
        type="button"
        className="nav-group-button"
        aria-expanded={expanded}
        aria-controls={menuId}
        onClick={onToggle}
        id={labelId}
      >
        {entry.group}
        {current && <span className="visually-hidden"> (current section)</span>}
        <span className="nav-caret" aria-hidden="true" />
      </button>
      {/* At phone width the button is hidden and this names the stacked group instead. */}
      <span className="nav-group-label" aria-hidden="true">
        {entry.group}
      </span>
      <ul className={`nav-menu${expanded ? ' is-open' : ''}`} id={menuId} data-nav-menu="" aria-labelledby={labelId}>
        {entry.routes.map((route) => (
          <li key={route.path}>
            <NavLink route={route} pathname={pathname} />
          </li>
        ))}
      </ul>
    </li>
  );
}

/** Who is signed in and Sign out, together; Sign in and Sign up when nobody is. */
function Account({ id }: { id: string }) {
  const auth = useAuth();
  const signOutNow = () => {
    signOut('You have signed out.');
    navigate('/login');
  };
  if (auth.status === 'loading') return <div className="account" id={id} />;
  if (auth.status !== 'signed-in') {
    return (
      <div className="account" id={id}>
        <Link to="/login">Sign in</Link>
        <Link className="button button-small" to="/signup">
          Sign up
        </Link>
      </div>
    );
  }
  const { user, tenant, roles } = auth.me;
  const where = tenant ? tenant.name : roleList(roles);
  return (
    <div className="account" id={id}>
      <p className="account-who" title={`${user.name} <${user.email}>, ${where}`}>
        <span className="visually-hidden">Signed in as </span>
        <span className="account-name">{user.name}</span>
        <span className="account-email">{user.email}</span>
      </p>
      <button type="button" className="button button-secondary button-small" onClick={signOutNow}>
        Sign out
      </button>
    </div>
  );
}
