import type { DetectContext } from './types';

/**
 * Runs a global regex over a message, calling `each` for every match. When the context limits
 * scanning to windows, only those are read, and match indexes are still those of the whole text.
 *
 * @param re - a regex with the g flag (its lastIndex is reset)
 * @param context - the text and its windows
 * @param each - called with every match
 * @example scan(/a/g, { text: 'aa', windows: null, report }, (m) => console.log(m.index)) // logs 0 then 1
 */
export function scan(re: RegExp, context: Pick<DetectContext, 'text' | 'windows'>, each: (match: RegExpExecArray) => void): void {
  const { text, windows } = context;
  if (!windows) {
    run(re, text, 0, each);
    return;
  }
  for (let k = 0; k < windows.length; k += 2) run(re, text.slice(windows[k]!, windows[k + 1]!), windows[k]!, each);
}

function run(re: RegExp, text: string, offset: number, each: (match: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    m.index += offset;
    each(m);
  }
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
  /** One test for all the keys: cheaper than a substring search per key. */
  any: RegExp;
  re: RegExp;
}

const escape = (key: string): string => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Builds a keyed pattern.
 *
 * @param keys - lowercase strings of which every match contains at least one
 * @param source - the regex source (compiled with the g flag)
 * @returns the pattern
 * @example keyed(['sue'], String.raw`\bsue\b`).re.flags // => 'g'
 */
export function keyed(keys: readonly string[], source: string): KeyedPattern {
  return { keys, any: new RegExp(keys.map(escape).join('|')), re: new RegExp(source, 'g') };
}

/**
 * Runs those of `patterns` whose key strings occur in the text, then calls `each` with all their
 * matches in order of position (longest first at one position). A substring search per key is far
 * cheaper than one regex with many alternatives tried at every position of the text.
 *
 * @param patterns - the keyed alternatives of a detector
 * @param context - the text and its windows
 * @param each - called with every match, in order
 * @example scanKeyed([keyed(['a'], 'a')], { text: 'ba', windows: null }, (m) => m.index) // calls each with index 1
 */
export function scanKeyed(patterns: readonly KeyedPattern[], context: Pick<DetectContext, 'text' | 'windows'>, each: (match: RegExpExecArray) => void): void {
  const { text } = context;
  const matches: RegExpExecArray[] = [];
  const collect = (m: RegExpExecArray): void => void matches.push(m);
  for (const pattern of patterns) if (pattern.any.test(text)) scan(pattern.re, context, collect);
  if (matches.length > 1) matches.sort((a, b) => a.index - b.index || b[0].length - a[0].length);
  for (const m of matches) each(m);
}
