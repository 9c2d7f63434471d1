import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type RouteAccess, routeAccessOf } from '../../shared/contracts/route-access.js';
import { routeEntries, routeKey } from '../../shared/contracts/routes.js';

/**
 * shared/contracts/guarded-routes.generated.ts: every deployed route that needs a caller, by API Gateway's route key,
 * with only what the authorizer decides by (shared/contracts/route-access.ts). Generated from the manifest by
 * `npm run docs:api`; a test fails when the file is not what the manifest says.
 */
export const GUARDED_ROUTES_PATH = join('shared', 'contracts', 'guarded-routes.generated.ts');

/** The table the file holds, derived from the manifest. */
export const guardedRoutesOfManifest = (): Record<string, RouteAccess> =>
  Object.fromEntries(
    routeEntries()
      .filter(([, definition]) => !definition.localOnly && definition.access !== 'public')
      .map(([, definition]) => [routeKey(definition), routeAccessOf(definition)] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );

export const renderGuardedRoutes = (): string => {
  const rows = Object.entries(guardedRoutesOfManifest()).map(
    ([key, access]) => `  ${JSON.stringify(key)}: ${JSON.stringify(access)},`,
  );
  return `// Generated from shared/contracts/routes.ts by \`npm run docs:api\` (scripts/docs/guarded-routes.ts); do not edit by hand.
import type { RouteAccess } from './route-access.js';

/** Every deployed route that needs a caller, by route key: what the API authorizer decides by. */
export const GUARDED_ROUTES: Readonly<Record<string, RouteAccess>> = {
${rows.join('\n')}
};
`;
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(join(process.cwd(), GUARDED_ROUTES_PATH), renderGuardedRoutes());
  // The project's formatter lays it out like every other source file.
  execFileSync('npx', ['biome', 'format', '--write', GUARDED_ROUTES_PATH], { stdio: 'inherit' });
}
