import { hasErrorName, type FailedRequest } from './request-info';

/** Zendesk answered 429 Too Many Requests; `retryAfterMs` is how long it asked us to wait, when it said. */
export class RateLimitError extends Error {
  override readonly name = 'RateLimitError';
  readonly request: FailedRequest;
  readonly retryAfterMs: number | null;

  constructor(request: FailedRequest, retryAfterMs: number | null, options?: { cause?: unknown }) {
    super(
      `${request.method} ${request.url} was rate limited` +
        (retryAfterMs === null ? ' (no Retry-After)' : ` (retry after ${Math.ceil(retryAfterMs / 1000)} s)`),
      options,
    );
    this.request = request;
    this.retryAfterMs = retryAfterMs;
  }
}

/** Type guard for {@link RateLimitError}; checks the name too, since instanceof fails across iframes. */
export function isRateLimitError(error: unknown): error is RateLimitError {
  return error instanceof RateLimitError || hasErrorName(error, 'RateLimitError');
}
