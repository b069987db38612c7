import { foldCode } from './fold';
import { findQuoted } from './quotes';
import { stripHtml } from './html';

/**
 * A message made ready for the detectors: visible text only, lowercase, look-alikes folded,
 * quoted mail and signatures blanked, with a map from each of its characters back to the
 * original text.
 */
export interface PreparedText {
  /** The text the detectors read. Blanked parts are spaces, so indexes stay aligned with the map. */
  text: string;
  /** Original start offset of each character of `text`; null when the mapping is the identity. */
  starts: Int32Array | null;
  /** Original end offset (exclusive) of each character of `text`; null for the identity. */
  ends: Int32Array | null;
}

// The fast path: plain ASCII text without markup maps one to one and folds by toLowerCase.
const NEEDS_SLOW_PATH = /[<&\u0080-\uffff]/;
const HTML = /<[a-z!/]|&#?\w{2,8};/i;
const NON_ASCII = /[\u0080-\uffff]/g;
// Characters that render as nothing: they are dropped, which needs the offset map.
const INVISIBLE = new RegExp('[\\u00ad\\u061c\\u115f\\u1160\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\ufeff]');

/** Folds one non-ASCII character to one character (a space for what renders as nothing). */
function foldOne(ch: string): string {
  return foldCode(ch.charCodeAt(0)) || ' ';
}

/** Collects folded characters with their original spans, in typed arrays. */
class Writer {
  readonly codes: Uint16Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  length = 0;

  constructor(size: number) {
    this.codes = new Uint16Array(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
  }

  readonly emit = (piece: string, start: number, end: number): void => {
    for (let k = 0; k < piece.length; k++) {
      let code = piece.charCodeAt(k);
      if (code >= 65 && code <= 90) code += 32;
      else if (code >= 128) {
        const folded = foldCode(code);
        if (folded === '') continue;
        code = folded.charCodeAt(0);
      }
      if (this.length === this.codes.length) return;
      this.codes[this.length] = code;
      this.starts[this.length] = start;
      this.ends[this.length] = end;
      this.length++;
    }
  };

  text(): string {
    let out = '';
    for (let i = 0; i < this.length; i += 8192) out += String.fromCharCode(...this.codes.subarray(i, Math.min(this.length, i + 8192)));
    return out;
  }
}

/**
 * Prepares one message (HTML or plain text) for the detectors.
 *
 * @param raw - the original message
 * @returns the prepared text and its offset map
 * @example prepare('Hi &amp; <b>BYE</b>').text // => 'hi & bye'
 */
export function prepare(raw: string): PreparedText {
  let text: string;
  let starts: Int32Array | null = null;
  let ends: Int32Array | null = null;
  const lower = NEEDS_SLOW_PATH.test(raw) ? null : raw.toLowerCase();
  if (lower !== null) {
    text = lower;
  } else if (!HTML.test(raw) && !INVISIBLE.test(raw) && (text = raw.toLowerCase()).length === raw.length) {
    // Plain text with non-ASCII letters: each folds to one character, so offsets stay aligned.
    text = text.replace(NON_ASCII, foldOne);
  } else {
    // Output is never longer than the input: tags and entities shrink, folding is one to one.
    const out = new Writer(raw.length);
    if (HTML.test(raw)) stripHtml(raw, out.emit);
    else for (let i = 0; i < raw.length; i++) out.emit(raw[i]!, i, i + 1);
    text = out.text();
    starts = out.starts.slice(0, out.length);
    ends = out.ends.slice(0, out.length);
  }
  const { end, quoted } = findQuoted(text);
  if (end < text.length || quoted.length) {
    let out = text.slice(0, end);
    for (const [a, b] of quoted) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
    text = out;
  }
  return { text, starts, ends };
}

/**
 * Maps a span of the prepared text back to the original message.
 *
 * @param prepared - the result of `prepare`
 * @param start - start index in `prepared.text`
 * @param end - end index (exclusive) in `prepared.text`, greater than `start`
 * @returns the [start, end) span of the original text
 * @example toOriginal(prepare('<b>Hi</b>'), 0, 2) // => [3, 5]
 */
export function toOriginal(prepared: PreparedText, start: number, end: number): [number, number] {
  if (!prepared.starts || !prepared.ends) return [start, end];
  return [prepared.starts[start]!, prepared.ends[end - 1]!];
}
