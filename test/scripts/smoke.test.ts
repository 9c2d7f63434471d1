import { execFile } from 'node:child_process';
import type { InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { PROJECT_ROOT } from '../../infra/project-root.js';
import { smokeReads } from '../../scripts/smoke/reads.js';
import { type SignInDeps, signIn, signInMethodFromEnv } from '../../scripts/smoke/sign-in.js';
import { CONTEXTS, type RouteDefinition, routes } from '../../shared/contracts/routes.js';
import { E2E_TODAY, startLocalStackProcess } from '../support/local-stack-process.js';

/** `npx tsx scripts/smoke/smoke.ts <url>` as the pipeline runs it: exit code and its lines. */
const smoke = (url: string, env: Record<string, string> = {}) =>
  new Promise<{ code: number; lines: string[] }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/smoke/smoke.ts', url],
      { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, timeout: 90_000 },
      (error, stdout) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, lines: stdout.trim().split('\n') });
      },
    );
  });

const line = (lines: string[], check: string) => lines.find((l) => new RegExp(`^(PASS|FAIL) ${check} `).test(l));

describe('the smoke reads, generated from the route manifest', () => {
  it('read every context that has reads for signed-in callers, once', () => {
    const contextsWithReads = CONTEXTS.filter((context) =>
      Object.values(routes as Record<string, RouteDefinition>).some(
        (route) => route.context === context && route.method === 'GET' && route.access !== 'public' && !route.localOnly,
      ),
    );
    const reads = smokeReads();
    expect(reads.map((read) => read.context)).toEqual(contextsWithReads);
    expect(reads.map((read) => read.context)).toEqual(
      expect.arrayContaining(['tenancy', 'billing', 'booking', 'tasks']),
    );
    // The local-only dev identity is never smoked: a deployed stage has none of it.
    expect(reads.map((read) => read.context)).not.toContain('dev-identity');
    for (const read of reads) expect(read.path, read.context).not.toContain('{');
  });

  it('pick up a new context without anyone listing it', () => {
    const manifest: Record<string, RouteDefinition> = {
      ...(routes as Record<string, RouteDefinition>),
      newRead: {
        method: 'GET',
        path: '/api/new-things',
        context: 'webhooks',
        access: ['customer-member', 'customer-admin'],
        summary: 'a new read',
        response: z.object({ items: z.array(z.string()) }),
        successStatus: 200,
      },
    };
    expect(smokeReads(manifest).find((read) => read.context === 'webhooks')).toMatchObject({
      name: 'newRead',
      path: '/api/new-things',
      signedIn: true,
    });
  });

  it('refuse a context they cannot read, naming it', () => {
    const manifest: Record<string, RouteDefinition> = {
      ...(routes as Record<string, RouteDefinition>),
      webhookById: {
        method: 'GET',
        path: '/api/webhook-events/{eventId}',
        context: 'webhooks',
        access: ['customer-admin'],
        summary: 'a read with a path parameter only',
        response: z.object({}),
        successStatus: 200,
      },
    };
    expect(() => smokeReads(manifest)).toThrow(/Bounded context "webhooks" has GET routes for signed-in callers/);
  });
});

