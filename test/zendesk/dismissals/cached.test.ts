import { describe, expect, test } from 'vitest';
import { readModel } from '../../../src/cli/model';
import type { CustomerHistory } from '../../../src/core/history';
import { createReader, rate } from '../../../src/core/rating';
import type { FitRating } from '../../../src/core/rating/types';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { createDemoAccount } from '../../../src/demo/account';
import { toHistoryBundle } from '../../../src/demo/bundle';
import { REQUESTER_KEYS } from '../../../src/demo/types';
import { summariserFor } from '../../../src/zendesk/cache/summarise';

const NOW = new Date('2026-11-23T10:00:00Z');

function quotes(rating: FitRating): string[] {
  return rating.factors.flatMap((f) => f.evidence.filter((e) => e.quote).map((e) => `${f.id}:${e.ticketId}:${e.commentId}:${e.quote}`)).toSorted();
}

describe('a dismissal names a quote the same way in a cached history', () => {
  // The cache keeps passages of a comment, not all of it, so offsets change; the fingerprint of the
  // highlighted words must not, or a dismissal would stop applying whenever the sidebar rates from cache.
  test('every demo customer’s quotes have the same fingerprints rated whole and rated from the cache’s summaries', async () => {
    const { model } = await readModel();
    const summarise = summariserFor(model);
    const account = createDemoAccount({ now: NOW });
    let compared = 0;
    for (const key of REQUESTER_KEYS) {
      const bundle = toHistoryBundle(account, key, { includeArchived: true }) as unknown as CustomerHistory;
      const whole: CustomerHistory = { ...bundle, organization: null };
      const cached: CustomerHistory = { ...whole, comments: Object.fromEntries(Object.entries(whole.comments).map(([id, list]) => [id, list.map(summarise)])) };
      const expected = quotes(rate(whole, DEFAULT_SETTINGS, NOW, createReader(model)));
      expect(quotes(rate(cached, DEFAULT_SETTINGS, NOW, createReader(model))), key).toEqual(expected);
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(100);
  }, 60_000);
});
