import type { CognitoConfig } from '../lib/identity-config.js';

/**
 * OAuth 2.0 authorization code flow with PKCE (RFC 7636) against Cognito's hosted UI.
 * A public client: no secret; the verifier never leaves this tab (sessionStorage).
 */

const PENDING_KEY = 'opsdesk.oauth.pending';

interface PendingSignIn {
  state: string;
  verifier: string;
  /** Where to go once signed in. */
  next: string | null;
}

export const callbackUri = (): string => `${window.location.origin}/auth/callback`;

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const randomUrlSafe = (byteLength: number): string => base64Url(crypto.getRandomValues(new Uint8Array(byteLength)));

async function challengeFor(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

/** Leaves the app for the hosted sign-in page; it comes back to /auth/callback. */
export async function startCognitoSignIn(config: CognitoConfig, next: string | null): Promise<void> {
  const pending: PendingSignIn = { state: randomUrlSafe(24), verifier: randomUrlSafe(48), next };
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  const url = new URL(`${config.authority}/oauth2/authorize`);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: callbackUri(),
    scope: config.scopes.join(' '),
    state: pending.state,
    code_challenge: await challengeFor(pending.verifier),
    code_challenge_method: 'S256',
  }).toString();
  window.location.assign(url.toString());
}

export class SignInError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SignInError';
  }
}

function takePending(): PendingSignIn | null {
  const raw = sessionStorage.getItem(PENDING_KEY);
  sessionStorage.removeItem(PENDING_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as PendingSignIn;
  } catch {
    return null;
  }
}

async function exchange(
  config: CognitoConfig,
  search: URLSearchParams,
): Promise<{ accessToken: string; next: string | null }> {
  const error = search.get('error');
  if (error) throw new SignInError(search.get('error_description') || `Sign-in was not completed (${error}).`);
  const code = search.get('code');
  const pending = takePending();
  if (!code || !pending || pending.state !== search.get('state')) {
    throw new SignInError('This sign-in link is no longer valid. Start signing in again.');
  }

  let response: Response;
  try {
    response = await fetch(`${config.authority}/oauth2/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: config.clientId,
        code,
        redirect_uri: callbackUri(),
        code_verifier: pending.verifier,
      }),
    });
  } catch {
    throw new SignInError('Could not reach the sign-in service. Check your connection and try again.');
  }
  const body = (await response.json().catch(() => ({}))) as {
    access_token?: string;
    error?: string;
    error_description?: string;
  };
  if (!response.ok || !body.access_token) {
    throw new SignInError(
      body.error_description || `The sign-in service refused the code (${body.error ?? response.status}).`,
    );
  }
  return { accessToken: body.access_token, next: pending.next };
}

// An authorization code can be redeemed once; React's development double effects must not redeem it twice.
const exchanges = new Map<string, ReturnType<typeof exchange>>();

export function completeCognitoSignIn(config: CognitoConfig, search: URLSearchParams): ReturnType<typeof exchange> {
  const key = search.toString();
  let result = exchanges.get(key);
  if (!result) {
    result = exchange(config, search);
    exchanges.set(key, result);
  }
  return result;
}
