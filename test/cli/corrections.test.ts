import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { run } from '../../src/cli/corrections';
import { readModel } from '../../src/cli/model';
import { DISMISSALS_FIELD, encodeDismissals, type Dismissal } from '../../src/core/dismissals';
import { createReader, rate } from '../../src/core/rating';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { LearnedModel } from '../../src/core/signals';
import { createDemoAccount } from '../../src/demo/account';
import { toHistoryBundle } from '../../src/demo/bundle';
import { HASH_BITS } from '../../src/core/signals/learned/features';
import { bags, type Read } from '../../scripts/train/cross-validate';
import { readMessage } from '../../scripts/train/examples';
import { readWritten } from '../../scripts/train/labels';
import { bagScore, trainMil } from '../../scripts/train/mil';

const NOW = new Date('2026-11-23T10:00:00Z');
let model: LearnedModel | null = null;

beforeAll(async () => {
  model = (await readModel()).model;
});

/** The abusive demo customer's bundle, with the team's dismissal of their first abuse quote stored on them. */
function bundleWithDismissal(): { text: string; dismissal: Dismissal } {
  const bundle = toHistoryBundle(createDemoAccount({ now: NOW }), 'abusive', { includeArchived: true }) as unknown as Record<string, unknown> & {
    user: { user_fields?: Record<string, unknown> };
  };
  const history = { ...(bundle as never as Parameters<typeof rate>[0]), organization: null };
  const rating = rate(history, DEFAULT_SETTINGS, NOW, createReader(model));
  const e = rating.factors.find((f) => f.id === 'abuse')!.evidence.find((x) => x.commentId !== null && x.quote)!;
  const dismissal: Dismissal = { ticketId: e.ticketId, commentId: e.commentId, signal: 'abuse', quote: e.quote!, by: { id: 5, name: 'Sam' }, at: NOW.toISOString(), reason: 'our running joke' };
  bundle.user.user_fields = { ...bundle.user.user_fields, [DISMISSALS_FIELD]: encodeDismissals({ v: 1, dismissed: [dismissal], restored: [], dropped: 0 }) };
  return { text: JSON.stringify({ ...bundle, now: NOW.toISOString() }), dismissal };
}

/** Rows as the trainer reads them, those labelled for abuse. */
function toRead(rows: ReturnType<typeof readWritten>): Read[] {
  return rows.filter((r) => r.labels.abuse !== null).map((r, i) => ({ id: `w${i}`, origin: r.origin, text: r.text, labels: r.labels, ...readMessage(r.text, model?.split ?? null) }));
}

async function corrections(files: Record<string, string>, args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, {
    stdin: (async function* () {})(),
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readFile: async (path) => {
      if (!(path in files)) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
      return files[path]!;
    },
    loadModel: async () => ({ model, problem: null }),
  });
  return { code, out, err };
}

describe('customer-fit corrections', () => {
  test('writes the dismissed quote’s message as a row labelled 0 for its signal, and the training loader reads it', async () => {
    const { text } = bundleWithDismissal();
    const { code, out, err } = await corrections({ 'abusive.json': text }, ['abusive.json']);
    expect(code).toBe(0);
    expect(err).toContain('1 labelled example');
    const rows = out.trim().split('\n').map((line) => JSON.parse(line) as { text: string; labels: Record<string, number>; note: string });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.labels).toEqual({ abuse: 0 });
    expect(rows[0]!.note).toBe('team correction, not abuse: our running joke');

    const dir = mkdtempSync(join(tmpdir(), 'cf-corrections-'));
    writeFileSync(join(dir, 'team.jsonl'), out);
    const read = readWritten(dir);
    expect(read).toHaveLength(1);
    expect(read[0]!.labels.abuse).toBe(0);
    // Every other signal is unknown for this row, not "absent".
    expect(read[0]!.labels.profanity).toBeNull();
  });

  test('round trip: a tiny training run on the written rows with the exported row scores that message lower for the signal', async () => {
    const { text } = bundleWithDismissal();
    const { out } = await corrections({ 'abusive.json': text }, ['abusive.json']);
    const dir = mkdtempSync(join(tmpdir(), 'cf-corrections-'));
    writeFileSync(join(dir, 'team.jsonl'), out);
    const base = toRead(readWritten());
    const team = toRead(readWritten(dir));
    const options = { epochs: 2, rate: 0.1, l2: 1e-3, seed: 7 };
    const without = trainMil(bags(base, 'abuse'), 1 << HASH_BITS, options);
    const withTeam = trainMil(bags([...base, ...team], 'abuse'), 1 << HASH_BITS, options);
    const message = team[0]!;
    expect(bagScore(message, withTeam).score).toBeLessThan(bagScore(message, without).score);
  }, 60_000);

  test('customer-fit score rates without the dismissed quote, as the sidebar does', async () => {
    const { runScore } = await import('../../src/cli/score');
    const { text, dismissal } = bundleWithDismissal();
    const plain = JSON.parse(text) as { user: { user_fields: Record<string, unknown> } };
    delete plain.user.user_fields[DISMISSALS_FIELD];
    const scored = async (bundle: string) => {
      let out = '';
      const io = { stdin: (async function* () {})(), stdout: (t: string) => void (out += t), stderr: () => undefined, readFile: async () => bundle, loadModel: async () => ({ model, problem: null }) };
      expect(await runScore(['b.json'], io, () => NOW)).toBe(0);
      return JSON.parse(out) as { score: number; dismissed: { dismissal: Dismissal }[]; factors: { id: string; evidence: { quote?: string }[] }[] };
    };
    const withIt = await scored(text);
    const without = await scored(JSON.stringify(plain));
    expect(withIt.dismissed.map((d) => d.dismissal.quote)).toEqual([dismissal.quote]);
    expect(without.dismissed).toEqual([]);
    expect(without.factors.find((f) => f.id === 'abuse')!.evidence.map((e) => e.quote)).toContain(dismissal.quote);
    expect(withIt.factors.find((f) => f.id === 'abuse')?.evidence.map((e) => e.quote) ?? []).not.toContain(dismissal.quote);
  });

  test('a bundle with no dismissals gives no rows; a bad bundle is named and exits 1', async () => {
    const plain = JSON.stringify(toHistoryBundle(createDemoAccount({ now: NOW }), 'loyal', { includeArchived: true }));
    expect((await corrections({ 'loyal.json': plain }, ['loyal.json'])).out).toBe('');
    const bad = await corrections({ 'bad.json': '{"user": {}}' }, ['bad.json']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('bad.json is not a usable history bundle');
  });
});
