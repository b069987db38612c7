/**
 * The installed command: bin/customer-fit.js runs the built JavaScript in dist-cli/ with plain Node,
 * no TypeScript loader (`npm run build` and `npm install` build it).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'customer-fit.js');
const cli = (args: string[], input = '') => {
  const result = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '' } });
  return { code: result.status, out: result.stdout, err: result.stderr };
};

describe('bin/customer-fit.js', () => {
  it('runs from built JavaScript with plain node', () => {
    expect(readFileSync(BIN, 'utf8')).not.toMatch(/tsx|\.ts['"]/);
    const { code, out, err } = cli(['classify'], '{"id":"1","text":"I will leave a 1-star review on Yelp."}\n');
    expect(err, 'run npm run build:cli first').toBe('');
    expect(code).toBe(0);
    const line = JSON.parse(out) as { id: string; signals: { signal: string }[] };
    expect(line.id).toBe('1');
    expect(line.signals.map((s) => s.signal)).toContain('review-threat');
  });

  it('scores a demo bundle end to end', () => {
    const bundle = cli(['demo-bundle', 'late-payer']);
    expect(bundle.code).toBe(0);
    const scored = cli(['score', '--format', 'text'], bundle.out);
    expect(scored.code).toBe(0);
    expect(scored.out).toMatch(/^\S.* \(requester \d+\): \d+\/100, poor fit/);
  });

  it('says a missing file in one line and exits 2', () => {
    const { code, out, err } = cli(['score', 'no-such-bundle.json']);
    expect({ code, out, err }).toEqual({ code: 2, out: '', err: 'customer-fit score: no-such-bundle.json: no such file; expected a history bundle (JSON).\n' });
  });

  it('tsx is a development dependency only', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    expect(pkg.dependencies).not.toHaveProperty('tsx');
    expect(pkg.devDependencies).toHaveProperty('tsx');
  });
});
