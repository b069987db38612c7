import { stripHtml } from '../text/html';
import { isFormatting } from '../text/invisible';
import { prepare } from '../text/prepare';

/** How many visible characters an excerpt shows on each side of the highlighted span. */
const CONTEXT = 70;
/** The longest highlighted span kept whole; a longer one is cut at this length. */
const MAX_SPAN = 160;

/**
 * A short excerpt of a message around one span of it, as the agent reads it: markup and invisible
 * formatting removed, whitespace collapsed, cut at word boundaries with an ellipsis, and the span's place in the excerpt.
 *
 * @param raw - the message as stored (HTML or plain text)
 * @param start - the span's start in `raw`
 * @param end - the span's end in `raw` (exclusive)
 * @returns the excerpt and the span to highlight in it (null when the span has no visible text)
 * @example excerptAround('<p>Fine. I will <b>sue</b> you.</p>', 19, 22)
 * // => { excerpt: 'Fine. I will sue you.', highlight: { start: 13, end: 16 } }
 */
export function excerptAround(
  raw: string,
  start: number,
  end: number,
): { excerpt: string; highlight: { start: number; end: number } | null } {
  const { chars, from } = visible(raw, ownWordsEnd(raw));
  // The visible characters that came from the span.
  let a = -1;
  let b = -1;
  for (let i = 0; i < chars.length; i++) {
    const origin = from[i]!;
    if (origin >= start && origin < end) {
      if (a < 0) a = i;
      b = i + 1;
    }
  }
  if (a < 0) return { excerpt: collapse(chars.join('').slice(0, 2 * CONTEXT)).trim(), highlight: null };
  b = Math.min(b, a + MAX_SPAN);
  let left = Math.max(0, a - CONTEXT);
  let right = Math.min(chars.length, b + CONTEXT);
  // Cut at a word boundary so the excerpt does not start or end mid-word.
  if (left > 0) {
    for (let i = left; i < a; i++) {
      if (chars[i] === ' ' || chars[i] === '\n') {
        left = i + 1;
        break;
      }
    }
  }
  if (right < chars.length) {
    for (let i = right; i > b; i--) {
      if (chars[i] === ' ' || chars[i] === '\n') {
        right = i;
        break;
      }
    }
  }
  const before = collapse(chars.slice(left, a).join('')).trimStart();
  const span = collapse(chars.slice(a, b).join(''));
  const after = collapse(chars.slice(b, right).join('')).trimEnd();
  const lead = left > 0 ? '…' : '';
  const tail = right < chars.length ? '…' : '';
  const excerpt = `${lead}${before}${span}${after}${tail}`;
  const hStart = lead.length + before.length;
  return { excerpt, highlight: { start: hStart, end: hStart + span.length } };
}

/**
 * Where the customer's own words end in a message: the quoted earlier mail that follows
 * ("On Tue, ... wrote:") is not theirs, so an excerpt stops before it.
 */
function ownWordsEnd(raw: string): number {
  const prepared = prepare(raw);
  const end = prepared.text.length;
  if (!prepared.starts) return end;
  return end < prepared.starts.length ? prepared.starts[end]! : raw.length;
}

/** The visible characters of a message before `limit`, with the original offset each came from. */
function visible(raw: string, limit: number): { chars: string[]; from: number[] } {
  const chars: string[] = [];
  const from: number[] = [];
  // Invisible formatting is dropped: a direction override would show the words in another order
  // than they were written, and move the highlight off the characters it marks.
  if (!/[<&]/.test(raw)) {
    for (let i = 0; i < limit; i++) {
      if (isFormatting(raw[i]!)) continue;
      chars.push(raw[i]!);
      from.push(i);
    }
    return { chars, from };
  }
  stripHtml(raw, (piece, s) => {
    if (s >= limit) return;
    for (const ch of piece) {
      if (isFormatting(ch)) continue;
      chars.push(ch);
      from.push(s);
    }
  });
  return { chars, from };
}

/** Runs of whitespace (line breaks included) read as one space in an excerpt. */
function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}
