import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The global setup runs in this process and creates SDK clients: quiet their Node 20 notice here too.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/**/*.test.ts'],
    // One file per core, not vitest's default of one fewer: most files wait on a spawned stack, DynamoDB Local or
    // Chromium rather than compute. On the 2-core machines: 341 s and 350 s for the suite instead of 522 s, green
    // twice (the timing-sensitive files hold under load: decision 88).
    maxWorkers: availableParallelism(),
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 90_000,
    env: {
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      POWERTOOLS_LOG_LEVEL: 'SILENT',
      // No EMF lines in the tests' output; the metrics tests turn them on for themselves.
      POWERTOOLS_METRICS_DISABLED: 'true',
    },
  },
});
