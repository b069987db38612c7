import { foldCode, isDropped } from './fold';
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
  starts: readonly number[] | null;
  /** Original end offset (exclusive) of each character of `text`; null for the identity. */
  ends: readonly number[] | null;
}

// The fast path: plain ASCII text without markup or control characters maps one to one and folds
// by toLowerCase.
// oxlint-disable-next-line no-control-regex -- control characters are what this finds
const NEEDS_SLOW_PATH = /[<&\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\uffff]/;
const HTML = /<[a-z!/]|&#?\w{2,8};/i;
const NON_ASCII = /[\u0080-\uffff]/g;
// Control characters and non-ASCII: where a dropped character can be.
// oxlint-disable-next-line no-control-regex -- control characters are what this finds
const NOT_PLAIN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\uffff]/g;
// What the writer cannot copy as it is: control characters and all non-ASCII. It moves the lastIndex.
// oxlint-disable-next-line no-control-regex -- control characters are what this finds
const NEXT_WIDE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\uffff]/g;

/** Folds one non-ASCII character to one character (a space for what renders as nothing). */
function foldOne(ch: string): string {
  return foldCode(ch.charCodeAt(0)) || ' ';
}

/**
 * Collects folded characters of one message with their original spans. Runs of ASCII text are
 * lowercased and appended as whole slices, not character by character.
 */
class Writer {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** Output is never longer than the input: tags and entities shrink, folding is one to one. */
  readonly #capacity: number;
  readonly #raw: string;
  #text = '';
  #wide = -1;

  constructor(raw: string) {
    this.#capacity = raw.length;
    this.#raw = raw;
  }

  readonly emit = (piece: string, start: number, end: number): void => {
    for (let k = 0; k < piece.length; k++) this.#put(piece.charCodeAt(k), start, end);
  };

  /** Each character of `raw.slice(from, to)` as if emitted alone with its own span. */
  readonly emitRun = (from: number, to: number): void => {
    while (from < to) {
      const wide = this.#nextWide(from);
      if (wide >= to) {
        this.#putPlain(from, to);
        return;
      }
      if (wide > from) this.#putPlain(from, wide);
      this.#put(this.#raw.charCodeAt(wide), wide, wide + 1);
      from = wide + 1;
    }
  };

  /** The index of the next non-ASCII character from `from` on (the length when none), kept until passed. */
  #nextWide(from: number): number {
    if (this.#wide < from) {
      NEXT_WIDE.lastIndex = from;
      this.#wide = NEXT_WIDE.test(this.#raw) ? NEXT_WIDE.lastIndex - 1 : this.#raw.length;
    }
    return this.#wide;
  }

  /** The ASCII characters `raw.slice(from, to)`, up to the capacity. */
  #putPlain(from: number, to: number): void {
    const end = Math.min(to, from + this.#capacity - this.starts.length);
    if (end <= from) return;
    this.#text += this.#raw.slice(from, end).toLowerCase();
    for (let i = from; i < end; i++) {
      this.starts.push(i);
      this.ends.push(i + 1);
    }
  }

  #put(code: number, start: number, end: number): void {
    if (code >= 65 && code <= 90) code += 32;
    else if (code < 32 || code === 127) {
      if (code !== 9 && code !== 10 && code !== 13) return;
    } else if (code >= 128) {
      const folded = foldCode(code);
      if (folded === '') return;
      code = folded.charCodeAt(0);
    }
    if (this.starts.length === this.#capacity) return;
    this.#text += String.fromCharCode(code);
    this.starts.push(start);
    this.ends.push(end);
  }

  text(): string {
    return this.#text;
  }
}

// Dropped characters change offsets, so a text with any takes the writer's path.
function hasDropped(raw: string): boolean {
  for (const ch of raw.match(NOT_PLAIN) ?? []) if (isDropped(ch)) return true;
  return false;
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
  let starts: number[] | null = null;
  let ends: number[] | null = null;
  const lower = NEEDS_SLOW_PATH.test(raw) ? null : raw.toLowerCase();
  if (lower !== null) {
    text = lower;
  } else if (!HTML.test(raw) && !hasDropped(raw) && (text = raw.toLowerCase()).length === raw.length) {
    // Plain text with non-ASCII letters: each folds to one character, so offsets stay aligned.
    text = text.replace(NON_ASCII, foldOne);
  } else {
    const out = new Writer(raw);
    if (HTML.test(raw)) stripHtml(raw, out.emit, out.emitRun);
    else out.emitRun(0, raw.length);
    text = out.text();
    starts = out.starts;
    ends = out.ends;
  }
  const { end, quoted } = findQuoted(text);
  if (end < text.length || quoted.length) {
    let kept = text.slice(0, end);
    for (const [a, b] of quoted) kept = kept.slice(0, a) + ' '.repeat(b - a) + kept.slice(b);
    text = kept;
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
