import redocPackage from 'redoc/package.json' with { type: 'json' };
import { PLANS } from '../../shared/catalogue/plans.js';
import { buildOpenApiDocument, withServer } from '../../shared/contracts/openapi.js';
import { API_DOCS_CSP } from '../../shared/contracts/resources.js';
import { takeOperationsSnapshot } from '../../shared/operations/snapshot.js';
import { callerDirectory } from '../config/callers.js';
import { ENV, optionalEnv } from '../config/env.js';
import { clock } from '../config/platform.js';
import { readiness } from '../config/readiness.js';
import { createHttpHandler, RouteAnswer } from '../http/create-http-handler.js';
import { RETRY_AFTER_UNAVAILABLE_SECONDS } from '../http/unavailable.js';
import { operationsDeps } from './operations.js';

/** The address people and scripts reach Opsdesk at (`WEB_URL`: CloudFront's in AWS, the stack's locally). */
const publicOrigin = (): string | undefined => optionalEnv(ENV.webUrl)?.replace(/\/+$/, '');

/**
 * The API's address as the caller reached it, where no `WEB_URL` is set: the host passed; the scheme the forwarded
 * one, else https (http only for a local address).
 */
export const serverUrlOf = (headers: Record<string, string | undefined>): string => {
  const host = (headers['x-forwarded-host'] ?? headers.host ?? 'localhost').split(',')[0]?.trim() || 'localhost';
  const local = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(host);
  const forwarded = headers['x-forwarded-proto']?.split(',')[0]?.trim();
  const scheme = forwarded === 'http' || forwarded === 'https' ? forwarded : local ? 'http' : 'https';
  return `${scheme}://${host}`;
};

/** Generated once per cold start: the manifest does not change while a function runs. */
// Built on the first request for it, not at cold start: most cold starts of this function serve health or plans.
let openApiDocument: ReturnType<typeof buildOpenApiDocument> | undefined;
const documentOnce = () => {
  openApiDocument ??= buildOpenApiDocument();
  return openApiDocument;
};
const ready = readiness();
let operations: ReturnType<typeof operationsDeps> | undefined;

/**
 * Redoc's standalone bundle, a file of the web app's build (web/vite.config.ts copies it there under this name): a web
 * path, not an API one — in AWS only `/api/*` reaches this function, everything else is the web bucket.
 */
export const REDOC_SCRIPT_PATH = `/assets/redoc-${redocPackage.version}.standalone.js`;

/** The API reference: Redoc renders the served document (`<redoc spec-url>` starts it: no inline script). */
const API_DOCS_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="The Opsdesk API reference: every route, its scopes, requests and answers." />
    <meta name="color-scheme" content="light" />
    <title>Opsdesk API reference</title>
    <style>body { margin: 0; }</style>
  </head>
  <body>
    <noscript>The reference needs JavaScript. The OpenAPI document itself is at <a href="/api/openapi.json">/api/openapi.json</a>.</noscript>
    <redoc spec-url="/api/openapi.json"></redoc>
    <script src="${REDOC_SCRIPT_PATH}"></script>
  </body>
</html>
`;

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
    // `servers` names the address the document was asked at (outside tools need it absolute).
    // In AWS the web app's address (CloudFront sends the API no viewer Host); locally the stack's own.
    openapi: async ({ headers }) => withServer(documentOnce(), publicOrigin() ?? serverUrlOf(headers)),
    getApiDocs: async () => new RouteAnswer(200, API_DOCS_HTML, { 'content-security-policy': API_DOCS_CSP }),
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
