import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The preview host page (a stand-in for the Zendesk agent workspace), built apart from the app:
// it bundles the mock Zendesk API and must never end up in the app package under dist/.
export default defineConfig({
  root: here('./src/preview/host'),
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: here('./dist-preview'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
});