describe('the smoke sign-in', () => {
  const cognitoEnv = {
    SMOKE_COGNITO_CLIENT_ID: '1example23456789abcdefghij',
    SMOKE_COGNITO_REGION: 'eu-central-1',
    SMOKE_USERNAME: 'smoke@opsdesk.example',
    SMOKE_PASSWORD: 'correct horse battery staple',
  };
  const fakeCognito = (answer: object) => {
    const sent: InitiateAuthCommand[] = [];
    const deps: SignInDeps = {
      fetch: () => Promise.reject(new Error('no HTTP in a Cognito sign-in')),
      cognito: (region) => ({
        send: (async (command: InitiateAuthCommand) => {
          expect(region).toBe('eu-central-1');
          sent.push(command);
          return answer;
        }) as never,
      }),
      timeoutMs: 1_000,
    };
    return { deps, sent };
  };

  it('uses the dev login unless SMOKE_COGNITO_CLIENT_ID is set, and then needs every Cognito variable', () => {
    expect(signInMethodFromEnv({})).toEqual({ kind: 'dev', email: 'owner@demo.example' });
    expect(signInMethodFromEnv({ SMOKE_DEV_EMAIL: 'ops@x.example' })).toEqual({ kind: 'dev', email: 'ops@x.example' });
    expect(signInMethodFromEnv(cognitoEnv)).toMatchObject({ kind: 'cognito', region: 'eu-central-1' });
    expect(() => signInMethodFromEnv({ SMOKE_COGNITO_CLIENT_ID: 'abc', SMOKE_USERNAME: 'u' })).toThrow(
      'Cognito sign-in also needs SMOKE_COGNITO_REGION, SMOKE_PASSWORD',
    );
    expect(() => signInMethodFromEnv({ ...cognitoEnv, SMOKE_COGNITO_REGION: 'Frankfurt' })).toThrow(
      /SMOKE_COGNITO_REGION is not an AWS region/,
    );
  });

  it('in AWS: USER_PASSWORD_AUTH with the smoke client, and the access token back', async () => {
    const { deps, sent } = fakeCognito({ AuthenticationResult: { AccessToken: 'access-token', IdToken: 'id' } });
    const token = await signIn('https://staging.example', signInMethodFromEnv(cognitoEnv), deps);
    expect(token).toBe('access-token');
    expect(sent.map((command) => command.input)).toEqual([
      {
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: cognitoEnv.SMOKE_COGNITO_CLIENT_ID,
        AuthParameters: { USERNAME: cognitoEnv.SMOKE_USERNAME, PASSWORD: cognitoEnv.SMOKE_PASSWORD },
      },
    ]);
  });

  it('in AWS: a challenge (a temporary password, MFA) is a failure that says what to do', async () => {
    const { deps } = fakeCognito({ ChallengeName: 'NEW_PASSWORD_REQUIRED', Session: 's' });
    await expect(signIn('https://staging.example', signInMethodFromEnv(cognitoEnv), deps)).rejects.toThrow(
      /NEW_PASSWORD_REQUIRED; the smoke user needs a permanent password .*admin-set-user-password --permanent/,
    );
  });
});

describe('npx tsx scripts/smoke/smoke.ts against the local stack', () => {
  let stack: Awaited<ReturnType<typeof startLocalStackProcess>>;
  beforeAll(async () => {
    stack = await startLocalStackProcess({ CLOCK_START: E2E_TODAY.toISOString() });
  });
  afterAll(async () => {
    await stack?.stop().catch(() => undefined);
  });

  it('passes every check: health, sign-in, one read per context', async () => {
    const { code, lines } = await smoke(stack.url);
    expect(
      lines.filter((l) => l.startsWith('FAIL')),
      lines.join('\n'),
    ).toEqual([]);
    expect(code).toBe(0);
    const checks = ['health', 'sign-in', ...smokeReads().map((read) => `read ${read.context}`)];
    for (const check of checks) expect(line(lines, check), check).toMatch(/^PASS /);
    expect(lines.filter((l) => /^(PASS|FAIL) /.test(l))).toHaveLength(checks.length);
    expect(line(lines, 'sign-in')).toContain('dev login as owner@demo.example');
    expect(line(lines, 'read tenancy')).toContain('GET /api/me 200, as the contract says');
    expect(lines.at(-1)).toBe(`smoke: all ${checks.length} checks passed against ${stack.url}`);
  }, 90_000);

  it('fails naming the check: a user the stage does not know', async () => {
    const { code, lines } = await smoke(stack.url, { SMOKE_DEV_EMAIL: 'nobody@nowhere.example' });
    expect(code).toBe(1);
    expect(line(lines, 'health')).toMatch(/^PASS /);
    expect(line(lines, 'sign-in')).toMatch(
      /^FAIL sign-in +POST \/auth\/dev\/login as nobody@nowhere.example answered 404/,
    );
    expect(line(lines, 'read tenancy')).toMatch(/^FAIL read tenancy +GET \/api\/me not sent: sign-in failed/);
    expect(lines.at(-1)).toMatch(/^smoke: \d+ of \d+ checks failed against .*: sign-in, /);
  }, 90_000);

  it('fails naming the check: a URL where no Opsdesk API answers', async () => {
    const { code, lines } = await smoke(`${stack.url}/not-the-app`);
    expect(code).toBe(1);
    expect(line(lines, 'health')).toMatch(/^FAIL health +GET \/api\/health answered 200 text\/html/);
  }, 90_000);

  it('fails naming the check: a stopped stack', async () => {
    const url = stack.url;
    await stack.stop();
    const { code, lines } = await smoke(url);
    expect(code).toBe(1);
    expect(line(lines, 'health')).toMatch(/^FAIL health +GET \/api\/health: ECONNREFUSED/);
    expect(line(lines, 'sign-in')).toMatch(/^FAIL sign-in /);
    expect(lines.filter((l) => l.startsWith('PASS'))).toEqual([]);
  }, 90_000);

  it('refuses a base URL it cannot use', async () => {
    const { code } = await smoke('ftp://example.com');
    expect(code).toBe(1);
  });
});
