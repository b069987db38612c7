import { hasErrorName, type FailedRequest } from './request-info';

/** The answer was not the JSON we expected: malformed JSON, an HTML error page, or a shape zod rejected. */
export class ParseError extends Error {
  override readonly name = 'ParseError';
  readonly request: FailedRequest;
  /** Where it went wrong, e.g. "not JSON" or the zod issue path; never the response body (customer text). */
  readonly detail: string;

  constructor(request: FailedRequest, detail: string, options?: { cause?: unknown }) {
    super(`${request.method} ${request.url} answered something unreadable: ${detail}`, options);
    this.request = request;
    this.detail = detail;
  }
}

/** Type guard for {@link ParseError}; checks the name too, since instanceof fails across iframes. */
export function isParseError(error: unknown): error is ParseError {
  return error instanceof ParseError || hasErrorName(error, 'ParseError');
}
