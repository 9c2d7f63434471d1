import { performance } from 'node:perf_hooks';
import { SEEDED_USERS } from './seed.js';
import { LocalStackError, type RunningLocalStack, readSettings, startLocalStack } from './stack.js';

/** `npm start`: the local stack in the foreground until Ctrl-C. */
const started = performance.now();
let stack: RunningLocalStack | undefined;
let stopping = false;

const shutdown = async (code: number) => {
  if (stopping) return;
  stopping = true;
  try {
    await stack?.stop();
  } finally {
    process.exit(code);
  }
};

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    console.log(`\nStopping the local stack (${signal})…`);
    void shutdown(0);
  });
}
try {
  stack = await startLocalStack(readSettings(process.env));
  // DynamoDB Local kept dying: one sentence, everything stopped, exit code 1.
  void stack.fatal.then((error) => {
    console.error(`npm start: ${error.message}`);
    void shutdown(1);
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    [
      `Opsdesk local stack ready in ${seconds} s: ${stack.url}`,
      `  data: ${stack.dataDir}${stack.seeded ? ' (new, demo data seeded)' : ''}; web app: ${stack.web}`,
      `  stack time: ${stack.now().toISOString()}${stack.clockShifted ? ' (CLOCK_START; the web app follows it)' : ''}`,
      '  Sign in at the web app with one of these (no password, dev identity provider):',
      ...SEEDED_USERS.map(
        (user) => `    ${user.email.padEnd(24)} ${user.role}${user.tenant ? ` of ${user.tenant}` : ''}`,
      ),
      '  API: GET /api/health, /api/openapi.json · Ctrl-C stops everything.',
    ].join('\n'),
  );
} catch (error) {
  if (error instanceof LocalStackError) console.error(`npm start: ${error.message}`);
  else console.error('npm start: the local stack failed to start:', error);
  await shutdown(1);
}
