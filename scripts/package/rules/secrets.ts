import type { Problem } from '../problem';
import { DOCS, error } from '../problem';
import type { RuleContext } from './context';

/**
 * Credentials that have an unmistakable shape. Zendesk's validator only warns about these
 * (`validations/secrets.rb` in zendesk_apps_support); here they fail the check, because a package is
 * readable by every agent who opens the app, and a secret belongs in a secure setting instead.
 */
const SECRETS: [kind: string, pattern: RegExp][] = [
  ['a private key', /-----BEGIN (?:RSA |DSA |EC |OPENSSH |PGP )?PRIVATE KEY(?: BLOCK)?-----/],
  ['an AWS access key id', /\bAKIA[0-9A-Z]{16}\b/],
  ['a Slack token', /\bxox[abposr]-[0-9A-Za-z-]{10,}/],
  ['a GitHub token', /\bgh[pousr]_[0-9A-Za-z]{36,}\b/],
];
const TEXT = /\.(html?|js|mjs|json|map|css|svg|xml|hbs|hdbs)$/i;

/** No credential of a recognisable shape in any text file of the package. */
export function checkSecrets({ pkg }: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const [path, data] of pkg.files) {
    if (!TEXT.test(path)) continue;
    const text = new TextDecoder().decode(data);
    for (const [kind, pattern] of SECRETS) {
      if (pattern.test(text)) {
        problems.push(error(path, undefined, `contains what looks like ${kind}; every agent can read the package, so keep secrets in secure settings.`, DOCS.validator));
      }
    }
  }
  return problems;
}
