import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnLocalStack } from '../../scripts/local-stack/spawn-local-stack.js';

/** `npm start` on a free port and a fresh data dir; resolves once it is ready. */
export const startLocalStackProcess = async (env: Record<string, string> = {}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'opsdesk-e2e-'));
  const stack = spawnLocalStack({ PORT: '0', DATA_DIR: dataDir, ...env });
  try {
    const { url } = await stack.ready;
    return {
      url,
      stop: async () => {
        await stack.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
};
