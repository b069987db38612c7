/**
 * Format characters (Unicode category Cf): direction overrides and isolates, zero-width spaces and
 * joiners, soft hyphens, byte-order marks. They change how text looks without being read: an
 * override shows "‮nimda‬" as "admin" and "I will ‮sue‬ you" as "I will eus you".
 */
const FORMAT = /\p{Cf}/u;
const FORMAT_ALL = /\p{Cf}/gu;

/**
 * Whether a character is invisible formatting.
 *
 * @param ch - one character
 * @returns true for a format character
 * @example isFormatting('\u202e') // => true
 */
export function isFormatting(ch: string): boolean {
  return FORMAT.test(ch);
}

/**
 * Customer text as it may be shown: without invisible formatting.
 *
 * @param text - untrusted text (a name, a subject)
 * @returns the text without format characters
 * @example withoutFormatting('\u202enimda\u202c') // => 'nimda'
 */
export function withoutFormatting(text: string): string {
  return text.replace(FORMAT_ALL, '');
}
