import { isObject } from '../json';
import type { Problem } from '../problem';
import { DOCS, error, warning } from '../problem';
import type { RuleContext } from './context';

const FILE = 'manifest.json';
/** The framework versions Zendesk serves today (`AppVersion::TO_BE_SERVED` in zendesk_apps_support). */
export const FRAMEWORK_VERSIONS = ['2.0'];
/** A locale as Zendesk's validator accepts it (`Translations::VALID_LOCALE`): `en`, `pt-br`, `zh-cn`. */
export const LOCALE = /^[a-z]{2,3}(-\w{2,3})?$/;
const BOOLEANS = ['private', 'singleInstall', 'signedUrls', 'requirementsOnly', 'marketingOnly'];

/** True for an absolute http(s) url with a host, the test Zendesk applies to `author.url`. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Hosts reserved for examples and placeholders (RFC 2606, RFC 6761): no one receives mail or pages there. */
const PLACEHOLDER_HOST = /(^|\.)(example|invalid|test|localhost)$|(^|\.)example\.(com|net|org)$/i;

/**
 * True when an author email or url points at a reserved placeholder host.
 *
 * @param value - the email address or url
 * @returns whether it is a placeholder
 * @example isPlaceholderContact('set-before-publishing@customer-fit.invalid') // => true
 */
export function isPlaceholderContact(value: string): boolean {
  const host = value.includes('@') && !value.includes('/') ? value.slice(value.lastIndexOf('@') + 1) : (() => {
    try {
      return new URL(value).hostname;
    } catch {
      return '';
    }
  })();
  return host !== '' && PLACEHOLDER_HOST.test(host);
}

/**
 * The manifest's own fields: `author` (name, email, url), `defaultLocale`, `frameworkVersion`,
 * `version`, and the types of the optional flags. Rules from the manifest reference
 * (https://developer.zendesk.com/documentation/apps/app-developer-guide/manifest/) and from
 * `validations/manifest.rb` in zendesk_apps_support.
 */
export function checkManifestFields({ manifest }: RuleContext): Problem[] {
  if (!manifest) return [];
  const problems: Problem[] = [];
  const fail = (field: string, message: string) => problems.push(error(FILE, field, message, DOCS.manifest));

  if (typeof manifest.name !== 'string' || !manifest.name.trim()) {
    fail('name', 'is missing: the app needs a name (zcli shows it, and the package is named after it).');
  }

  const author = manifest.author;
  if (author === undefined) fail('author', 'is missing: Zendesk requires an author with name, email and url.');
  else if (!isObject(author)) fail('author', 'must be an object with name, email and url.');
  else {
    for (const key of ['name', 'email', 'url']) {
      const value = author[key];
      if (typeof value !== 'string' || !value.trim()) fail(`author.${key}`, 'is missing or empty.');
    }
    if (typeof author.email === 'string' && author.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(author.email)) {
      fail('author.email', `"${author.email}" is not an email address; users send support requests there.`);
    }
    if (typeof author.url === 'string' && author.url && !isWebUrl(author.url)) {
      fail('author.url', `"${author.url}" is not a valid http(s) url.`);
    }
    // A private app is installed by its own account, which knows whom to ask; a published one
    // shows the author to every account, so a placeholder must be replaced first.
    if (manifest.private !== true) {
      for (const key of ['email', 'url']) {
        const value = author[key];
        if (typeof value === 'string' && isPlaceholderContact(value)) {
          problems.push(warning(FILE, `author.${key}`, `"${value}" is a placeholder: set a real contact before publishing (users send support requests there).`, DOCS.manifest));
        }
      }
    }
  }

  const locale = manifest.defaultLocale;
  if (locale === undefined) fail('defaultLocale', 'is missing: Zendesk requires it (e.g. "en").');
  else if (typeof locale !== 'string' || !LOCALE.test(locale)) {
    fail('defaultLocale', `${JSON.stringify(locale)} is not a locale such as "en" or "pt-br".`);
  }

  const framework = manifest.frameworkVersion;
  if (framework === undefined) fail('frameworkVersion', `is missing: use "${FRAMEWORK_VERSIONS.at(-1)}".`);
  else if (typeof framework !== 'string' || !FRAMEWORK_VERSIONS.includes(framework)) {
    fail('frameworkVersion', `${JSON.stringify(framework)} is not a version Zendesk serves (${FRAMEWORK_VERSIONS.join(', ')}).`);
  }

  if (manifest.version === undefined) {
    problems.push(warning(FILE, 'version', 'is missing: admins see it on the app page, and updates are told apart by it.', DOCS.manifest));
  } else if (typeof manifest.version !== 'string') fail('version', 'must be a string such as "1.0.0".');

  for (const key of BOOLEANS) {
    if (manifest[key] !== undefined && typeof manifest[key] !== 'boolean') fail(key, 'must be true or false.');
  }
  const allowlist = manifest.domainWhitelist;
  if (allowlist !== undefined && !(Array.isArray(allowlist) && allowlist.every((d) => typeof d === 'string'))) {
    fail('domainWhitelist', 'must be an array of domain names.');
  }
  return problems;
}
