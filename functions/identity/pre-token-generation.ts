import type { PreTokenGenerationV2TriggerEvent } from 'aws-lambda';
import { isRole, ROLES, type Role, scopeForRole } from '../../shared/contracts/roles.js';

/** The user attribute that ties a customer to their organisation (absent for provider staff). */
const TENANT_ID_ATTRIBUTE = 'custom:tenantId';

/**
 * Cognito pre-token-generation trigger (event version V2_0): carries the caller's roles into the
 * access token as OAuth scopes, because API Gateway's JWT authorizer can only check scopes
 * (`authorizationScopes`), not `cognito:groups`.
 *
 * - Every group of the user that is a known role becomes the scope `opsdesk/<role>`.
 * - Every role scope the user is NOT entitled to is suppressed. The web client is allowed to request
 *   the role scopes, and Cognito grants any scope an app client allows to whoever asks for it — without
 *   this, a customer could ask the authorize endpoint for `opsdesk/provider-admin` and get it.
 * - `custom:tenantId` (customers only) and `email` are copied into the access token, which is the
 *   token the API receives; the handler builds its Actor from these claims.
 *
 * Pure and dependency-free on purpose: it runs on every sign-in and token refresh.
 */
export const handler = async (event: PreTokenGenerationV2TriggerEvent): Promise<PreTokenGenerationV2TriggerEvent> => {
  const groups = event.request.groupConfiguration.groupsToOverride ?? [];
  const roles = new Set<Role>(groups.filter(isRole));
  const claims: Record<string, string> = {};
  const tenantId = event.request.userAttributes[TENANT_ID_ATTRIBUTE];
  if (tenantId) claims[TENANT_ID_ATTRIBUTE] = tenantId;
  const email = event.request.userAttributes.email;
  if (email) claims.email = email;

  event.response.claimsAndScopeOverrideDetails = {
    ...event.response.claimsAndScopeOverrideDetails,
    accessTokenGeneration: {
      claimsToAddOrOverride: claims,
      scopesToAdd: ROLES.filter((role) => roles.has(role)).map(scopeForRole),
      scopesToSuppress: ROLES.filter((role) => !roles.has(role)).map(scopeForRole),
    },
  };
  return event;
};
