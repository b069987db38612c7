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
