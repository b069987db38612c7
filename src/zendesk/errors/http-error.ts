import { hasErrorName, type FailedRequest } from './request-info';

/** Zendesk answered with a status that is not a success and not a rate limit (403, 404, 500, 502, 503...). */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  readonly request: FailedRequest;
  readonly status: number;
  readonly statusText: string;

  constructor(request: FailedRequest, status: number, statusText: string, options?: { cause?: unknown }) {
    super(`${request.method} ${request.url} answered ${status}${statusText ? ` ${statusText}` : ''}`, options);
    this.request = request;
    this.status = status;
    this.statusText = statusText;
  }
}

/** Type guard for {@link HttpError}; checks the name too, since instanceof fails across iframes. */
export function isHttpError(error: unknown): error is HttpError {
  return error instanceof HttpError || hasErrorName(error, 'HttpError');
}
