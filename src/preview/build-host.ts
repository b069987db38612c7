import { build } from 'vite';
import { PATHS } from './paths';

/** Builds the host page, into dist-preview/ unless told otherwise; `npm run build` builds the app. */
export async function buildHostPage(outDir: string = PATHS.host): Promise<void> {
  await build({ configFile: PATHS.hostConfig, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}
