import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { IdentityProvider } from '../../shared/tenancy/ports.js';
import { CognitoIdentityProvider } from '../adapters/cognito/cognito-identity-provider.js';
import { LocalIdentityProvider } from '../adapters/local/local-identity-provider.js';
import { traceClient } from '../observability/tracer.js';
import { ENV, requireEnv } from './env.js';

/** Cognito in AWS, the dev identity provider in the local stack (`IDENTITY_PROVIDER=local`). */
export const createIdentityProvider = (): IdentityProvider => {
  const kind = requireEnv(ENV.identityProvider);
  if (kind === 'local') return new LocalIdentityProvider();
  if (kind === 'cognito')
    return new CognitoIdentityProvider(traceClient(new CognitoIdentityProviderClient({})), requireEnv(ENV.userPoolId));
  throw new Error(`${ENV.identityProvider} must be cognito or local, not ${kind}`);
};
