import { getMe } from '../../shared/tenancy/get-me.js';
import { getTenantUser } from '../../shared/tenancy/get-user.js';
import { signUp } from '../../shared/tenancy/sign-up.js';
import { DynamoIdempotencyStore } from '../adapters/dynamodb/dynamo-idempotency-store.js';
import { DynamoTenantRepository } from '../adapters/dynamodb/dynamo-tenant-repository.js';
import { createIdentityProvider } from '../config/identity.js';
import { clock, ids } from '../config/platform.js';
import { tableConfig } from '../config/table.js';
import { createHttpHandler } from '../http/create-http-handler.js';

const table = tableConfig();
const tenants = new DynamoTenantRepository(table.client, table.tableName);
const identity = createIdentityProvider();

const idempotency = { store: new DynamoIdempotencyStore(table.client, table.tableName), clock };

export const handler = createHttpHandler(
  'tenancy',
  {
    signUp: ({ body }) => signUp({ tenants, identity, clock, ids }, body),
    getMe: ({ actor }) => getMe({ tenants }, actor),
    getUser: ({ actor, params }) => getTenantUser({ tenants }, actor, params.userId),
  },
  { idempotency },
);
