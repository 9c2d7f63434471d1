import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type ProxyOptions } from 'vite';

/** The local stack (`npm start`) serves the API on this origin; the dev server forwards to it. */
const localStack = 'http://127.0.0.1:3000';

const proxy: Record<string, string | ProxyOptions> = {
  '/api': localStack,
  '/config.json': localStack,
  // Everything under /auth belongs to the local stack except /auth/callback, which is a page of this app
  // (the OAuth redirect target) and must reach index.html when it is loaded directly.
  '^/auth/(?!callback)': localStack,
};

const require = createRequire(import.meta.url);

/**
 * Redoc's standalone bundle, for the API reference page (`GET /api/docs`, functions/platform/http.ts): copied into
 * the build as `assets/redoc-<version>.standalone.js`, so it is served from the app's own origin (no CDN) — by S3
 * behind CloudFront in AWS, by the local stack from web/dist — and, named by its pinned version like Vite's hashed
 * files, cached for good (the local stack serves everything under `assets/` as immutable). The page's handler builds
 * the same name from the same package.json; keep the two in step.
 */
const redocBundle = (): Plugin => {
  const packageJson = require.resolve('redoc/package.json');
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string };
  const fileName = `assets/redoc-${version}.standalone.js`;
  const bundleDir = join(dirname(packageJson), 'bundles');
  const licenseName = `${fileName.slice('assets/'.length)}.LICENSE.txt`;
  // The bundle names its licence file and its source map; the licences travel with it, the 4 MB map does not. Its
  // side menu shows Redocly's logo from their CDN: that image goes (the link "API docs by Redocly" stays), so the
  // page loads nothing from elsewhere. A Redoc that draws it differently fails the build here instead of leaking.
  const source = () => {
    const bundle = readFileSync(join(bundleDir, 'redoc.standalone.js'), 'utf8')
      .replace('redoc.standalone.js.LICENSE.txt', licenseName)
      .replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n')
      .replace(/\w+\.createElement\("img",\{alt:"redocly logo",[^}]*src:"https:\/\/cdn\.redoc\.ly\/[^"]*"\}\)/, 'null');
    if (bundle.includes('cdn.redoc.ly')) throw new Error(`redoc ${version}: the bundle still loads from cdn.redoc.ly`);
    return bundle;
  };
  const license = () => readFileSync(join(bundleDir, 'redoc.standalone.js.LICENSE.txt'));
  return {
    name: 'opsdesk-redoc-bundle',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source: source() });
      this.emitFile({ type: 'asset', fileName: `assets/${licenseName}`, source: license() });
    },
    // `vite` (dev): the reference page comes from the local stack through the proxy; its script from here.
    configureServer(server) {
      server.middlewares.use(`/${fileName}`, (_request, response) => {
        response.setHeader('content-type', 'text/javascript; charset=utf-8');
        response.end(source());
      });
    },
  };
};

export default defineConfig({
  // The config is run from the repository root (`vite build --config web/vite.config.ts`); pin the root here.
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), redocBundle()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: { proxy },
  preview: { proxy },
});
