import type { AppPackage } from '../package-files';
import type { JsonObject } from '../json';
import type { Problem } from '../problem';

/** What every rule gets: the package, and its manifest when one could be read. */
export interface RuleContext {
  pkg: AppPackage;
  manifest: JsonObject | undefined;
}

/** A rule of the package check: returns what it found wrong (an empty list when nothing). */
export type Rule = (context: RuleContext) => Problem[];
