import { DomainError } from '../../shared/errors.js';
import { normaliseEmail } from '../../shared/tenancy/model.js';
import { LocalMailbox } from '../adapters/dynamodb/dynamo-notification-outbox.js';
import { DynamoTenantRepository } from '../adapters/dynamodb/dynamo-tenant-repository.js';
import { signDevToken } from '../adapters/local/dev-tokens.js';
import { callerDirectory } from '../config/callers.js';
import { ENV, requireEnv } from '../config/env.js';
import { clock } from '../config/platform.js';
import { tableConfig } from '../config/table.js';
import { createHttpHandler } from '../http/create-http-handler.js';

/**
 * The local stack's dev tools: the dev identity provider (a token for an existing user, no password)
 * and the mailbox of booking e-mails. Its routes are `localOnly`, so never synthesized into AWS.
 * The mailbox follows the API's rules: a token is needed; provider staff read every tenant's mail, a customer
 * only their own organisation's.
 */
const table = tableConfig();
const tenants = new DynamoTenantRepository(table.client, table.tableName);
const secret = requireEnv(ENV.devIdentitySecret);

const mailbox = new LocalMailbox(table.client, table.tableName, () => clock.now());

export const handler = createHttpHandler(
  'dev-identity',
  {
    devMailbox: async ({ actor }) => ({ items: await mailbox.list(50, actor.tenantId) }),
    devLogin: async ({ body }) => {
      const user = await tenants.findUserByEmail(normaliseEmail(body.email));
      if (!user) throw new DomainError('RESOURCE.NOT_FOUND', `No user with the e-mail ${body.email}.`);
      return { token: await signDevToken(user, secret, clock.now()) };
    },
  },
  { callers: callerDirectory() },
);
