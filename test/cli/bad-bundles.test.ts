/**
 * `customer-fit score` does not believe a bundle blindly: what it cannot rate stops it with exit 1,
 * what it leaves out it says on stderr, each time with the line and the field. Run as a user runs
 * it: the built command (`npm run build:cli`) on a file.
 */
import { describe, expect, it } from 'vitest';
import { bundleText, cli, demoBundle, file, lineOf, type Bundle, type Scored } from './helpers/run';

const STACK = /\n\s+at /;

function score(name: string, bundle: Bundle | string, ...args: string[]) {
  const path = file(name, typeof bundle === 'string' ? bundle : bundleText(bundle));
  const ran = cli(['score', path, ...args]);
  return { ...ran, path, rating: () => JSON.parse(ran.out) as Scored };
}

/** The warnings on stderr, one a line. */
const warnings = (err: string) => err.split('\n').filter((l) => l.startsWith('customer-fit score: warning: '));

describe('customer-fit score leaves out what it cannot believe, and says so with line and field', () => {
  const clean = score('clean.json', demoBundle('late-payer'));

  it('rates a clean bundle without a word on stderr', () => {
    expect(clean.code).toBe(0);
    expect(clean.err).toBe('');
    expect(clean.rating().stats).toMatchObject({ tickets: 7, commentsRead: 25 });
  });

  it('a ticket listed twice counts once', () => {
    const bundle = demoBundle('late-payer');
    bundle.tickets.push(structuredClone(bundle.tickets[1]!));
    const text = bundleText(bundle);
    const run = score('twice.json', text);
    expect(run.code).toBe(0);
    expect(run.rating()).toEqual(clean.rating());
    const line = lineOf(text, JSON.stringify(bundle.tickets[1]), 1);
    expect(warnings(run.err)).toEqual([
      `customer-fit score: warning: ${run.path} line ${line}, tickets[7]: ticket ${bundle.tickets[1]!.id} is also tickets[1]; this copy is dropped.`,
    ]);
  });

  it('a comment listed twice counts once', () => {
    const bundle = demoBundle('late-payer');
    const key = String(bundle.tickets[0]!.id);
    const thread = bundle.comments[key]!;
    thread.push(structuredClone(thread[0]!));
    const text = bundleText(bundle);
    const run = score('comment-twice.json', text);
    expect(run.code).toBe(0);
    expect(run.rating().stats.commentsRead).toBe(25);
    expect(run.rating().score).toBe(clean.rating().score);
    const line = lineOf(text, JSON.stringify(thread[0]), 1);
    expect(warnings(run.err)).toEqual([
      `customer-fit score: warning: ${run.path} line ${line}, comments.${key}[${thread.length - 1}]: comment ${thread[0]!.id} is also comments.${key}[0]; this copy is dropped.`,
    ]);
  });

  it('comments of a ticket that is not in the bundle are left out', () => {
    const bundle = demoBundle('late-payer');
    const key = String(bundle.tickets[0]!.id);
    bundle.comments['999'] = structuredClone(bundle.comments[key]!).map((c, i) => ({ ...c, id: 900_000 + i }));
    const text = bundleText(bundle);
    const run = score('unknown-ticket.json', text);
    expect(run.code).toBe(0);
    expect(run.rating()).toEqual(clean.rating());
    expect(warnings(run.err)).toEqual([
      `customer-fit score: warning: ${run.path} line ${lineOf(text, '"999": [')}, comments.999: there is no ticket 999 in tickets; its ${bundle.comments['999'].length} comments are dropped.`,
    ]);
  });

  it("another requester's ticket is left out, with its comments", () => {
    const bundle = demoBundle('late-payer');
    const stranger = demoBundle('loyal');
    const ticket = stranger.tickets[0]!;
    bundle.tickets.push(ticket);
    bundle.comments[String(ticket.id)] = stranger.comments[String(ticket.id)]!;
    const text = bundleText(bundle);
    const run = score('stranger.json', text);
    expect(run.code).toBe(0);
    expect(run.rating()).toEqual(clean.rating());
    const count = stranger.comments[String(ticket.id)]!.length;
    expect(warnings(run.err)).toEqual([
      `customer-fit score: warning: ${run.path} line ${lineOf(text, JSON.stringify(ticket))}, tickets[7].requester_id: ticket ${ticket.id} was asked by requester ${ticket.requester_id}, not by user ${bundle.user.id}; the ticket and its ${count} comments are dropped.`,
    ]);
  });

  it('a ticket or comment whose date is not a real ISO 8601 date is left out, never read as some other day', () => {
    const bundle = demoBundle('late-payer');
    bundle.tickets[2]!.created_at = 'not a date';
    bundle.tickets[3]!.created_at = '2026-02-30T10:00:00Z';
    bundle.tickets[4]!.updated_at = '2';
    const key = String(bundle.tickets[0]!.id);
    bundle.comments[key]![1]!.created_at = '2026-11-23T10:00:00';
    const text = bundleText(bundle);
    const run = score('dates.json', text);
    expect(run.code).toBe(0);
    expect(run.rating().stats.tickets).toBe(4);
    const lines = warnings(run.err);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(
      `customer-fit score: warning: ${run.path} line ${lineOf(text, JSON.stringify(bundle.tickets[2]))}, tickets[2].created_at: must be an ISO 8601 date-time such as 2026-11-23T10:00:00Z, not "not a date"; ticket ${bundle.tickets[2]!.id} and its ${bundle.comments[String(bundle.tickets[2]!.id)]!.length} comments are dropped.`,
    );
    expect(lines[1]).toContain(`tickets[3].created_at: must be an ISO 8601 date-time such as 2026-11-23T10:00:00Z, not "2026-02-30T10:00:00Z" (February 2026 has 28 days)`);
    expect(lines[2]).toContain(`tickets[4].updated_at: must be an ISO 8601 date-time such as 2026-11-23T10:00:00Z, not "2"`);
    expect(lines[3]).toContain(`comments.${key}[1].created_at: must be an ISO 8601 date-time such as 2026-11-23T10:00:00Z, not "2026-11-23T10:00:00" (no time zone: add Z or an offset such as +01:00); comment ${bundle.comments[key]![1]!.id} is dropped.`);
  });

  it('a misspelled setting is named with the setting it was probably meant to be', () => {
    const bundle = { ...demoBundle('late-payer'), settings: { weight_abuze: 40, window_days: '365' } };
    const text = bundleText(bundle);
    const run = score('setting.json', text);
    expect(run.code).toBe(0);
    expect(warnings(run.err)).toEqual([
      `customer-fit score: warning: ${run.path} line ${lineOf(text, '"settings"')}, settings.weight_abuze: there is no such setting; ignored. Did you mean weight_abuse?`,
    ]);
  });

  it('a misspelled part of the bundle is named too, since its contents would be lost', () => {
    const bundle: Bundle = { ...demoBundle('late-payer'), setings: { weight_abuse: 40 } };
    const text = bundleText(bundle);
    const run = score('part.json', text);
    expect(run.code).toBe(0);
    expect(warnings(run.err)).toEqual([
      `customer-fit score: warning: ${run.path} line ${lineOf(text, '"setings"')}, setings: a bundle has no such part; ignored. Did you mean settings?`,
    ]);
  });
});

