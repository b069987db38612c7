import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The `customer-fit` command as plain JavaScript for Node (bin/customer-fit.js loads dist-cli/main.js):
// an SSR build of src/cli/main.ts, so Node needs no TypeScript loader at run time. Node's own
// modules stay imports; everything else the command uses (zod, the core, the demo account) is bundled.
export default defineConfig({
  build: {
    ssr: here('./src/cli/main.ts'),
    outDir: here('./dist-cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rolldownOptions: { output: { format: 'es', entryFileNames: 'main.js', chunkFileNames: '[name]-[hash].js' } },
  },
  ssr: { noExternal: true },
});
