import type { ZafClient, ZafRequestFailure, ZafRequestOptions } from '../../../../src/zendesk/zaf-client';

/**
 * A ZAF client port over fetch, for tests: requests go to `base` + the relative url, failures reject
 * with the XHR-like object ZAF passes back. Every url asked for is logged.
 * (Local stand-in until the shared fetch port lands.)
 */
export interface RecordingPort extends ZafClient {
  requested: { method: string; url: string; body: unknown }[];
}

export const TEST_BASE = 'https://acme.zendesk.test';

export function createRecordingPort(base = TEST_BASE): RecordingPort {
  const requested: RecordingPort['requested'] = [];
  const port: RecordingPort = {
    requested,
    async request<T>(options: ZafRequestOptions): Promise<T> {
      const method = options.type ?? 'GET';
      requested.push({ method, url: options.url, body: options.data === undefined ? undefined : JSON.parse(options.data) });
      let response: Response;
      try {
        response = await fetch(new URL(options.url, base), {
          method,
          headers: options.contentType ? { 'Content-Type': options.contentType } : {},
          body: options.data,
        });
      } catch {
        const failure: ZafRequestFailure = { status: 0, statusText: 'error', responseText: '' };
        throw failure;
      }
      const text = await response.text();
      if (!response.ok) {
        const failure: ZafRequestFailure = {
          status: response.status,
          statusText: response.statusText,
          responseText: text,
          getResponseHeader: (name) => response.headers.get(name),
        };
        throw failure;
      }
      return (text === '' ? undefined : JSON.parse(text)) as T;
    },
    async get() {
      return {};
    },
    async invoke() {
      return undefined;
    },
    on() {},
    async metadata() {
      return { settings: {} };
    },
    async context() {
      return { location: 'ticket_sidebar' };
    },
  };
  return port;
}
