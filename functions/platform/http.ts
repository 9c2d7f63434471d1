import { PLANS } from '../../shared/catalogue/plans.js';
import { buildOpenApiDocument } from '../../shared/contracts/openapi.js';
import { clock } from '../config/platform.js';
import { createHttpHandler } from '../http/create-http-handler.js';

/** Generated once per cold start: the manifest does not change while a function runs. */
const openApiDocument = buildOpenApiDocument();

export const handler = createHttpHandler('platform', {
  health: async () => ({ status: 'ok' as const, time: clock.now().toISOString() }),
  openapi: async () => openApiDocument,
  listPlans: async () => ({ items: [...PLANS] }),
});
