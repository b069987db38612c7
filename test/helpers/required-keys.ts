import { parse, type AstNode, type CharacterClass, type RootNode } from 'regjsparser';

// Proves from a regex's syntax tree that every match leaves one of a list of key strings in the
// text: the keyed patterns run only on messages with one of their keys, so a key the regex does
// not need would hide a match. The proof is conservative: "not proved" may mean a key is missing
// or the regex is too loose to reason about; either way the keys must change.

/** How many strings a finite part of a regex may stand for before it counts as open. */
const LIMIT = 4000;

type Node = AstNode | RootNode;

/**
 * The strings a part of a regex can match, when they are few; null when they are many or unbounded.
 * Zero-width parts (anchors, lookarounds) match the empty string.
 */
function exact(node: Node): string[] | null {
  switch (node.type) {
    case 'value':
      return [String.fromCodePoint(node.codePoint)];
    case 'characterClass':
      return classChars(node);
    case 'characterClassEscape':
      return node.value === 'd' ? [...'0123456789'] : null;
    case 'anchor':
      return [''];
    case 'group':
      if (node.behavior !== 'normal' && node.behavior !== 'ignore') return [''];
      return sequence(node.body);
    case 'alternative':
      return sequence(node.body);
    case 'disjunction': {
      const all: string[] = [];
      for (const branch of node.body) {
        const strings = exact(branch);
        if (!strings || all.length + strings.length > LIMIT) return null;
        all.push(...strings);
      }
      return all;
    }
    case 'quantifier': {
      const body = exact(node.body[0]);
      if (!body || node.max === undefined || node.max > 3) return null;
      let out: string[] = node.min === 0 ? [''] : [];
      let power: string[] = [''];
      for (let n = 1; n <= node.max; n++) {
        const longer = product(power, body);
        if (!longer) return null;
        power = longer;
        if (n >= node.min) out = [...out, ...power];
      }
      return out.length > LIMIT ? null : out;
    }
    default:
      return null;
  }
}

function classChars(node: CharacterClass): string[] | null {
  if (node.negative) return null;
  const out: string[] = [];
  for (const part of node.body) {
    if (part.type === 'value') out.push(String.fromCodePoint(part.codePoint));
    else if (part.type === 'characterClassRange' && part.max.codePoint - part.min.codePoint < 64) {
      for (let c = part.min.codePoint; c <= part.max.codePoint; c++) out.push(String.fromCodePoint(c));
    } else if (part.type === 'characterClassEscape' && part.value === 'd') out.push(...'0123456789');
    else return null;
  }
  return out;
}

function sequence(terms: readonly Node[]): string[] | null {
  let out: string[] | null = [''];
  for (const term of terms) {
    const strings = exact(term);
    if (!strings) return null;
    out = product(out, strings);
    if (!out) return null;
  }
  return out;
}

function product(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > LIMIT) return null;
  return a.flatMap((x) => b.map((y) => x + y));
}

const holdsKey = (keys: readonly string[]) => (s: string) => keys.some((k) => s.includes(k));

/**
 * Whether every match of a part of a regex puts one of `keys` in the text.
 *
 * @param node - a node of the regex's syntax tree
 * @param keys - the key strings
 * @returns true when proved
 */
function covered(node: Node, keys: readonly string[]): boolean {
  switch (node.type) {
    case 'group':
      // A lookahead's or lookbehind's text is in the message, which is where keys are looked for.
      if (node.behavior === 'negativeLookahead' || node.behavior === 'negativeLookbehind') return false;
      return coveredSequence(node.body, keys);
    case 'alternative':
      return coveredSequence(node.body, keys);
    case 'disjunction':
      return node.body.every((branch) => covered(branch, keys));
    case 'quantifier':
      return node.min > 0 && covered(node.body[0], keys);
    default: {
      const strings = exact(node);
      return strings !== null && strings.every(holdsKey(keys));
    }
  }
}

// A sequence is covered when one of its terms is, or when every string of some run of consecutive
// finite terms holds a key (a key may span terms: "nd" then " " holds "nd ").
function coveredSequence(terms: readonly Node[], keys: readonly string[]): boolean {
  if (terms.some((term) => covered(term, keys))) return true;
  for (let i = 0; i < terms.length; i++) {
    let run: string[] | null = [''];
    for (let j = i; j < terms.length && run; j++) {
      const strings = exact(terms[j]!);
      run = strings ? product(run, strings) : null;
      if (run && run.every(holdsKey(keys))) return true;
    }
  }
  return false;
}

/**
 * Whether the regex can only match where one of the keys is in the text.
 *
 * @param source - the regex source, as the pattern compiles it (flags 'g')
 * @param keys - the pattern's key strings
 * @returns true when proved from the syntax
 * @example keysProved(String.raw`\bwill sue\b`, ['sue']) // => true
 */
export function keysProved(source: string, keys: readonly string[]): boolean {
  return covered(parse(source, '', { lookbehind: true, namedGroups: true, unicodePropertyEscape: true }) as Node, keys);
}
