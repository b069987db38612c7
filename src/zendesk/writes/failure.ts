import { z } from 'zod';
import { isHttpError } from '../errors/http-error';
import { isNetworkError } from '../errors/network-error';
import { isParseError } from '../errors/parse-error';
import { isRateLimitError } from '../errors/rate-limit-error';
import { isTimeoutError } from '../errors/timeout-error';
import type { RequestPort } from '../port';
import { requesterFor, type Method } from '../request';
import type { StepName } from './result';

/**
 * The warning flag's requests, and their failures as data. Every request goes through the one
 * request path (`requesterFor(port)`), so writes share the reads' timeouts, retry policy, 429
 * handling, scheduler and clock; a failure is described by what went wrong and at which step, and
 * the sidebar words it in the agent's language.
 */

export type FailureKind =
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'invalid'
  | 'rate-limited'
  | 'server'
  | 'network'
  | 'timeout'
  | 'unreadable'
  /** Zendesk took the update but the record does not show it: the app's user fields do not exist. */
  | 'fields-missing'
  /** The open-concerns field holds text the app cannot read, so it is not overwritten. */
  | 'concerns-unreadable';

/** Where a failure happened: reading the customer for the sidebar, or one step of a write. */
export type FailureStep = 'read' | StepName;

/** A failed request, as data. */
export interface WriteFailure {
  kind: FailureKind;
  /** The HTTP status, or null when there was no answer (or no request). */
  status: number | null;
  step: FailureStep;
  /** Zendesk's own explanation (for 400s and 422s), shortened; null when it gave none. */
  detail: string | null;
  /** For 429s: how long Zendesk asked to wait, in seconds, when it said. */
  retryAfterSeconds: number | null;
  /** Whether trying again later can succeed without anyone changing anything. */
  retryable: boolean;
}

/** A failure found by the app itself rather than by a request (a record that does not take the write). */
export class WriteError extends Error {
  override readonly name = 'WriteError';
  readonly failure: WriteFailure;

  constructor(failure: WriteFailure, options?: { cause?: unknown }) {
    super(`${failure.kind} at ${failure.step}`, options);
    this.failure = failure;
  }
}

/**
 * Type guard for {@link WriteError}; checks the name too, since instanceof fails across iframes.
 *
 * @param error - anything caught
 * @returns true when it is a WriteError (it has `failure`)
 * @example isWriteError(new WriteError(failure)) // => true
 */
export function isWriteError(error: unknown): error is WriteError {
  return (
    error instanceof WriteError ||
    (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'WriteError')
  );
}

/**
 * Zendesk's explanation from an error body such as
 * `{"error":"RecordInvalid","description":"Record validation errors","details":{"base":[{"description":"..."}]}}`.
 */
function explain(responseText: unknown): string | null {
  if (typeof responseText !== 'string' || responseText === '') return null;
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
 * What a failed request means, as data: the typed errors of the request path (HttpError,
 * RateLimitError, TimeoutError, NetworkError, ParseError) or a {@link WriteError}, at `step`.
 *
 * @param error - what the request path or a write step threw
 * @param step - the step that was running
 * @returns the failure, or null when `error` is not a request's failure (a bug, to be rethrown)
 * @example failureOf(new HttpError({ method: 'PUT', url }, 403, 'Forbidden'), 'note')?.kind // => 'forbidden'
 */
export function failureOf(error: unknown, step: FailureStep): WriteFailure | null {
  if (isWriteError(error)) return error.failure;
  const base = { step, detail: null, retryAfterSeconds: null };
  if (isRateLimitError(error)) {
    const seconds = error.retryAfterMs === null ? null : Math.ceil(error.retryAfterMs / 1000);
    return { ...base, kind: 'rate-limited', status: 429, retryAfterSeconds: seconds, retryable: true };
  }
  if (isTimeoutError(error)) return { ...base, kind: 'timeout', status: null, retryable: true };
  if (isNetworkError(error)) return { ...base, kind: 'network', status: null, retryable: true };
  if (isParseError(error)) return { ...base, kind: 'unreadable', status: null, retryable: true };
  if (!isHttpError(error)) return null;
  const status = error.status;
  const detail = explain((error.cause as { responseText?: unknown } | undefined)?.responseText);
  if (status === 401 || status === 403) return { ...base, kind: 'forbidden', status, detail, retryable: false };
  if (status === 404) return { ...base, kind: 'not-found', status, detail, retryable: false };
  if (status === 409) return { ...base, kind: 'conflict', status, detail, retryable: true };
  if (status === 400 || status === 422) return { ...base, kind: 'invalid', status, detail, retryable: false };
  return { ...base, kind: 'server', status, detail, retryable: status >= 500 };
}

/** What the writes need from Zendesk: `client.request` (the ZAF client, or a fetch port in Node). */
export type WritePort = RequestPort;

export interface ZendeskRequestOptions<S extends z.ZodType> {
  body?: unknown;
  /** Parses the answer; unknown by default. */
  schema?: S;
  /** Whether it may be sent again after a timeout, a network failure or a 5xx (see `Requester.send`). */
  idempotent: boolean;
}

/**
 * One request of the warning flag, on the one request path. Only relative `/api/v2/` paths are
 * accepted, so nothing can be sent anywhere else. Writes go first in the queue: a person waits on them.
 *
 * @param port - the ZAF client (or a fetch port)
 * @param method - the HTTP method
 * @param url - a relative path starting with `/api/v2/`
 * @param options - the JSON body, the schema of the answer, and whether it is idempotent
 * @returns the parsed answer
 * @throws the request path's typed errors (see {@link failureOf})
 * @example await zendeskRequest(client, 'GET', '/api/v2/users/7.json', { schema: userResponseSchema, idempotent: true })
 */
export async function zendeskRequest<S extends z.ZodType = z.ZodUnknown>(
  port: WritePort,
  method: Method,
  url: string,
  options: ZendeskRequestOptions<S>,
): Promise<z.output<S>> {
  if (!/^\/api\/v2\/[A-Za-z0-9_./?=&%-]+$/.test(url) || url.includes('..') || url.includes('//')) {
    throw new Error(`Refusing to request ${JSON.stringify(url)}: only relative /api/v2/ paths are allowed.`);
  }
  const schema = (options.schema ?? z.unknown()) as S;
  return requesterFor(port).send(method, url, { schema, body: options.body, idempotent: options.idempotent, priority: 0 });
}
