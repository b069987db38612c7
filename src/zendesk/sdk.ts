import ZAFClient from 'zendesk_app_framework_sdk';
import type { ZafClient } from './zaf-client';

/** The real ZAF client, or null when the page was not opened by Zendesk (or the preview). */
export function initZafClient(): ZafClient | null {
  const client = ZAFClient.init();
  return client ? (client as ZafClient) : null;
}
