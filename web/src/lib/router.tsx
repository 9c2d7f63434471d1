import { type AnchorHTMLAttributes, type MouseEvent, useEffect, useMemo, useSyncExternalStore } from 'react';

/**
 * A tiny history-based router: the URL is the state, `navigate` changes it, `useLocation` reads it.
 * Route matching lives with the route table (app-routes.tsx).
 */

const NAVIGATE_EVENT = 'opsdesk:navigate';

const currentUrl = (): string => window.location.pathname + window.location.search;

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else if (to !== currentUrl()) window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

export interface Location {
  pathname: string;
  search: URLSearchParams;
  /** pathname + search, for `?next=` links back here. */
  href: string;
}

export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, currentUrl);
  return useMemo(() => {
    const url = new URL(href, window.location.origin);
    // `/plans/` and `/plans` are the same page.
    const pathname = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
    return { pathname, search: url.searchParams, href };
  }, [href]);
}

/** Only same-site paths are followed after sign-in; anything else could send the user to another site. */
export function safeNext(next: string | null | undefined): string | null {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  return next;
}

export const loginPath = (next?: string | null): string => {
  const target = safeNext(next);
  return target && target !== '/' ? `/login?next=${encodeURIComponent(target)}` : '/login';
};

/**
 * Matches a pathname against a page path; `{name}` segments match one segment each and become params.
 * (shared/contracts/routes.ts has the same for API paths; importing it would ship its zod schemas.)
 */
export function matchPath(template: string, pathname: string): Record<string, string> | null {
  const expected = template.split('/');
  const actual = pathname.split('/');
  if (expected.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of expected.entries()) {
    const segment = actual[index] ?? '';
    const name = /^\{([A-Za-z0-9_]+)\}$/.exec(part)?.[1];
    if (name) {
      if (!segment) return null;
      try {
        params[name] = decodeURIComponent(segment);
      } catch {
        return null;
      }
    } else if (part !== segment) {
      return null;
    }
  }
  return params;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

export function Link({ to, onClick, ...props }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    // Let the browser handle new tabs, downloads and modified clicks.
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey ||
      (props.target && props.target !== '_self')
    ) {
      return;
    }
    event.preventDefault();
    navigate(to);
  };
  return <a {...props} href={to} onClick={handleClick} />;
}

export function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}
