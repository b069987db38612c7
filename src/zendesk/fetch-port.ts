import type { RequestPort } from './port';
import type { ZafCompleteResponse, ZafRequestFailure, ZafRequestOptions } from './zaf-client';

/**
 * A port for Node (tests, bench, CLI) that behaves like ZAF's `client.request`: it resolves the parsed
 * JSON body of a 2xx answer (or, with `httpCompleteResponse`, `{ responseJSON, responseText, status,
 * headers }`) and rejects with `{ status, statusText, responseText, getResponseHeader }`
 * otherwise: status 0 for a network failure ('error') or a timeout ('timeout'), and the 2xx status
 * with statusText 'parsererror' when a JSON answer does not parse, as jQuery-style ZAF does.
 *
 * @param baseUrl - the account's origin, e.g. `https://example.zendesk.com`; urls are resolved against it
 * @param fetchImpl - the fetch to use; by default the global one as it is at request time (msw
 *   replaces it when its server starts listening, which may be after the port is made)
 */
export function createFetchPort(baseUrl: string, fetchImpl?: typeof fetch): RequestPort {
  return {
    async request<T = unknown>(options: ZafRequestOptions): Promise<T> {
      const url = new URL(options.url, baseUrl);
      const controller = new AbortController();
      const timer = options.timeout ? setTimeout(() => controller.abort(), options.timeout) : null;
      let response: Response;
      try {
        response = await (fetchImpl ?? globalThis.fetch)(url, {
          method: options.type ?? 'GET',
          headers: {
            Accept: 'application/json',
            ...(options.contentType ? { 'Content-Type': options.contentType } : {}),
          },
          body: options.data,
          signal: controller.signal,
        });
      } catch (cause) {
        if (timer) clearTimeout(timer);
        throw failure(0, controller.signal.aborted ? 'timeout' : 'error', '', new Headers(), cause);
      }
      let text: string;
      try {
        text = await response.text();
      } catch (cause) {
        throw failure(0, controller.signal.aborted ? 'timeout' : 'error', '', response.headers, cause);
      } finally {
        if (timer) clearTimeout(timer);
      }
      if (!response.ok) throw failure(response.status, response.statusText, text, response.headers);
      let json: unknown = text;
      if (options.dataType !== 'text') {
        try {
          json = text === '' ? null : JSON.parse(text);
        } catch {
          throw failure(response.status, 'parsererror', text, response.headers);
        }
      }
      if (!options.httpCompleteResponse) return json as T;
      const complete: ZafCompleteResponse = { status: response.status, responseText: text, headers: headerRecord(response.headers) };
      if (options.dataType !== 'text') complete.responseJSON = json;
      return complete as T;
    },
  };
}

function headerRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, key) => {
    record[key] = value;
  });
  return record;
}

function failure(status: number, statusText: string, responseText: string, headers: Headers, cause?: unknown): ZafRequestFailure & { cause?: unknown } {
  const responseHeaders = headerRecord(headers);
  return {
    status,
    statusText,
    responseText,
    responseHeaders,
    getResponseHeader: (name) => headers.get(name),
    ...(cause === undefined ? {} : { cause }),
  };
}
