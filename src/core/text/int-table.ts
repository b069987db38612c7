// A fixed map from word hashes to bit sets, in two typed arrays. The word pass looks every word
// up twice; probing an open-addressed Int32Array is several times cheaper than Map.get.

/** A read-only map from non-negative 31-bit integers to integers; absent keys read as 0. */
export interface IntTable {
  /** The key of each slot, or -1 for an empty slot. */
  readonly keys: Int32Array;
  readonly values: Int32Array;
  /** 32 minus the log2 of the slot count: a key's first slot is its Fibonacci hash shifted by this. */
  readonly shift: number;
}

/**
 * Builds a table with at least twice as many slots as entries, so that probes stay short.
 *
 * @param entries - the keys (non-negative 31-bit integers) and their values
 * @returns the table
 * @example lookup(intTable(new Map([[7, 3]])), 7) // => 3
 */
export function intTable(entries: ReadonlyMap<number, number>): IntTable {
  let bits = 4;
  while (1 << bits < entries.size * 2) bits++;
  const keys = new Int32Array(1 << bits).fill(-1);
  const values = new Int32Array(1 << bits);
  const table = { keys, values, shift: 32 - bits };
  const mask = keys.length - 1;
  for (const [key, value] of entries) {
    if (!Number.isInteger(key) || key < 0 || key > 0x7fffffff) throw new Error(`intTable keys are non-negative 31-bit integers, not ${key}`);
    let slot = Math.imul(key, 0x9e3779b1) >>> table.shift;
    while (keys[slot] !== -1 && keys[slot] !== key) slot = (slot + 1) & mask;
    keys[slot] = key;
    values[slot] = value;
  }
  return table;
}

/**
 * The value of a key, or 0 when the table does not have it.
 *
 * @param table - the table
 * @param key - a non-negative 31-bit integer
 * @returns its value, or 0
 * @example lookup(intTable(new Map([[7, 3]])), 8) // => 0
 */
export function lookup(table: IntTable, key: number): number {
  const { keys } = table;
  const mask = keys.length - 1;
  for (let slot = Math.imul(key, 0x9e3779b1) >>> table.shift; ; slot = (slot + 1) & mask) {
    const k = keys[slot]!;
    if (k === key) return table.values[slot]!;
    if (k === -1) return 0;
  }
}
