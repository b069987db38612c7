import { isObject, readJsonObject } from '../json';
import type { JsonObject } from '../json';
import type { Problem } from '../problem';
import { DOCS, error, warning } from '../problem';
import type { RuleContext } from './context';
import { LOCALE } from './manifest-fields';

/** The listing strings a public app must translate (`get_missing_keys` in zendesk_apps_support). */
const LISTING_KEYS = ['name', 'short_description', 'long_description', 'installation_instructions'];
/** The longest app name a listing shows (https://developer.zendesk.com/documentation/apps/publish-your-app-or-theme/create_content/). */
const NAME_MAX = 40;

/**
 * `translations/`: every file is `translations/<locale>.json` holding a JSON object; the default
 * locale's file exists and has `app.name` (and the marketplace strings when the app is public);
 * every entry of `app.parameters` has a `label`, and every setting of the manifest has one in the
 * default locale's file, since the settings form shows that label to the admin.
 * Rules from `validations/translations.rb` and `default_locale_error` in zendesk_apps_support, and the
 * manifest reference (https://developer.zendesk.com/documentation/apps/app-developer-guide/manifest/).
 */
export function checkTranslations({ pkg, manifest }: RuleContext): Problem[] {
  const problems: Problem[] = [];
  const byLocale = new Map<string, JsonObject>();
  for (const path of pkg.files.keys()) {
    if (!path.startsWith('translations/')) continue;
    const match = /^translations\/([^/]+)\.json$/.exec(path);
    if (!match) {
      problems.push(error(path, undefined, 'does not belong in translations/, which holds only <locale>.json files.', DOCS.validator));
      continue;
    }
    const locale = match[1]!;
    if (!LOCALE.test(locale)) {
      problems.push(error(path, undefined, `"${locale}" is not a locale; name the file like en.json, de.json or pt-br.json.`, DOCS.validator));
      continue;
    }
    const parsed = readJsonObject(pkg.files, path, DOCS.validator);
    problems.push(...parsed.problems);
    if (!parsed.value) continue;
    byLocale.set(locale, parsed.value);
    const params = isObject(parsed.value.app) ? parsed.value.app.parameters : undefined;
    if (params === undefined) continue;
    if (!isObject(params)) {
      problems.push(error(path, 'app.parameters', 'must map each setting name to { "label": ... }.', DOCS.validator));
      continue;
    }
    for (const [name, entry] of Object.entries(params)) {
      if (!isObject(entry) || typeof entry.label !== 'string' || !entry.label.trim()) {
        problems.push(error(path, `app.parameters.${name}.label`, 'is missing: each setting entry needs a label.', DOCS.validator));
      }
    }
  }

  const locale = manifest?.defaultLocale;
  if (typeof locale !== 'string' || !LOCALE.test(locale)) return problems;
  const file = `translations/${locale}.json`;
  const strings = byLocale.get(locale);
  if (!pkg.files.has(file)) {
    problems.push(error(file, undefined, `is missing: the default locale "${locale}" needs its translation file.`, DOCS.validator));
    return problems;
  }
  if (!strings) return problems;
  const app = isObject(strings.app) ? strings.app : {};
  const required = manifest?.private === false ? LISTING_KEYS : ['name'];
  for (const key of required) {
    const value = key === 'short_description' ? app[key] ?? app.description : app[key];
    if (typeof value !== 'string' || !value.trim()) {
      const why = key === 'name' ? 'the app is listed under this name' : 'a public app needs it for its marketplace listing';
      problems.push(error(file, `app.${key}`, `is missing: ${why}.`, DOCS.validator));
    }
  }

  if (typeof app.name === 'string' && app.name.length > NAME_MAX) {
    problems.push(warning(file, 'app.name', `is ${app.name.length} characters; a listing name has at most ${NAME_MAX}.`, DOCS.listing));
  }

  const settings = Array.isArray(manifest?.parameters) ? manifest.parameters.filter(isObject) : [];
  const names = new Set(settings.map((p) => p.name).filter((n): n is string => typeof n === 'string'));
  const labels = isObject(app.parameters) ? app.parameters : {};
  for (const name of names) {
    if (!(name in labels)) {
      problems.push(error(file, `app.parameters.${name}.label`, `is missing: the settings form would show the raw name "${name}".`, DOCS.manifest));
    }
  }
  for (const [other, content] of byLocale) {
    const otherLabels = isObject(content.app) && isObject(content.app.parameters) ? content.app.parameters : {};
    for (const name of Object.keys(otherLabels)) {
      if (!names.has(name)) {
        problems.push(warning(`translations/${other}.json`, `app.parameters.${name}`, 'labels a setting the manifest does not define (renamed or removed?).'));
      }
    }
    if (other === locale) continue;
    const untranslated = [...names].filter((name) => !(name in otherLabels));
    if (untranslated.length) {
      const list = untranslated.length > 3 ? `${untranslated.slice(0, 3).join(', ')} and ${untranslated.length - 3} more` : untranslated.join(', ');
      problems.push(warning(`translations/${other}.json`, 'app.parameters', `has no label for ${list}; admins in this locale see the ${locale} one.`));
    }
  }
  return problems;
}
