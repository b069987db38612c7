import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, SIGNAL_IDS, signals } from '../../src/core/signals/index';
import { signalExamples } from '../../src/core/signals/examples';

const docs = path.resolve(import.meta.dirname, '../../docs/signals');

/** The bullet examples under a "## <heading>" of a page: `text` or `text` → `excerpt`. */
function examples(page: string, heading: string): { text: string; excerpt?: string }[] {
  const start = page.indexOf(`\n## ${heading}\n`);
  if (start < 0) return [];
  const rest = page.slice(start + heading.length + 5);
  const end = rest.indexOf('\n## ');
  const section = end < 0 ? rest : rest.slice(0, end);
  const out: { text: string; excerpt?: string }[] = [];
  for (const line of section.split('\n')) {
    const m = /^- `{1,2} ?(.+?) ?`{1,2}(?: → `{1,2} ?(.+?) ?`{1,2})?$/.exec(line);
    if (m) out.push(m[2] ? { text: m[1]!, excerpt: m[2] } : { text: m[1]! });
  }
  return out;
}

describe('every signal has its module, example table and page', () => {
  it.each(SIGNAL_IDS)('%s', (id) => {
    const module = signals.find((s) => s.meta.id === id);
    expect(module, `no module for ${id} in the registry`).toBeDefined();
    expect(signalExamples[id].flagged.length).toBeGreaterThanOrEqual(3);
    expect(signalExamples[id].notFlagged.length).toBeGreaterThanOrEqual(3);
    const file = path.join(docs, `${id}.md`);
    expect(existsSync(file), `docs/signals/${id}.md is missing`).toBe(true);
    const page = readFileSync(file, 'utf8');
    expect(page).toContain('## What it catches');
    expect(page).toContain('## What it deliberately does not flag');
    expect(examples(page, 'Flagged').length).toBeGreaterThanOrEqual(3);
    expect(examples(page, 'Not flagged').length).toBeGreaterThanOrEqual(3);
  });
  it('the registry has exactly the listed signals', () => {
    expect(signals.map((s) => s.meta.id).toSorted()).toEqual([...SIGNAL_IDS].toSorted());
  });
});

describe('the examples on each page hold', () => {
  for (const id of SIGNAL_IDS) {
    const file = path.join(docs, `${id}.md`);
    if (!existsSync(file)) continue;
    const page = readFileSync(file, 'utf8');
    for (const example of examples(page, 'Flagged')) {
      it(`${id} flags: ${example.text}`, () => {
        const hits = classify(example.text).filter((h) => h.signal === id);
        expect(hits.length, `${id} missed "${example.text}"`).toBeGreaterThan(0);
        if (example.excerpt) {
          const at = example.text.indexOf(example.excerpt);
          expect(at, 'the excerpt must be part of the example').toBeGreaterThanOrEqual(0);
          expect(hits.some((h) => h.start < at + example.excerpt!.length && h.end > at)).toBe(true);
        }
      });
    }
    for (const example of examples(page, 'Not flagged')) {
      it(`${id} does not flag: ${example.text}`, () => {
        const hits = classify(example.text).filter((h) => h.signal === id);
        expect(hits.map((h) => example.text.slice(h.start, h.end))).toEqual([]);
      });
    }
  }
});
