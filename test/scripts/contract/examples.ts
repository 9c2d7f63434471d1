import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Recording shared/contracts/response-examples.ts (`UPDATE_EXAMPLES=1`): the first success answer of each operation,
 * made small and stable — arrays cut to two items, long strings cut, object keys sorted, and every UUID replaced by a
 * fixed one in order of appearance within its example (the same id stays the same id within it) — then formatted by
 * biome.
 */

export const RESPONSE_EXAMPLES_PATH = join('shared', 'contracts', 'response-examples.ts');

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const MAX_STRING = 400;
const MAX_ITEMS = 2;

export const createExampleRecorder = () => {
  const recorded = new Map<string, { status: number; body: unknown }>();
  const uuids = new Map<string, string>();
  const stableUuid = (uuid: string) => {
    const key = uuid.toLowerCase();
    let stable = uuids.get(key);
    if (!stable) {
      stable = `00000000-0000-4000-8000-${String(uuids.size + 1).padStart(12, '0')}`;
      uuids.set(key, stable);
    }
    return stable;
  };
  const trim = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.slice(0, MAX_ITEMS).map(trim);
    if (value && typeof value === 'object') {
      // Keys sorted: the table returns an item's attributes in no fixed order, and the file must not churn.
      return Object.fromEntries(
        Object.entries(value)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([key, item]) => [key, trim(item)]),
      );
    }
    if (typeof value === 'string') {
      const stable = value.replace(UUID, stableUuid);
      return stable.length > MAX_STRING ? `${stable.slice(0, MAX_STRING - 1)}…` : stable;
    }
    return value;
  };
  return {
    /** Keeps the first success answer of `id`. */
    record: (id: string, status: number, body: unknown) => {
      if (recorded.has(id)) return;
      // Numbered per example: what another operation's answer held does not shift this one's ids.
      uuids.clear();
      recorded.set(id, { status, body: trim(body) });
    },
    has: (id: string) => recorded.has(id),
    /** Writes the file (route ids sorted) and formats it with biome. */
    write: (root: string) => {
      const entries = [...recorded.entries()].sort(([a], [b]) => a.localeCompare(b));
      const source = `/**
 * A real success answer of every operation, recorded from the local stack by the contract test
 * (\`UPDATE_EXAMPLES=1\`, see test/scripts/contract/): published as each response's example in the OpenAPI
 * document, and checked against the document's own schema by the contract test. Keyed by route id.
 * Generated: arrays are cut to ${MAX_ITEMS} items, long strings cut, ids replaced by fixed ones. Do not edit by hand.
 */
export const RESPONSE_EXAMPLES: Partial<Record<string, { status: number; body: unknown }>> = ${JSON.stringify(
        Object.fromEntries(entries),
      )};
`;
      const path = join(root, RESPONSE_EXAMPLES_PATH);
      writeFileSync(path, source);
      execFileSync(join(root, 'node_modules', '.bin', 'biome'), ['format', '--write', path], { cwd: root });
      return path;
    },
  };
};
