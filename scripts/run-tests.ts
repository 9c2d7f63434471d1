import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PROJECT_ROOT } from './local-stack/stack.js';

/**
 * `npm test`: the whole suite — Chromium and pdftotext installed if missing, then type check, lint, and every
 * vitest test (unit, DynamoDB Local integration, infra with cdk-nag, local stack, end-to-end) —
 * ending with a plain `N passed, N failed` line that CI reads.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const env = {
  ...process.env,
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};
const started = performance.now();

const run = (label: string, command: string, args: string[]) => {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: PROJECT_ROOT, env, stdio: 'inherit' });
  return result.status === 0;
};

/** System tools the tests drive, from Debian: Chromium (end-to-end) and poppler's pdftotext (invoice PDFs). */
const SYSTEM_TOOLS = [
  { path: CHROMIUM, apt: 'chromium' },
  { path: process.env.PDFTOTEXT_PATH ?? '/usr/bin/pdftotext', apt: 'poppler-utils' },
];
const missing = SYSTEM_TOOLS.filter((tool) => !existsSync(tool.path));
if (missing.length > 0) {
  const packages = missing.map((tool) => tool.apt);
  const root = process.getuid?.() === 0;
  const installed =
    root &&
    run('install system tools', 'apt-get', ['update', '-qq']) &&
    run('install system tools', 'apt-get', ['install', '-y', '-qq', ...packages]);
  if (!installed) {
    console.error(
      `npm test: ${missing.map((tool) => tool.path).join(', ')} missing; install with: sudo apt-get install -y ${packages.join(' ')}`,
    );
    process.exit(1);
  }
}

const checks = {
  typecheck: run('type check', 'npm', ['run', '--silent', 'typecheck']),
  lint: run('lint', 'npx', ['biome', 'check', '.']),
  // Built once here, so the test files that start the local stack in parallel never race to build it.
  'web build': run('web build', 'npm', ['run', '--silent', 'build:web']),
};

const report = join(PROJECT_ROOT, 'test-results', 'vitest.json');
mkdirSync(join(PROJECT_ROOT, 'test-results'), { recursive: true });
const vitestOk = run('tests', 'npx', [
  'vitest',
  'run',
  '--config',
  'test/vitest.config.ts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]);

let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTestSuites: number;
    testResults: { status: string }[];
  };
  passed = results.numPassedTests;
  // A file that fails to load has no failed test of its own: count it, so it cannot pass silently.
  failed = results.numFailedTests + results.testResults.filter((file) => file.status === 'failed').length;
}
for (const [name, ok] of Object.entries(checks)) {
  if (ok) passed += 1;
  else {
    failed += 1;
    console.log(`✗ ${name} failed`);
  }
}
if (!vitestOk && failed === 0) failed = 1;
console.log(
  `\nSuite took ${((performance.now() - started) / 1000).toFixed(0)} s (type check, lint and web build count as one test each).`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
