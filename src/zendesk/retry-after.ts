/**
 * Reads an HTTP `Retry-After` value (RFC 9110 §10.2.3): either a number of seconds or an HTTP date.
 *
 * @param value - the header value, or null/undefined when the header was absent
 * @param now - the current time in epoch milliseconds (a date value is relative to it)
 * @returns the delay in milliseconds (0 for a date already past), or null when absent or unreadable
 * @example parseRetryAfter('30', Date.now()) // => 30000
 * @example parseRetryAfter('Wed, 21 Oct 2026 07:28:00 GMT', Date.parse('Wed, 21 Oct 2026 07:27:00 GMT')) // => 60000
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  if (text === '') return null;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // A bare negative or other number is not a date either; Date.parse would read "-1" as a year.
  if (/^[-+]?\d/.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}
