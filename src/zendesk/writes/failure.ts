import { HttpError } from '../errors/http-error';
import { NetworkError } from '../errors/network-error';
import { RateLimitError } from '../errors/rate-limit-error';
import { parseRetryAfter } from '../retry-after';
import type { ZafClient, ZafRequestFailure } from '../zaf-client';

/**
 * Requests made by the warning flag, and what their failures mean to the person who clicked.
 * Every request goes through the ZAF port to a relative `/api/v2/` path: nothing leaves Zendesk.
 */

export type FailureKind =
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'invalid'
  | 'rate-limited'
  | 'server'
  | 'network'
  | 'unreadable';

/** A failed request, explained. */
export interface WriteFailure {
  kind: FailureKind;
  /** The HTTP status, or null when there was no answer. */
  status: number | null;
  /** One sentence for the person, naming what could not be done and what to do. */
  message: string;
  /** Zendesk's own explanation (for 422s), shortened; null when it gave none. */
  detail: string | null;
  /** For 429s: how long Zendesk asked to wait, in seconds. */
  retryAfterSeconds: number | null;
  /** Whether trying again later can succeed without anyone changing anything. */
  retryable: boolean;
}

/** Thrown by {@link zendeskRequest}; carries the explained failure. */
export class WriteError extends Error {
  override readonly name = 'WriteError';
  readonly failure: WriteFailure;

  constructor(failure: WriteFailure, options?: { cause?: unknown }) {
    super(failure.message, options);
    this.failure = failure;
  }
}

/**
 * Type guard for {@link WriteError}; checks the name too, since instanceof fails across iframes.
 *
 * @param error - anything caught
 * @returns true when it is a WriteError (it has `failure`)
 * @example isWriteError(await readRequester(client, 7).catch((e) => e)) // => true on failure
 */
export function isWriteError(error: unknown): error is WriteError {
  return (
    error instanceof WriteError ||
    (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'WriteError')
  );
}

function isFailure(error: unknown): error is ZafRequestFailure {
  return typeof error === 'object' && error !== null && typeof (error as { status?: unknown }).status === 'number';
}

function header(error: ZafRequestFailure, name: string): string | null {
  const direct = error.getResponseHeader?.(name) ?? null;
  if (direct !== null) return direct;
  const headers = error.responseHeaders ?? {};
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === name.toLowerCase()) return value;
  return null;
}

/**
 * Zendesk's explanation from an error body such as
 * `{"error":"RecordInvalid","description":"Record validation errors","details":{"base":[{"description":"..."}]}}`.
 */
function explain(responseText: string | undefined): string | null {
  if (!responseText) return null;
  let body: unknown;
  try {
    body = JSON.parse(responseText);
  } catch {
    return null;
  }
  if (typeof body !== 'object' || body === null) return null;
  const b = body as { error?: unknown; description?: unknown; details?: unknown };
  const parts: string[] = [];
  if (typeof b.description === 'string') parts.push(b.description);
  else if (typeof b.error === 'string') parts.push(b.error);
  else if (typeof b.error === 'object' && b.error !== null) {
    const e = b.error as { title?: unknown; message?: unknown };
    if (typeof e.message === 'string') parts.push(e.message);
    else if (typeof e.title === 'string') parts.push(e.title);
  }
  if (typeof b.details === 'object' && b.details !== null) {
    for (const [field, list] of Object.entries(b.details as Record<string, unknown>)) {
      if (!Array.isArray(list)) continue;
      for (const item of list) {
        const d = (item as { description?: unknown } | null)?.description;
        if (typeof d === 'string') parts.push(`${field}: ${d}`);
      }
    }
  }
  if (parts.length === 0) return null;
  const text = parts.join('; ').replace(/\s+/g, ' ');
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}

/**
 * Explains a failed request for the person who asked for `what`.
 *
 * @param error - what the ZAF port rejected with (an XHR-like failure, or an Error when there was no answer),
 *   or a WriteError from this module, whose explanation is kept
 * @param what - what was being done, e.g. "add the internal note to ticket #55"
 * @returns the failure, with a message that names the step and the way forward
 * @example explainFailure({ status: 403 }, 'add the note').kind // => 'forbidden'
 */
