import ZAFClient from 'zendesk_app_framework_sdk';
import type { ZafClient } from '../../../src/zendesk/zaf-client';

/**
 * A bare page running the real ZAF SDK, for testing the preview host's side of the protocol
 * call by call. Tests drive it through `window.zafProbe` from Playwright.
 */
export interface ZafProbe {
  client: ZafClient;
  /** What `app.registered` carried: `{ context, metadata }`. */
  registered: Promise<unknown>;
  /** Every event the probe was told to listen for, in arrival order. */
  events: { name: string; data: unknown }[];
  listen(name: string): void;
}

declare global {
  interface Window {
    zafProbe: ZafProbe;
  }
}

const client = ZAFClient.init() as ZafClient;
const events: ZafProbe['events'] = [];
window.zafProbe = {
  client,
  registered: new Promise((resolve) => client.on('app.registered', resolve)),
  events,
  listen: (name) => client.on(name, (data) => events.push({ name, data })),
};
