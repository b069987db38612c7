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
      const setting = key as SettingKey;
      if (problems.some((p) => p.setting === setting)) {
        // Its default still fails the pair check, so the partner's value is the one at fault.
        problems.push({
          setting: 'good_threshold',
          message: `good_threshold must be higher than poor_threshold (got ${describe(raw.good_threshold)}); using the default, ${describeDefault('good_threshold')}.`,
        });
        input.good_threshold = SETTING_DEFINITIONS.good_threshold.default;
        continue;
      }
      problems.push({
        setting,
        message: `${setting} ${issue.message} (got ${describe(raw[setting])}); using the default, ${describeDefault(setting)}.`,
      });
      input[setting] = SETTING_DEFINITIONS[setting].default;
    }
  }
  // Unreachable with valid defaults (a test checks they are); kept so a bad edit cannot throw at an agent.
  return { settings: DEFAULT_SETTINGS, problems };
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
