import { describe, expect, it } from 'vitest';
import { HttpError, isHttpError } from '../../src/zendesk/errors/http-error';
import { NetworkError, isNetworkError } from '../../src/zendesk/errors/network-error';
import { ParseError, isParseError } from '../../src/zendesk/errors/parse-error';
import { RateLimitError, isRateLimitError } from '../../src/zendesk/errors/rate-limit-error';
import { TimeoutError, isTimeoutError } from '../../src/zendesk/errors/timeout-error';

const request = { method: 'GET', url: '/api/v2/users/1' };
const foreign = (name: string) => Object.assign(new Error('from another frame'), { name });

describe('request errors', () => {
  it('keep the request and the cause, and say what happened', () => {
    const cause = { status: 503 };
    const error = new HttpError(request, 503, 'Service Unavailable', { cause });
    expect(error.request).toBe(request);
    expect(error.cause).toBe(cause);
    expect(error.message).toBe('GET /api/v2/users/1 answered 503 Service Unavailable');
    expect(new RateLimitError(request, 30_000).message).toContain('retry after 30 s');
    expect(new RateLimitError(request, null).message).toContain('no Retry-After');
    expect(new TimeoutError(request, 15_000).message).toContain('15000 ms');
    expect(new ParseError(request, 'an HTML page instead of JSON').detail).toBe('an HTML page instead of JSON');
    expect(new NetworkError(request).name).toBe('NetworkError');
  });

  it('are recognised by name, as an error from another frame would be', () => {
    expect(isHttpError(foreign('HttpError'))).toBe(true);
    expect(isRateLimitError(foreign('RateLimitError'))).toBe(true);
    expect(isNetworkError(foreign('NetworkError'))).toBe(true);
    expect(isTimeoutError(foreign('TimeoutError'))).toBe(true);
    expect(isParseError(foreign('ParseError'))).toBe(true);
  });

  it('are not confused with one another or with anything else', () => {
    const errors = [new HttpError(request, 500, ''), new RateLimitError(request, null), new NetworkError(request), new TimeoutError(request, 1), new ParseError(request, 'x')];
    const guards = [isHttpError, isRateLimitError, isNetworkError, isTimeoutError, isParseError];
    guards.forEach((guard, g) => errors.forEach((error, e) => expect(guard(error)).toBe(g === e)));
    for (const guard of guards) {
      expect(guard(null)).toBe(false);
      expect(guard('HttpError')).toBe(false);
      expect(guard(new Error('plain'))).toBe(false);
    }
  });
});
