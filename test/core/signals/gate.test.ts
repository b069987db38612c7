import { describe, expect, it } from 'vitest';
import { classifyPrepared, signals } from '../../../src/core/signals/index';
import { wordTables } from '../../../src/core/signals/complaint/features';
import { signalExamples } from '../../../src/core/signals/examples';
import { prepare } from '../../../src/core/text/prepare';

// A pattern runs only on messages with one of its trigger words. The triggers are kept by hand
// beside the patterns, so this checks they agree: every example, run with every pattern on
// everything, finds exactly what the gated run finds. (`npm run eval` checks the same on the
// held-out real messages.)
const ungated = { tables: wordTables(new Map()), needs: signals.map(() => -1) };
const texts = Object.values(signalExamples).flatMap((e) => [...e.flagged.map((f) => f.text), ...e.notFlagged]);

const key = (h: { signal: string; start: number; end: number }): string => `${h.signal}:${h.start}:${h.end}`;

describe('the trigger-word gate', () => {
  it.each(texts)('loses no hit in %j', (text) => {
    const gated = classifyPrepared(text, prepare(text)).map(key);
    const all = classifyPrepared(text, prepare(text), signals, ungated).map(key);
    expect(gated).toEqual(all);
  });
});
