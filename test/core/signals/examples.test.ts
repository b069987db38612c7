import { describe, expect, it } from 'vitest';
import { classify, signals } from '../../../src/core/signals/index';
import { signalExamples } from '../../../src/core/signals/examples';

// Each module's own example table, like an ESLint rule's valid/invalid cases.
describe.each(signals.map((s) => [s.meta.id, s] as const))('%s', (id, module) => {
  it.each(signalExamples[id].flagged.map((e) => [e.text, e] as const))('flags %s', (_, example) => {
    const at = example.text.indexOf(example.excerpt);
    expect(at).toBeGreaterThanOrEqual(0);
    const hits = classify(example.text).filter((h) => h.signal === id);
    expect(hits.some((h) => h.start < at + example.excerpt.length && h.end > at), `spans: ${JSON.stringify(hits.map((h) => example.text.slice(h.start, h.end)))}`).toBe(true);
  });
  it.each(signalExamples[id].notFlagged)('does not flag %s', (text) => {
    expect(classify(text).filter((h) => h.signal === id).map((h) => text.slice(h.start, h.end))).toEqual([]);
  });
  it('has a description and a message for every hit', () => {
    expect(module.meta.description.length).toBeGreaterThan(20);
    expect(Object.keys(module.meta.messages).length).toBeGreaterThan(0);
  });
});
