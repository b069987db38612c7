import { differenceInMilliseconds, parseISO } from 'date-fns';

const DAY_MS = 86_400_000;
const ZULU = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,3})?Z$/;

/**
 * Reads an ISO 8601 date-time from the history; anything unreadable gives null, never an exception.
 *
 * @param iso - a date-time string such as Zendesk's `created_at`
 * @returns the date, or null when it is missing or invalid
 * @example parseDate('2026-01-31T10:00:00Z') // => Date(2026-01-31T10:00:00Z)
 * @example parseDate('soon') // => null
 * @example parseDate('2026-02-30T10:00:00Z') // => null (February has no 30th)
 */
export function parseDate(iso: string | null | undefined): Date | null {
  if (typeof iso !== 'string' || iso === '') return null;
  // Zendesk writes UTC timestamps like 2026-01-31T10:00:00Z, one per comment: the common case is
  // read two digits at a time, for less than a regex test and the engine's parser cost; the engine
  // still reads the rest of that form exactly, and a general ISO 8601 parser every other form.
  const zulu = plainZulu(iso);
  const date = Number.isNaN(zulu) ? (ZULU.test(iso) ? engineZulu(iso) : parseISO(iso)) : new Date(zulu);
  // The Date is our own: its time value says whether it is valid, without date-fns copying it first.
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * The engine's reading of the UTC form, refused for a day its month does not have: engines read
 * 2026-02-30 as 2 March, which would put a comment on a day it was never written.
 */
function engineZulu(iso: string): Date {
  const date = new Date(iso);
  return date.getUTCDate() === Number(iso.slice(8, 10)) ? date : new Date(Number.NaN);
}

/**
 * The time value of YYYY-MM-DDTHH:MM:SSZ with every field in its range, or NaN for anything else,
 * left to the engine. Days past 28 are left to it too: it knows each month's length.
 */
function plainZulu(iso: string): number {
  if (iso.length !== 20 || iso.charCodeAt(19) !== 90 /* Z */) return Number.NaN;
  if (iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45 || iso.charCodeAt(10) !== 84 || iso.charCodeAt(13) !== 58 || iso.charCodeAt(16) !== 58) return Number.NaN;
  const century = digits(iso, 0);
  const rest = digits(iso, 2);
  if (century < 0 || rest < 0) return Number.NaN;
  // Date.UTC reads the years 0 to 99 as 1900 to 1999.
  const year = century * 100 + rest;
  const month = digits(iso, 5);
  const day = digits(iso, 8);
  const hour = digits(iso, 11);
  const minute = digits(iso, 14);
  const second = digits(iso, 17);
  // A non-digit makes its pair negative or above 99, so one range test per field rejects it.
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > 28 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return Number.NaN;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/** The two-digit number at `at`, or a value outside 0..99 when either character is not a digit. */
function digits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const ones = text.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

/**
 * How many days before `now` an event happened, fractions included; an event after `now` is 0 days old.
 *
 * @param date - when it happened
 * @param now - the moment of rating
 * @returns its age in days, at least 0
 * @example ageInDays(new Date('2026-01-01T00:00:00Z'), new Date('2026-01-02T12:00:00Z')) // => 1.5
 */
export function ageInDays(date: Date, now: Date): number {
  return Math.max(0, differenceInMilliseconds(now, date) / DAY_MS);
}

/**
 * The weight of an event of a given age: 1 today, halving every `halfLifeDays`, 0 from `windowDays` on.
 * Older events weigh less because people change and an old quarrel says little about today.
 *
 * @param date - when the event happened
 * @param now - the moment of rating
 * @param halfLifeDays - the age at which an event weighs half
 * @param windowDays - the age from which an event no longer counts
 * @returns the weight, 0..1, never rising as the event gets older
 * @example decayWeight(new Date('2025-07-01T00:00:00Z'), new Date('2025-12-28T00:00:00Z'), 180, 730) // => 0.5
 * @example decayWeight(new Date('2020-01-01T00:00:00Z'), new Date('2025-12-28T00:00:00Z'), 180, 730) // => 0
 */
export function decayWeight(date: Date, now: Date, halfLifeDays: number, windowDays: number): number {
  const age = ageInDays(date, now);
  if (age >= windowDays) return 0;
  return 0.5 ** (age / halfLifeDays);
}
