import type { Problem } from '../problem';
import { DOCS, error } from '../problem';
import { zipPackage } from '../zip';
import type { RuleContext } from './context';

/** Zendesk's limit for a private app's zip file (https://developer.zendesk.com/documentation/apps/getting-started/uploading-and-installing-a-private-app/). */
export const PRIVATE_APP_ZIP_LIMIT_BYTES = 2 * 1024 * 1024;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** The package, zipped as `npm run package` zips it, must fit the upload limit. */
export function checkSize({ pkg }: RuleContext): Problem[] {
  const bytes = zipPackage(pkg.files).length;
  if (bytes <= PRIVATE_APP_ZIP_LIMIT_BYTES) return [];
  return [error('(package)', undefined, `zips to ${mb(bytes)}; Zendesk accepts at most ${mb(PRIVATE_APP_ZIP_LIMIT_BYTES)} for a private app.`, DOCS.privateApps)];
}
