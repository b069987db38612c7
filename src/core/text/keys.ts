// Which groups of key strings occur in a text, found in one pass over it. Detectors with many
// keyed patterns used to search their message once per pattern; an Aho-Corasick automaton over
// all their keys reads each character once, whatever the number of keys.

/** Finds which groups of key strings occur in a text. */
export interface KeyFinder {
  /** How many 32-bit words a set of found groups takes. */
  readonly words: number;
  /**
   * Sets bit g (of word g >> 5) of `found` when some key of group g is a substring of `text`.
   *
   * @param text - the text to search
   * @param found - `words` words, cleared first
   */
  find(text: string, found: Int32Array): void;
}

/**
 * Builds the automaton for groups of ASCII keys.
 *
 * @param groups - the groups of keys (each a non-empty ASCII string)
 * @returns a finder whose bits follow the order of `groups`
 * @example const found = new Int32Array(1); keyFinder([['sue'], ['bank', 'card']]).find('my card company', found); found[0] // => 2
 */
export function keyFinder(groups: readonly (readonly string[])[]): KeyFinder {
  const words = Math.max(1, Math.ceil(groups.length / 32));
  // Characters that occur in no key share class 0, which leads back to the root.
  const classOf = new Uint8Array(128);
  let width = 1;
  const trie: number[][] = [[]];
  const ends: Set<number>[] = [new Set()];
  groups.forEach((keys, group) => {
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
          ends.push(new Set());
          trie[state]![classOf[code]!] = to;
        }
        state = to;
      }
      ends[state]!.add(group);
    }
  });
  // Breadth first, so that a state's fallback (a shorter suffix) is complete before the state.
  // A state is a row of the table: first the number of the set of groups it finds (0 for none),
  // then its next state for each character class. States are numbered by the offset of their
  // row, which saves a multiplication per character, and what a state finds sits next to its
  // transitions, in the same cache line.
  const stride = width + 1;
  const size = trie.length * stride;
  const table = size <= 0x10000 ? new Uint16Array(size) : new Int32Array(size);
  const fallback = new Int32Array(trie.length);
  const queue: number[] = [];
  for (let c = 0; c < width; c++) {
    const to = trie[0]![c];
    if (to !== undefined) {
      table[1 + c] = to * stride;
      queue.push(to);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const back = fallback[state]!;
    for (const group of ends[back]!) ends[state]!.add(group);
    for (let c = 0; c < width; c++) {
      const to = trie[state]![c];
      if (to === undefined) {
        table[state * stride + 1 + c] = table[back * stride + 1 + c]!;
      } else {
        fallback[to] = table[back * stride + 1 + c]! / stride;
        table[state * stride + 1 + c] = to * stride;
        queue.push(to);
      }
    }
  }
  const sets: number[] = Array.from({ length: words }, () => 0);
  const numbered = new Map<string, number>();
  ends.forEach((found, state) => {
    if (found.size === 0) return;
    const bits = Array.from({ length: words }, () => 0);
    for (const group of found) bits[group >> 5]! |= 1 << (group & 31);
    const name = bits.join();
    let set = numbered.get(name);
    if (set === undefined) {
      set = sets.length / words;
      numbered.set(name, set);
      sets.push(...bits);
    }
    table[state * stride] = set;
  });
  // The column of each ASCII character in a row.
  const column = classOf.map((c) => c + 1);
  const setBits = Int32Array.from(sets);
  return {
    words,
    find(text: string, found: Int32Array): void {
      found.fill(0);
      let row = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        row = table[row + (code < 128 ? column[code]! : 1)]!;
        const set = table[row]!;
        if (set !== 0) for (let w = 0; w < words; w++) found[w]! |= setBits[set * words + w]!;
      }
    },
  };
}
