import { fromEnv } from '@aws-sdk/credential-provider-env';

/**
 * What every Lambda bundle uses in place of `@aws-sdk/credential-provider-node` (the esbuild alias in
 * infra/constructs/lambda-bundling.ts): the SDK clients' default credential chain, cut to the one link Lambda uses.
 * Lambda puts the execution role's credentials in `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and
 * `AWS_SESSION_TOKEN`; the full chain would also bundle SSO, INI files, credential processes, web identity and the
 * instance metadata service, with their own STS and SSO clients — about 130 KB in every function, none of it ever
 * called there. Outside Lambda (the local stack, tests, scripts) nothing aliases, and the full chain applies.
 */
export const defaultProvider = (_init?: unknown): ReturnType<typeof fromEnv> => fromEnv();
