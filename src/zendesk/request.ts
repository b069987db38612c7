import type { z } from 'zod';
import { abortReason, isAbortError, systemClock, type Clock } from './clock';
import { HttpError, isHttpError } from './errors/http-error';
import { NetworkError, isNetworkError } from './errors/network-error';
import { ParseError } from './errors/parse-error';
import { RateLimitError, isRateLimitError } from './errors/rate-limit-error';
import type { FailedRequest } from './errors/request-info';
import { TimeoutError, isTimeoutError } from './errors/timeout-error';
import type { RequestPort } from './port';
import { parseRetryAfter } from './retry-after';
import { RETRY_DEFAULTS, attemptTimeoutMs, backoffDelay, type RetryPolicy } from './retry-policy';
import { RequestScheduler, type Priority } from './scheduler';
import type { ZafCompleteResponse, ZafRequestFailure } from './zaf-client';

/** The HTTP methods the app sends. */
export type Method = 'GET' | 'PUT' | 'POST' | 'DELETE';

/** Reads and writes JSON through a port: bounded, paced, retried, parsed. */
export interface Requester {
  /**
   * GETs a relative `/api/v2/...` url and parses the answer with `schema`.
   * Rejects with HttpError, RateLimitError, NetworkError, TimeoutError or ParseError once retries are spent,
   * or with the signal's AbortError when cancelled.
   */
  getJson<S extends z.ZodType>(url: string, schema: S, options?: RequestOptions): Promise<z.output<S>>;
  /**
   * Sends any request on the same path as the reads: the same scheduler, timeouts, clock and 429
   * handling. A 429 is always waited for and sent again (Zendesk turned it away unprocessed); a
   * timeout, a network failure or a 5xx only when `idempotent`, since such a request may have been
   * carried out although no answer came back.
   */
  send<S extends z.ZodType>(method: Method, url: string, options: SendOptions<S>): Promise<z.output<S>>;
  /**
   * Sends JSON with PUT or POST and parses the answer: `send` for a write that is not idempotent,
   * so a 429 waits and tries again and any other failure rejects at once (whether it landed is for
   * the caller to find out by reading again).
   */
  sendJson<S extends z.ZodType>(method: 'PUT' | 'POST', url: string, body: unknown, schema: S, options?: RequestOptions): Promise<z.output<S>>;
  /** Requests actually sent (attempts, retries included), for progress and tests. */
  readonly sent: number;
}

export interface RequestOptions {
  priority?: Priority;
  signal?: AbortSignal;
  /** Told when each try is sent, so a caller can say what it is waiting for and since when. */
  onAttempt?: (attempt: RequestAttempt) => void;
}

/** One try of a request, as it is sent. */
export interface RequestAttempt {
  /** 1 for the first; counts tries after a timeout, a network failure or a 5xx (a 429's wait is not a new try). */
  attempt: number;
  /** Tries at most. */
  attempts: number;
  /** How long this try may wait for the answer. */
  timeoutMs: number;
  /** When it was sent, on the requester's clock. */
  sentAt: number;
  /** Why the try before failed; null on the first. */
  previous: Error | null;
}

export interface SendOptions<S extends z.ZodType> extends RequestOptions {
  /** The JSON body, for PUT, POST and DELETE. */
  body?: unknown;
  /** Parses the answer; an answer it rejects is a ParseError. */
  schema: S;
  /** Whether sending it twice leaves the same result as sending it once (GET, PUT of a whole value, DELETE of named tags). */
  idempotent: boolean;
}

export interface RequesterOptions {
  policy?: Partial<RetryPolicy>;
  clock?: Clock;
  /** Jitter source, [0, 1). */
  random?: () => number;
}

const requesters = new WeakMap<RequestPort, Requester>();

/**
 * The requester of a port, created on first use and shared afterwards, so every load through one
 * ZAF client shares one concurrency bound and one rate budget.
 */
export function requesterFor(port: RequestPort, options?: RequesterOptions): Requester {
  let requester = requesters.get(port);
  if (!requester) {
    requester = createRequester(port, options);
    requesters.set(port, requester);
  }
  return requester;
}

