import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as z from 'zod';
import { keyScopeOf } from '../../shared/contracts/api-key-scopes.js';
import { CONTEXTS, type RouteDefinition, routeEntries } from '../../shared/contracts/routes.js';

/**
 * docs/api.md: the HTTP API as a reader of the project sees it, generated from the route manifest
 * (shared/contracts/routes.ts) so it cannot drift — `npm run docs:api` rewrites it, and a test fails when the file is
 * not what the manifest says. The full schemas are in the OpenAPI document the API serves (`GET /api/openapi.json`).
 */
const HEADER = `# Opsdesk HTTP API

Generated from the route manifest (\`shared/contracts/routes.ts\`) by \`npm run docs:api\`; do not edit by hand.
Every schema named here is defined in the OpenAPI 3.1 document the API serves at \`GET /api/openapi.json\`.

## Conventions

- JSON in and out (\`application/json\`), UTF-8. Timestamps are ISO 8601 instants; billing periods \`YYYY-MM\`;
  durations whole minutes; money \`{ "amount": <integer minor units>, "currency": "EUR" }\`; time zones IANA names
  (\`Europe/Berlin\`).
- Errors are RFC 9457 \`application/problem+json\`: \`{ type, title, status, detail, code?, errors?: [{ path, message }] }\`.
  400 malformed JSON or path, 401 no or invalid token, 403 a role that may not, 404 an unknown id — also another
  organisation's id, never revealing that it exists —, 409 a conflict (slot taken, state changed, idempotency key
  reused with another body), 413 a body over 1 MB, 415 a body that is not JSON, 422 valid JSON that fails validation
  (\`errors\` names each field, e.g. \`body.email\`, also \`query.<name>\` for an unknown query parameter), 429 too many
  requests (with \`Retry-After\`), 503 a dependency is unavailable (with \`Retry-After\`). A known path asked with another
  method is 405 with an \`Allow\` header. Bad input never gets a 500. In AWS, API Gateway answers a missing or refused
  credential itself: 401 \`{"message":"Unauthorized"}\` / 403 \`{"message":"Forbidden"}\` (\`application/json\`).
- Authentication: \`Authorization: Bearer <JWT>\` — in AWS a Cognito token (\`sub\`, \`email\`, \`custom:tenantId\` for
  customers, \`cognito:groups\`: \`provider-admin\`, \`operator\`, \`finance\`, \`customer-admin\`, \`customer-member\`);
  in the local stack a token from \`POST /auth/dev/login\` \`{ "email": … }\` for a seeded or signed-up user.
  Scripts use an API key (\`odk_…\`, created by a customer-admin under Organisation → API keys or
  \`POST /api/api-keys\`, shown once) the same way: \`Authorization: Bearer odk_…\`. A key acts as the customer-admin
  who created it, limited to its scopes: the "Who" column names the scope each route needs (\`key tasks:write\`)
  or says no key may call it. The reference page \`GET /api/docs\` shows every operation with examples.
- Lists take \`?limit=\` (default 50, at most 200) and answer \`{ items: [...], nextCursor?: string }\`; pass
  \`?cursor=\` to continue.
- Writes marked *idempotent* accept an \`Idempotency-Key\` header: the same key and body get the first response again
  (kept 24 hours).
- Every response carries the server's time in its \`Date\` header (the local stack's clock, moved by \`CLOCK_START\`).
`;

const CONTEXT_TITLES: Record<(typeof CONTEXTS)[number], string> = {
  platform: 'Platform',
  tenancy: 'Organisations, users and audit',
  billing: 'Plans, subscriptions, usage and invoices',
  booking: 'Booking webmaster time',
  tasks: 'Hosts and tasks',
  monitoring: 'Monitoring and incidents',
  reports: 'Status pages and service reports',
  webhooks: 'Webhooks',
  'dev-identity': 'Local stack only',
};

/** A schema's published name (`.meta({ id })`), or what it is when it has none. */
const schemaName = (schema: z.ZodType | null | undefined): string | null => {
  if (!schema) return null;
  const id = z.globalRegistry.get(schema)?.id;
  return id ? `\`${id}\`` : 'JSON';
};

/** The roles, and the scope an API key needs (`key: tasks:write`), or that no key may call it. */
const who = (definition: RouteDefinition): string => {
  if (definition.access === 'public') return 'anyone';
  const roles = definition.access.map((role) => `\`${role}\``).join(', ');
  if (!definition.access.some((role) => role.startsWith('customer-')) || definition.localOnly) return roles;
  const scope = keyScopeOf(definition);
  return `${roles}; ${scope ? `key \`${scope}\`` : 'no key'}`;
};

const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

const answer = (definition: RouteDefinition): string => {
  const parts: string[] = [];
  if (definition.response === null) parts.push(`${definition.successStatus}, no body`);
  else if (definition.produces) parts.push(`${definition.successStatus} \`${definition.produces}\``);
  else parts.push(`${definition.successStatus} ${schemaName(definition.response)}`);
  if (definition.files) parts.push(`or \`${definition.files}\``);
  if (definition.csv) parts.push('or `text/csv`');
  return parts.join(' ');
};

const request = (definition: RouteDefinition): string => {
  const parts: string[] = [];
  if (definition.query)
    parts.push(
      `query ${Object.keys(definition.query.shape)
        .map((k) => `\`${k}\``)
        .join(', ')}`,
    );
  const body = schemaName(definition.body);
  if (body) parts.push(`body ${body}`);
  if (definition.idempotent) parts.push('*idempotent*');
  return parts.join('; ') || '—';
};

/** The whole of docs/api.md. */
export const renderApiReference = (): string => {
  const sections = CONTEXTS.flatMap((context) => {
    const rows = routeEntries().filter(([, definition]) => definition.context === context);
    if (rows.length === 0) return [];
    return [
      `## ${CONTEXT_TITLES[context]}`,
      '',
      '| Method and path | Who | What | Request | Answer |',
      '|---|---|---|---|---|',
      ...rows.map(
        ([, d]) =>
          `| \`${d.method} ${d.path}\`${d.localOnly ? ' (local stack only)' : ''} | ${who(d)} | ${cell(d.summary)} | ${request(d)} | ${answer(d)} |`,
      ),
      '',
    ];
  });
  return `${HEADER}\n${sections.join('\n')}`;
};

export const API_REFERENCE_PATH = join('docs', 'api.md');

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(join(process.cwd(), API_REFERENCE_PATH), renderApiReference());
  console.log(`wrote ${API_REFERENCE_PATH}`);
}
