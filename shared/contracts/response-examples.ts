/**
 * A real success answer of every operation, recorded from the local stack by the contract test
 * (`UPDATE_EXAMPLES=1`, see test/scripts/contract/): published as each response's example in the OpenAPI
 * document, and checked against the document's own schema by the contract test. Keyed by route id.
 */
export const RESPONSE_EXAMPLES: Partial<Record<string, { status: number; body: unknown }>> = {};
