import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_REFERENCE_PATH, renderApiReference } from '../../../scripts/docs/api-reference.js';
import { PROJECT_ROOT } from '../../../scripts/local-stack/stack.js';
import { routeEntries } from '../../../shared/contracts/routes.js';

describe('docs/api.md, the API reference in the project', () => {
  it('is what the route manifest says (run `npm run docs:api` after changing a route)', () => {
    expect(readFileSync(join(PROJECT_ROOT, API_REFERENCE_PATH), 'utf8')).toBe(renderApiReference());
  });

  it('lists every route once, with who may call it', () => {
    const reference = renderApiReference();
    for (const [, definition] of routeEntries()) {
      const row = reference
        .split('\n')
        .filter((line) => line.startsWith(`| \`${definition.method} ${definition.path}\``));
      expect(row, `${definition.method} ${definition.path}`).toHaveLength(1);
    }
    expect(reference).toContain('| `POST /api/bookings` | `customer-admin`, `customer-member`; key `booking:write` |');
    expect(reference).toContain('| `POST /api/api-keys` | `customer-admin`; no key |');
    expect(reference).toContain('| `GET /api/ops/queue` | `operator`, `provider-admin` |');
  });
});
