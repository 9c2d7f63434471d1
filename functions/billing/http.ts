import { getBillingProfile, setBillingProfile } from '../../shared/billing/billing-profile.js';
import { closePeriod, getPeriodClose, listPeriodInvoices } from '../../shared/billing/invoices.js';
import { getSubscription, openBillingPortal, subscribe } from '../../shared/billing/subscribe.js';
import { routes } from '../../shared/contracts/routes.js';
import { getUsage } from '../../shared/usage/ledger.js';
import { DynamoIdempotencyStore } from '../adapters/dynamodb/dynamo-idempotency-store.js';
import { createHttpHandler, wantsCsv } from '../http/create-http-handler.js';
import { createBillingDeps } from './wiring.js';

const deps = await createBillingDeps();

export const handler = createHttpHandler(
  'billing',
  {
    getSubscription: ({ actor }) => getSubscription(deps, actor),
    subscribe: ({ actor, body }) => subscribe(deps, actor, body.planId),
    openBillingPortal: ({ actor }) => openBillingPortal(deps, actor),
    getUsage: ({ actor, query }) => getUsage(deps, actor, query),
    getBillingProfile: ({ actor }) => getBillingProfile(deps, actor),
    setBillingProfile: ({ actor, body }) => setBillingProfile(deps, actor, body),
    closePeriod: ({ actor, params }) => closePeriod(deps, actor, params.period),
    getPeriodClose: ({ params }) => getPeriodClose(deps, params.period),
    listFinanceInvoices: async ({ query, headers }) => {
      if (!wantsCsv(routes.listFinanceInvoices, headers)) return listPeriodInvoices(deps, query.period, query);
      // The CSV export is the whole period, not a page.
      const items = [];
      let cursor: string | undefined;
      do {
        const page = await listPeriodInvoices(deps, query.period, { limit: 200, ...(cursor ? { cursor } : {}) });
        items.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return { items };
    },
  },
  { idempotency: { store: new DynamoIdempotencyStore(deps.table.client, deps.table.tableName), clock: deps.clock } },
);
