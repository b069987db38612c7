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
}

/** What a page loads: its scripts (by package path) and their gzipped total. */
export interface PageScripts {
  scripts: ScriptSize[];
  gzipBytes: number;
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
 * scripts import statically (followed transitively, as the browser would fetch them before running).
 * Throws when the page or a script it names is missing, since then the figure would be a lie.
 */
export function measurePageScripts(files: PackageFiles, page = 'assets/iframe.html'): PageScripts {
  const html = textOf(files, page);
  if (html === undefined) throw new Error(`${page} is missing: run \`vite build\` first.`);
  const queue = scriptReferences(html)
    .filter((url) => !/^[a-z]+:|^\/\//i.test(url))
    .map((url) => posix.normalize(posix.join(posix.dirname(page), url.split(/[?#]/)[0]!)));
  for (const path of queue) {
    if (!files.has(path)) throw new Error(`${page} loads ${path}, which is not in the package.`);
  }
  const seen = new Set<string>();
  const scripts: ScriptSize[] = [];
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const data = files.get(path)!;
    scripts.push({ path, bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length });
    const code = new TextDecoder().decode(data);
    // Static imports of sibling chunks only (`import{a}from"./x.js"`, `import"./x.js"`): dynamic ones
    // load on demand. Text that merely looks like an import (inside a string) names no chunk, so only
    // specifiers that are files of the package are followed.
    for (const match of code.matchAll(/\bimport\s*(?:[\w*{}\s,$]+\s*from\s*)?["'](\.{1,2}\/[^"']+\.m?js)["']/g)) {
      const chunk = posix.normalize(posix.join(posix.dirname(path), match[1]!));
      if (files.has(chunk)) queue.push(chunk);
    }
  }
  return { scripts, gzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0) };
}

/** Formats bytes as kB (1 kB = 1000 bytes) with one decimal. */
export function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}
