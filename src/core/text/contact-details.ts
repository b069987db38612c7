/**
 * What the browser's cache must not hold even inside a kept passage: email addresses, and runs of
 * nine or more digits (spaces, dashes or dots between them allowed), which is how card, account and
 * phone numbers are written. A date is not a number to hide: "2026-01-02 10:00" or "31.12.2026 9:30"
 * stays as written, though its digits and the hour's make nine.
 */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const DATE_OR_LONG_NUMBER = /(\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})(?!\d)|\+?\d(?:[ .-]?\d){8,}/g;

/** What stands for a masked address. */
export const EMAIL_MASK = '[email]';
/** What stands for a masked number. */
export const NUMBER_MASK = '[number]';

/**
 * Customer text with email addresses and long numbers masked, for keeping it in the browser.
 *
 * @param text - untrusted text (a passage of a message, a subject, a field value)
 * @returns the text with each address replaced by `[email]` and each long number by `[number]`
 * @example withoutContactDetails('Card 4111 1111 1111 1111, mail me at pat@example.com') // => 'Card [number], mail me at [email]'
 */
export function withoutContactDetails(text: string): string {
  return text.replace(EMAIL, EMAIL_MASK).replace(DATE_OR_LONG_NUMBER, (match, date: string | undefined) => date ?? NUMBER_MASK);
}
