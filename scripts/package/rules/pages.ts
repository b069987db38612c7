import { posix } from 'node:path';
import type { Problem } from '../problem';
import { error } from '../problem';
import type { RuleContext } from './context';

/** `src`/`href` of the tags that make a page fetch code or styles. */
const LOADS = /<(script|link)\b[^>]*?\s(?:src|href)\s*=\s*["']([^"']+)["'][^>]*>/gi;

/**
 * The app's pages load their scripts and styles from the package only, by relative path, and every
 * file they name is in it. This is this project's rule rather than Zendesk's: the listing promises
 * that nothing leaves Zendesk, so the page must not fetch code from another host (the ZAF SDK is
 * bundled from npm instead of loaded from a CDN), and a missing file would leave the sidebar blank.
 */
export function checkPages({ pkg }: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const [path, data] of pkg.files) {
    if (!/^assets\/.*\.html?$/.test(path)) continue;
    const html = new TextDecoder().decode(data);
    for (const match of html.matchAll(LOADS)) {
      const [tag, , url] = match as unknown as [string, string, string];
      if (/^<link/i.test(tag) && !/\brel\s*=\s*["']?(stylesheet|modulepreload|preload)/i.test(tag)) continue;
      if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) {
        problems.push(error(path, undefined, `loads ${url} from another host; the app bundles everything it runs.`));
        continue;
      }
      if (url.startsWith('/')) {
        problems.push(error(path, undefined, `names ${url} by an absolute path; Zendesk serves the package under its own prefix, so use a relative one.`));
        continue;
      }
      const target = posix.normalize(posix.join(posix.dirname(path), url.split(/[?#]/)[0]!));
      if (!pkg.files.has(target)) problems.push(error(path, undefined, `loads ${url}, but ${target} is not in the package.`));
    }
  }
  return problems;
}