/** A requester with its own scheduler; most callers want {@link requesterFor}. */
export function createRequester(port: RequestPort, options: RequesterOptions = {}): Requester {
  const policy: RetryPolicy = { ...RETRY_DEFAULTS, ...options.policy };
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const scheduler = new RequestScheduler(clock, policy.concurrency, policy.requestsPerMinute);
  let sent = 0;

  function observe(response: ZafRequestFailure | ZafCompleteResponse): void {
    const value = header(response, 'X-Rate-Limit-Remaining') ?? header(response, 'ratelimit-remaining');
    const remaining = value === null ? Number.NaN : Number(value);
    if (Number.isFinite(remaining)) scheduler.observeRemaining(remaining);
    const limit = Number(header(response, 'X-Rate-Limit') ?? header(response, 'ratelimit-limit') ?? Number.NaN);
    if (Number.isFinite(limit)) scheduler.observeLimit(limit);
  }

  async function attempt(
    method: Method,
    url: string,
    body: unknown,
    timeoutMs: number,
    signal?: AbortSignal,
    onSent?: () => void,
  ): Promise<unknown> {
    const request: FailedRequest = { method, url };
    sent += 1;
    onSent?.();
    const timeout = new AbortController();
    const cancelTimeout = () => timeout.abort();
    signal?.addEventListener('abort', cancelTimeout, { once: true });
    try {
      // autoRetry false: 429s are ours to handle, so every load shares one pause and can report it.
      // httpCompleteResponse: the headers carry the account's remaining rate budget.
      const answer = port.request<unknown>({
        url,
        type: method,
        ...(body === undefined ? {} : { contentType: 'application/json', data: JSON.stringify(body) }),
        dataType: 'json',
        autoRetry: false,
        httpCompleteResponse: true,
        timeout: timeoutMs,
      });
      const timedOut = clock.sleep(timeoutMs, timeout.signal).then(
        () => {
          throw new TimeoutError(request, timeoutMs);
        },
        () => new Promise<never>(() => {}),
      );
      // Listens on the per-request controller, not the load's signal, so no listener outlives the request.
      const aborted = new Promise<never>((_, reject) => {
        if (signal?.aborted) reject(abortReason(signal));
        timeout.signal.addEventListener('abort', () => reject(signal?.aborted ? abortReason(signal) : new Error('settled')), { once: true });
      });
      let result: unknown;
      try {
        result = await Promise.race([answer, timedOut, aborted]);
      } catch (failure) {
        if (isFailureShape(failure)) observe(failure);
        const error = toError(request, failure, clock.now());
        // Pause before this slot is released, or the next queued request would go out at once.
        if (isRateLimitError(error)) scheduler.pause(clock.now() + Math.min(error.retryAfterMs ?? policy.rateLimitFallbackMs, policy.rateLimitMaxWaitMs));
        throw error;
      }
      if (!isCompleteResponse(result)) return typeof result === 'string' ? parseJsonText(request, result) : result;
      observe(result);
      if (result.responseJSON !== undefined) return result.responseJSON;
      // No content (204, as Remove Tags answers): nothing to parse; a schema that wants a body says so.
      if (result.status === 204 || (result.responseText ?? '') === '') return null;
      return parseJsonText(request, result.responseText ?? '');
    } finally {
      timeout.abort();
      signal?.removeEventListener('abort', cancelTimeout);
    }
  }

  return {
    get sent() {
      return sent;
    },
    getJson(url, schema, read = {}) {
      return send('GET', url, { ...read, schema, idempotent: true });
    },
    send,
    sendJson(method, url, body, schema, write = {}) {
      return send(method, url, { ...write, schema, body, idempotent: false });
    },
  };

  async function send<S extends z.ZodType>(method: Method, url: string, request: SendOptions<S>): Promise<z.output<S>> {
    const { schema, body, idempotent, priority = 1, signal, onAttempt } = request;
    let failures = 0;
    let rateLimited = 0;
    let previous: Error | null = null;
    for (;;) {
      const timeoutMs = attemptTimeoutMs(policy, failures + 1);
      const tried = { attempt: failures + 1, attempts: (idempotent ? policy.retries : 0) + 1, timeoutMs, previous };
      const onSent = onAttempt && (() => onAttempt({ ...tried, sentAt: clock.now() }));
      try {
        const answer = await scheduler.run(priority, () => attempt(method, url, body, timeoutMs, signal, onSent), signal);
        const parsed = schema.safeParse(answer);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new ParseError({ method, url }, `unexpected shape at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? ''}`, {
            cause: parsed.error,
          });
        }
        return parsed.data;
      } catch (error) {
        if (isAbortError(error) || signal?.aborted) throw signal?.aborted ? abortReason(signal) : error;
        if (isRateLimitError(error)) {
          // At the limit Zendesk stops processing requests, so even a note is safe to send again:
          // https://developer.zendesk.com/documentation/api-basics/best-practices/best-practices-for-avoiding-rate-limiting
          const wait = error.retryAfterMs ?? policy.rateLimitFallbackMs;
          if (rateLimited >= policy.rateLimitRetries || wait > policy.rateLimitMaxWaitMs) throw error;
          rateLimited += 1;
          // Everyone waits (the scheduler was paused when the 429 came in), not just this request.
          await clock.sleep(wait, signal);
          continue;
        }
        const transient =
          isNetworkError(error) || isTimeoutError(error) || (isHttpError(error) && policy.retryStatuses.includes(error.status));
        if (!transient || !idempotent || failures >= policy.retries) throw error;
        failures += 1;
        previous = error as Error;
        await clock.sleep(backoffDelay(policy, failures, random()), signal);
      }
    }
  }
}

