import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Where the built app package and the built preview host page live. */
export const PATHS = {
  repoRoot,
  app: fileURLToPath(new URL('../../dist/', import.meta.url)),
  host: fileURLToPath(new URL('../../dist-preview/', import.meta.url)),
  hostConfig: fileURLToPath(new URL('../../vite.preview.config.ts', import.meta.url)),
};
