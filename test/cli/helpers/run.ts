/**
 * Runs the installed command as a user does: `node bin/customer-fit.js …`, on the built JavaScript
 * in dist-cli/ (`npm run build:cli` writes it), with files in a folder of its own.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { createDemoAccount, toHistoryBundle } from '../../../src/demo';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const BIN = join(ROOT, 'bin', 'customer-fit.js');

export interface Ran {
  code: number | null;
  out: string;
  err: string;
}

/** Runs the command to its end with `input` on stdin (text, or raw bytes). */
export function cli(args: string[], input: string | Uint8Array = ''): Ran {
  const result = spawnSync(process.execPath, [BIN, ...args], { input, cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '' }, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, out: result.stdout.toString('utf8'), err: result.stderr.toString('utf8') };
}

/**
 * Runs the command with a reader that stops reading: like `customer-fit … | head -1`, the read end
 * of stdout is closed once `keep` bytes arrived (0: before the command writes anything).
 */
export function cliClosedPipe(args: string[], input: string, keep: number): Promise<Ran & { signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    if (keep === 0) child.stdout.destroy();
    else
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        if (out.length >= keep) child.stdout.destroy();
      });
    child.stderr.on('data', (chunk: Buffer) => void (err += chunk.toString('utf8')));
    child.stdin.on('error', () => {});
    child.stdin.end(input);
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, out, err }));
  });
}

const folder = mkdtempSync(join(tmpdir(), 'customer-fit-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Writes a file for the command to read and returns its path. */
export function file(name: string, content: string | Uint8Array): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

export const DEMO = createDemoAccount({ now: new Date('2026-11-23T10:00:00Z') });

/** A demo requester's bundle as a plain object, to spoil for a test. */
export function demoBundle(key: Parameters<typeof toHistoryBundle>[1]): Bundle {
  return JSON.parse(JSON.stringify(toHistoryBundle(DEMO, key))) as Bundle;
}

/** The parts of a bundle the tests change. */
export interface Bundle {
  user: { id: number; name: string; created_at: string; [key: string]: unknown };
  organization: Record<string, unknown> | null;
  tickets: ({ id: number; requester_id: number; created_at: string; updated_at: string; description?: string; [key: string]: unknown })[];
  comments: Record<string, { id: number; author_id: number; created_at: string; body?: string; plain_body?: string; html_body?: string; [key: string]: unknown }[]>;
  now?: string;
  settings?: Record<string, unknown>;
  [key: string]: unknown;
}


/**
 * A bundle as JSON with one ticket, and one comment, per line, so that a test knows the line a
 * record is on: `line(text, 'tickets', 3)` or `line(text, 'comments.4234', 1)`.
 */
export function bundleText(bundle: Bundle): string {
  const { tickets, comments, ...rest } = bundle;
  const lines = ['{'];
  for (const [key, value] of Object.entries(rest)) lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(value)},`);
  lines.push('  "tickets": [');
  tickets.forEach((t, i) => lines.push(`    ${JSON.stringify(t)}${i < tickets.length - 1 ? ',' : ''}`));
  lines.push('  ],', '  "comments": {');
  const keys = Object.keys(comments);
  keys.forEach((key, k) => {
    lines.push(`    ${JSON.stringify(key)}: [`);
    comments[key]!.forEach((c, i) => lines.push(`      ${JSON.stringify(c)}${i < comments[key]!.length - 1 ? ',' : ''}`));
    lines.push(`    ]${k < keys.length - 1 ? ',' : ''}`);
  });
  lines.push('  }', '}');
  return `${lines.join('\n')}\n`;
}

/** The 1-based line on which the n-th (0-based) occurrence of `needle` starts. */
export function lineOf(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${needle} does not occur ${nth + 1} times`);
  }
  return text.slice(0, at).split('\n').length;
}

/** What `score` prints as JSON, the parts these tests read. */
export interface Scored {
  requesterId: number;
  score: number | null;
  band: string;
  stats: { tickets: number; commentsRead: number; ticketsRead: number };
  factors: { id: string; evidence: { ticketId: number; commentId: number | null; excerpt: string }[] }[];
}
