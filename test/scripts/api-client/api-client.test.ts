import { describe, expect, it } from 'vitest';
import { committedSchemaTypes, generateSchemaTypes, schemaDrift } from '../../../scripts/api-client/generate.js';
import { buildOpenApiDocument } from '../../../shared/contracts/openapi.js';

/**
 * The typed client's types (scripts/api-client/schema.d.ts) are what openapi-typescript makes of the document the
 * API serves now: a route, schema or description changed without regenerating them fails here. The client itself
 * is exercised against the local stack by the contract test (test/scripts/contract/contract.test.ts).
 */
describe('scripts/api-client/schema.d.ts', () => {
  it('is what the generator makes from the current OpenAPI document (else: npm run client:generate)', async () => {
    expect(schemaDrift(committedSchemaTypes(), await generateSchemaTypes(buildOpenApiDocument()))).toBeNull();
  }, 60_000);

  it('types every operation of the document', async () => {
    const document = buildOpenApiDocument() as { paths: Record<string, Record<string, { operationId?: string }>> };
    const committed = committedSchemaTypes();
    const ids = Object.values(document.paths).flatMap((item) =>
      Object.values(item).flatMap((operation) => (operation?.operationId ? [operation.operationId] : [])),
    );
    expect(ids.length).toBeGreaterThan(90);
    expect(ids.filter((id) => !committed.includes(`  ${id}: {`))).toEqual([]);
  });
});
