import { hasErrorName, type FailedRequest } from './request-info';

/** The request never got an answer: offline, connection reset, blocked. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  readonly request: FailedRequest;

  constructor(request: FailedRequest, options?: { cause?: unknown }) {
    super(`${request.method} ${request.url} got no answer (network error)`, options);
    this.request = request;
  }
}

/** Type guard for {@link NetworkError}; checks the name too, since instanceof fails across iframes. */
export function isNetworkError(error: unknown): error is NetworkError {
  return error instanceof NetworkError || hasErrorName(error, 'NetworkError');
}
