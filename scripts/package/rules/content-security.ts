import type { Problem } from '../problem';
import { error } from '../problem';
import type { RuleContext } from './context';

const META = /<meta\b[^>]*http-equiv\s*=\s*["']?Content-Security-Policy["']?[^>]*>/i;
const CONTENT = /\scontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i;
const SCRIPT = /<script\b/i;
/** The directives that decide what code runs and where data can go: only the package's own origin. */
const SELF_ONLY = ['script-src', 'connect-src'] as const;

/**
 * Every page of the app carries a Content-Security-Policy in a `<meta>` element, ahead of its
 * script: Zendesk serves a hosted app's files as they are, with no header the app could set, so the
 * page itself must say that it runs only the package's scripts (no inline script, no eval) and talks
 * only to its own origin. This is this project's rule, as `checkPages` is; docs/privacy.md has the policy.
 *
 * @param context - the package (its manifest is not needed)
 * @returns an error for each page without a policy, with one set after a script, or with more than
 *   `'self'` in script-src or connect-src
 * @example checkContentSecurity({ pkg, manifest }).map((p) => p.message) // => ['carries no Content-Security-Policy; …']
 */
export function checkContentSecurity({ pkg }: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const [path, data] of pkg.files) {
    if (!/^assets\/.*\.html?$/.test(path)) continue;
    const html = new TextDecoder().decode(data);
    const meta = META.exec(html);
    if (!meta) {
      problems.push(error(path, undefined, 'carries no Content-Security-Policy; add <meta http-equiv="Content-Security-Policy"> before its script.'));
      continue;
    }
    const script = SCRIPT.exec(html);
    if (script && script.index < meta.index) {
      problems.push(error(path, undefined, 'sets its Content-Security-Policy after a script, which the policy does not cover then.'));
    }
    const content = CONTENT.exec(meta[0]);
    const directives = parsePolicy(content?.[1] ?? content?.[2] ?? '');
    for (const name of SELF_ONLY) {
      const sources = directives.get(name) ?? directives.get('default-src');
      if (!sources) {
        problems.push(error(path, undefined, `the Content-Security-Policy has neither ${name} nor default-src, so ${name} allows everything.`));
        continue;
      }
      for (const source of sources) {
        if (source !== "'self'" && source !== "'none'") problems.push(error(path, undefined, `the Content-Security-Policy allows ${source} in ${name}; only 'self' belongs there.`));
      }
    }
  }
  return problems;
}

function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    // The first occurrence of a directive counts; browsers ignore a repeat.
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}
