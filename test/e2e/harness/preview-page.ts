import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Frame, FrameLocator, Page } from 'playwright-core';
import type { PreviewLogEntry } from '../../../src/preview/host/preview-log';
import { runAxe, type AxeViolation } from './axe';
import { poll } from './poll';

/**
 * Where screenshots go: docs/screenshots/ (the committed pictures the README shows) only under
 * `npm run screenshots`, which sets CUSTOMER_FIT_SCREENSHOTS=docs; otherwise the ignored
 * test-results/screenshots/, so that `npm test` leaves the work tree as it found it.
 */
export const WRITE_DOC_SCREENSHOTS = process.env.CUSTOMER_FIT_SCREENSHOTS === 'docs';
export const SCREENSHOT_DIR = fileURLToPath(
  new URL(WRITE_DOC_SCREENSHOTS ? '../../../docs/screenshots/' : '../../../test-results/screenshots/', import.meta.url),
);

export interface PreviewParams {
  requester?: string;
  /** `agent`, or `admin` for a team lead. */
  role?: 'agent' | 'admin';
  /** `en` or `de` (or a full code such as `en-US`). */
  locale?: string;
  location?: 'ticket_sidebar' | 'user_sidebar' | 'nav_bar';
  fault?: string;
  colorScheme?: 'light' | 'dark';
  ticket?: number;
  settings?: Record<string, unknown>;
  /** Keep customers' written fields and tags in common with other tabs, browsers and reloads. */
  share?: boolean;
}

type RouteToEntry = Extract<PreviewLogEntry, { kind: 'routeTo' }>;

