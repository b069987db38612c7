/**
 * Looks up the app's strings in `translations/<locale>.json` and fills their `{{placeholders}}`.
 * A string may be an object of plural forms (`one`, `other`, ...) chosen with Intl.PluralRules
 * from the `count` value, so every locale keeps its own plural rules.
 */

export type Messages = Record<string, unknown>;
export type Values = Record<string, string | number>;

export interface Translator {
  locale: string;
  /** The string at a dotted key, e.g. `t('ui.band.good')`; the key itself when no locale has it. */
  t(key: string, values?: Values): string;
  /** Whether any locale has a string at this key. */
  has(key: string): boolean;
  number(value: number, options?: Intl.NumberFormatOptions): string;
}

function lookup(messages: Messages | undefined, key: string): unknown {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

function fill(template: string, values: Values | undefined, format: (n: number) => string): string {
  if (!values) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) => {
    const value = values[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? format(value) : value;
  });
}

/**
 * @param locale - a BCP 47 locale such as `de` or `en-US`; its language picks the file.
 * @param catalogs - the parsed translation files by language.
 * @param fallback - the language to fall back to, the manifest's default locale.
 * @returns a translator; English strings fill in for keys the locale lacks.
 * @example
 * createTranslator('de', { en, de }, 'en').t('ui.band.good') // => 'Passt gut'
 */
export function createTranslator(locale: string, catalogs: Record<string, Messages>, fallback = 'en'): Translator {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? fallback;
  const resolved = catalogs[language] ? locale : fallback;
  const chain = [catalogs[language], catalogs[fallback]].filter((c): c is Messages => Boolean(c));
  const plural = new Intl.PluralRules(resolved);
  const numberFormat = new Intl.NumberFormat(resolved, { maximumFractionDigits: 1 });
  const formatNumber = (n: number) => numberFormat.format(n);

  const pick = (key: string, values?: Values): string | undefined => {
    for (const messages of chain) {
      const found = lookup(messages, key);
      if (typeof found === 'string') return found;
      if (found && typeof found === 'object') {
        const forms = found as Record<string, unknown>;
        const count = typeof values?.count === 'number' ? values.count : 0;
        const form = forms[plural.select(count)] ?? forms.other;
        if (typeof form === 'string') return form;
      }
    }
    return undefined;
  };

  return {
    locale: resolved,
    t: (key, values) => fill(pick(key, values) ?? key, values, formatNumber),
    has: (key) => pick(key) !== undefined,
    number: (value, options) => (options ? new Intl.NumberFormat(resolved, options).format(value) : formatNumber(value)),
  };
}
