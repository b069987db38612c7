import { describe, expect, it } from 'vitest';
import type { CustomerHistory, HistoryComment } from '../../src/core/history';
import { rate } from '../../src/core/rating';
import { parseSettings } from '../../src/core/settings';
import { REQUESTER_KEYS } from '../../src/demo/types';
import { toHistoryBundle } from '../../src/demo';
import { defaultSummarise } from '../../src/zendesk/history';
import { DEMO_NOW, demoAccount } from './helpers/mock-setup';

const settings = parseSettings({}).settings;

describe('defaultSummarise, what the cache keeps of a comment', () => {
  it('keeps the passages around a signal, never the whole of a long comment or its HTML', () => {
    const filler = 'The invoice export works as expected on our side. '.repeat(200);
    const comment: HistoryComment = {
      id: 1,
      author_id: 2,
      public: true,
      created_at: '2026-01-01T00:00:00Z',
      body: `${filler}If this is not fixed I will call my lawyer. ${filler}`,
      // Zendesk's html_body is the same comment as markup; the rating reads it first.
      html_body: `<p>${filler}If this is not fixed I will call my lawyer. ${filler}</p>`,
    };
    const summary = defaultSummarise(comment);
    expect(summary.body).toContain('I will call my lawyer');
    expect(summary.body!.length).toBeLessThan(comment.body!.length / 10);
    expect(summary.html_body).toBeUndefined();
    expect(summary.plain_body).toBeUndefined();
    expect(summary).toMatchObject({ id: 1, author_id: 2, public: true, created_at: '2026-01-01T00:00:00Z' });
  });

  it('keeps no text of a comment without a signal', () => {
    expect(defaultSummarise({ id: 1, author_id: 2, public: true, created_at: '2026-01-01T00:00:00Z', body: 'The export works now.' }).body).toBe('');
  });

  it.each(REQUESTER_KEYS)('%s: a re-open rated from the cache gives the rating of the full comments', (key) => {
    const bundle = toHistoryBundle(demoAccount(), key);
    const full: CustomerHistory = { user: bundle.user, organization: bundle.organization, tickets: bundle.tickets, comments: bundle.comments, baseline: null };
    const cached: CustomerHistory = {
      ...full,
      comments: Object.fromEntries(Object.entries(full.comments).map(([id, list]) => [id, list.map(defaultSummarise)])),
    };
    const a = rate(full, settings, DEMO_NOW);
    const b = rate(cached, settings, DEMO_NOW);
    expect(b.band).toBe(a.band);
    expect(b.score).toBe(a.score);
    expect(b.factors.map((f) => [f.id, f.count])).toEqual(a.factors.map((f) => [f.id, f.count]));
  });
});
