import { listAudit } from '../../shared/audit/list-audit.js';
import { createApiKey, listApiKeys, revokeApiKey } from '../../shared/tenancy/api-keys.js';
import { getMe } from '../../shared/tenancy/get-me.js';
import { getTenantUser } from '../../shared/tenancy/get-user.js';
import {
  cancelDeletion,
  exportTenant,
  listTenants,
  reactivateTenant,
  requestDeletion,
  suspendTenant,
} from '../../shared/tenancy/lifecycle.js';
import { signUp } from '../../shared/tenancy/sign-up.js';
import { changeUserRole, inviteUser, listUsers, removeUser } from '../../shared/tenancy/users.js';
import { DynamoApiKeyRepository } from '../adapters/dynamodb/dynamo-api-key-repository.js';
import { DynamoAuditLog } from '../adapters/dynamodb/dynamo-audit-log.js';
import { DynamoIdempotencyStore } from '../adapters/dynamodb/dynamo-idempotency-store.js';
import { DynamoStaffAvailabilityRepository } from '../adapters/dynamodb/dynamo-staff-availability-repository.js';
import { DynamoTenantRepository } from '../adapters/dynamodb/dynamo-tenant-repository.js';
import { callerDirectory } from '../config/callers.js';
import { ENV, requireEnv } from '../config/env.js';
import { createIdentityProvider } from '../config/identity.js';
import { clock, ids } from '../config/platform.js';
import { tableConfig } from '../config/table.js';
import { createHttpHandler } from '../http/create-http-handler.js';
import { cryptoApiKeys } from '../identity/authorize-request.js';
import { ANSWER_FLOOR_MS, noSoonerThan } from './answer-floor.js';

const table = tableConfig();
const tenants = new DynamoTenantRepository(table.client, table.tableName);
const audit = new DynamoAuditLog(table.client, table.tableName);
const identity = createIdentityProvider();
const staffAvailability = new DynamoStaffAvailabilityRepository(table.client, table.tableName);
/** A staff member's own zone is the one of their working hours (operators set them; others have none). */
const staffZones = { zoneOf: async (staffId: string) => (await staffAvailability.get(staffId))?.timeZone ?? null };
const deps = { tenants, identity, clock, ids, staffZones };
const apiKeyDeps = {
  apiKeys: new DynamoApiKeyRepository(table.client, table.tableName),
  keyGenerator: cryptoApiKeys,
  tenants,
  clock,
  ids,
};
const callers = callerDirectory();
const idempotency = { store: new DynamoIdempotencyStore(table.client, table.tableName), clock };
/** Sign-up and invitations answer no sooner than this, whether the address was new or not (docs/decisions.md). */
const answerFloorMs = ANSWER_FLOOR_MS[requireEnv(ENV.identityProvider) === 'cognito' ? 'cognito' : 'local'];

export const handler = createHttpHandler(
  'tenancy',
  {
    signUp: ({ body }) => noSoonerThan(answerFloorMs, () => signUp(deps, body)),
    getMe: ({ actor }) => getMe(deps, actor),
    getUser: ({ actor, params }) => getTenantUser(deps, actor, params.userId),
    listUsers: ({ actor, query }) => listUsers(deps, actor, query),
    inviteUser: ({ actor, body }) => noSoonerThan(answerFloorMs, () => inviteUser(deps, actor, body)),
    // This process stops trusting what it read about the user at once (other containers within seconds).
    changeUserRole: async ({ actor, params, body }) => {
      const changed = await changeUserRole(deps, actor, params.userId, body.role);
      callers.forget(changed.tenantId, changed.id);
      return changed;
    },
    removeUser: async ({ actor, params }) => {
      await removeUser(deps, actor, params.userId);
      callers.forget(actor.tenantId, params.userId);
    },
    listAudit: ({ actor, query }) => listAudit({ audit, directory: tenants }, actor, query),
    exportTenant: ({ actor }) => exportTenant(deps, actor),
    requestTenantDeletion: ({ actor }) => requestDeletion(deps, actor),
    cancelTenantDeletion: ({ actor }) => cancelDeletion(deps, actor),
    listApiKeys: ({ actor }) => listApiKeys(apiKeyDeps, actor),
    createApiKey: ({ actor, body }) => createApiKey(apiKeyDeps, actor, body),
    revokeApiKey: ({ actor, params }) => revokeApiKey(apiKeyDeps, actor, params.apiKeyId),
    listTenants: ({ query }) => listTenants(deps, query),
    suspendTenant: ({ actor, params, body }) => suspendTenant(deps, actor, params.tenantId, body.reason),
    reactivateTenant: ({ actor, params }) => reactivateTenant(deps, actor, params.tenantId),
  },
  { idempotency, callers },
);
