import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildHostPage } from './build-host';
import { PATHS } from './paths';
import { sharedUsers } from './shared-users';
import { startStaticServer, type RunningServer } from './static-server';

export interface PreviewDirs {
  /** The app package: dist/ by default. */
  app: string;
  /** The built host page: dist-preview/ by default. */
  host: string;
}

/**
 * The preview's port unless PORT says otherwise. Not 4567: that is where `npm run dev` serves the app
 * for Zendesk (`zcli apps:server`), and the two can run at the same time.
 */
export const DEFAULT_PREVIEW_PORT = 4568;

/**
 * The host page at `/` and the app package at `/app/`, as one localhost-only server, with the
 * customers' written fields that tabs opened with `share=1` keep in common (`/__shared/users/`).
 */
export function startPreviewServer(port: number, dirs: Partial<PreviewDirs> = {}): Promise<RunningServer> {
  return startStaticServer({ port, mounts: { '/app/': dirs.app ?? PATHS.app, '/': dirs.host ?? PATHS.host }, dynamic: sharedUsers() });
}

async function main(): Promise<void> {
  if (!existsSync(join(PATHS.app, 'assets', 'iframe.html'))) {
    console.error('dist/assets/iframe.html is missing: run `npm run build` first (`npm start` does).');
    process.exit(1);
  }
  await buildHostPage();
  const requested = Number.parseInt(process.env.PORT ?? String(DEFAULT_PREVIEW_PORT), 10);
  const port = Number.isSafeInteger(requested) && requested >= 0 ? requested : DEFAULT_PREVIEW_PORT;
  const server = await startPreviewServer(port).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    console.error(`Port ${port} is taken: stop what runs there, or choose another, e.g. PORT=4570 npm start.`);
    process.exit(1);
  });
  console.log(`Customer Fit preview: ${server.url}`);
  console.log('Pick a requester, role, location and language at the top of the page. Ctrl+C stops it.');
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

// Run only as the entry point, so tests can import startPreviewServer.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  void main();
}
