import { readJsonObject } from './json';
import type { AppPackage } from './package-files';
import type { Problem } from './problem';
import { DOCS } from './problem';
import type { Rule } from './rules/context';
import { checkContentSecurity } from './rules/content-security';
import { checkFiles } from './rules/files';
import { checkImages } from './rules/images';
import { checkLocations } from './rules/locations';
import { checkManifestFields } from './rules/manifest-fields';
import { checkPages } from './rules/pages';
import { checkParameters } from './rules/parameters';
import { checkRequirements } from './rules/requirements';
import { checkSecrets } from './rules/secrets';
import { checkSize } from './rules/size';
import { checkTranslations } from './rules/translations';

/** Every rule of the package check, in the order their findings are listed. */
export const RULES: readonly Rule[] = [
  checkFiles,
  checkManifestFields,
  checkLocations,
  checkParameters,
  checkTranslations,
  checkImages,
  checkPages,
  checkContentSecurity,
  checkSecrets,
  checkRequirements,
  checkSize,
];

/**
 * Checks an app package against the rules Zendesk documents and enforces on upload, so a broken
 * package is caught here rather than by `zcli apps:validate`, which needs an account.
 * Returns every problem found; the package is good when none is an error.
 */
export function validatePackage(pkg: AppPackage): Problem[] {
  const parsed = readJsonObject(pkg.files, 'manifest.json', DOCS.manifest);
  const context = { pkg, manifest: parsed.value };
  return [...parsed.problems, ...RULES.flatMap((rule) => rule(context))];
}
