/**
 * Where things are in a JSON text that JSON.parse has already accepted: the line of a field named by
 * its path, the source of a number as written. JSON.parse keeps neither: it gives no positions, and
 * reads 12345678901234567890 as 12345678901234567000.
 */

/** A path as messages show it: `tickets[3].created_at`. */
export type PathText = string;

/**
 * A field's path as messages show it.
 *
 * @param path - keys and array indexes, as zod reports them
 * @returns the path, or `(the bundle)` for the root
 * @example pathText(['tickets', 3, 'created_at']) // => 'tickets[3].created_at'
 */
export function pathText(path: readonly PropertyKey[]): PathText {
  if (path.length === 0) return '(the bundle)';
  let out = '';
  for (const part of path) out = child(out, typeof part === 'number' ? part : String(part));
  return out;
}

function child(parent: string, part: string | number): string {
  if (typeof part === 'number') return `${parent}[${part}]`;
  return parent === '' ? part : `${parent}.${part}`;
}

/** One value met on the walk: the keys and indexes that lead to it, and where it is. */
interface Visit {
  segments: readonly (string | number)[];
  start: number;
  end: number;
}

/**
 * Walks every value of a valid JSON text, depth first, in the order written. Throws RangeError on
 * nesting too deep for the stack; the callers then go without positions.
 */
function walk(text: string, visit: (value: Visit) => void): void {
  const segments: (string | number)[] = [];
  const value = (i: number): number => {
    const start = i;
    const c = text.charCodeAt(i);
    let end: number;
    if (c === 123 /* { */) {
      i = space(text, i + 1);
      if (text.charCodeAt(i) === 125) end = i + 1;
      else {
        for (;;) {
          const keyEnd = stringEnd(text, i);
          const raw = text.slice(i, keyEnd);
          const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
          i = space(text, space(text, keyEnd) + 1);
          segments.push(key);
          i = space(text, value(i));
          segments.pop();
          if (text.charCodeAt(i) === 44 /* , */) i = space(text, i + 1);
          else break;
        }
        end = i + 1;
      }
    } else if (c === 91 /* [ */) {
      i = space(text, i + 1);
      if (text.charCodeAt(i) === 93) end = i + 1;
      else {
        for (let index = 0; ; index++) {
          segments.push(index);
          i = space(text, value(i));
          segments.pop();
          if (text.charCodeAt(i) === 44) i = space(text, i + 1);
          else break;
        }
        end = i + 1;
      }
    } else if (c === 34 /* " */) end = stringEnd(text, i);
    else {
      end = i + 1;
      while (end < text.length && !DELIMITER.has(text.charCodeAt(end))) end++;
    }
    visit({ segments, start, end });
    return end;
  };
  value(space(text, 0));
}

const DELIMITER = new Set([44, 93, 125, 32, 9, 10, 13]);

function space(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) i++;
    else return i;
  }
}

function stringEnd(text: string, i: number): number {
  let from = i + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return text.length;
    let slash = quote - 1;
    while (text.charCodeAt(slash) === 92 /* \ */) slash--;
    if ((quote - 1 - slash) % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/**
 * The line (1-based) each of the given fields starts on.
 *
 * @param text - JSON that JSON.parse accepts
 * @param paths - the fields, as `pathText` writes them
 * @returns their lines; a path that is not in the text (or a text nested too deep to walk) has none
 * @example linesOf('{\n"a": [1,\n2]}', ['a[1]']) // => Map { 'a[1]' => 3 }
 */
export function linesOf(text: string, paths: Iterable<PathText>): Map<PathText, number> {
  const wanted = new Set(paths);
  const offsets = new Map<PathText, number>();
  if (wanted.size === 0) return new Map();
  try {
    walk(text, ({ segments, start }) => {
      const path = pathText(segments);
      if (wanted.has(path)) offsets.set(path, start);
    });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  const lines = new Map<PathText, number>();
  const sorted = [...offsets].toSorted((a, b) => a[1] - b[1]);
  let line = 1;
  let at = 0;
  for (const [path, offset] of sorted) {
    for (; at < offset; at++) if (text.charCodeAt(at) === 10) line++;
    lines.set(path, line);
  }
  return lines;
}

/** An integer written in the text that a JavaScript number cannot hold exactly. */
export interface UnsafeInteger {
  path: PathText;
  /** As written, e.g. `12345678901234567890`. */
  source: string;
}

/**
 * The ids written as integers beyond Number.MAX_SAFE_INTEGER: fields named `id` or `…_id`, and the
 * items of `…_ids` lists. JSON.parse would round them to another id.
 *
 * @param text - JSON that JSON.parse accepts
 * @returns each such id with its path and digits, in the order written
 * @example unsafeIds('{"id": 12345678901234567890}') // => [{ path: 'id', source: '12345678901234567890' }]
 */
export function unsafeIds(text: string): UnsafeInteger[] {
  const found: UnsafeInteger[] = [];
  try {
    walk(text, ({ segments, start, end }) => {
      // Only digits and a long run of them: cheap to test on every value of a large bundle.
      if (end - start < 16) return;
      const first = text.charCodeAt(start);
      if (first !== 45 /* - */ && (first < 48 || first > 57)) return;
      const source = text.slice(start, end);
      if (!/^-?\d+$/.test(source) || Number.isSafeInteger(Number(source))) return;
      const last = segments.at(-1);
      const parent = segments.at(-2);
      const isId = typeof last === 'string' ? last === 'id' || last.endsWith('_id') : typeof parent === 'string' && parent.endsWith('_ids');
      if (isId) found.push({ path: pathText(segments), source });
    });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  return found;
}

/**
 * The source text of one member of a JSON object, as written.
 *
 * @param text - a JSON object that JSON.parse accepts
 * @param key - the member's name
 * @returns its source, or undefined when the object has no such member
 * @example memberSource('{"id": 12345678901234567890}', 'id') // => '12345678901234567890'
 */
export function memberSource(text: string, key: string): string | undefined {
  let source: string | undefined;
  try {
    // JSON.parse keeps the last of two members of one name; so does this.
    walk(text, ({ segments, start, end }) => {
      if (segments.length === 1 && segments[0] === key) source = text.slice(start, end);
    });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  return source;
}
