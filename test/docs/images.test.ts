/**
 * The pictures the README and the docs show are committed files: `npm run screenshots` rewrites
 * them on purpose, and `npm test` writes its own screenshots to the ignored test-results/ instead.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const pages = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

function tracked(): Set<string> | null {
  try {
    return new Set(execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n'));
  } catch {
    return null; // not a git checkout: existence is all that can be checked
  }
}

describe('the images the README and docs show', () => {
  const files = tracked();
  it.each(pages)('%s shows only committed images', (page) => {
    const text = readFileSync(join(ROOT, page), 'utf8');
    const images = [...text.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((src) => !/^https?:/.test(src));
    const missing = images
      .map((src) => relative(ROOT, join(ROOT, dirname(page), src)))
      .filter((path) => !existsSync(join(ROOT, path)) || (files !== null && !files.has(path)));
    expect(missing).toEqual([]);
  });

  it('the README shows at least one screenshot', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toMatch(/!\[[^\]]*\]\(docs\/screenshots\/[^)]+\.png\)/);
  });
});
