// The pass that speed bounds are measured against: what any text feature pass must at least do.
// Timed in the same run as the code it is compared with, so the ratio holds on any machine.

const TOKEN = /[a-z0-9']+/g;

/**
 * Lowercases and tokenises some texts.
 *
 * @param texts - the texts
 * @returns how many tokens they hold
 * @example baseline(["Don't panic", 'ok']) // => 3
 */
export function baseline(texts: readonly string[]): number {
  let tokens = 0;
  for (const text of texts) {
    const lower = text.toLowerCase();
    TOKEN.lastIndex = 0;
    while (TOKEN.exec(lower)) tokens++;
  }
  return tokens;
}
