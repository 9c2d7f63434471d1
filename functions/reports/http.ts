import { DynamoIdempotencyStore } from '../adapters/dynamodb/dynamo-idempotency-store.js';
import { callerDirectory } from '../config/callers.js';
import { createHttpHandler } from '../http/create-http-handler.js';
import { reportRoutes } from './report-routes.js';
import { statusRoutes } from './status-routes.js';
import { createReportsDeps } from './wiring.js';

const { deps, table } = createReportsDeps();

/** Status pages (settings, the public page as JSON and HTML) and the monthly service reports. */
export const handler = createHttpHandler(
  'reports',
  { ...statusRoutes(deps), ...reportRoutes(deps) },
  {
    idempotency: { store: new DynamoIdempotencyStore(table.client, table.tableName), clock: deps.clock },
    callers: callerDirectory(),
  },
);
