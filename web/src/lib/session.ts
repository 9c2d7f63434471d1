import { useSyncExternalStore } from 'react';

/**
 * The signed-in session: one bearer token, kept in localStorage so a reload or a second tab stays signed in.
 * A module-level store (not React state) so that the API client can end the session on a 401 from anywhere.
 */

const TOKEN_KEY = 'opsdesk.token';

const listeners = new Set<() => void>();
let token: string | null = readStoredToken();
let notice: string | null = null;

function readStoredToken(): string | null {
  try {
    const stored = localStorage.getItem(TOKEN_KEY);
    return stored && !hasExpired(stored) ? stored : null;
  } catch {
    // Storage can be unavailable (privacy modes); the user then simply starts signed out.
    return null;
  }
}

function writeStoredToken(value: string | null): void {
  try {
    if (value) localStorage.setItem(TOKEN_KEY, value);
    else localStorage.removeItem(TOKEN_KEY);
  } catch {
    // See readStoredToken: the session then lasts as long as this page.
  }
}

/** A JWT whose `exp` has passed would only earn a 401; treat it as no token at all. Opaque tokens never expire here. */
function hasExpired(jwt: string): boolean {
  const payload = jwt.split('.')[1];
  if (!payload) return false;
  try {
    const claims: unknown = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
    const exp = typeof claims === 'object' && claims !== null && 'exp' in claims ? claims.exp : undefined;
    return typeof exp === 'number' && exp * 1000 <= Date.now();
  } catch {
    return false;
  }
}

function emit(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

if (typeof window !== 'undefined') {
  // Signing in or out in another tab applies here too.
  window.addEventListener('storage', (event) => {
    if (event.key !== TOKEN_KEY && event.key !== null) return;
    token = readStoredToken();
    emit();
  });
}

export const getToken = (): string | null => token;

export function signIn(newToken: string): void {
  token = newToken;
  notice = null;
  writeStoredToken(newToken);
  emit();
}

/** Forgets the token; `message` is shown once on the sign-in page (why the user was signed out). */
export function signOut(message: string | null = null): void {
  token = null;
  notice = message;
  writeStoredToken(null);
  emit();
}

export const useToken = (): string | null => useSyncExternalStore(subscribe, getToken);

export const useSessionNotice = (): string | null => useSyncExternalStore(subscribe, () => notice);
