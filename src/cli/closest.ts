/**
 * The known name nearest to a misspelled one, by edit distance (insertions, deletions,
 * substitutions and swaps of neighbours each count one); the first in `known` wins a tie.
 *
 * @param name - what was written
 * @param known - the names that exist
 * @returns the nearest known name, or undefined when there are none
 * @example closest('weight_abuze', ['weight_abuse', 'window_days']) // => 'weight_abuse'
 */
export function closest(name: string, known: readonly string[]): string | undefined {
  // Past a hundred characters it is not a misspelling; the distance grows with the product of the lengths.
  const written = name.slice(0, 100).toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(written, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Optimal string alignment distance. */
function distance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}