function parseJsonText(request: FailedRequest, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ParseError(request, looksLikeHtml(text) ? 'an HTML page instead of JSON' : 'not JSON', { cause });
  }
}

function looksLikeHtml(text: string): boolean {
  return /^\s*</.test(text);
}

function isCompleteResponse(value: unknown): value is ZafCompleteResponse {
  return typeof value === 'object' && value !== null && typeof (value as { status?: unknown }).status === 'number' && ('responseJSON' in value || 'responseText' in value);
}

function isFailureShape(value: unknown): value is ZafRequestFailure {
  return typeof value === 'object' && value !== null && typeof (value as { status?: unknown }).status === 'number';
}

function header(response: ZafRequestFailure | ZafCompleteResponse, name: string): string | null {
  const failure = response as ZafRequestFailure;
  if (typeof failure.getResponseHeader === 'function') {
    const value = failure.getResponseHeader(name);
    if (value !== null && value !== undefined) return value;
  }
  for (const headers of [failure.responseHeaders, failure.headers]) {
    if (!headers) continue;
    const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
    if (key) return headers[key] ?? null;
  }
  return null;
}

/** Maps what a port rejected with (ZAF's XHR-like failure, or anything else) onto one error class. */
function toError(request: FailedRequest, failure: unknown, now: number): Error {
  if (failure instanceof Error && (isTimeoutError(failure) || isAbortError(failure))) return failure;
  if (typeof failure !== 'object' || failure === null || typeof (failure as { status?: unknown }).status !== 'number') {
    return new NetworkError(request, { cause: failure });
  }
  const f = failure as ZafRequestFailure;
  if (f.status === 429) {
    // Zendesk sends Retry-After; the account-wide `ratelimit-reset` (seconds) says the same when it does not.
    const wait = parseRetryAfter(header(f, 'Retry-After'), now) ?? parseRetryAfter(header(f, 'ratelimit-reset'), now);
    return new RateLimitError(request, wait, { cause: failure });
  }
  if (f.status === 0) {
    return f.statusText === 'timeout' ? new TimeoutError(request, 0, { cause: failure }) : new NetworkError(request, { cause: failure });
  }
  if (f.status >= 200 && f.status < 300) {
    const text = f.responseText ?? '';
    return new ParseError(request, looksLikeHtml(text) ? 'an HTML page instead of JSON' : 'not JSON', { cause: failure });
  }
  return new HttpError(request, f.status, f.statusText ?? '', { cause: failure });
}
