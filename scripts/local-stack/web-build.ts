import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const newestChange = (path: string): number => {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...readdirSync(path)
      .filter((name) => name !== 'node_modules' && name !== 'dist')
      .map((name) => newestChange(join(path, name))),
  );
};

/** Builds the web app with Vite when `web/dist` is missing or older than its sources. */
export const ensureWebBuild = async (root: string): Promise<'fresh' | 'built'> => {
  const dist = join(root, 'web', 'dist', 'index.html');
  const sources = Math.max(newestChange(join(root, 'web')), newestChange(join(root, 'shared')));
  if (existsSync(dist) && statSync(dist).mtimeMs >= sources) return 'fresh';
  const { build } = await import('vite');
  await build({ configFile: join(root, 'web', 'vite.config.ts'), logLevel: 'warn' });
  return 'built';
};
