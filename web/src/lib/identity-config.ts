import { useCallback } from 'react';
import { request } from './api.js';
import { type Resource, useResource } from './use-resource.js';

/** `/config.json` says how users sign in: the local stack's dev login, or Cognito's hosted UI. */
export type IdentityConfig = { identity: 'dev' } | CognitoConfig;

export interface CognitoConfig {
  identity: 'cognito';
  /** `https://<domain>.auth.<region>.amazoncognito.com`, without a trailing slash. */
  authority: string;
  clientId: string;
  scopes: string[];
}

const DEFAULT_SCOPES = ['openid', 'email', 'profile'];

function parseIdentityConfig(raw: unknown): IdentityConfig {
  const config = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (config.identity === 'dev') return { identity: 'dev' };
  if (config.identity === 'cognito' && typeof config.authority === 'string' && typeof config.clientId === 'string') {
    const scopes = Array.isArray(config.scopes) ? config.scopes.filter((s): s is string => typeof s === 'string') : [];
    return {
      identity: 'cognito',
      authority: config.authority.replace(/\/+$/, ''),
      clientId: config.clientId,
      scopes: scopes.length > 0 ? scopes : DEFAULT_SCOPES,
    };
  }
  throw new Error('This deployment’s sign-in configuration (/config.json) is incomplete.');
}

let pending: Promise<IdentityConfig> | null = null;

/** Loaded once per page; a failure is not cached, so "Try again" asks the server again. */
export function loadIdentityConfig(): Promise<IdentityConfig> {
  if (pending) return pending;
  const loading = request<unknown>('/config.json', { authenticated: false }).then(parseIdentityConfig);
  pending = loading;
  loading.catch(() => {
    if (pending === loading) pending = null;
  });
  return loading;
}

export function useIdentityConfig(): Resource<IdentityConfig> {
  const load = useCallback(() => loadIdentityConfig(), []);
  return useResource(load);
}
