// A hashtag glues its words together (#worstservice), so a detector that knows "worst" and
// "service" would read it as one word it never met. Split by the words of the shared text, it
// gives the detectors the words they know.

/** Splits a hashtag's text (without the #) into words; null when it is not split. */
export type HashtagSplitter = (tag: string) => readonly string[] | null;

/** Tags outside these lengths are left whole: short ones are words, long ones cost time. */
const SHORTEST = 5;
const LONGEST = 40;
const LETTERS = /^[a-z]+$/;

/**
 * Builds a splitter from a word list in order of frequency. A tag is split into the sequence of
 * listed words most likely under Zipf's law (a word's cost is the log of its rank), as a reader
 * would; a tag with a part that is no listed word, or that is one word, is not split.
 *
 * @param words - lowercase words, the most frequent first
 * @returns the splitter
 * @example hashtagSplitter(['the', 'worst', 'service'])('worstservice') // => ['worst', 'service']
 * @example hashtagSplitter(['the', 'worst', 'service'])('worstxservice') // => null
 */
export function hashtagSplitter(words: readonly string[]): HashtagSplitter {
  const cost = new Map<string, number>();
  const scale = Math.log(Math.max(2, words.length));
  words.forEach((word, rank) => {
    if (!cost.has(word)) cost.set(word, Math.log((rank + 1) * scale));
  });
  const longestWord = words.reduce((most, word) => Math.max(most, word.length), 0);
  return (tag) => {
    if (tag.length < SHORTEST || tag.length > LONGEST || !LETTERS.test(tag) || cost.has(tag)) return null;
    const best = new Float64Array(tag.length + 1).fill(Infinity);
    const from = new Int32Array(tag.length + 1);
    best[0] = 0;
    for (let end = 1; end <= tag.length; end++) {
      for (let start = Math.max(0, end - longestWord); start < end; start++) {
        const c = cost.get(tag.slice(start, end));
        if (c !== undefined && best[start]! + c < best[end]!) {
          best[end] = best[start]! + c;
          from[end] = start;
        }
      }
    }
    if (best[tag.length] === Infinity) return null;
    const parts: string[] = [];
    for (let end = tag.length; end > 0; end = from[end]!) parts.unshift(tag.slice(from[end]!, end));
    return parts;
  };
}
