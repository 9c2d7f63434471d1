import { jwtVerify, SignJWT } from 'jose';
import { scopeForRole } from '../../../shared/contracts/roles.js';
import type { User } from '../../../shared/tenancy/model.js';
import type { JwtClaims } from '../../http/actor-from-claims.js';

export const DEV_ISSUER = 'urn:opsdesk:local-dev-identity';
export const DEV_AUDIENCE = 'opsdesk-web';
const TOKEN_LIFETIME_SECONDS = 12 * 3600;

const key = (secret: string) => new TextEncoder().encode(secret);

/**
 * Signs the claims a Cognito access token for this user would carry after Opsdesk's
 * pre-token-generation trigger: `sub`/`username` (the Opsdesk user id), `email`, `custom:tenantId`,
 * `cognito:groups` and one `opsdesk/<role>` scope per group.
 */
export const signDevToken = async (user: User, secret: string, now: Date): Promise<string> =>
  new SignJWT({
    username: user.id,
    email: user.email,
    'cognito:groups': user.roles,
    scope: user.roles.map(scopeForRole).join(' '),
    ...(user.tenantId ? { 'custom:tenantId': user.tenantId } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(user.id)
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    // The stack checks expiry on its clock (which CLOCK_START moves) and the browser on the machine's:
    // the token lives twelve hours past the later of the two, so both accept it.
    .setExpirationTime(Math.floor(Math.max(now.getTime(), Date.now()) / 1000) + TOKEN_LIFETIME_SECONDS)
    .sign(key(secret));

/**
 * Verifies a dev token and returns its claims in the shape API Gateway's JWT authorizer hands to
 * a Lambda (array claims flattened to `[a b]` strings). Null for any invalid or expired token.
 */
export const verifyDevToken = async (
  token: string,
  secret: string,
  now: Date,
): Promise<{ claims: JwtClaims; scopes: string[] } | null> => {
  try {
    const { payload } = await jwtVerify(token, key(secret), {
      issuer: DEV_ISSUER,
      audience: DEV_AUDIENCE,
      currentDate: now,
      algorithms: ['HS256'],
    });
    const claims: JwtClaims = {};
    for (const [name, value] of Object.entries(payload)) {
      if (Array.isArray(value)) claims[name] = `[${value.join(' ')}]`;
      else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        claims[name] = value;
    }
    const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ').filter(Boolean) : [];
    return { claims, scopes };
  } catch {
    return null;
  }
};
