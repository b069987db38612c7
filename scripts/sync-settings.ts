/**
 * Writes the app settings from src/core/settings/definitions.ts into the files Zendesk and people
 * read: `parameters` of manifest.json, `app.parameters` of translations/en.json and de.json, and
 * docs/settings.md. Only those keys of the JSON files are replaced (read, modify, write), so the
 * rest of each file is kept as it is. `--check` writes nothing and exits 1 when a file is out of date.
 *
 *   npx tsx scripts/sync-settings.ts [--check]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifestParameters, settingsMarkdown, translationParameters } from '../src/core/settings';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');

/** One file and what its content should be, given what it is now. */
export interface SyncTarget {
  path: string;
  update: (current: string | null) => string;
}

/**
 * Replaces one top-level or nested key of a JSON file's content, keeping the rest and the key order.
 *
 * @param current - the file's text, or null when it does not exist
 * @param keyPath - the keys down to the one to replace, e.g. ['app', 'parameters']
 * @param value - the new value
 * @returns the file's new text, two-space indented with a final newline
 * @example setJsonKey('{"a":{"b":1,"c":2}}', ['a', 'b'], 3) // => '{\n  "a": {\n    "b": 3,\n    "c": 2\n  }\n}\n'
 */
export function setJsonKey(current: string | null, keyPath: string[], value: unknown): string {
  const root: Record<string, unknown> = current ? (JSON.parse(current) as Record<string, unknown>) : {};
  let node = root;
  for (const key of keyPath.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keyPath.at(-1)!] = value;
  return `${JSON.stringify(root, null, 2)}\n`;
}

/**
 * Every file the settings are written to, with how to bring each up to date.
 *
 * @param root - the repository root
 * @returns the targets
 * @example syncTargets('/repo').map((t) => t.path) // => ['/repo/manifest.json', '/repo/translations/en.json', '/repo/translations/de.json', '/repo/docs/settings.md']
 */
export function syncTargets(root = ROOT): SyncTarget[] {
  return [
    { path: join(root, 'manifest.json'), update: (c) => setJsonKey(c, ['parameters'], manifestParameters()) },
    { path: join(root, 'translations', 'en.json'), update: (c) => setJsonKey(c, ['app', 'parameters'], translationParameters('en')) },
    { path: join(root, 'translations', 'de.json'), update: (c) => setJsonKey(c, ['app', 'parameters'], translationParameters('de')) },
    { path: join(root, 'docs', 'settings.md'), update: () => settingsMarkdown() },
  ];
}

/**
 * Brings each file up to date, or with `check` only says which are not.
 *
 * @param check - true to write nothing
 * @param root - the repository root
 * @returns the paths that were (or would be) changed
 * @example syncSettings(true) // => [] when every file is up to date
 */
export function syncSettings(check: boolean, root = ROOT): string[] {
  const changed: string[] = [];
  for (const target of syncTargets(root)) {
    const current = existsSync(target.path) ? readFileSync(target.path, 'utf8') : null;
    const next = target.update(current);
    if (next === current) continue;
    changed.push(target.path);
    if (!check) writeFileSync(target.path, next);
  }
  return changed;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  const changed = syncSettings(check);
  const relative = changed.map((p) => p.slice(ROOT.length + 1));
  if (check && changed.length) {
    console.error(`Out of date with src/core/settings/definitions.ts: ${relative.join(', ')}. Run npx tsx scripts/sync-settings.ts.`);
    process.exitCode = 1;
  } else {
    console.log(changed.length ? `Updated ${relative.join(', ')}.` : 'Settings files are up to date.');
  }
}
