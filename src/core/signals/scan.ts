import { keyFinder, type KeyFinder } from '../text/keys';
import type { DetectContext } from './types';

/**
 * Runs a global regex over a message, calling `each` for every match.
 *
 * @param re - a regex with the g flag (its lastIndex is reset)
 * @param context - the text
 * @param each - called with every match
 * @example scan(/a/g, { text: 'aa' }, (m) => console.log(m.index)) // logs 0 then 1
 */
export function scan(re: RegExp, context: Pick<DetectContext, 'text'>, each: (match: RegExpExecArray) => void): void {
  for (const m of matchesOf(re, context.text)) each(m);
}

function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    matches.push(m);
  }
  return matches;
}

/**
 * A flagged example whose excerpt is the given part of the text.
 *
 * @param text - the example message
 * @param excerpt - the part of it a hit must overlap
 * @returns the example
 * @example ex('I will sue', 'sue') // => { text: 'I will sue', excerpt: 'sue' }
 */
export function ex(text: string, excerpt: string): { text: string; excerpt: string } {
  return { text, excerpt };
}

/** One alternative of a detector: a regex, run only when the text contains one of its key strings. */
export interface KeyedPattern {
  keys: readonly string[];
  re: RegExp;
}

/**
 * The keyed alternatives of one detector, with the automaton that finds all their keys in one
 * pass over a message: far cheaper than trying every alternative at every position. A test proves
 * from each regex's syntax that every match contains one of its keys, so the keys never hide a match.
 */
export interface KeyedPatterns {
  patterns: readonly KeyedPattern[];
  finder: KeyFinder;
}

/**
 * Builds a keyed pattern.
 *
 * @param keys - lowercase strings of which every match contains at least one
 * @param source - the regex source (compiled with the g flag)
 * @returns the pattern
 * @example keyed(['sue'], String.raw`\bsue\b`).re.flags // => 'g'
 */
export function keyed(keys: readonly string[], source: string): KeyedPattern {
  return { keys, re: new RegExp(source, 'g') };
}

/**
 * Groups the keyed alternatives of one detector.
 *
 * @param patterns - the alternatives
 * @returns the alternatives and their key finder
 * @example keyedPatterns([keyed(['sue'], String.raw`\bsue\b`)]).patterns.length // => 1
 */
export function keyedPatterns(patterns: readonly KeyedPattern[]): KeyedPatterns {
  return { patterns, finder: keyFinder(patterns.map((p) => p.keys)) };
}

/**
 * Runs those of `patterns` whose key strings occur in the text, then calls `each` with all their
 * matches in order of position (longest first at one position).
 *
 * @param alternatives - the keyed alternatives of a detector
 * @param context - the text
 * @param each - called with every match, in order
 * @example scanKeyed(keyedPatterns([keyed(['a'], 'a')]), { text: 'ba' }, (m) => m.index) // calls each with index 1
 */
export function scanKeyed(alternatives: KeyedPatterns, context: Pick<DetectContext, 'text'>, each: (match: RegExpExecArray) => void): void {
  const { finder, patterns } = alternatives;
  const found = new Int32Array(finder.words);
  finder.find(context.text, found);
  const matches: RegExpExecArray[] = [];
  for (let p = 0; p < patterns.length; p++) {
    if (((found[p >> 5]! >>> (p & 31)) & 1) === 0) continue;
    matches.push(...matchesOf(patterns[p]!.re, context.text));
  }
  matches.sort((a, b) => a.index - b.index || b[0].length - a[0].length);
  for (const m of matches) each(m);
}
