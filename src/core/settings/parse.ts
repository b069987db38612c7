import { z } from 'zod';
import type { SettingProblem } from '../rating/types';
import { SETTING_DEFINITIONS, type SettingKey, type Settings } from './definitions';

export type { SettingProblem } from '../rating/types';

const KEYS = Object.keys(SETTING_DEFINITIONS) as SettingKey[];

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
 * validating each. A bad value gives a problem naming the setting and falls back to its default;
 * the other settings still apply. Unknown keys are ignored.
 *
 * @param raw - the installation's settings, e.g. ZAF `metadata().settings`
 * @returns the settings to use, and one problem per setting that was not usable
 * @example parseSettings({ half_life_days: 'soon', window_days: '365' })
 * // => { settings: { half_life_days: 180, window_days: 365, ... },
 * //      problems: [{ setting: 'half_life_days', message: 'half_life_days must be a number from 1 to 3650 (got "soon"); using the default, 180.' }] }
 */
export function parseSettings(raw: Record<string, unknown>): { settings: Settings; problems: SettingProblem[] } {
  const input: Record<string, unknown> = {};
  for (const key of KEYS) input[key] = raw[key];
  const problems: SettingProblem[] = [];
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
      if (issue.code === 'custom' && (isUnset(raw.poor_threshold) || problems.some((p) => p.setting === 'poor_threshold'))) {
        setting = 'good_threshold';
        const poor = isUnset(input.poor_threshold) ? SETTING_DEFINITIONS.poor_threshold.default : input.poor_threshold;
        message = `must be higher than poor_threshold (${String(poor)})`;
      }
      problems.push({
        setting,
        message: `${setting} ${message} (got ${describe(raw[setting])}); using the default, ${describeDefault(setting)}.`,
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
