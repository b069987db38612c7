// Which groups of key strings occur in a text, found in one pass over it. A detector with
// fifteen keyed patterns used to search its message once per pattern; an Aho-Corasick automaton
// over all their keys reads each character once, whatever the number of keys.

/** Finds which groups of key strings occur in a text. */
export interface KeyFinder {
  /** Bit g is set when some key of group g is a substring of `text`. */
  find(text: string): number;
}

/**
 * Builds the automaton for up to 31 groups of ASCII keys.
 *
 * @param groups - the groups of keys (each a non-empty ASCII string)
 * @returns a finder whose bits follow the order of `groups`
 * @example keyFinder([['sue'], ['bank', 'card']]).find('my card company') // => 2
 */
export function keyFinder(groups: readonly (readonly string[])[]): KeyFinder {
  if (groups.length > 31) throw new Error(`keyFinder takes up to 31 groups, not ${groups.length}`);
  // Characters that occur in no key share class 0, which leads back to the root.
  const classOf = new Uint8Array(128);
  let width = 1;
  const trie: number[][] = [[]];
  const outs: number[] = [0];
  groups.forEach((keys, bit) => {
    for (const key of keys) {
      if (key.length === 0) throw new Error('a key cannot be empty');
      let state = 0;
      for (let k = 0; k < key.length; k++) {
        const code = key.charCodeAt(k);
        if (code >= 128) throw new Error(`key "${key}" is not ASCII`);
        if (classOf[code] === 0) classOf[code] = width++;
        let to = trie[state]![classOf[code]!];
        if (to === undefined) {
          to = trie.length;
          trie.push([]);
          outs.push(0);
          trie[state]![classOf[code]!] = to;
        }
        state = to;
      }
      outs[state]! |= 1 << bit;
    }
  });
  // Breadth first, so that a state's fallback (a shorter suffix) is complete before the state.
  // States are numbered by the offset of their row (state × width), which saves a multiplication
  // per character, and their outputs are kept at the same offsets.
  const next = new Int32Array(trie.length * width);
  const fallback = new Int32Array(trie.length);
  const out = new Int32Array(trie.length * width);
  const queue: number[] = [];
  for (let c = 0; c < width; c++) {
    const to = trie[0]![c];
    if (to !== undefined) {
      next[c] = to * width;
      queue.push(to);
    }
  }
  out[0] = outs[0]!;
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const back = fallback[state]!;
    out[state * width] = outs[state]! | out[back * width]!;
    for (let c = 0; c < width; c++) {
      const to = trie[state]![c];
      if (to === undefined) {
        next[state * width + c] = next[back * width + c]!;
      } else {
        fallback[to] = next[back * width + c]! / width;
        next[state * width + c] = to * width;
        queue.push(to);
      }
    }
  }
  return {
    find(text: string): number {
      let row = 0;
      let found = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        row = next[row + (code < 128 ? classOf[code]! : 0)]!;
        found |= out[row]!;
      }
      return found;
    },
  };
}
