import { differenceInCalendarDays, differenceInCalendarMonths, differenceInCalendarYears } from 'date-fns';

/**
 * A date relative to now in the agent's language ("3 days ago", "vor 2 Monaten").
 * @param date - the moment to describe.
 * @param now - the current moment (passed in so the result is reproducible).
 * @param locale - the agent's locale.
 * @returns a short relative phrase that also reads right after a word ("seen …", "zuletzt …").
 * @example
 * formatRelative(new Date('2026-11-20'), new Date('2026-11-23'), 'en') // => '3 days ago'
 */
export function formatRelative(date: Date, now: Date, locale: string): string {
  const days = differenceInCalendarDays(date, now);
  if (Math.abs(days) < 31) return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day');
  const months = differenceInCalendarMonths(date, now);
  if (Math.abs(months) < 12) return distant(months, 'month', locale);
  return distant(differenceInCalendarYears(date, now), 'year', locale);
}

/**
 * German's "letzten Monat" / "letztes Jahr" read as a translation after "zuletzt" or "erteilt"
 * ("zuletzt letzten Monat"), and a month is only named from 31 days back, so German counts
 * instead: "vor einem Monat", "vor 3 Monaten". English "last month" reads well in both places.
 */
function distant(value: number, unit: 'month' | 'year', locale: string): string {
  if (!locale.toLowerCase().startsWith('de')) return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(value, unit);
  const parts = new Intl.RelativeTimeFormat(locale, { numeric: 'always' }).formatToParts(value, unit);
  return parts.map((part) => (part.type === 'integer' && Math.abs(value) === 1 ? 'einem' : part.value)).join('');
}

/** The exact date and time, for a tooltip. */
export function formatExact(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A month label for the trend ("Mar 2026"). */
export function formatMonth(month: string, locale: string): string {
  const [year, mon] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year ?? 1970, (mon ?? 1) - 1, 1)),
  );
}
