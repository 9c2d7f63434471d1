import type { PreTokenGenerationV2TriggerEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { handler } from '../../../functions/identity/pre-token-generation.js';
import { ROLES, scopeForRole } from '../../../shared/contracts/roles.js';

const event = (
  groups: string[] | undefined,
  userAttributes: Record<string, string>,
): PreTokenGenerationV2TriggerEvent => ({
  version: '2',
  region: 'eu-central-1',
  userPoolId: 'eu-central-1_pool',
  triggerSource: 'TokenGeneration_HostedAuth',
  userName: 'usr_1',
  callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: 'client' },
  request: {
    userAttributes,
    groupConfiguration: { groupsToOverride: groups, iamRolesToOverride: [], preferredRole: undefined },
    scopes: ['openid', 'email'],
  },
  response: { claimsAndScopeOverrideDetails: {} },
});

const accessToken = async (groups: string[] | undefined, attributes: Record<string, string>) =>
  (await handler(event(groups, attributes))).response.claimsAndScopeOverrideDetails.accessTokenGeneration;

describe('pre-token-generation (V2)', () => {
  it('adds one opsdesk scope per role group and the tenant and email claims', async () => {
    const result = await accessToken(['customer-admin'], {
      sub: 'sub-1',
      email: 'owner@demo.example',
      'custom:tenantId': 'ten_1',
    });
    expect(result?.scopesToAdd).toEqual(['opsdesk/customer-admin']);
    expect(result?.claimsToAddOrOverride).toEqual({ 'custom:tenantId': 'ten_1', email: 'owner@demo.example' });
  });

  it('suppresses every role scope the user does not hold, so a requested scope cannot escalate', async () => {
    const result = await accessToken(['customer-member'], { email: 'm@demo.example', 'custom:tenantId': 'ten_1' });
    expect(result?.scopesToSuppress).toEqual(
      ROLES.filter((role) => role !== 'customer-member').map((role) => scopeForRole(role)),
    );
    expect(result?.scopesToAdd).toEqual(['opsdesk/customer-member']);
    expect(result?.scopesToSuppress).not.toContain('opsdesk/customer-member');
  });

  it('ignores groups that are not roles and omits the tenant claim for provider staff', async () => {
    const result = await accessToken(['operator', 'finance', 'beta-testers'], { email: 'op@opsdesk.local' });
    expect(result?.scopesToAdd).toEqual(['opsdesk/operator', 'opsdesk/finance']);
    expect(result?.claimsToAddOrOverride).toEqual({ email: 'op@opsdesk.local' });
  });

  it('grants no role scope to a user without groups', async () => {
    const result = await accessToken(undefined, {});
    expect(result?.scopesToAdd).toEqual([]);
    expect(result?.scopesToSuppress).toEqual(ROLES.map((role) => scopeForRole(role)));
    expect(result?.claimsToAddOrOverride).toEqual({});
  });
});
