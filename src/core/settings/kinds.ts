import { z } from 'zod';

/**
 * The kinds of setting, each with how it appears in the manifest and how its value is read.
 * Manifest parameter values reach the app as strings (checkboxes as booleans), so every kind
 * coerces, and an empty value means "not set": the default applies.
 */

/** Labels and help texts for the admin's settings page, in the app's two locales. */
export interface SettingText {
  label: string;
  help: string;
  labelDe: string;
  helpDe: string;
}

/** The manifest parameter types this app uses (Zendesk also has url, hidden and secure ones). */
export type ManifestType = 'text' | 'number' | 'checkbox' | 'multiline';

interface Base<T> {
  /** Where the setting is documented and grouped on the settings page. */
  group: SettingGroup;
  manifestType: ManifestType;
  default: T;
  /** How the default is written in the manifest and in the docs. */
  manifestDefault: string | boolean;
  /** What a valid value looks like, for the docs. */
  accepts: string;
  schema: z.ZodType<T, unknown>;
  text: SettingText;
}

export type SettingDefinition<T = unknown> = Base<T>;

export type SettingGroup =
  | 'Scoring'
  | 'Text signals'
  | 'Demand on the team'
  | 'Satisfaction'
  | 'Payment'
  | 'Cost against value'
  | 'Good signs'
  | 'Team leads and access'
  | 'Loading';

/** True for the values a manifest gives when a parameter was left empty. */
function isUnset(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * A number setting (manifest type `number`), accepting numbers or numeric strings.
 *
 * @param group - where it is documented
 * @param fallback - the default
 * @param range - the inclusive bounds, and whether only whole numbers are allowed
 * @param text - labels and help
 * @returns the definition
 * @example numberSetting('Scoring', 180, { min: 1, max: 3650, int: true }, text).schema.parse('90') // => 90
 */
export function numberSetting(
  group: SettingGroup,
  fallback: number,
  range: { min: number; max: number; int?: boolean },
  text: SettingText,
): SettingDefinition<number> {
  const kind = range.int ? 'a whole number' : 'a number';
  let inner = z.number({ error: `must be ${kind} from ${range.min} to ${range.max}` })
    .min(range.min, { error: `must be at least ${range.min}` })
    .max(range.max, { error: `must be at most ${range.max}` });
  if (range.int) inner = inner.int({ error: `must be a whole number` });
  const schema = z.preprocess((value) => {
    if (isUnset(value)) return fallback;
    if (typeof value === 'string') {
      const n = Number(value.trim().replace(',', '.'));
      return Number.isNaN(n) ? value : n;
    }
    return value;
  }, inner);
  return {
    group,
    manifestType: 'number',
    default: fallback,
    manifestDefault: String(fallback),
    accepts: `${kind}, ${range.min} to ${range.max}`,
    schema,
    text,
  };
}

/**
 * A yes/no setting (manifest type `checkbox`), accepting booleans or "true"/"false".
 *
 * @param group - where it is documented
 * @param fallback - the default
 * @param text - labels and help
 * @returns the definition
 * @example checkboxSetting('Loading', true, text).schema.parse('false') // => false
 */
export function checkboxSetting(group: SettingGroup, fallback: boolean, text: SettingText): SettingDefinition<boolean> {
  const schema = z.preprocess((value) => {
    if (isUnset(value)) return fallback;
    if (typeof value === 'string') {
      const word = value.trim().toLowerCase();
      if (word === 'true' || word === '1' || word === 'yes') return true;
      if (word === 'false' || word === '0' || word === 'no') return false;
    }
    return value;
  }, z.boolean({ error: 'must be true or false' }));
  return { group, manifestType: 'checkbox', default: fallback, manifestDefault: fallback, accepts: 'true or false', schema, text };
}

/**
 * A free-text setting (manifest type `text` or `multiline`).
 *
 * @param group - where it is documented
 * @param fallback - the default
 * @param rule - an optional pattern the trimmed value must match, with what it means; `multiline` for a long text
 * @param text - labels and help
 * @returns the definition
 * @example textSetting('Cost against value', 'USD', { pattern: /^[A-Z]{3}$/, means: 'a three-letter currency code' }, text).schema.parse(' EUR ') // => 'EUR'
 */
export function textSetting(
  group: SettingGroup,
  fallback: string,
  rule: { pattern?: RegExp; means?: string; multiline?: boolean; maxLength?: number },
  text: SettingText,
): SettingDefinition<string> {
  const max = rule.maxLength ?? (rule.multiline ? 4000 : 200);
  let inner = z.string({ error: 'must be text' }).max(max, { error: `must be at most ${max} characters` });
  if (rule.pattern) inner = inner.regex(rule.pattern, { error: `must be ${rule.means ?? `like ${rule.pattern.source}`}` });
  const schema = z.preprocess((value) => {
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'number') return String(value);
    return typeof value === 'string' ? value.trim() : value;
  }, inner);
  return {
    group,
    manifestType: rule.multiline ? 'multiline' : 'text',
    default: fallback,
    manifestDefault: fallback,
    accepts: rule.means ?? (rule.multiline ? 'text, several lines allowed' : 'text'),
    schema,
    text,
  };
}

/**
 * A comma-separated list (manifest type `text`), read as trimmed, non-empty, distinct items.
 *
 * @param group - where it is documented
 * @param fallback - the default items
 * @param item - `word` for tags and role names, `id` for numeric Zendesk ids
 * @param text - labels and help
 * @returns the definition
 * @example listSetting('Payment', ['overdue'], 'word', text).schema.parse('billing, Overdue ,') // => ['billing', 'overdue']
 */
export function listSetting(
  group: SettingGroup,
  fallback: string[],
  item: 'word' | 'id',
  text: SettingText,
): SettingDefinition<string[]> {
  const itemSchema =
    item === 'id'
      ? z.string().regex(/^\d{1,19}$/, { error: 'must list numeric ids separated by commas' })
      : z.string().regex(/^[^\s,]{1,80}$/, { error: 'must list single words (no spaces) separated by commas' });
  const schema = z.preprocess((value) => {
    if (value === undefined || value === null) return fallback;
    if (Array.isArray(value)) value = value.join(',');
    if (typeof value === 'number') value = String(value);
    if (typeof value !== 'string') return value;
    const items = value
      .split(/[,;\n]/)
      .map((part) => (item === 'word' ? part.trim().toLowerCase() : part.trim()))
      .filter((part) => part !== '');
    return [...new Set(items)];
  }, z.array(itemSchema, { error: 'must be a comma-separated list' }).max(200, { error: 'must list at most 200 items' }));
  return {
    group,
    manifestType: 'text',
    default: fallback,
    manifestDefault: fallback.join(', '),
    accepts: item === 'id' ? 'numeric ids, comma-separated' : 'words, comma-separated',
    schema,
    text,
  };
}
