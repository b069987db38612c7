import { createFetchPort } from '../../../../src/zendesk/fetch-port';
import type { ZafClient, ZafRequestOptions } from '../../../../src/zendesk/zaf-client';

/**
 * The shared fetch port (ZAF's request semantics over fetch), with every request it was asked for
 * logged, so tests can check that only relative /api/v2 paths were used.
 */
export interface RecordingPort extends Pick<ZafClient, 'request'> {
  requested: { method: string; url: string; body: unknown }[];
}

export const TEST_BASE = 'https://acme.zendesk.test';

export function createRecordingPort(base = TEST_BASE): RecordingPort {
  // Looked up per request, so the port works even when made before msw patched the global fetch.
  const inner = createFetchPort(base, (input, init) => fetch(input, init));
  const requested: RecordingPort['requested'] = [];
  return {
    requested,
    request<T>(options: ZafRequestOptions): Promise<T> {
      requested.push({
        method: options.type ?? 'GET',
        url: options.url,
        body: options.data === undefined ? undefined : JSON.parse(options.data),
      });
      return inner.request<T>(options);
    },
  };
}
