import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  exportJWK,
  generateKeyPair,
  type JSONWebKeySet,
  type JWTPayload,
  SignJWT,
} from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cognitoIssuer,
  createCognitoTokenVerifier,
  regionOfUserPool,
} from '../../../../functions/adapters/cognito/cognito-token-verifier.js';

const POOL = 'eu-central-1_TestPool1';
const ISSUER = 'https://cognito-idp.eu-central-1.amazonaws.com/eu-central-1_TestPool1';
const WEB_CLIENT = 'webclient0123456789abcdef';
const SMOKE_CLIENT = 'smokeclient0123456789abcd';
const NOW = new Date('2027-03-01T10:00:00Z');
const clock = { now: () => NOW };
const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;
let poolKey: KeyPair;
let otherKey: KeyPair;
let jwks: JSONWebKeySet;

beforeAll(async () => {
  poolKey = await generateKeyPair('RS256');
  otherKey = await generateKeyPair('RS256');
  jwks = { keys: [{ ...(await exportJWK(poolKey.publicKey)), kid: 'pool-key-1', alg: 'RS256', use: 'sig' }] };
});

/** The claims of a Cognito access token after Opsdesk's pre-token-generation trigger. */
const accessClaims = (overrides: JWTPayload = {}): JWTPayload => ({
  sub: 'u-ada',
  username: 'u-ada',
  email: 'ada@acme.example',
  'custom:tenantId': 't-acme',
  'cognito:groups': ['customer-admin', 'operator'],
  scope: 'opsdesk/customer-admin opsdesk/operator',
  token_use: 'access',
  client_id: WEB_CLIENT,
  iss: ISSUER,
  iat: seconds(NOW) - 60,
  exp: seconds(NOW) + 3600,
  ...overrides,
});

const sign = (
  claims: JWTPayload,
  options: { key?: KeyPair; kid?: string; without?: readonly string[] } = {},
): Promise<string> => {
  const payload = { ...claims };
  for (const name of options.without ?? []) delete payload[name];
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? 'pool-key-1' })
    .sign((options.key ?? poolKey).privateKey);
};

const verifier = () =>
  createCognitoTokenVerifier({
    userPoolId: POOL,
    clientIds: [WEB_CLIENT, SMOKE_CLIENT],
    clock,
    keySet: createLocalJWKSet(jwks),
  });

describe('Cognito access-token verifier (the API authorizer’s token check)', () => {
  it('accepts an access token of the web client and passes its claims as API Gateway’s JWT authorizer did', async () => {
    const verified = await verifier()(await sign(accessClaims()));
    expect(verified).not.toBeNull();
    expect(verified?.scopes).toEqual(['opsdesk/customer-admin', 'opsdesk/operator']);
    expect(verified?.claims).toMatchObject({
      sub: 'u-ada',
      username: 'u-ada',
      email: 'ada@acme.example',
      'custom:tenantId': 't-acme',
      // Array claims flattened the way the handlers parse them (functions/http/actor-from-claims.ts).
      'cognito:groups': '[customer-admin operator]',
      client_id: WEB_CLIENT,
      token_use: 'access',
    });
  });

  it('accepts the smoke test’s client, and a token without scopes with an empty scope list', async () => {
    const verified = await verifier()(await sign(accessClaims({ client_id: SMOKE_CLIENT }), { without: ['scope'] }));
    expect(verified?.claims.client_id).toBe(SMOKE_CLIENT);
    expect(verified?.scopes).toEqual([]);
  });

  it.each([
    ['an ID token (token_use id)', accessClaims({ token_use: 'id' })],
    ['a token of another app client', accessClaims({ client_id: 'someoneelsesclient' })],
    [
      'a token of another pool',
      accessClaims({ iss: 'https://cognito-idp.eu-central-1.amazonaws.com/eu-central-1_Other' }),
    ],
    ['an expired token (on the injected clock)', accessClaims({ exp: seconds(NOW) - 1 })],
    ['a token not yet valid', accessClaims({ nbf: seconds(NOW) + 600 })],
  ])('refuses %s', async (_, claims) => {
    await expect(verifier()(await sign(claims))).resolves.toBeNull();
  });

  it.each(['token_use', 'client_id', 'exp'])('refuses a token without %s', async (claim) => {
    await expect(verifier()(await sign(accessClaims(), { without: [claim] }))).resolves.toBeNull();
  });

  it('refuses a token signed by a key the pool does not have, under the pool key’s id or another', async () => {
    await expect(verifier()(await sign(accessClaims(), { key: otherKey }))).resolves.toBeNull();
    await expect(verifier()(await sign(accessClaims(), { key: otherKey, kid: 'forged' }))).resolves.toBeNull();
  });

  it('refuses an unsigned token, an HMAC token and text that is no token at all', async () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const unsigned = `${encode({ alg: 'none', typ: 'JWT' })}.${encode(accessClaims())}.`;
    const hmac = await new SignJWT(accessClaims())
      .setProtectedHeader({ alg: 'HS256', kid: 'pool-key-1' })
      .sign(new TextEncoder().encode('a-secret-that-is-long-enough-for-hs256!!'));
    const verify = verifier();
    await expect(verify(unsigned)).resolves.toBeNull();
    await expect(verify(hmac)).resolves.toBeNull();
    await expect(verify('odk_notajwt')).resolves.toBeNull();
    await expect(verify('')).resolves.toBeNull();
  });

  it('needs at least one app client', () => {
    expect(() => createCognitoTokenVerifier({ userPoolId: POOL, clientIds: [], clock })).toThrow(/app client/);
  });

  it('finds the region and the issuer in the pool id', () => {
    expect(regionOfUserPool(POOL)).toBe('eu-central-1');
    expect(regionOfUserPool('us-gov-west-1_AbC')).toBe('us-gov-west-1');
    expect(cognitoIssuer(POOL)).toBe(ISSUER);
    expect(() => regionOfUserPool('pool-1')).toThrow(/user pool id/);
  });
});

describe('Cognito access-token verifier over HTTP (the pool’s JWKS endpoint, served in-process)', () => {
  let server: Server;
  let status = 200;
  let fetches = 0;
  let base = '';

  beforeAll(async () => {
    server = createServer((_, response) => {
      fetches += 1;
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(status === 200 ? JSON.stringify(jwks) : '{"message":"unavailable"}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const remoteVerifier = () =>
    createCognitoTokenVerifier({
      userPoolId: POOL,
      clientIds: [WEB_CLIENT],
      clock,
      keySet: createRemoteJWKSet(new URL(`${base}/jwks.json`)),
    });

  it('fetches the key set once and verifies tokens with it', async () => {
    status = 200;
    fetches = 0;
    const verify = remoteVerifier();
    await expect(verify(await sign(accessClaims()))).resolves.not.toBeNull();
    await expect(verify(await sign(accessClaims({ username: 'u-bob', sub: 'u-bob' })))).resolves.not.toBeNull();
    expect(fetches).toBe(1);
  });

  it('throws when the key set cannot be fetched: an outage is not a refusal API Gateway would cache', async () => {
    status = 503;
    await expect(remoteVerifier()(await sign(accessClaims()))).rejects.toThrow(/200 OK/);
  });
});
