import {
  createOriginVerifier,
  type OriginVerifier,
  secretsManagerOriginSecret,
} from '../identity/origin-authorizer.js';
import { ENV, optionalEnv } from './env.js';

let verifier: OriginVerifier | undefined;

/**
 * In AWS (`ORIGIN_SECRET_ARN` set): the check that a request came through CloudFront, built once per process.
 * The local stack has no CloudFront in front and sets no secret: undefined, no check.
 */
export const originVerifier = (): OriginVerifier | undefined => {
  const secretArn = optionalEnv(ENV.originSecretArn);
  if (!secretArn) return undefined;
  verifier ??= createOriginVerifier(() => secretsManagerOriginSecret(secretArn));
  return verifier;
};
