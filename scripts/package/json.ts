import type { Problem } from './problem';
import { error } from './problem';
import { textOf } from './package-files';

/** A JSON object as read from a package file. */
export type JsonObject = Record<string, unknown>;

/** True for a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The keys that appear twice in one object of a valid JSON text, as dotted paths.
 * `JSON.parse` keeps the last value silently; Zendesk's validator rejects a manifest or requirements
 * file with repeated keys (`NoOverrideHash` in zendesk_apps_support), so the check must see them.
 */
export function duplicateKeys(text: string): string[] {
  interface Frame {
    keys: Set<string> | null;
    expectKey: boolean;
    lastKey: string;
    path: string;
  }
  const stack: Frame[] = [];
  const found: string[] = [];
  const childPath = () => {
    const top = stack.at(-1);
    if (!top) return '';
    if (!top.keys) return `${top.path}[]`;
    return top.path ? `${top.path}.${top.lastKey}` : top.lastKey;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const top = stack.at(-1);
      if (top?.keys && top.expectKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys.has(key)) found.push(top.path ? `${top.path}.${key}` : key);
        top.keys.add(key);
        top.lastKey = key;
        top.expectKey = false;
      }
      i = end;
    } else if (c === '{' || c === '[') {
      stack.push({ keys: c === '{' ? new Set() : null, expectKey: c === '{', lastKey: '', path: childPath() });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      const top = stack.at(-1);
      if (top?.keys) top.expectKey = true;
    }
  }
  return found;
}

/** A parsed package file, or the problems that stopped it from being read. */
export type Parsed = { value: JsonObject; problems: Problem[] } | { value: undefined; problems: Problem[] };

/**
 * Reads `path` from the package as a JSON object. A missing file gives no value and no problem
 * (the caller decides whether it was required); bad JSON, a non-object or repeated keys are errors.
 */
export function readJsonObject(files: ReadonlyMap<string, Uint8Array>, path: string, see?: string): Parsed {
  const text = textOf(files, path);
  if (text === undefined) return { value: undefined, problems: [] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    return { value: undefined, problems: [error(path, undefined, `is not valid JSON (${(cause as Error).message}).`, see)] };
  }
  if (!isObject(value)) {
    return { value: undefined, problems: [error(path, undefined, 'must hold a JSON object at the top level.', see)] };
  }
  const problems = duplicateKeys(text).map((key) =>
    error(path, key, 'appears twice; Zendesk rejects repeated keys instead of keeping the last one.', see),
  );
  return { value, problems };
}
