import { inject } from 'vitest';
import { startPreviewServer, type PreviewDirs } from '../../../src/preview/server';
import type { RunningServer } from '../../../src/preview/static-server';
import { launchChromium, type LaunchedBrowser } from './chromium';
import { guardNetwork, type NetworkGuard } from './network-guard';
import { PreviewPage, type PreviewParams } from './preview-page';

export interface PreviewSession {
  server: RunningServer;
  browser: LaunchedBrowser;
  network: NetworkGuard;
  /** Opens the preview in a new tab, deep-linked to a requester, role, location, locale or fault. */
  open(params?: PreviewParams): Promise<PreviewPage>;
  close(): Promise<void>;
}

/**
 * Starts the preview server on a free port and one Chromium for a test file, serving the copies
 * the e2e global setup built (or other directories, e.g. a different app package).
 */
export async function startPreviewSession(dirs: Partial<PreviewDirs> = {}): Promise<PreviewSession> {
  const server = await startPreviewServer(0, { ...inject('previewDirs'), ...dirs });
  const browser = await launchChromium();
  const network = await guardNetwork(browser.context);
  const pages: PreviewPage[] = [];
  return {
    server,
    browser,
    network,
    open: async (params = {}) => {
      const page = await PreviewPage.open(browser.context, server.url, params);
      pages.push(page);
      return page;
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
