import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HISTORY_FACTOR_IDS } from '../../../src/core/rating';
import { SETTING_DEFINITIONS } from '../../../src/core/settings';
import { SIGNAL_IDS } from '../../../src/core/signals';

const doc = readFileSync(join(import.meta.dirname, '..', '..', '..', 'docs', 'rating.md'), 'utf8');
/** Backticked snake_case words in docs/rating.md that are Zendesk's fields, not settings. */
const ZENDESK_FIELDS = new Set(['author_id']);

describe('docs/rating.md', () => {
  it.each([...SIGNAL_IDS, ...HISTORY_FACTOR_IDS])('explains the factor %s', (id) => {
    expect(doc).toContain(`\`${id}\``);
  });

  it('names only settings that exist', () => {
    const named = [...doc.matchAll(/`([a-z]+(?:_[a-z]+)+)`/g)].map((m) => m[1]!).filter((word) => !ZENDESK_FIELDS.has(word));
    expect(named.length).toBeGreaterThan(20);
    for (const word of named) expect(Object.keys(SETTING_DEFINITIONS), word).toContain(word);
  });
});
