import type { QuoteKey } from './types';

/**
 * The fingerprint of a quote's highlighted words: lower case, runs of whitespace as one space,
 * FNV-1a over the UTF-16 code units, in base 36.
 *
 * @param words - the highlighted words as the agent sees them
 * @returns up to 7 characters
 * @example quoteHash('I will  SUE you') === quoteHash('i will sue you') // => true
 */
export function quoteHash(words: string): string {
  const text = words.replace(/\s+/g, ' ').trim().toLowerCase();
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/**
 * One string per quote, to compare and merge by.
 *
 * @param key - the quote
 * @returns e.g. "12:345:abuse:1x2y3z"
 * @example quoteId({ ticketId: 12, commentId: null, signal: 'abuse', quote: 'k2' }) // => '12:-:abuse:k2'
 */
export function quoteId(key: QuoteKey): string {
  return `${key.ticketId}:${key.commentId ?? '-'}:${key.signal}:${key.quote}`;
}
