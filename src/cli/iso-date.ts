/** What a date in a bundle looks like, for messages. */
export const ISO_EXAMPLE = '2026-11-23T10:00:00Z';

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-](\d{2}):(\d{2}))?$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Checks a date-time the way ISO 8601 writes it, as Zendesk sends them: `YYYY-MM-DDTHH:MM[:SS[.fff]]`
 * with `Z` or an offset. Stricter than Date.parse, which reads "2026-02-30" as 2 March, "2" as
 * February 2001 and a time without a zone in the machine's own zone.
 *
 * @param value - the text
 * @returns null when it is such a date-time, or why not, in a few words (empty when it is not one at all)
 * @example isoDateTimeProblem('2026-11-23T10:00:00Z') // => null
 * @example isoDateTimeProblem('2026-02-30T10:00:00Z') // => 'February 2026 has 28 days'
 * @example isoDateTimeProblem('2') // => ''
 */
export function isoDateTimeProblem(value: string): string | null {
  const m = DATE_TIME.exec(value);
  if (!m) {
    if (/^[+-]\d{5,}-/.test(value)) return 'the year must have four digits';
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'a time is missing: add T00:00:00Z for midnight UTC';
    return '';
  }
  const [, year, month, day, hour, minute, second, zone, zoneHour, zoneMinute] = m;
  const y = Number(year);
  const mo = Number(month);
  if (mo < 1 || mo > 12) return `there is no month ${month}`;
  const days = new Date(Date.UTC(2000, mo, 0)).getUTCDate() - (mo === 2 && !leap(y) ? 1 : 0);
  if (Number(day) < 1 || Number(day) > days) return `${MONTHS[mo - 1]} ${year} has ${days} days`;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) return `there is no time ${hour}:${minute}${second ? `:${second}` : ''}`;
  if (!zone) return 'no time zone: add Z or an offset such as +01:00';
  if (zoneHour !== undefined && (Number(zoneHour) > 23 || Number(zoneMinute) > 59)) return `there is no offset ${zone}`;
  return null;
}

function leap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The message for a date-time that is not one.
 *
 * @param value - what the bundle holds
 * @returns e.g. `must be an ISO 8601 date-time such as 2026-11-23T10:00:00Z, not "2" `
 * @example isoDateTimeMessage('2026-02-30T10:00:00Z') // => 'must be an ISO 8601 date-time such as 2026-11-23T10:00:00Z, not "2026-02-30T10:00:00Z" (February 2026 has 28 days)'
 */
export function isoDateTimeMessage(value: unknown): string {
  const why = typeof value === 'string' ? isoDateTimeProblem(value) : '';
  const shown = typeof value === 'string' && value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return `must be an ISO 8601 date-time such as ${ISO_EXAMPLE}, not ${JSON.stringify(shown) ?? String(value)}${why ? ` (${why})` : ''}`;
}
