import { withoutFormatting } from '../core/text/invisible';

// A terminal acts on these instead of showing them: CSI (cursor, colours, clear screen), OSC (window
// title, hyperlinks, clipboard), DCS, SOS, PM and APC strings up to their terminator, and the other
// two-character escapes; each in its 7-bit (ESC …) and 8-bit (C1) form.
const SEQUENCES = new RegExp(
  [
    '(?:\\u001b\\[|\\u009b)[0-?]*[ -/]*[@-~]?',
    '(?:\\u001b[\\]PX^_]|[\\u009d\\u0090\\u0098\\u009e\\u009f])[^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u001b\\\\|\\u009c)?',
    '\\u001b[ -/]*[0-~]?',
  ].join('|'),
  'g',
);
const CONTROLS = /[\p{Cc}\u2028\u2029]/gu;
const CONTROLS_BUT_LINES = /[^\P{Cc}\n\t]|[\u2028\u2029]/gu;

/**
 * Customer text as it may be printed on one line of a terminal: escape sequences removed with
 * their contents, every other control character (line breaks too) and line separator a space,
 * invisible formatting (direction overrides, zero-width characters) removed.
 *
 * @param text - untrusted text from a bundle
 * @returns the text, safe to print
 * @example oneLine('Ann\u001b]0;owned\u0007 Lee\nCEO') // => 'Ann Lee CEO'
 */
export function oneLine(text: string): string {
  return withoutFormatting(text.replace(SEQUENCES, '')).replace(CONTROLS, ' ');
}

/** Control characters as spaces, once what hides or acts was removed. */
function shown(part: string): string {
  return part.replace(CONTROLS, ' ');
}

const HIDDEN = new RegExp(`${SEQUENCES.source}|\\p{Cf}`, 'gu');

/**
 * `oneLine` for a quote with a span marked in it (the words that triggered a signal): the marks
 * go around the same words, even where the span's ends fall inside an escape sequence, which is
 * then removed whole rather than cut in two halves that would each show.
 *
 * @param text - untrusted text
 * @param start - the span's start in `text`
 * @param end - the span's end in `text`
 * @param open - the mark before the span
 * @param close - the mark after it
 * @returns the text for one line, with the marks
 * @example oneLineMarked('I \u001b[31mwill sue\u001b[0m you', 7, 15, '«', '»') // => 'I «will sue» you'
 */
export function oneLineMarked(text: string, start: number, end: number, open: string, close: string): string {
  let out = '';
  let from = 0;
  let openAt = -1;
  let closeAt = -1;
  for (const match of text.matchAll(HIDDEN)) {
    const at = match.index;
    out += text.slice(from, at);
    // A mark inside what is removed goes where it was: before the first character after it.
    if (openAt < 0 && start < at + match[0].length) openAt = out.length - (at - Math.min(start, at));
    if (closeAt < 0 && end < at + match[0].length) closeAt = out.length - (at - Math.min(end, at));
    from = at + match[0].length;
  }
  out += text.slice(from);
  if (openAt < 0) openAt = out.length - (text.length - start);
  if (closeAt < 0) closeAt = out.length - (text.length - end);
  return `${shown(out.slice(0, openAt))}${open}${shown(out.slice(openAt, closeAt))}${close}${shown(out.slice(closeAt))}`;
}

/**
 * Text for a terminal that keeps its line breaks and tabs: for whole messages that quote a bundle.
 *
 * @param text - a message, possibly quoting untrusted text
 * @returns the message without escape sequences, other control characters or invisible formatting
 * @example forTerminal('line 2: "\u001b[2Jhi"\n') // => 'line 2: "hi"\n'
 */
export function forTerminal(text: string): string {
  return withoutFormatting(text.replace(SEQUENCES, '')).replace(CONTROLS_BUT_LINES, ' ');
}

// JSON.stringify escapes C0 controls but writes DEL, C1 controls, line separators and format
// characters as they are; a terminal showing the JSON would act on the C1 ones.
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029\p{Cf}]/gu;

/**
 * JSON for stdout that a terminal shows as it is: the same value as JSON.stringify's, with the
 * characters a terminal would act on or hide written as \u escapes.
 *
 * @param value - what to print
 * @param indent - as JSON.stringify's third argument
 * @returns the JSON text
 * @example jsonForTerminal({ text: 'a\u009b2Jb' }) // => '{"text":"a\\u009b2Jb"}'
 */
export function jsonForTerminal(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(RAW_IN_JSON, (ch) =>
    [...Array(ch.length).keys()].map((i) => `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''),
  );
}
