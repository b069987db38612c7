import type { WarningLevel } from './types';

/**
 * A short name for a level, for notes and messages.
 *
 * @param level - the level
 * @returns "no warning", "strike 1", "strike 2" or "final notice"
 * @example levelName(3) // => 'final notice'
 */
export function levelName(level: WarningLevel): string {
  return level === 0 ? 'no warning' : level === 3 ? 'final notice' : `strike ${level}`;
}