describe('customer-fit score refuses a bundle it cannot rate, with exit 1 and no rating', () => {
  it.each([
    ['an impossible day', '2026-02-30T10:00:00Z', '(February 2026 has 28 days)'],
    ['a bare number', '2', ''],
    ['words', 'not a date', ''],
    ['a date beyond the year 9999', '+275760-09-13T00:00:00Z', '(the year must have four digits)'],
  ])('now as %s: one clear line, no stack trace', (_name, now, why) => {
    const bundle = { ...demoBundle('late-payer'), now };
    const text = bundleText(bundle);
    const run = score('now.json', text);
    expect({ code: run.code, out: run.out }).toEqual({ code: 1, out: '' });
    expect(run.err).not.toMatch(STACK);
    expect(run.err).toBe(
      `customer-fit score: ${run.path} is not a usable history bundle:\n  line ${lineOf(text, '"now"')}, now: must be an ISO 8601 date-time such as 2026-11-23T10:00:00Z, not ${JSON.stringify(now)}${why ? ` ${why}` : ''}\n`,
    );
  });

  it('JSON that does not parse: the line of the fault', () => {
    const text = bundleText(demoBundle('late-payer'));
    const broken = text.replace('"tickets": [\n', '"tickets": [\n    ,\n');
    const run = score('broken.json', broken);
    expect({ code: run.code, out: run.out }).toEqual({ code: 1, out: '' });
    expect(run.err).toBe(`customer-fit score: ${run.path} is not a usable history bundle:\n  line ${lineOf(broken, '    ,')}, column 5: not valid JSON: unexpected ","\n`);
  });

  it('a date far in the future as now is rated, or refused, never a crash', () => {
    for (const now of ['9999-12-31T23:59:59Z', '0001-01-01T00:00:00Z']) {
      const run = score('edge.json', { ...demoBundle('late-payer'), now });
      expect(run.err).not.toMatch(STACK);
      expect([0, 1]).toContain(run.code);
    }
  });
});

describe('customer-fit demo-bundle --now is read as strictly as a bundle\'s now', () => {
  it.each(['2', '2026-02-30T10:00:00Z', '+275760-09-13T00:00:00Z'])('%s: exit 2, no bundle', (now) => {
    const run = cli(['demo-bundle', 'late-payer', '--now', now]);
    expect({ code: run.code, out: run.out }).toEqual({ code: 2, out: '' });
    expect(run.err).toMatch(new RegExp(`^customer-fit demo-bundle: --now must be an ISO 8601 date-time such as 2026-11-23T10:00:00Z, not "${now.replace('+', '\\+')}"`));
  });
});
