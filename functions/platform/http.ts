import { PLANS } from '../../shared/catalogue/plans.js';
import { buildOpenApiDocument } from '../../shared/contracts/openapi.js';
import { takeOperationsSnapshot } from '../../shared/operations/snapshot.js';
import { callerDirectory } from '../config/callers.js';
import { clock } from '../config/platform.js';
import { readiness } from '../config/readiness.js';
import { createHttpHandler, RouteAnswer } from '../http/create-http-handler.js';
import { RETRY_AFTER_UNAVAILABLE_SECONDS } from '../http/unavailable.js';
import { operationsDeps } from './operations.js';

/** Generated once per cold start: the manifest does not change while a function runs. */
const openApiDocument = buildOpenApiDocument();
const ready = readiness();
let operations: ReturnType<typeof operationsDeps> | undefined;

export const handler = createHttpHandler(
  'platform',
  {
    health: async () => {
      const { ready: isReady, checks } = await ready.check();
      const body = {
        status: isReady ? ('ok' as const) : ('unavailable' as const),
        time: clock.now().toISOString(),
        checks,
      };
      return isReady
        ? body
        : new RouteAnswer(503, body, {
            'retry-after': String(RETRY_AFTER_UNAVAILABLE_SECONDS),
            'cache-control': 'no-store',
          });
    },
    openapi: async () => openApiDocument,
    listPlans: async () => ({ items: [...PLANS] }),
    // Wired at the first call: the public routes must not need the table's settings at cold start (see readiness).
    getOperations: async () => {
      operations ??= operationsDeps({ queues: true });
      return takeOperationsSnapshot(operations);
    },
  },
  // Staff only (the operations route): the directory is taken at the first such request, like the snapshot's wiring.
  { callers: { findCaller: (tenantId, userId) => callerDirectory().findCaller(tenantId, userId) } },
);
