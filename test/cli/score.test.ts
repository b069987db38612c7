import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io';
import { runScore } from '../../src/cli/score';
import { main } from '../../src/cli/main';
import { createDemoAccount, toHistoryBundle } from '../../src/demo';

const account = createDemoAccount({ now: new Date('2026-11-23T10:00:00Z') });
const bundleText = (key: Parameters<typeof toHistoryBundle>[1], extra: Record<string, unknown> = {}) => JSON.stringify({ ...toHistoryBundle(account, key), ...extra });

function fakeIo(stdin: string, files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdin: (async function* () {
      yield new TextEncoder().encode(stdin);
    })(),
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file, open '${path}'`);
      return text;
    },
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

const clock = () => new Date('2030-01-01T00:00:00Z');

describe('customer-fit score', () => {
  it('prints the rating of a bundle read from stdin as JSON', async () => {
    const run = fakeIo(bundleText('abusive'));
    expect(await runScore([], run.io, clock)).toBe(0);
    const rating = JSON.parse(run.out());
    expect(rating).toMatchObject({ band: 'poor', requesterId: expect.any(Number), problems: [] });
    expect(rating.window.to).toBe('2026-11-23T10:00:00.000Z');
    const abuse = rating.factors.find((f: { id: string }) => f.id === 'abuse');
    expect(Object.keys(abuse)).toEqual(expect.arrayContaining(['id', 'points', 'count', 'tickets', 'lastSeen', 'evidence']));
    expect(abuse.evidence[0]).toMatchObject({ ticketId: expect.any(Number), commentId: expect.any(Number), excerpt: expect.any(String) });
  });

  it('reads a FILE, applies the bundle settings, and prints text for a person', async () => {
    const run = fakeIo('', { 'late.json': bundleText('late-payer', { settings: { weight_review_threat: '40', half_life_days: 'soon' } }) });
    expect(await runScore(['late.json', '--format', 'text'], run.io, clock)).toBe(0);
    const text = run.out();
    expect(text).toMatch(new RegExp(`^${account.users.find((u) => u.id === account.requesters["late-payer"].userId)!.name} \\(requester \\d+\\): \\d+/100, poor fit\\n`));
    expect(text).toMatch(/review-threat: \d+ times on \d+ tickets/);
    expect(text).toMatch(/«[^»]+»/);
    expect(text).toContain('half_life_days must be a number');
    expect(run.err()).toContain('setting half_life_days must be a number');
  });

  it('rates as of the current time when the bundle has no now', async () => {
    const bundle = JSON.parse(bundleText('loyal'));
    delete bundle.now;
    const run = fakeIo(JSON.stringify(bundle));
    expect(await runScore(['--format=json'], run.io, clock)).toBe(0);
    expect(JSON.parse(run.out()).window.to).toBe('2030-01-01T00:00:00.000Z');
  });

  it('names each bad field of a bundle and prints no rating', async () => {
    const bundle = JSON.parse(bundleText('loyal'));
    bundle.tickets[2].created_at = 42;
    bundle.user.id = 'me';
    bundle.now = 'yesterday';
    bundle.comments.first = [];
    const run = fakeIo(JSON.stringify(bundle));
    expect(await runScore([], run.io, clock)).toBe(1);
    expect(run.out()).toBe('');
    expect(run.err()).toContain('tickets[2].created_at');
    expect(run.err()).toContain('user.id');
    expect(run.err()).toContain('now: must be an ISO 8601 date');
    expect(run.err()).toContain('comments.first: is not a ticket id');
  });

  it('explains input that is not JSON, a missing file and bad options', async () => {
    const notJson = fakeIo('{"user":');
    expect(await runScore([], notJson.io, clock)).toBe(1);
    expect(notJson.err()).toContain('not valid JSON');
    const missing = fakeIo('');
    expect(await runScore(['nope.json'], missing.io, clock)).toBe(2);
    expect(missing.err()).toBe('customer-fit score: nope.json: no such file; expected a history bundle (JSON).\n');
    const format = fakeIo('');
    expect(await runScore(['--format', 'xml'], format.io, clock)).toBe(2);
    expect(format.err()).toContain('--format must be json or text');
    const two = fakeIo('');
    expect(await runScore(['a.json', 'b.json'], two.io, clock)).toBe(2);
  });

  it('says a fault of its own in one line with exit 70, not with a stack trace', async () => {
    const run = fakeIo(bundleText('loyal'));
    run.io.loadModel = async () => {
      throw new TypeError('weights.slice is not a function');
    };
    expect(await main(['score'], run.io)).toBe(70);
    expect(run.out()).toBe('');
    expect(run.err()).toBe('customer-fit score: internal error: weights.slice is not a function. Please report it with the command and its input.\n');
  });

  it('is reachable through the dispatcher', async () => {
    const run = fakeIo(bundleText('newcomer'));
    expect(await main(['score'], run.io)).toBe(0);
    expect(JSON.parse(run.out())).toMatchObject({ band: 'insufficient', score: null });
  });
});
