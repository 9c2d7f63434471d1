import type { APIGatewayRequestAuthorizerEventV2 } from 'aws-lambda';
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createCognitoTokenVerifier } from '../../../functions/adapters/cognito/cognito-token-verifier.js';
import type { AuthorizerVerdict, RequestAuthorizer } from '../../../functions/http/authorizer-context.js';
import { createApiAuthorizer, guardedRoutes } from '../../../functions/identity/api-authorizer.js';
import { authorizeRequest, sha256Hex } from '../../../functions/identity/authorize-request.js';
import { guardedRoutesOfManifest } from '../../../scripts/docs/guarded-routes.js';
import { type RouteAccess, routeAccessOf } from '../../../shared/contracts/route-access.js';
import { routeEntries, routeKey, routes } from '../../../shared/contracts/routes.js';
import type { ApiKeyLookup } from '../../../shared/tenancy/api-keys.js';

const event = (routeKey: string, headers: Record<string, string> = {}): APIGatewayRequestAuthorizerEventV2 =>
  ({
    version: '2.0',
    type: 'REQUEST',
    routeArn: `arn:aws:execute-api:eu-central-1:123456789012:api/$default/${routeKey.replace(' ', '')}`,
    routeKey,
    identitySource: [headers.authorization ?? '', routeKey],
    headers,
  }) as unknown as APIGatewayRequestAuthorizerEventV2;

const KEY = `odk_${'A'.repeat(43)}`;
const allowKey: AuthorizerVerdict = {
  outcome: 'allow',
  context: { kind: 'apiKey', apiKeyId: 'k-1', tenantId: 't-acme', createdBy: 'u-ada' },
};

/** A RequestAuthorizer that records what it was asked and answers `verdict`. */
const recording = (verdict: AuthorizerVerdict) => {
  const calls: [RouteAccess, string | undefined][] = [];
  const authorize: RequestAuthorizer = async (definition, authorization) => {
    calls.push([definition, authorization]);
    return verdict;
  };
  return { calls, authorize };
};

describe('API authorizer (Lambda REQUEST authorizer of every route that needs a caller)', () => {
  it('judges the manifest route named by the route key, with the Authorization header', async () => {
    const { calls, authorize } = recording(allowKey);
    const result = await createApiAuthorizer(authorize)(
      event(routeKey(routes.listTasks), { authorization: `Bearer ${KEY}` }),
    );
    expect(result).toEqual({ isAuthorized: true, context: allowKey.context });
    expect(calls).toEqual([[routeAccessOf(routes.listTasks), `Bearer ${KEY}`]]);
  });

  it('passes a token’s context on as it is', async () => {
    const verdict: AuthorizerVerdict = {
      outcome: 'allow',
      context: {
        kind: 'token',
        claims: JSON.stringify({ username: 'u-ada', 'cognito:groups': '[operator]' }),
        userId: 'u-ada',
      },
    };
    const { authorize } = recording(verdict);
    await expect(
      createApiAuthorizer(authorize)(event(routeKey(routes.getMe), { authorization: 'Bearer eyJ.x.y' })),
    ).resolves.toEqual({ isAuthorized: true, context: verdict.context });
  });

  it('reads the header whatever its case', async () => {
    const { calls, authorize } = recording(allowKey);
    await createApiAuthorizer(authorize)(event(routeKey(routes.listTasks), { Authorization: `Bearer ${KEY}` }));
    expect(calls[0]?.[1]).toBe(`Bearer ${KEY}`);
  });

  it.each([
    ['unauthenticated', { outcome: 'unauthenticated', reason: 'unknown key' }],
    ['forbidden', { outcome: 'forbidden', reason: 'the key lacks tasks:write' }],
  ] as const)('refuses when the verdict is %s, without a context', async (_, verdict) => {
    const { authorize } = recording(verdict);
    await expect(
      createApiAuthorizer(authorize)(event(routeKey(routes.requestTask), { authorization: `Bearer ${KEY}` })),
    ).resolves.toEqual({ isAuthorized: false });
  });

  it('passes no header as undefined (the verdict decides)', async () => {
    const { calls, authorize } = recording({ outcome: 'unauthenticated', reason: 'no credential' });
    await expect(createApiAuthorizer(authorize)(event(routeKey(routes.getMe)))).resolves.toEqual({
      isAuthorized: false,
    });
    expect(calls).toEqual([[routeAccessOf(routes.getMe), undefined]]);
  });

  it.each([
    ['an unknown route key', 'GET /api/nothing-here'],
    ['the $default route', '$default'],
    ['a public route (the origin authorizer’s)', routeKey(routes.signUp)],
    ['a local-only route (never deployed)', routeKey(routes.devLogin)],
    ['a known path with another method', 'DELETE /api/me'],
  ])('refuses %s without asking for a verdict', async (_, key) => {
    const authorize = vi.fn<RequestAuthorizer>(async () => allowKey);
    await expect(createApiAuthorizer(authorize)(event(key, { authorization: `Bearer ${KEY}` }))).resolves.toEqual({
      isAuthorized: false,
    });
    expect(authorize).not.toHaveBeenCalled();
  });

  it('lets a failure of the verdict through: API Gateway answers 500 and caches no refusal', async () => {
    const authorize: RequestAuthorizer = async () => {
      throw new Error('DynamoDB unavailable');
    };
    await expect(
      createApiAuthorizer(authorize)(event(routeKey(routes.listTasks), { authorization: `Bearer ${KEY}` })),
    ).rejects.toThrow('DynamoDB unavailable');
  });

  it('guards exactly the deployed routes that need a caller', () => {
    const expected = routeEntries()
      .filter(([, definition]) => !definition.localOnly && definition.access !== 'public')
      .map(([, definition]) => routeKey(definition));
    expect([...guardedRoutes().keys()].sort()).toEqual(expected.sort());
    expect(guardedRoutes().size).toBe(expected.length);
    expect(guardedRoutes().get(routeKey(routes.listApiKeys))).toEqual({
      method: 'GET',
      path: '/api/api-keys',
      context: 'tenancy',
      access: ['customer-admin'],
      apiKey: false,
    });
  });

  it('decides by the generated table, which is what the manifest says (run `npm run docs:api` after changing a route)', () => {
    expect(Object.fromEntries(guardedRoutes())).toEqual(guardedRoutesOfManifest());
    for (const [key, access] of guardedRoutes()) {
      const [, definition] = routeEntries().find(([, candidate]) => routeKey(candidate) === key)!;
      expect(access, key).toEqual(routeAccessOf(definition));
    }
  });
});

