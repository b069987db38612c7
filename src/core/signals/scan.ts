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

/** A flagged example whose excerpt is the given part of the text. */
export function ex(text: string, excerpt: string): { text: string; excerpt: string } {
  return { text, excerpt };
}
