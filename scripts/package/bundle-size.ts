import { gzipSync } from 'fflate';
import { posix } from 'node:path';
import { textOf } from './package-files';

type PackageFiles = ReadonlyMap<string, Uint8Array>;

/** The sidebar's budget for the JavaScript it loads, gzipped (the figure that travels over the wire). */
export const SIDEBAR_JS_BUDGET_BYTES = 250_000;

/** One script the page loads, and its size raw and gzipped. */
export interface ScriptSize {
  path: string;
  bytes: number;
  gzipBytes: number;
  /** Loaded by a dynamic `import()`, after the page has started, rather than before it runs. */
  lazy: boolean;
}

/** What a page loads: its scripts (by package path) and their gzipped totals. */
export interface PageScripts {
  scripts: ScriptSize[];
  /** Every script the page can load, lazy chunks included: the figure the budget bounds. */
  gzipBytes: number;
  /** Only what loads before the page runs. */
  initialGzipBytes: number;
}

/** The local `src`/`href` of every `<script src>` and `<link rel="modulepreload">` in a page. */
export function scriptReferences(html: string): string[] {
  const refs: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isScript = /^<script/i.test(tag);
    if (!isScript && !/\brel\s*=\s*["']?modulepreload/i.test(tag)) continue;
    const url = /\b(?:src|href)\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (url) refs.push(url);
  }
  return refs;
}

/**
 * Measures the JavaScript a page of the package loads: every script it names, plus the chunks those
 * scripts import, followed transitively. Chunks behind a dynamic `import()` count too (marked lazy):
 * the sidebar fetches them all the same, only later, so moving code behind one must not hide it
 * from the budget. Throws when the page or a script it names is missing, since then the figure
 * would be a lie.
 */
export function measurePageScripts(files: PackageFiles, page = 'assets/iframe.html'): PageScripts {
  const html = textOf(files, page);
  if (html === undefined) throw new Error(`${page} is missing: run \`vite build\` first.`);
  const queue: { path: string; lazy: boolean }[] = scriptReferences(html)
    .filter((url) => !/^[a-z]+:|^\/\//i.test(url))
    .map((url) => ({ path: posix.normalize(posix.join(posix.dirname(page), url.split(/[?#]/)[0]!)), lazy: false }));
  for (const { path } of queue) {
    if (!files.has(path)) throw new Error(`${page} loads ${path}, which is not in the package.`);
  }
  const seen = new Map<string, ScriptSize>();
  while (queue.length) {
    const { path, lazy } = queue.shift()!;
    const known = seen.get(path);
    if (known) {
      // Reached eagerly after being found behind an import(): it loads up front after all.
      if (!lazy) known.lazy = false;
      continue;
    }
    const data = files.get(path)!;
    seen.set(path, { path, bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length, lazy });
    const code = new TextDecoder().decode(data);
    // Imports of sibling chunks: static (`import{a}from"./x.js"`, `import"./x.js"`) and dynamic
    // (`import("./x.js")`). Text that merely looks like an import (inside a string) names no chunk,
    // so only specifiers that are files of the package are followed.
    for (const match of code.matchAll(/\bimport\s*(\(\s*)?(?:[\w*{}\s,$]+\s*from\s*)?["'](\.{1,2}\/[^"']+\.m?js)["']/g)) {
      const chunk = posix.normalize(posix.join(posix.dirname(path), match[2]!));
      if (files.has(chunk)) queue.push({ path: chunk, lazy: lazy || match[1] !== undefined });
    }
  }
  const scripts = [...seen.values()];
  const sum = (list: ScriptSize[]) => list.reduce((total, s) => total + s.gzipBytes, 0);
  return { scripts, gzipBytes: sum(scripts), initialGzipBytes: sum(scripts.filter((s) => !s.lazy)) };
}

/** Formats bytes as kB (1 kB = 1000 bytes) with one decimal. */
export function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}
