import { classifyPrepared, signals } from '../../src/core/signals/index';
import { wordTables } from '../../src/core/signals/complaint/features';
import { prepare } from '../../src/core/text/prepare';

/**
 * Compares the patterns run behind their trigger-word gate with every pattern run on everything.
 *
 * @param texts - the messages
 * @returns hits found each way, and how many the gate lost
 * @example checkGate(['I will sue you']).lost // => 0
 */
export function checkGate(texts: readonly string[]): { messages: number; gated: number; ungated: number; lost: number } {
  const ungatedTables = { tables: wordTables(new Map()), needs: signals.map(() => -1) };
  let gated = 0;
  let ungated = 0;
  let lost = 0;
  for (const text of texts) {
    const kept = new Set(classifyPrepared(text, prepare(text)).map((h) => `${h.signal}:${h.start}`));
    gated += kept.size;
    for (const h of classifyPrepared(text, prepare(text), signals, ungatedTables)) {
      ungated++;
      if (!kept.has(`${h.signal}:${h.start}`)) lost++;
    }
  }
  return { messages: texts.length, gated, ungated, lost };
}
