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
  /**
   * Original start offset of each character of `text`; null when the mapping is the identity. A map
   * lent by `readPrepared` runs on past the text: only the first `text.length` entries are its own.
   */
  starts: readonly number[] | null;
  /** Original end offset (exclusive) of each character of `text`; null for the identity. */
  ends: readonly number[] | null;
}

// The fast path: plain ASCII text without markup maps one to one and folds by toLowerCase.
const NEEDS_SLOW_PATH = /[<&\u0080-\uffff]/;
const HTML = /<[a-z!/]|&#?\w{2,8};/i;
const NON_ASCII = /[\u0080-\uffff]/g;
// The same class for the writer, which moves its lastIndex.
const NEXT_WIDE = /[\u0080-\uffff]/g;
// Characters that render as nothing: they are dropped, which needs the offset map.
const INVISIBLE = new RegExp('[\\u00ad\\u061c\\u115f\\u1160\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\ufeff]');

/** Folds one non-ASCII character to one character (a space for what renders as nothing). */
function foldOne(ch: string): string {
  return foldCode(ch.charCodeAt(0)) || ' ';
}

/**
 * Collects folded characters with their original spans. The span arrays are kept from message to
 * message (allocating them per message cost more than all the rest of the work) and are plain
 * arrays, since copying a part of one is a far cheaper allocation than a typed array. Runs of
 * ASCII text are lowercased and appended as whole slices, not character by character.
 */
class Writer {
  starts = zeros(1024);
  ends = zeros(1024);
  length = 0;
  /** Output is never longer than the input: tags and entities shrink, folding is one to one. */
  #capacity = 0;
  #raw = '';
  #text = '';
  #wide = -1;

  reset(raw: string): void {
    if (this.starts.length < raw.length) {
      const size = Math.max(raw.length, this.starts.length * 2);
      this.starts = zeros(size);
      this.ends = zeros(size);
    }
    this.length = 0;
    this.#capacity = raw.length;
    this.#raw = raw;
    this.#text = '';
    this.#wide = -1;
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
    const end = Math.min(to, from + this.#capacity - this.length);
    if (end <= from) return;
    this.#text += this.#raw.slice(from, end).toLowerCase();
    // Locals, not fields, in the loop: it runs once per character of every message.
    const { starts, ends } = this;
    let at = this.length;
    for (let i = from; i < end; i++) {
      starts[at] = i;
      ends[at] = i + 1;
      at++;
    }
    this.length = at;
  }

  #put(code: number, start: number, end: number): void {
    if (code >= 65 && code <= 90) code += 32;
    else if (code >= 128) {
      const folded = foldCode(code);
      if (folded === '') return;
      code = folded.charCodeAt(0);
    }
    if (this.length === this.#capacity) return;
    this.#text += String.fromCharCode(code);
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  text(): string {
    const text = this.#text;
    this.#text = '';
    this.#raw = '';
    return text;
  }
}

const shared = new Writer();
// Set while a `readPrepared` reader holds the shared writer's offsets.
let lent = false;

function zeros(length: number): number[] {
  return Array.from({ length }, () => 0);
}

/**
 * Prepares one message (HTML or plain text) for the detectors.
 *
 * @param raw - the original message
 * @returns the prepared text and its offset map
 * @example prepare('Hi &amp; <b>BYE</b>').text // => 'hi & bye'
 */
export function prepare(raw: string): PreparedText {
  return prepareWith(raw, lent ? new Writer() : shared, true);
}

/**
 * Prepares one message and hands it to `read`, without copying its offset map: the map is only
 * lent for the call. Reading a customer's whole history prepares every comment once, and copying
 * the maps was a third of all it allocated. A reader must not keep the prepared text's offsets;
 * what it returns must be its own.
 *
 * @param raw - the original message
 * @param read - what to do with the prepared text; `prepare` may be called inside it
 * @returns what `read` returns
 * @example readPrepared('Hi &amp; <b>BYE</b>', (p) => p.text) // => 'hi & bye'
 */
export function readPrepared<T>(raw: string, read: (prepared: PreparedText) => T): T {
  if (lent) return read(prepare(raw));
  lent = true;
  try {
    return read(prepareWith(raw, shared, false));
  } finally {
    lent = false;
  }
}

function prepareWith(raw: string, out: Writer, copy: boolean): PreparedText {
  let text: string;
  let starts: number[] | null = null;
  let ends: number[] | null = null;
  const lower = NEEDS_SLOW_PATH.test(raw) ? null : raw.toLowerCase();
  if (lower !== null) {
    text = lower;
  } else if (!HTML.test(raw) && !INVISIBLE.test(raw) && (text = raw.toLowerCase()).length === raw.length) {
    // Plain text with non-ASCII letters: each folds to one character, so offsets stay aligned.
    text = text.replace(NON_ASCII, foldOne);
  } else {
    out.reset(raw);
    if (HTML.test(raw)) stripHtml(raw, out.emit, out.emitRun);
    else out.emitRun(0, raw.length);
    text = out.text();
    starts = copy ? out.starts.slice(0, out.length) : out.starts;
    ends = copy ? out.ends.slice(0, out.length) : out.ends;
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
