/**
 * Runs a global regex over a text, calling `each` for every match.
 *
 * @param re - a regex with the g flag (its lastIndex is reset)
 * @param text - the text to scan
 * @param each - called with every match
 * @example scan(/a/g, 'aa', (m) => console.log(m.index)) // logs 0 then 1
 */
export function scan(re: RegExp, text: string, each: (match: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    each(m);
  }
}

/** A flagged example whose excerpt is the given part of the text. */
export function ex(text: string, excerpt: string): { text: string; excerpt: string } {
  return { text, excerpt };
}
