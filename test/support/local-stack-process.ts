import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnLocalStack } from '../../scripts/local-stack/spawn-local-stack.js';

/**
 * `npm start` on a free port and a fresh data dir; resolves once it is ready. With `options.dataDir` it runs on that
 * data dir instead and leaves it in place when stopped (its caller made it, and may start the stack on it again).
 */
export const startLocalStackProcess = async (env: Record<string, string> = {}, options: { dataDir?: string } = {}) => {
  const ownDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'opsdesk-e2e-'));
  const removeDataDir = () => {
    if (ownDataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  const stack = spawnLocalStack({ PORT: '0', DATA_DIR: dataDir, ...env });
  try {
    const { url } = await stack.ready;
    return {
      url,
      stop: async () => {
        await stack.stop();
        removeDataDir();
      },
    };
  } catch (error) {
    removeDataDir();
    throw error;
  }
};
