import { getResponse, type RequestHandler } from 'msw';

/** The options `client.request` accepts (https://developer.zendesk.com/apps/docs/core-api/client_api). */
export interface ZafRequestOptions {
  url: string;
  type?: string;
  contentType?: string;
  data?: unknown;
  dataType?: string;
  headers?: Record<string, string>;
  autoRetry?: boolean;
  httpCompleteResponse?: boolean;
}

export interface RequestOutcome {
  /** Whether the SDK should resolve (`.done`) or reject (`.fail`). */
  done: boolean;
  responseArgs: unknown[];
  method: string;
  url: string;
  status: number;
  /** True when no mock handler matched: the app asked for an endpoint the demo API lacks. */
  unhandled: boolean;
  retries: number;
}

export function readRequestOptions(message: unknown): ZafRequestOptions | null {
  if (typeof message === 'string') return { url: message };
  if (typeof message !== 'object' || message === null) return null;
  const options = message as Record<string, unknown>;
  return typeof options.url === 'string' ? (options as unknown as ZafRequestOptions) : null;
}

function buildRequest(options: ZafRequestOptions, baseUrl: string): Request {
  const method = (options.type ?? 'GET').toUpperCase();
  const url = new URL(options.url, baseUrl);
  const headers = new Headers(options.headers);
  let body: string | undefined;
  if (options.data !== undefined && options.data !== null) {
    if (method === 'GET' || method === 'HEAD') {
      // As jQuery.ajax does for GET: an object's fields become query parameters.
      if (typeof options.data === 'object') {
        for (const [key, value] of Object.entries(options.data as Record<string, unknown>)) url.searchParams.append(key, String(value));
      } else {
        url.search = url.search ? `${url.search}&${String(options.data)}` : String(options.data);
      }
    } else {
      body = typeof options.data === 'string' ? options.data : JSON.stringify(options.data);
      headers.set('Content-Type', options.contentType ?? 'application/x-www-form-urlencoded; charset=UTF-8');
    }
  }
  return new Request(url, { method, headers, body });
}

function headerRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => {
    record[name] = value;
  });
  return record;
}

const STATUS_TEXT: Record<number, string> = { 404: 'Not Found', 429: 'Too Many Requests', 500: 'Internal Server Error' };

/** Seconds to wait before retrying a 429, as Zendesk's Retry-After says; capped to keep the preview responsive. */
function retryDelayMs(response: Response): number {
  const seconds = Number.parseFloat(response.headers.get('Retry-After') ?? '1');
  return Math.min(Number.isFinite(seconds) && seconds > 0 ? seconds : 1, 5) * 1000;
}

const MAX_AUTO_RETRIES = 3;

/**
 * Answers one `client.request` from the mock API, and shapes the answer as ZAF does: success
 * resolves with the parsed body (or, with `httpCompleteResponse`, `{ responseJSON, responseText,
 * status, headers }`); failure rejects with an XHR-like object carrying `status`, `statusText` and
 * `responseText`. Like ZAF, a 429 is retried after Retry-After unless `autoRetry` is false.
 */
export async function answerRequest(
  handlers: RequestHandler[],
  options: ZafRequestOptions,
  baseUrl: string,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<RequestOutcome> {
  let retries = 0;
  for (;;) {
    const request = buildRequest(options, baseUrl);
    const mocked = await getResponse(handlers, request);
    const unhandled = mocked === undefined;
    const response =
      mocked ??
      Response.json(
        { error: 'RecordNotFound', description: `The local preview has no mock for ${request.method} ${new URL(request.url).pathname}` },
        { status: 404, statusText: 'Not Found' },
      );
    if (response.status === 429 && options.autoRetry !== false && retries < MAX_AUTO_RETRIES) {
      retries += 1;
      await wait(retryDelayMs(response));
      continue;
    }
    return { ...(await toOutcome(response, options)), method: request.method, url: request.url, unhandled, retries };
  }
}

async function toOutcome(response: Response, options: ZafRequestOptions): Promise<Pick<RequestOutcome, 'done' | 'responseArgs' | 'status'>> {
  const status = response.status;
  const statusText = response.statusText || STATUS_TEXT[status] || '';
  const responseText = await response.text();
  const headers = headerRecord(response.headers);
  const isJson = options.dataType === 'json' || (response.headers.get('Content-Type') ?? '').includes('json');
  let responseJSON: unknown;
  let parseFailed = false;
  if (isJson && responseText !== '') {
    try {
      responseJSON = JSON.parse(responseText);
    } catch {
      parseFailed = true;
    }
  }
  const xhr = { status, statusText, responseText, readyState: 4, responseHeaders: headers, ...(responseJSON === undefined ? {} : { responseJSON }) };
  const ok = (status >= 200 && status < 300) || status === 304;

  if (ok && !parseFailed) {
    const data = options.httpCompleteResponse ? { responseJSON, responseText, status, headers } : (responseJSON ?? responseText);
    return { done: true, status, responseArgs: [data, 'success', xhr] };
  }
  const failure = options.httpCompleteResponse ? { ...xhr, headers } : xhr;
  return { done: false, status, responseArgs: [failure, parseFailed ? 'parsererror' : 'error', statusText] };
}
