import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { buildOpenApiDocument } from '../../shared/contracts/openapi.js';

/**
 * `schema.d.ts` of the typed client: openapi-typescript's types of the OpenAPI document the API serves, formatted by
 * biome. `npm run client:generate` rewrites it from the document the API serves (`buildOpenApiDocument()`, what
 * `GET /api/openapi.json` answers), or from a running stack's with `--url http://localhost:3000`; a test fails when
 * the committed file is not what the current document makes.
 */

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
export const SCHEMA_PATH = join(HERE, 'schema.d.ts');

const HEADER = `/**
 * The types of the Opsdesk API, generated from its OpenAPI document by openapi-typescript:
 * \`npm run client:generate\` (scripts/api-client/generate.ts). Do not edit by hand.
 */

`;

/** The document a running API serves at `GET /api/openapi.json`. */
export const fetchServedDocument = async (baseUrl: string): Promise<OpenAPI3> => {
  const response = await fetch(new URL('/api/openapi.json', baseUrl));
  if (!response.ok) throw new Error(`GET /api/openapi.json answered ${response.status}`);
  return (await response.json()) as OpenAPI3;
};

/** What `schema.d.ts` must hold for `document`: openapi-typescript's output, formatted as biome formats it. */
export const generateSchemaTypes = async (document: object): Promise<string> => {
  const source = HEADER + astToString(await openapiTS(structuredClone(document) as OpenAPI3, { silent: true }));
  return execFileSync(
    join(ROOT, 'node_modules', '.bin', 'biome'),
    ['format', `--stdin-file-path=${relative(ROOT, SCHEMA_PATH)}`],
    { cwd: ROOT, input: source, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
};

export const committedSchemaTypes = (): string => readFileSync(SCHEMA_PATH, 'utf8');

/** Null when `committed` is `generated`; else where they part, for a test's message. */
export const schemaDrift = (committed: string, generated: string): string | null => {
  if (committed === generated) return null;
  const a = committed.split('\n');
  const b = generated.split('\n');
  const line = a.findIndex((text, index) => text !== b[index]);
  const at = line < 0 ? a.length : line;
  return `scripts/api-client/schema.d.ts is stale (line ${at + 1}: committed ${JSON.stringify(a[at]?.trim())}, generated ${JSON.stringify(b[at]?.trim())}): run \`npm run client:generate\``;
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const urlAt = process.argv.indexOf('--url');
  const url = urlAt >= 0 ? process.argv[urlAt + 1] : undefined;
  const document = url ? await fetchServedDocument(url) : buildOpenApiDocument();
  writeFileSync(SCHEMA_PATH, await generateSchemaTypes(document));
  console.log(`wrote ${relative(process.cwd(), SCHEMA_PATH)}`);
}
