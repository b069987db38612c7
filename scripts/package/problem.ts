/** One finding of the package check. Errors fail `npm run validate`; warnings are printed only. */
export interface Problem {
  severity: 'error' | 'warning';
  /** The package file the problem is in, relative to the package root (e.g. `manifest.json`). */
  file: string;
  /** The field within that file, as a path (`author.url`, `parameters[2].type`), when there is one. */
  field?: string;
  message: string;
  /** The documentation page that states the rule. */
  see?: string;
}

/** Where each rule is documented; the checks cite these so a failing message says where to read more. */
export const DOCS = {
  manifest: 'https://developer.zendesk.com/documentation/apps/app-developer-guide/manifest/',
  assets: 'https://developer.zendesk.com/apps/docs/developer-guide/styling',
  listing: 'https://developer.zendesk.com/documentation/apps/publish-your-app-or-theme/create_content/',
  brandAssets: 'https://developer.zendesk.com/documentation/apps/publish-your-app-or-theme/create_assets',
  requirements: 'https://developer.zendesk.com/documentation/apps/app-developer-guide/apps_requirements/',
  privateApps: 'https://developer.zendesk.com/documentation/apps/getting-started/uploading-and-installing-a-private-app/',
  /** Zendesk's own package validator, which `zcli apps:validate` runs on Zendesk's servers. */
  validator: 'https://github.com/zendesk/zendesk_apps_support/tree/main/lib/zendesk_apps_support/validations',
} as const;

/** Shorthand for an error. */
export function error(file: string, field: string | undefined, message: string, see?: string): Problem {
  return { severity: 'error', file, ...(field === undefined ? {} : { field }), message, ...(see ? { see } : {}) };
}

/** Shorthand for a warning. */
export function warning(file: string, field: string | undefined, message: string, see?: string): Problem {
  return { severity: 'warning', file, ...(field === undefined ? {} : { field }), message, ...(see ? { see } : {}) };
}

/** One line per problem: `error   manifest.json › author.url: <message>`. */
export function formatProblem(problem: Problem): string {
  const where = problem.field ? `${problem.file} › ${problem.field}` : problem.file;
  const see = problem.see ? `\n        see ${problem.see}` : '';
  return `${problem.severity.padEnd(7)} ${where}: ${problem.message}${see}`;
}
