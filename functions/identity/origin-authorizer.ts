import { createHash, timingSafeEqual } from 'node:crypto';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { APIGatewayRequestAuthorizerEventV2, APIGatewaySimpleAuthorizerResult } from 'aws-lambda';
import { ENV, requireEnv } from '../config/env.js';

/** After a mismatch the secret is read again (it may have been replaced by a deploy), at most this often. */
const RELOAD_AFTER_MS = 60_000;

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/** Compares in constant time; digests first, so neither the length nor a common prefix shows. */
const sameSecret = (presented: string, expected: string): boolean =>
  timingSafeEqual(digest(presented), digest(expected));

/**
 * API Gateway REQUEST authorizer (simple responses) of the anonymous routes: lets a request through
 * only if it carries the header CloudFront adds (`x-opsdesk-origin-verify`, the route's identity
 * source), so sign-up and the other public routes answer only behind the distribution and its web
 * ACL, never at the API's own execute-api domain. API Gateway refuses a request without the header
 * before calling this, and caches the answer per header value.
 *
 * The secret is read once per cold start, and again after a mismatch once a minute has passed, so a
 * replaced secret is picked up without letting a flood of wrong values hammer Secrets Manager.
 */
export const createOriginAuthorizer = (loadSecret: () => Promise<string>, now: () => number = Date.now) => {
  const verify = createOriginVerifier(loadSecret, now);
  return async (event: APIGatewayRequestAuthorizerEventV2): Promise<APIGatewaySimpleAuthorizerResult> => ({
    isAuthorized: await verify(event.identitySource?.[0]),
  });
};

/**
 * Whether a presented header value is CloudFront's origin secret — used by the anonymous routes' authorizer
 * and by every handler for the routes that need a token (createHttpHandler), so that no route answers at the
 * API's own execute-api domain. The secret is read once per cold start, and again after a mismatch once a
 * minute has passed, so a replaced secret is picked up without letting a flood of wrong values hammer
 * Secrets Manager.
 */
export const createOriginVerifier = (loadSecret: () => Promise<string>, now: () => number = Date.now) => {
  let secret: Promise<string> | undefined;
  let loadedAt = 0;
  const load = (): Promise<string> => {
    loadedAt = now();
    secret = loadSecret().catch((error: unknown) => {
      secret = undefined;
      throw error;
    });
    return secret;
  };
  return async (presented: string | undefined): Promise<boolean> => {
    if (!presented) return false;
    if (sameSecret(presented, await (secret ?? load()))) return true;
    if (now() - loadedAt < RELOAD_AFTER_MS) return false;
    return sameSecret(presented, await load());
  };
};
export type OriginVerifier = ReturnType<typeof createOriginVerifier>;

/** The shared secret, from Secrets Manager (`ORIGIN_SECRET_ARN`); never logged. */
export const secretsManagerOriginSecret = async (secretArn: string): Promise<string> => {
  const client = new SecretsManagerClient({});
  try {
    const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: secretArn }));
    if (!SecretString) throw new Error('The origin secret is empty');
    return SecretString;
  } finally {
    client.destroy();
  }
};

export const handler = createOriginAuthorizer(() => secretsManagerOriginSecret(requireEnv(ENV.originSecretArn)));
