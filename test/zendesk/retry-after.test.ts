import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../src/zendesk/retry-after';

const NOW = Date.parse('2026-11-23T10:00:00Z');

describe('parseRetryAfter', () => {
  it.each([
    ['30', 30_000],
    ['0', 0],
    [' 7 ', 7_000],
    ['1.5', 1_500],
    ['Mon, 23 Nov 2026 10:01:00 GMT', 60_000],
    ['Mon, 23 Nov 2026 09:59:00 GMT', 0],
  ])('reads %j as %d ms', (value, ms) => {
    expect(parseRetryAfter(value, NOW)).toBe(ms);
  });

  it.each([null, undefined, '', 'soon', '-5', '+5', '1e3'])('reads %j as absent', (value) => {
    expect(parseRetryAfter(value, NOW)).toBeNull();
  });
});
