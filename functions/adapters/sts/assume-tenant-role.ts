import { AssumeRoleCommand, type STSClient } from '@aws-sdk/client-sts';
import { TENANT_SESSION_TAG } from '../../../shared/contracts/resources.js';

/** Credentials are reused until five minutes before they expire. */
export const REFRESH_MARGIN_MS = 5 * 60_000;

export interface TenantCredentials {
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** When they expire (ms since the epoch); an hour from `now` when STS names no expiry. */
  expiresAt: number;
}

/**
 * Credentials of `roleArn` acting for one tenant: AssumeRole with the session tag `tenantId`, which the role's
 * policies compare with the resources they allow (`${aws:PrincipalTag/tenantId}`) — the task-runner role's SSM
 * nodes, the tenant-data role's partition keys.
 */
export const assumeTenantRole = async (
  sts: Pick<STSClient, 'send'>,
  input: { roleArn: string; tenantId: string; sessionName: string },
  now: () => number,
): Promise<TenantCredentials> => {
  const { Credentials } = await sts.send(
    new AssumeRoleCommand({
      RoleArn: input.roleArn,
      RoleSessionName: input.sessionName,
      DurationSeconds: 3600,
      Tags: [{ Key: TENANT_SESSION_TAG, Value: input.tenantId }],
    }),
  );
  if (!Credentials?.AccessKeyId || !Credentials.SecretAccessKey) {
    throw new Error(`STS returned no credentials for tenant ${input.tenantId}`);
  }
  return {
    credentials: {
      accessKeyId: Credentials.AccessKeyId,
      secretAccessKey: Credentials.SecretAccessKey,
      ...(Credentials.SessionToken ? { sessionToken: Credentials.SessionToken } : {}),
    },
    expiresAt: Credentials.Expiration ? Credentials.Expiration.getTime() : now() + 3_600_000,
  };
};
