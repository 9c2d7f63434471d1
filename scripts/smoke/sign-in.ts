import { CognitoIdentityProviderClient, InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import * as z from 'zod';
import { DevLoginResponseSchema, routes } from '../../shared/contracts/routes.js';
import { SEEDED_USERS } from '../local-stack/seed.js';
import { problemOf, send } from './http.js';
import { SMOKE_ROLE } from './reads.js';

/**
 * How the smoke user signs in, from the environment:
 * - `SMOKE_COGNITO_CLIENT_ID` set: Cognito `InitiateAuth` with USER_PASSWORD_AUTH (a deployed stage), which also
 *   needs `SMOKE_COGNITO_REGION`, `SMOKE_USERNAME` and `SMOKE_PASSWORD`;
 * - otherwise the local stack's dev login for `SMOKE_DEV_EMAIL` (default: the seeded customer-admin).
 */
export type SignInMethod =
  | { kind: 'cognito'; clientId: string; region: string; username: string; password: string }
  | { kind: 'dev'; email: string };

const SEEDED_SMOKE_USER = SEEDED_USERS.find((user) => user.role === SMOKE_ROLE)?.email ?? 'owner@demo.example';

const CognitoEnv = z.object({
  SMOKE_COGNITO_CLIENT_ID: z.string().regex(/^[\w+]{1,128}$/, 'not a Cognito app client id'),
  SMOKE_COGNITO_REGION: z.string().regex(/^[a-z]{2}(-gov)?-[a-z]+-\d$/, 'not an AWS region, e.g. eu-central-1'),
  SMOKE_USERNAME: z.string(),
  SMOKE_PASSWORD: z.string(),
});
const COGNITO_VARIABLES = Object.keys(CognitoEnv.shape);

/** Throws one message naming every variable that is missing or wrong. */
export const signInMethodFromEnv = (env: NodeJS.ProcessEnv): SignInMethod => {
  if (env.SMOKE_COGNITO_CLIENT_ID === undefined)
    return { kind: 'dev', email: env.SMOKE_DEV_EMAIL?.trim() || SEEDED_SMOKE_USER };
  const missing = COGNITO_VARIABLES.filter((name) => !env[name]);
  if (missing.length > 0) throw new Error(`Cognito sign-in also needs ${missing.join(', ')}`);
  const parsed = CognitoEnv.safeParse(env);
  if (!parsed.success)
    throw new Error(parsed.error.issues.map((issue) => `${issue.path.join('.')} is ${issue.message}`).join('; '));
  return {
    kind: 'cognito',
    clientId: parsed.data.SMOKE_COGNITO_CLIENT_ID,
    region: parsed.data.SMOKE_COGNITO_REGION,
    username: parsed.data.SMOKE_USERNAME,
    password: parsed.data.SMOKE_PASSWORD,
  };
};

export interface SignInDeps {
  fetch: typeof fetch;
  cognito: (region: string) => Pick<CognitoIdentityProviderClient, 'send'>;
  timeoutMs: number;
}

export const defaultSignInDeps = (timeoutMs: number): SignInDeps => ({
  fetch,
  cognito: (region) => new CognitoIdentityProviderClient({ region, maxAttempts: 2 }),
  timeoutMs,
});

/** The access token the API takes as `Authorization: Bearer`; throws a sentence saying why there is none. */
export const signIn = async (baseUrl: string, method: SignInMethod, deps: SignInDeps): Promise<string> => {
  if (method.kind === 'dev') {
    const request = `POST ${routes.devLogin.path} as ${method.email}`;
    const response = await send(deps.fetch, `${baseUrl}${routes.devLogin.path}`, request, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: method.email }),
      signal: AbortSignal.timeout(deps.timeoutMs),
    });
    if (response.status !== 200)
      throw new Error(
        `${request} answered ${response.status}${await problemOf(response)} (only the local stack has a dev login; ` +
          'a deployed stage needs SMOKE_COGNITO_CLIENT_ID, SMOKE_COGNITO_REGION, SMOKE_USERNAME and SMOKE_PASSWORD)',
      );
    const body = DevLoginResponseSchema.safeParse(await response.json());
    if (!body.success) throw new Error('dev login answered 200 without a token');
    return body.data.token;
  }
  const result = await deps.cognito(method.region).send(
    new InitiateAuthCommand({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: method.clientId,
      AuthParameters: { USERNAME: method.username, PASSWORD: method.password },
    }),
    { abortSignal: AbortSignal.timeout(deps.timeoutMs) },
  );
  if (result.ChallengeName)
    throw new Error(
      `Cognito asks ${method.username} for ${result.ChallengeName}; the smoke user needs a permanent password and no MFA ` +
        '(aws cognito-idp admin-set-user-password --permanent)',
    );
  const token = result.AuthenticationResult?.AccessToken;
  if (!token) throw new Error('Cognito answered without an access token');
  return token;
};
