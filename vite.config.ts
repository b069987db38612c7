import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Zendesk serves a hosted app's files from the package's assets/ folder and the manifest points at
// "assets/iframe.html", so the page, its script and its styles must sit in dist/assets with relative
// links only (https://developer.zendesk.com/documentation/apps/app-developer-guide/manifest/).
// The ZAF SDK comes from npm and is bundled: the page loads nothing from another host.
export default defineConfig({
  root: here('./src/ui'),
  base: './',
  // The learned detectors' weights ship as their own file next to the page (assets/signals.json),
  // fetched while the app starts rather than bundled into the script before first paint.
  publicDir: here('./model'),
  plugins: [react()],
  build: {
    outDir: here('./dist/assets'),
    emptyOutDir: true,
    // Flat: every file Vite writes lands next to iframe.html, which keeps the package listing short.
    assetsDir: '',
    // A sidebar iframe loads one script; splitting it would only add round trips.
    modulePreload: false,
    // The budget that matters is the gzipped total, which `npm run build` prints and the bench bounds;
    // Vite's own warning is about one raw chunk and would cry wolf at the sizes React and Garden reach.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      input: here('./src/ui/iframe.html'),
      // Forms that open on a click load then, so the page's modules are split into shared chunks.
      // zod-jitless must run before zod loads in whichever chunk: alone in its chunk, it runs first.
      output: { manualChunks: (id: string) => (id.endsWith('/zod-jitless.ts') ? 'zod-jitless' : undefined) },
    },
  },
});
