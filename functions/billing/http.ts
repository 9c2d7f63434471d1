import { getBillingProfile, setBillingProfile } from '../../shared/billing/billing-profile.js';
import {
  closePeriod,
  exportPeriodInvoices,
  getPeriodClose,
  listPeriodInvoices,
} from '../../shared/billing/invoices.js';
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
    // `Accept: text/csv` exports the whole period (the manifest's csv renderer formats it).
    listFinanceInvoices: ({ query, headers }) =>
      wantsCsv(routes.listFinanceInvoices, headers)
        ? exportPeriodInvoices(deps, query.period)
        : listPeriodInvoices(deps, query.period, query),
  },
  { idempotency: { store: new DynamoIdempotencyStore(deps.table.client, deps.table.tableName), clock: deps.clock } },
);
