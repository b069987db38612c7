const strict = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes UTF-8 without replacing anything: a byte that is not part of a well-formed sequence is
 * reported by its offset, so the user can find it, instead of becoming U+FFFD in the rating.
 * A leading byte-order mark is dropped, as any UTF-8 reader does.
 *
 * @param bytes - the input
 * @returns the text, or the offset of the first byte that is not valid UTF-8
 * @example decodeUtf8(new Uint8Array([0x68, 0x69])) // => { text: 'hi' }
 * @example decodeUtf8(new Uint8Array([0x68, 0xff])) // => { invalidAt: 1 }
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { invalidAt: number } {
  try {
    return { text: strict.decode(bytes) };
  } catch {
    return { invalidAt: firstInvalidByte(bytes) };
  }
}

/**
 * The offset of the first byte that does not belong to a well-formed UTF-8 sequence
 * (Unicode, table 3-7: no overlong forms, no surrogates, nothing past U+10FFFF).
 *
 * @param bytes - the input
 * @returns the offset, or -1 when every byte is well-formed
 * @example firstInvalidByte(new Uint8Array([0xc3, 0x28])) // => 0
 */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < (k === 1 ? low : 0x80) || next > (k === 1 ? high : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * The line (1-based) a byte offset is on.
 *
 * @param bytes - the input
 * @param offset - a byte offset in it
 * @returns the line number
 * @example lineOfByte(new Uint8Array([0x61, 0x0a, 0x62]), 2) // => 2
 */
export function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
