import { SMOKE_TIMEOUT_MS } from './http.js';
import { formatCheck, parseBaseUrl, runSmoke } from './run-smoke.js';
import { defaultSignInDeps, signInMethodFromEnv } from './sign-in.js';

/**
 * `npx tsx scripts/smoke/smoke.ts <base-url>`: health, sign-in and one read per bounded context against a running
 * stage — the local stack (`http://localhost:3000`, dev login) or a deployed one (its web URL, Cognito sign-in from
 * `SMOKE_*`: see sign-in.ts). One line per check; exit code 0 when every check passed, 1 otherwise.
 */
const baseUrl = parseBaseUrl(process.argv[2]);
if (baseUrl === null || process.argv.length > 3) {
  console.error(
    `smoke: give the stage's base URL (http or https, without query or fragment), e.g. npx tsx scripts/smoke/smoke.ts http://localhost:3000${process.argv[2] ? `; not ${process.argv.slice(2).join(' ')}` : ''}`,
  );
  process.exit(1);
}

const checks = await runSmoke(baseUrl, () => signInMethodFromEnv(process.env), defaultSignInDeps(SMOKE_TIMEOUT_MS));
const width = Math.max(...checks.map((check) => check.name.length));
for (const check of checks) console.log(formatCheck(check, width));
const failed = checks.filter((check) => !check.ok);
console.log(
  failed.length === 0
    ? `smoke: all ${checks.length} checks passed against ${baseUrl}`
    : `smoke: ${failed.length} of ${checks.length} checks failed against ${baseUrl}: ${failed.map((check) => check.name).join(', ')}`,
);
process.exit(failed.length === 0 ? 0 : 1);
