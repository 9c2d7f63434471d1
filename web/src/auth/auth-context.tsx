import { createContext, type ReactNode, useCallback, useContext } from 'react';
import type { Role } from '../../../shared/contracts/roles.js';
import type { MeResponse } from '../../../shared/tenancy/model.js';
import { api } from '../lib/api.js';
import { useToken } from '../lib/session.js';
import { useResource } from '../lib/use-resource.js';

/** Who is signed in: derived from the stored token by asking GET /api/me. */
export type AuthState =
  | { status: 'signed-out' }
  | { status: 'loading' }
  | { status: 'signed-in'; me: MeResponse }
  | { status: 'error'; error: unknown; retry: () => void };

const AuthContext = createContext<AuthState>({ status: 'signed-out' });

export function AuthProvider({ children }: { children: ReactNode }) {
  const token = useToken();
  // A new function per token, so signing in as someone else loads that user afresh.
  // biome-ignore lint/correctness/useExhaustiveDependencies: token is the cache key; api.getMe reads it from the session.
  const loadMe = useCallback((signal: AbortSignal) => api.getMe(signal), [token]);
  const me = useResource(token ? loadMe : null);

  let state: AuthState;
  if (!token) state = { status: 'signed-out' };
  else if (me.status === 'ready') state = { status: 'signed-in', me: me.data };
  else if (me.status === 'error') state = { status: 'error', error: me.error, retry: me.reload };
  else state = { status: 'loading' };

  return <AuthContext value={state}>{children}</AuthContext>;
}

export const useAuth = (): AuthState => useContext(AuthContext);

/** The signed-in user's roles, or none. */
export function useRoles(): readonly Role[] {
  const auth = useAuth();
  return auth.status === 'signed-in' ? auth.me.roles : [];
}