export function explainFailure(error: unknown, what: string): WriteFailure {
  // Already explained (thrown by zendeskRequest or a read built on it): keep its words.
  if (isWriteError(error)) return error.failure;
  if (!isFailure(error) || error.status === 0) {
    return {
      kind: 'network',
      status: null,
      message: `Could not ${what}: Zendesk did not answer (connection lost?). Try again.`,
      detail: null,
      retryAfterSeconds: null,
      retryable: true,
    };
  }
  const status = error.status;
  if (status >= 200 && status < 300) {
    return {
      kind: 'unreadable',
      status,
      message: `Could not ${what}: Zendesk's answer could not be read. Try again; nothing will be doubled.`,
      detail: null,
      retryAfterSeconds: null,
      retryable: true,
    };
  }
  const detail = explain(error.responseText);
  const base = { status, detail, retryAfterSeconds: null as number | null };
  if (status === 401 || status === 403) {
    return {
      ...base,
      kind: 'forbidden',
      message: `Zendesk did not allow you to ${what} (${status}). Your Zendesk role does not permit it; ask an admin for access or ask a team lead to do it.`,
      retryable: false,
    };
  }
  if (status === 404) {
    return {
      ...base,
      kind: 'not-found',
      message: `Could not ${what}: Zendesk no longer has it (404). The ticket or customer may have been deleted or merged; reload the ticket.`,
      retryable: false,
    };
  }
  if (status === 409) {
    return {
      ...base,
      kind: 'conflict',
      message: `Could not ${what}: someone else changed the same record at that moment (409). Try again; nothing will be doubled.`,
      retryable: true,
    };
  }
  if (status === 400 || status === 422) {
    return {
      ...base,
      kind: 'invalid',
      message:
        `Zendesk refused to ${what} (${status})${detail ? `: ${detail}` : ''}. ` +
        `If it names a customer_fit field, the app's user fields are missing: an admin should reinstall or update the app.`,
      retryable: false,
    };
  }
  if (status === 429) {
    const ms = parseRetryAfter(header(error, 'Retry-After'), Date.now());
    const seconds = ms === null ? null : Math.ceil(ms / 1000);
    return {
      ...base,
      kind: 'rate-limited',
      retryAfterSeconds: seconds,
      message: `Could not ${what}: Zendesk is limiting requests (429). Try again${seconds === null ? ' in a minute' : ` in ${seconds} s`}; nothing will be doubled.`,
      retryable: true,
    };
  }
  return {
    ...base,
    kind: 'server',
    message: `Could not ${what}: Zendesk answered with an error (${status}). Try again in a moment.`,
    retryable: status >= 500,
  };
}

/** The same failure as the shared error classes the history loader uses, for logs and `instanceof` checks. */
function sharedError(request: { method: string; url: string }, failure: WriteFailure, raw: unknown): Error {
  if (failure.kind === 'network') return new NetworkError(request, { cause: raw });
  if (failure.kind === 'rate-limited') {
    return new RateLimitError(request, failure.retryAfterSeconds === null ? null : failure.retryAfterSeconds * 1000, { cause: raw });
  }
  const statusText = isFailure(raw) ? (raw.statusText ?? '') : '';
  return new HttpError(request, failure.status ?? 0, statusText, { cause: raw });
}

/** What the writes need from Zendesk: `client.request` (the ZAF client, or a fetch port in Node). */
export type WritePort = Pick<ZafClient, 'request'>;

/** The HTTP methods the warning flag uses. */
export type Method = 'GET' | 'PUT' | 'POST' | 'DELETE';

/**
 * One request to Zendesk through the ZAF port, JSON in and out. Only relative `/api/v2/` paths
 * are accepted, so nothing can be sent anywhere else. ZAF's own 429 retry is off: the caller reports
 * the wait and the action's retry resumes where it stopped.
 *
 * @param port - the ZAF client (or a test port)
 * @param method - the HTTP method
 * @param url - a relative path starting with `/api/v2/`
 * @param what - what is being done, for the error message
 * @param body - the JSON body, for writes
 * @returns the parsed answer (undefined for an empty one)
 * @throws WriteError with the explained failure
 * @example await zendeskRequest(client, 'GET', '/api/v2/users/7.json', 'read the customer')
 */
export async function zendeskRequest(
  port: WritePort,
  method: Method,
  url: string,
  what: string,
  body?: unknown,
): Promise<unknown> {
  if (!/^\/api\/v2\/[A-Za-z0-9_./?=&%-]+$/.test(url) || url.includes('..') || url.includes('//')) {
    throw new Error(`Refusing to request ${JSON.stringify(url)}: only relative /api/v2/ paths are allowed.`);
  }
  try {
    return await port.request<unknown>({
      url,
      type: method,
      contentType: 'application/json',
      ...(body === undefined ? {} : { data: JSON.stringify(body) }),
      dataType: 'json',
      autoRetry: false,
    });
  } catch (error) {
    const failure = explainFailure(error, what);
    throw new WriteError(failure, { cause: sharedError({ method, url }, failure, error) });
  }
}
