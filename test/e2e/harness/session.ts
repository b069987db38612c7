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
  /**
   * Stops browser and server, then fails (so an afterAll hook fails the file) if any request
   * left this machine or any page threw an uncaught exception.
   */
  close(): Promise<void>;
}

export interface SessionOptions {
  /** Serve other directories than the builds the global setup made, e.g. another app package. */
  dirs?: Partial<PreviewDirs>;
  /** Tests that provoke uncaught exceptions on purpose say so here. */
  allowPageErrors?: boolean;
}

/** Starts the preview server on a free port and one Chromium for a test file. */
export async function startPreviewSession(options: SessionOptions = {}): Promise<PreviewSession> {
  const server = await startPreviewServer(0, { ...inject('previewDirs'), ...options.dirs });
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
      const problems = network.offLocal().map((url) => `request left this machine: ${url}`);
      if (!options.allowPageErrors) {
        problems.push(...pages.flatMap((page) => page.errors.filter((error) => error.startsWith('pageerror:'))));
      }
      if (problems.length > 0) throw new Error(problems.join('\n'));
    },
  };
}