describe('API authorizer with authorizeRequest and the Cognito verifier (as wired in AWS, the key set local)', () => {
  const POOL = 'eu-central-1_TestPool1';
  const ISSUER = `https://cognito-idp.eu-central-1.amazonaws.com/${POOL}`;
  const NOW = new Date('2027-03-01T10:00:00Z');
  const clock = { now: () => NOW };
  const stored: ApiKeyLookup = {
    tenantId: 't-acme',
    apiKeyId: 'k-1',
    createdBy: 'u-ada',
    scopes: ['tasks:read'],
    expiresAt: null,
  };
  let key: Awaited<ReturnType<typeof generateKeyPair>>;
  let authorizer: ReturnType<typeof createApiAuthorizer>;

  beforeAll(async () => {
    key = await generateKeyPair('RS256');
    const jwks = { keys: [{ ...(await exportJWK(key.publicKey)), kid: 'k', alg: 'RS256' }] };
    const verifyToken = createCognitoTokenVerifier({
      userPoolId: POOL,
      clientIds: ['web-client'],
      clock,
      keySet: createLocalJWKSet(jwks),
    });
    authorizer = createApiAuthorizer(
      authorizeRequest({
        verifyToken,
        findApiKey: async (hash) => (hash === sha256Hex(KEY) ? stored : null),
        hash: sha256Hex,
        clock,
      }),
    );
  });

  const token = (groups: string[]) =>
    new SignJWT({
      username: 'u-ada',
      email: 'ada@acme.example',
      'custom:tenantId': 't-acme',
      'cognito:groups': groups,
      scope: groups.map((group) => `opsdesk/${group}`).join(' '),
      token_use: 'access',
      client_id: 'web-client',
    })
      .setProtectedHeader({ alg: 'RS256', kid: 'k' })
      .setSubject('u-ada')
      .setIssuer(ISSUER)
      .setExpirationTime(Math.floor(NOW.getTime() / 1000) + 3600)
      .sign(key.privateKey);

  it('lets a customer-admin’s token through with its claims, as the JWT authorizer passed them', async () => {
    const result = await authorizer(
      event(routeKey(routes.createApiKey), { authorization: `Bearer ${await token(['customer-admin'])}` }),
    );
    expect(result.isAuthorized).toBe(true);
    const context = (result as { context: { kind: string; claims: string } }).context;
    expect(context.kind).toBe('token');
    expect(JSON.parse(context.claims)).toMatchObject({
      username: 'u-ada',
      'custom:tenantId': 't-acme',
      'cognito:groups': '[customer-admin]',
    });
  });

  it('refuses a token without one of the route’s roles', async () => {
    await expect(
      authorizer(event(routeKey(routes.createApiKey), { authorization: `Bearer ${await token(['customer-member'])}` })),
    ).resolves.toEqual({ isAuthorized: false });
  });

  it('lets a key through on a route of its scope, and not on a route of another scope', async () => {
    await expect(authorizer(event(routeKey(routes.listTasks), { authorization: `Bearer ${KEY}` }))).resolves.toEqual({
      isAuthorized: true,
      context: { kind: 'apiKey', apiKeyId: 'k-1', tenantId: 't-acme', createdBy: 'u-ada' },
    });
    await expect(authorizer(event(routeKey(routes.requestTask), { authorization: `Bearer ${KEY}` }))).resolves.toEqual({
      isAuthorized: false,
    });
    await expect(authorizer(event(routeKey(routes.createApiKey), { authorization: `Bearer ${KEY}` }))).resolves.toEqual(
      { isAuthorized: false },
    );
  });

  it('refuses an unknown key and a token of another pool', async () => {
    await expect(
      authorizer(event(routeKey(routes.listTasks), { authorization: `Bearer odk_${'B'.repeat(43)}` })),
    ).resolves.toEqual({ isAuthorized: false });
    const foreign = await new SignJWT({ token_use: 'access', client_id: 'web-client', scope: 'opsdesk/operator' })
      .setProtectedHeader({ alg: 'RS256', kid: 'k' })
      .setIssuer('https://cognito-idp.eu-central-1.amazonaws.com/eu-central-1_Other')
      .setExpirationTime(Math.floor(NOW.getTime() / 1000) + 3600)
      .sign(key.privateKey);
    await expect(
      authorizer(event(routeKey(routes.listTasks), { authorization: `Bearer ${foreign}` })),
    ).resolves.toEqual({ isAuthorized: false });
  });
});
