import { createContext, type ReactNode, useCallback, useContext, useState } from 'react';
import type { Role } from '../../../shared/contracts/roles.js';
import type { MeResponse } from '../../../shared/tenancy/model.js';
import { api } from '../lib/api.js';
import { getToken, useToken } from '../lib/session.js';
import { useResource } from '../lib/use-resource.js';

/** Who is signed in: derived from the stored token by asking GET /api/me. */
export type AuthState =
  | { status: 'signed-out' }
  | { status: 'loading' }
  | {
      status: 'signed-in';
      me: MeResponse;
      /** Asks GET /api/me again after a change to the user or organisation; the page stays as it is meanwhile. */
      refresh: () => Promise<void>;
    }
  | { status: 'error'; error: unknown; retry: () => void };

const AuthContext = createContext<AuthState>({ status: 'signed-out' });

export function AuthProvider({ children }: { children: ReactNode }) {
  const token = useToken();
  // A new function per token, so signing in as someone else loads that user afresh.
  // biome-ignore lint/correctness/useExhaustiveDependencies: token is the cache key; api.getMe reads it from the session.
  const loadMe = useCallback((signal: AbortSignal) => api.getMe(signal), [token]);
  const me = useResource(token ? loadMe : null);
  // A refreshed answer for this token replaces the first one; it never shows a loading state in between.
  const [fresh, setFresh] = useState<{ token: string; me: MeResponse } | null>(null);
  const refresh = useCallback(async () => {
    if (!token) return;
    const latest = await api.getMe();
    if (getToken() === token) setFresh({ token, me: latest });
  }, [token]);

  let state: AuthState;
  if (!token) state = { status: 'signed-out' };
  else if (me.status === 'ready') {
    state = { status: 'signed-in', me: fresh?.token === token ? fresh.me : me.data, refresh };
  } else if (me.status === 'error') state = { status: 'error', error: me.error, retry: me.reload };
  else state = { status: 'loading' };

  return <AuthContext value={state}>{children}</AuthContext>;
}

export const useAuth = (): AuthState => useContext(AuthContext);

/** The signed-in user's roles, or none. */
export function useRoles(): readonly Role[] {
  const auth = useAuth();
  return auth.status === 'signed-in' ? auth.me.roles : [];
}
