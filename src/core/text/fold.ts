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

/** Characters that render as nothing; dropping them defeats "f\u200Buck" style masking. */
function isInvisible(code: number): boolean {
  return (
    code === 0xad || code === 0x34f || code === 0x61c || code === 0x115f || code === 0x1160 || code === 0x17b4 ||
    code === 0x17b5 || code === 0x180e || (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) || (code >= 0xfe00 && code <= 0xfe0f) || code === 0xfeff
  );
}

const cache = new Map<number, string>();

/**
 * Folds one non-ASCII UTF-16 code unit to a single lowercase character, or '' when it is invisible.
 *
 * @param code - a UTF-16 code unit of 128 or more
 * @returns one character (folded), or '' to drop it
 * @example foldCode(0x0455) // => 's' (Cyrillic dze)
 */
export function foldCode(code: number): string {
  const cached = cache.get(code);
  if (cached !== undefined) return cached;
  const ch = String.fromCharCode(code);
  let out: string;
  if (isInvisible(code)) out = '';
  else if (LOOKALIKES[ch] !== undefined) out = LOOKALIKES[ch]!;
  else if (code >= 0xff01 && code <= 0xff5e) out = String.fromCharCode(code - 0xfee0).toLowerCase();
  else if (code >= 0xd800 && code <= 0xdfff) out = ' ';
  else {
    const lower = ch.toLowerCase();
    const base = lower.normalize('NFD').charAt(0);
    out = lower.length === 1 ? (base.charCodeAt(0) < 128 ? base : lower) : ch;
    if (LOOKALIKES[out] !== undefined) out = LOOKALIKES[out]!;
  }
  cache.set(code, out);
  return out;
}
