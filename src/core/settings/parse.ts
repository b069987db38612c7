import { z } from 'zod';
import type { SettingProblem } from '../rating/types';
import { ADVANCED_SETTING, INSTALL_FORM, SETTING_DEFINITIONS, type SettingKey, type Settings } from './definitions';

export type { SettingProblem } from '../rating/types';

const KEYS = Object.keys(SETTING_DEFINITIONS) as SettingKey[];
const ON_FORM: ReadonlySet<string> = new Set<string>(INSTALL_FORM);
const ADVANCED = ADVANCED_SETTING.name;

/**
 * The overrides held by the advanced setting: a JSON object (as text, the way Zendesk passes a
 * multiline setting, or already an object), keyed by the names of the settings that are not on the
 * install form. Pure: JSON.parse only.
 *
 * @param value - the advanced setting's value
 * @returns the overrides to apply, and one problem for text that is not a JSON object and per key that is not an advanced setting
 * @example readAdvanced('{"weight_abuse": 20, "colour": 1}')
 * // => { values: { weight_abuse: 20 }, problems: [{ setting: 'advanced', message: 'advanced has no setting "colour"; ignored. ...' }] }
 */
export function readAdvanced(value: unknown): { values: Record<string, unknown>; problems: SettingProblem[] } {
  if (isUnset(value)) return { values: {}, problems: [] };
  let parsed: unknown = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { values: {}, problems: [advancedProblem(`must be a JSON object such as {"weight_abuse": 20} (got ${describe(value)}: ${reason}); using the default of every advanced setting.`)] };
    }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { values: {}, problems: [advancedProblem(`must be a JSON object such as {"weight_abuse": 20} (got ${describe(value)}); using the default of every advanced setting.`)] };
  }
  const values: Record<string, unknown> = {};
  const problems: SettingProblem[] = [];
  for (const [key, item] of Object.entries(parsed)) {
    if (ON_FORM.has(key)) problems.push(advancedProblem(`cannot set "${key}": it is on the install form; ignored.`));
    else if (key in SETTING_DEFINITIONS) values[key] = item;
    else problems.push(advancedProblem(`has no setting "${key}"; ignored. The keys are listed in docs/settings.md.`));
  }
  return { values, problems };
}

function advancedProblem(message: string): SettingProblem {
  return { setting: ADVANCED, message: `${ADVANCED} ${message}` };
}

/** The one schema every setting goes through: each field coerces its manifest value, then the pairs are checked. */
export const settingsSchema = z
  .object(Object.fromEntries(KEYS.map((key) => [key, SETTING_DEFINITIONS[key].schema])) as {
    [K in SettingKey]: z.ZodType<Settings[K], unknown>;
  })
  .superRefine((settings, ctx) => {
    if (settings.poor_threshold >= settings.good_threshold) {
      ctx.addIssue({
        code: 'custom',
        path: ['poor_threshold'],
        message: `must be lower than good_threshold (${settings.good_threshold})`,
      });
    }
  });

/** The settings with every default, as the app reads them when nothing is configured. */
export const DEFAULT_SETTINGS: Settings = Object.freeze(
  Object.fromEntries(KEYS.map((key) => [key, SETTING_DEFINITIONS[key].default])) as Settings,
);

/**
 * Reads the app's settings as they arrive from the manifest parameters (strings, booleans, or absent),
 * validating each. The install form's settings come as parameters of their own; the others come
 * from the `advanced` parameter's JSON object (a setting given as a parameter of its own, as in a
 * CLI bundle or an installation made before the advanced setting, is read too; the JSON wins).
 * A bad value gives a problem naming the setting and falls back to its default; the other settings
 * still apply. Unknown parameters are ignored.
 *
 * @param raw - the installation's settings, e.g. ZAF `metadata().settings`
 * @returns the settings to use, and one problem per setting that was not usable
 * @example parseSettings({ half_life_days: 'soon', window_days: '365' })
 * // => { settings: { half_life_days: 180, window_days: 365, ... },
 * //      problems: [{ setting: 'half_life_days', message: 'half_life_days must be a number from 1 to 3650 (got "soon"); using the default, 180.' }] }
 */
export function parseSettings(raw: Record<string, unknown>): { settings: Settings; problems: SettingProblem[] } {
  const advanced = readAdvanced(raw[ADVANCED]);
  const given: Record<string, unknown> = {};
  for (const key of KEYS) given[key] = key in advanced.values ? advanced.values[key] : raw[key];
  const input: Record<string, unknown> = { ...given };
  const problems: SettingProblem[] = [...advanced.problems];
  // Each round replaces the values that failed with their defaults; the pair check can fail once more after that.
  for (let round = 0; round < 3; round++) {
    const result = settingsSchema.safeParse(input);
    if (result.success) return { settings: result.data, problems };
    for (const issue of result.error.issues) {
      const key = issue.path[0];
      if (typeof key !== 'string' || !(key in SETTING_DEFINITIONS)) continue;
      let setting = key as SettingKey;
      let message = issue.message;
      // The pair check names poor_threshold; when that one was left at its default, or already
      // fell back to it, the good threshold set too low is the value at fault.
      if (issue.code === 'custom' && (isUnset(given.poor_threshold) || problems.some((p) => p.setting === 'poor_threshold'))) {
        setting = 'good_threshold';
        const poor = isUnset(input.poor_threshold) ? SETTING_DEFINITIONS.poor_threshold.default : input.poor_threshold;
        message = `must be higher than poor_threshold (${String(poor)})`;
      }
      problems.push({
        setting,
        message: `${setting} ${message} (got ${describe(given[setting])}); using the default, ${describeDefault(setting)}.`,
      });
      input[setting] = SETTING_DEFINITIONS[setting].default;
    }
  }
  // Unreachable with valid defaults (a test checks they are); kept so a bad edit cannot throw at an agent.
  return { settings: DEFAULT_SETTINGS, problems };
}

function isUnset(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function describeDefault(key: SettingKey): string {
  const fallback = SETTING_DEFINITIONS[key].manifestDefault;
  if (fallback === '') return 'empty';
  const text = String(fallback);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (value === undefined) return 'nothing';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
