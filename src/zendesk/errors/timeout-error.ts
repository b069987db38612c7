import { hasErrorName, type FailedRequest } from './request-info';

/** The answer did not come within the time limit. */
export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
  readonly request: FailedRequest;
  readonly timeoutMs: number;

  constructor(request: FailedRequest, timeoutMs: number, options?: { cause?: unknown }) {
    super(`${request.method} ${request.url} timed out after ${timeoutMs} ms`, options);
    this.request = request;
    this.timeoutMs = timeoutMs;
  }
}

/** Type guard for {@link TimeoutError}; checks the name too, since instanceof fails across iframes. */
export function isTimeoutError(error: unknown): error is TimeoutError {
  return error instanceof TimeoutError || hasErrorName(error, 'TimeoutError');
}
