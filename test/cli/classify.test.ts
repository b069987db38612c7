import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/classify';
import type { CliIo } from '../../src/cli/io';

function io(stdin: string, files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIo = {
    stdin: (async function* () {
      // Split across chunks mid-line, as a pipe may deliver it.
      const bytes = new TextEncoder().encode(stdin);
      for (let i = 0; i < bytes.length; i += 7) yield bytes.slice(i, i + 7);
    })(),
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: async (p) => {
      if (!(p in files)) throw new Error(`ENOENT: no such file, open '${p}'`);
      return files[p]!;
    },
  };
  return { cli, out, err };
}

describe('customer-fit classify', () => {
  it('prints one line per input with spans that index the input text', async () => {
    const text = 'Thanks Ann! But I will sue if this is not fixed — “ѕһіt” service.';
    const { cli, out, err } = io(`${JSON.stringify({ id: 'a1', text })}\n{"id":"a2","text":"What time do you open on Sunday?"}\n`);
    expect(await run([], cli)).toBe(0);
    expect(err).toEqual([]);
    const lines = out.join('').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a1', 'a2']);
    const signals = lines[0].signals as { signal: string; start: number; end: number; excerpt: string }[];
    expect(signals.map((s) => s.signal)).toEqual(expect.arrayContaining(['legal-threat', 'profanity', 'gratitude']));
    for (const s of signals) expect(text.slice(s.start, s.end)).toBe(s.excerpt);
    expect(lines[1].signals).toEqual([]);
  });
  it('reports bad lines by number on stderr, keeps going, and exits 1', async () => {
    const { cli, out, err } = io('{"id":"1","text":"I want a manager now, speak to a manager"}\nnot json\n{"id":"3"}\n[1]\n{"id":"5","text":"thank you so much"}\n');
    expect(await run([], cli)).toBe(1);
    expect(out.join('').trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['1', '5']);
    const messages = err.join('');
    expect(messages).toMatch(/line 2: not valid JSON/);
    expect(messages).toMatch(/line 3: "text" must be a string/);
    expect(messages).toMatch(/line 4: expected a JSON object/);
  });
  it('reads a file when one is named, and says so when it cannot', async () => {
    const ok = io('', { 'in.ndjson': '{"id":"x","text":"fuck this"}' });
    expect(await run(['in.ndjson'], ok.cli)).toBe(0);
    expect(JSON.parse(ok.out.join('')).signals[0].signal).toBe('profanity');
    const missing = io('');
    expect(await run(['nope.ndjson'], missing.cli)).toBe(2);
    expect(missing.err.join('')).toBe('customer-fit classify: nope.ndjson: no such file; expected NDJSON lines {"id": "...", "text": "..."}.\n');
  });
  it('says detection is incomplete, and still reads with the patterns, when the weights cannot load', async () => {
    const { cli, out, err } = io('{"id":"1","text":"I will sue you."}\n');
    cli.loadModel = async () => ({ model: null, problem: 'cannot read model/signals.json: ENOENT' });
    expect(await run([], cli)).toBe(0);
    expect(err.join('')).toContain('detection is incomplete');
    expect(JSON.parse(out.join('')).signals.map((s: { signal: string }) => s.signal)).toContain('legal-threat');
  });
  it('takes a sensitivity level and refuses an unknown one', async () => {
    const sure = io('{"id":"1","text":"you lot are a bunch of clowns"}\n');
    expect(await run(['--sensitivity', 'sensitive'], sure.cli)).toBe(0);
    const signals = JSON.parse(sure.out.join('')).signals as { signal: string; confidence?: number }[];
    expect(signals.some((s) => s.signal === 'abuse')).toBe(true);
    const bad = io('');
    expect(await run(['--sensitivity', 'loud'], bad.cli)).toBe(2);
    expect(bad.err.join('')).toContain('precise, balanced or sensitive');
  });
});