function previewUrl(base: string, params: PreviewParams): string {
  const url = new URL(base);
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    url.searchParams.set(key, typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
  return url.toString();
}

/**
 * One tab of the preview: the host page standing in for Zendesk, with the app in its iframe.
 * Every switch mounts a new app instance; the helpers wait until that instance has registered.
 */
export class PreviewPage {
  /** Uncaught exceptions and console errors from the host page and the app's frame. */
  readonly errors: string[] = [];

  private constructor(readonly page: Page) {
    page.on('pageerror', (error) => this.errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(`console: ${message.text()}`);
    });
  }

  static async open(context: BrowserContext, baseUrl: string, params: PreviewParams): Promise<PreviewPage> {
    const page = await context.newPage();
    const preview = new PreviewPage(page);
    await page.goto(previewUrl(baseUrl, params));
    await page.waitForSelector('body[data-ready="true"]');
    await preview.waitForApp();
    return preview;
  }

  /** The guid of the app instance now on screen. */
  async instanceGuid(): Promise<string> {
    const guid = await this.page.getAttribute('iframe.app-frame', 'data-instance-guid');
    if (!guid) throw new Error('No app iframe on the page');
    return guid;
  }

  /** Waits for the current instance to complete the ZAF handshake, and returns its frame. */
  async waitForApp(): Promise<Frame> {
    const guid = await this.instanceGuid();
    await this.waitForLog(`the handshake of ${guid}`, (entry) => entry.kind === 'handshake' && entry.instanceGuid === guid);
    return poll(`the frame of ${guid}`, async () => this.page.frames().find((frame) => frame.url().includes(`app_guid=${guid}`)));
  }

  /** The app's frame, for locators that wait by themselves: `preview.sidebar().getByText(...)`. */
  sidebar(): FrameLocator {
    return this.page.frameLocator('iframe.app-frame');
  }

  /**
   * Waits until the sidebar has finished reading the requester: the rating is complete, or the
   * app settled on an error or empty state. Returns which.
   */
  async waitForSidebarSettled(timeoutMs = 15_000): Promise<'ready' | 'error' | 'empty'> {
    const settled = this.sidebar().locator('[data-testid="fit-panel"][data-done="true"], [data-testid="error"], [data-testid="empty"]');
    try {
      await settled.first().waitFor({ timeout: timeoutMs });
    } catch (error) {
      const frame = await this.sidebarFrame();
      const rendered = await frame.evaluate(() => document.getElementById('root')?.innerHTML ?? '');
      if (rendered === '') {
        // The host answered the handshake (waitForApp saw it), yet React rendered nothing.
        throw new Error(
          'The app was registered but rendered nothing: it missed the app.registered event. ' +
            'Read the registration with client.context(), which also answers after the event has fired.',
          { cause: error },
        );
      }
      throw error;
    }
    const testId = await settled.first().getAttribute('data-testid');
    return testId === 'fit-panel' ? 'ready' : testId === 'error' ? 'error' : 'empty';
  }

  /** The app's frame as a Frame, for evaluate and axe. */
  async sidebarFrame(): Promise<Frame> {
    return this.waitForApp();
  }

  private async switchTo(selector: string, value: string): Promise<Frame> {
    const before = await this.instanceGuid();
    await this.page.selectOption(selector, value);
    await poll(`a new app instance after choosing ${value}`, async () => ((await this.instanceGuid()) !== before ? true : undefined));
    return this.waitForApp();
  }

  selectRequester(key: string): Promise<Frame> {
    return this.switchTo('#preview-requester', key);
  }

  selectRole(role: 'agent' | 'admin'): Promise<Frame> {
    return this.switchTo('#preview-role', role);
  }

  selectLocale(locale: 'en-US' | 'de'): Promise<Frame> {
    return this.switchTo('#preview-locale', locale);
  }

  selectLocation(location: 'ticket_sidebar' | 'user_sidebar' | 'nav_bar'): Promise<Frame> {
    return this.switchTo('#preview-location', location);
  }

  /**
   * Changes the requester field of the open ticket to another demo requester, as an agent can:
   * the app keeps running and gets `ticket.requester.changed` / `ticket.requester.id.changed`.
   */
  async reassignRequester(key: string): Promise<void> {
    await this.page.selectOption('#preview-ticket-requester', key);
  }

  /** The requester keys the switcher offers, in order. */
  async requesterKeys(): Promise<string[]> {
    return this.page.$$eval('#preview-requester option', (options) => options.map((o) => (o as HTMLOptionElement).value));
  }

  /** Everything the host did for the app so far (`window.__previewLog`). */
  async log(): Promise<PreviewLogEntry[]> {
    // oxlint-disable-next-line no-underscore-dangle -- the host's hook for tests
    return this.page.evaluate(() => window.__previewLog ?? []);
  }

  async waitForLog(what: string, match: (entry: PreviewLogEntry) => boolean, timeoutMs = 15_000): Promise<PreviewLogEntry> {
    return poll(what, async () => (await this.log()).find(match), timeoutMs);
  }

  /** Waits until the app asked Zendesk to open ticket `id` (`client.invoke('routeTo', 'ticket', id)`). */
  async waitForRouteTo(id: number, timeoutMs = 15_000): Promise<RouteToEntry> {
    const entry = await this.waitForLog(
      `routeTo ticket #${id}`,
      (e) => e.kind === 'routeTo' && e.target === 'ticket' && Number(e.id) === id,
      timeoutMs,
    );
    return entry as RouteToEntry;
  }

  /** The host's status line ("Opened ticket #N", notifications). */
  async banner(): Promise<string> {
    return (await this.page.textContent('#preview-banner')) ?? '';
  }

  /** The sidebar iframe's height in CSS pixels, as the app's `resize` calls left it. */
  async frameHeight(): Promise<number> {
    const box = await this.page.locator('iframe.app-frame').boundingBox();
    return box?.height ?? 0;
  }

  /** How many CSS pixels the app's page is wider than its frame: 0 when nothing is cut off. */
  async sidebarOverflow(): Promise<number> {
    const frame = await this.sidebarFrame();
    return frame.evaluate(() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth));
  }

  /** axe-core violations (WCAG 2.1 AA) inside the app's frame, or on the host page. */
  async axe(target: 'sidebar' | 'host' = 'sidebar'): Promise<AxeViolation[]> {
    return runAxe(target === 'sidebar' ? await this.sidebarFrame() : this.page.mainFrame());
  }

  /** Saves `<name>.png` of the 1280×800 viewport in SCREENSHOT_DIR and returns its path. */
  async screenshot(name: string): Promise<string> {
    const path = join(SCREENSHOT_DIR, `${name}.png`);
    await mkdir(dirname(path), { recursive: true });
    await this.page.screenshot({ path, animations: 'disabled' });
    return path;
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}
