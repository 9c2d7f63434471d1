import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { APIGatewayRequestAuthorizerEventV2 } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOriginAuthorizer, secretsManagerOriginSecret } from '../../../functions/identity/origin-authorizer.js';

const SECRET = 'cloudfront-origin-secret-0123456789abcdefghijklmnop';

const event = (identitySource: string[] | undefined): APIGatewayRequestAuthorizerEventV2 =>
  ({
    version: '2.0',
    type: 'REQUEST',
    routeArn: 'arn:aws:execute-api:eu-central-1:123456789012:api/$default/POST/api/signup',
    routeKey: 'POST /api/signup',
    identitySource,
    headers: {},
  }) as unknown as APIGatewayRequestAuthorizerEventV2;

describe('origin authorizer (anonymous routes answer only through CloudFront)', () => {
  let now = 0;
  let loads = 0;
  let current = SECRET;
  const authorizer = () =>
    createOriginAuthorizer(
      async () => {
        loads += 1;
        return current;
      },
      () => now,
    );

  beforeEach(() => {
    now = 0;
    loads = 0;
    current = SECRET;
  });

  it('lets through the request that carries CloudFront’s secret', async () => {
    await expect(authorizer()(event([SECRET]))).resolves.toEqual({ isAuthorized: true });
  });

  it.each([
    ['a wrong value', [`${SECRET.slice(0, -1)}x`]],
    ['a prefix of the secret', [SECRET.slice(0, 10)]],
    ['an empty value', ['']],
    ['no identity source at all', undefined],
  ])('refuses %s', async (_, identitySource) => {
    await expect(authorizer()(event(identitySource))).resolves.toEqual({ isAuthorized: false });
  });

  it('reads the secret once per cold start, not per request', async () => {
    const handler = authorizer();
    await handler(event([SECRET]));
    await handler(event([SECRET]));
    await handler(event(['wrong']));
    expect(loads).toBe(1);
  });

  it('reads the secret again after a mismatch once a minute has passed (a replaced secret), not sooner', async () => {
    const handler = authorizer();
    await handler(event([SECRET]));
    current = 'replaced-secret-value';
    now = 30_000;
    await expect(handler(event(['replaced-secret-value']))).resolves.toEqual({ isAuthorized: false });
    expect(loads).toBe(1);
    now = 61_000;
    await expect(handler(event(['replaced-secret-value']))).resolves.toEqual({ isAuthorized: true });
    expect(loads).toBe(2);
  });

  it('tries again on the next request when reading the secret failed', async () => {
    let fail = true;
    const handler = createOriginAuthorizer(async () => {
      if (fail) throw new Error('throttled');
      return SECRET;
    });
    await expect(handler(event([SECRET]))).rejects.toThrow('throttled');
    fail = false;
    await expect(handler(event([SECRET]))).resolves.toEqual({ isAuthorized: true });
  });
});

describe('origin secret from Secrets Manager', () => {
  const secrets = mockClient(SecretsManagerClient);
  afterEach(() => secrets.reset());

  it('reads the secret named by ORIGIN_SECRET_ARN', async () => {
    secrets.on(GetSecretValueCommand).resolves({ SecretString: SECRET });
    await expect(
      secretsManagerOriginSecret('arn:aws:secretsmanager:eu-central-1:123456789012:secret:origin'),
    ).resolves.toBe(SECRET);
    expect(secrets.commandCalls(GetSecretValueCommand)[0]?.args[0].input).toEqual({
      SecretId: 'arn:aws:secretsmanager:eu-central-1:123456789012:secret:origin',
    });
  });

  it('refuses an empty secret rather than letting an empty header through', async () => {
    secrets.on(GetSecretValueCommand).resolves({ SecretString: '' });
    await expect(secretsManagerOriginSecret('arn:secret')).rejects.toThrow(/empty/);
  });
});
