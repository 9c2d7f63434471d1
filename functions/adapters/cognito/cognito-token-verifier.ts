import { createRemoteJWKSet, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';
import type { Clock } from '../../../shared/platform/ports.js';
import type { JwtClaims } from '../../http/actor-from-claims.js';

/** A verified token: its claims in API Gateway's JWT-authorizer shape and its scopes. */
export interface VerifiedToken {
  claims: JwtClaims;
  scopes: string[];
}

/** Verifies a bearer token; null when it is not a valid access token of the app's clients. */
export type TokenVerifier = (token: string) => Promise<VerifiedToken | null>;

export interface CognitoTokenVerifierOptions {
  userPoolId: string;
  /** The app clients whose access tokens the API accepts (the web app's and the smoke test's). */
  clientIds: readonly string[];
  /** Expiry is checked on this clock. */
  clock: Clock;
  /** The pool's region; default: the part of the pool id before `_` (`eu-central-1_AbC123`). */
  region?: string;
  /** Where the signing keys come from; default: the pool's JWKS over HTTPS (tests inject a local key set). */
  keySet?: JWTVerifyGetKey;
}

const POOL_ID = /^([a-z]{2}(?:-[a-z]+)+-\d+)_[A-Za-z0-9]+$/;

/** `eu-central-1_AbC123` → `eu-central-1`. */
export const regionOfUserPool = (userPoolId: string): string => {
  const region = POOL_ID.exec(userPoolId)?.[1];
  if (!region) throw new Error(`Not a Cognito user pool id: ${userPoolId}`);
  return region;
};

/** The `iss` of the pool's tokens; its JWKS is at `<issuer>/.well-known/jwks.json`. */
export const cognitoIssuer = (userPoolId: string, region = regionOfUserPool(userPoolId)): string =>
  `https://cognito-idp.${region}.amazonaws.com/${userPoolId}`;

/**
 * The errors that say "this token is not valid" (forged, expired, another pool's, malformed, signed by a key the pool
 * does not have). Anything else — the key set cannot be fetched, times out or is not a key set — is an outage, not a
 * verdict: it is thrown, so API Gateway answers 500 and caches nothing, instead of refusing a valid token for the
 * cache's five minutes.
 */
const TOKEN_REJECTIONS = new Set([
  'ERR_JWT_CLAIM_VALIDATION_FAILED',
  'ERR_JWT_EXPIRED',
  'ERR_JWT_INVALID',
  'ERR_JWS_INVALID',
  'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
  'ERR_JOSE_ALG_NOT_ALLOWED',
  'ERR_JOSE_NOT_SUPPORTED',
  'ERR_JWKS_NO_MATCHING_KEY',
  'ERR_JWKS_MULTIPLE_MATCHING_KEYS',
]);

const isTokenRejection = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  TOKEN_REJECTIONS.has(String((error as { code?: unknown }).code)) &&
  // jose throws TypeError for a token that is not a string, never for a bad one; keep them apart.
  !(error instanceof TypeError);

/**
 * The claims as API Gateway's JWT authorizer handed them to a Lambda, which the handlers read
 * (functions/http/actor-from-claims.ts): strings, numbers and booleans as they are, arrays flattened to `[a b]`
 * (`cognito:groups`), objects left out.
 */
const flattenClaims = (payload: JWTPayload): JwtClaims => {
  const claims: JwtClaims = {};
  for (const [name, value] of Object.entries(payload)) {
    if (Array.isArray(value)) claims[name] = `[${value.join(' ')}]`;
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') claims[name] = value;
  }
  return claims;
};

/**
 * What API Gateway's Cognito JWT authorizer checked, done in the API's Lambda authorizer
 * (functions/identity/api-authorizer.ts): an RS256 signature by a key of the pool's JWKS, the pool as issuer, not
 * expired, an ACCESS token (`token_use`; ID tokens carry no scopes and must not pass), issued to one of the app's
 * clients (`client_id`: access tokens have no `aud`). The scopes come from `scope`, space-separated — the role
 * scopes the pre-token-generation trigger granted.
 *
 * The key set is fetched once per container and again when a token names a key it does not know (Cognito rotated),
 * at most every 30 s; a fetch is given 3 s.
 */
export const createCognitoTokenVerifier = (options: CognitoTokenVerifierOptions): TokenVerifier => {
  const issuer = cognitoIssuer(options.userPoolId, options.region);
  const clientIds = new Set(options.clientIds);
  if (clientIds.size === 0) throw new Error('The Cognito token verifier needs at least one app client id');
  const keySet =
    options.keySet ??
    createRemoteJWKSet(new URL(`${issuer}/.well-known/jwks.json`), {
      timeoutDuration: 3_000,
      cooldownDuration: 30_000,
    });
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keySet, {
        issuer,
        algorithms: ['RS256'],
        currentDate: options.clock.now(),
        requiredClaims: ['exp', 'token_use', 'client_id'],
      }));
    } catch (error) {
      if (isTokenRejection(error)) return null;
      throw error;
    }
    if (payload.token_use !== 'access') return null;
    if (typeof payload.client_id !== 'string' || !clientIds.has(payload.client_id)) return null;
    const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ').filter(Boolean) : [];
    return { claims: flattenClaims(payload), scopes };
  };
};
