// Look-alike characters folded to the ASCII letter they imitate, so "ѕһіt" (Cyrillic) or "ｆｕｃｋ"
// (fullwidth) read like their Latin forms. One character in, one out: offsets stay aligned.
const LOOKALIKES: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  ѕ: 's', і: 'i', ї: 'i', ј: 'j', һ: 'h', ԁ: 'd', ӏ: 'l', ɡ: 'g', ԛ: 'q', ԝ: 'w',
  // Greek
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ϲ: 'c',
  // Typographic punctuation to its plain form
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u00b4': "'", '`': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00a0': ' ', '\u2002': ' ', '\u2003': ' ', '\u2009': ' ', '\u202f': ' ', '\u3000': ' ',
  '\u2026': '.', '\u00df': 's', '\u0131': 'i', '\u0142': 'l', '\u00f8': 'o', '\u0111': 'd',
};

// What renders as nothing or only marks the letter before it: format characters (direction
// overrides, zero-width spaces, soft hyphens), combining marks and variation selectors, Hangul
// fillers, and control characters other than tabs and line breaks. Dropping them defeats
// "f\u200Buck", "su\u0000e" and "s\u0301ue" style masking.
// oxlint-disable-next-line no-control-regex -- control characters are what this finds
const DROPPED = /[\p{Cf}\p{M}\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u115f\u1160\u3164\uffa0]/u;

/**
 * Whether the detectors read past a character as if it were not there.
 *
 * @param ch - one UTF-16 code unit, as a string
 * @returns true for invisible formatting, combining marks and control characters
 * @example isDropped('\u0301') // => true
 */
export function isDropped(ch: string): boolean {
  return DROPPED.test(ch);
}

/**
 * Folds one non-ASCII UTF-16 code unit to a single lowercase character, or '' when it is dropped.
 *
 * @param code - a UTF-16 code unit of 128 or more
 * @returns one character (folded), or '' to drop it
 * @example foldCode(0x0455) // => 's' (Cyrillic dze)
 */
export function foldCode(code: number): string {
  const ch = String.fromCharCode(code);
  if (isDropped(ch)) return '';
  if (LOOKALIKES[ch] !== undefined) return LOOKALIKES[ch]!;
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0).toLowerCase();
  if (code >= 0xd800 && code <= 0xdfff) return ' ';
  const lower = ch.toLowerCase();
  const base = lower.normalize('NFD').charAt(0);
  const out = lower.length === 1 ? (base.charCodeAt(0) < 128 ? base : lower) : ch;
  return LOOKALIKES[out] ?? out;
}
