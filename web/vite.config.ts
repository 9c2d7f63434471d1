import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

/** The local stack (`npm start`) serves the API on this origin; the dev server forwards to it. */
const localStack = 'http://127.0.0.1:3000';

const proxy: Record<string, string | ProxyOptions> = {
  '/api': localStack,
  '/config.json': localStack,
  // Everything under /auth belongs to the local stack except /auth/callback, which is a page of this app
  // (the OAuth redirect target) and must reach index.html when it is loaded directly.
  '^/auth/(?!callback)': localStack,
};

export default defineConfig({
  // The config is run from the repository root (`vite build --config web/vite.config.ts`); pin the root here.
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: { proxy },
  preview: { proxy },
});
