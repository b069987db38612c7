import { isObject } from '../json';
import type { Problem } from '../problem';
import { DOCS, error, warning } from '../problem';
import type { RuleContext } from './context';

const FILE = 'manifest.json';

/**
 * The setting types Zendesk accepts (`Manifest::Parameter::TYPES` in zendesk_apps_support, without
 * `mtls`, which it accepts only for apps it has enabled). `password` was removed: a secret is a `text`
 * setting with `"secure": true` (https://developer.zendesk.com/documentation/apps/app-developer-guide/manifest/).
 */
export const PARAMETER_TYPES = ['text', 'multiline', 'checkbox', 'url', 'number', 'hidden', 'oauth'] as const;
/** Where a secure setting may be inserted (`SECURE_PARAM_SCOPES` in zendesk_apps_support). */
const SECURE_SCOPES = ['header', 'body', 'url', 'jwt_secret_key', 'jwt_claim', 'basic_auth_username', 'basic_auth_password'];

/**
 * `parameters`: an array of settings with a unique string `name` other than `name` (Zendesk reserves that
 * one for the installation's own name), a documented `type`, boolean `required`/`secure`, hidden settings
 * not required, at most one `oauth` setting and never a secure one, `scopes` only on secure settings.
 * Rules from `validate_parameters` in zendesk_apps_support's `validations/manifest.rb`.
 */
export function checkParameters({ manifest }: RuleContext): Problem[] {
  if (!manifest || manifest.parameters === undefined) return [];
  const problems: Problem[] = [];
  const fail = (field: string, message: string) => problems.push(error(FILE, field, message, DOCS.manifest));
  if (!Array.isArray(manifest.parameters)) {
    fail('parameters', 'must be an array of settings.');
    return problems;
  }
  const seen = new Set<string>();
  let oauth = 0;
  manifest.parameters.forEach((parameter: unknown, index) => {
    const at = `parameters[${index}]`;
    if (!isObject(parameter)) {
      fail(at, 'must be an object with at least a name.');
      return;
    }
    const name = parameter.name;
    if (typeof name !== 'string' || !name.trim()) {
      fail(`${at}.name`, 'is missing: every setting needs a name.');
      return;
    }
    const field = `parameters[name="${name}"]`;
    if (seen.has(name)) fail(field, `"${name}" is defined twice; setting names must be unique.`);
    seen.add(name);
    if (name === 'name') fail(`${field}.name`, 'a setting cannot be called "name": Zendesk reserves it for the installation\'s own name.');

    const type = parameter.type ?? 'text';
    if (type === 'password') {
      fail(`${field}.type`, '"password" is no longer a setting type: use "text" with "secure": true.');
    } else if (typeof type !== 'string' || !(PARAMETER_TYPES as readonly string[]).includes(type)) {
      fail(`${field}.type`, `${JSON.stringify(type)} is not a setting type (${PARAMETER_TYPES.join(', ')}).`);
    }
    for (const flag of ['required', 'secure']) {
      if (parameter[flag] !== undefined && typeof parameter[flag] !== 'boolean') fail(`${field}.${flag}`, 'must be true or false.');
    }
    if (type === 'hidden' && parameter.required === true) {
      fail(`${field}.required`, 'a hidden setting cannot be required: the admin has no field to fill it in.');
    }
    if (type === 'oauth') {
      oauth++;
      if (parameter.secure === true) fail(`${field}.secure`, 'an oauth setting cannot be secure.');
    }
    if (parameter.scopes !== undefined) {
      if (parameter.secure !== true) fail(`${field}.scopes`, 'only a secure setting can have scopes.');
      if (!Array.isArray(parameter.scopes) || parameter.scopes.length === 0) {
        fail(`${field}.scopes`, 'must be a non-empty array.');
      } else {
        const unknown = parameter.scopes.filter((s: unknown) => typeof s !== 'string' || !SECURE_SCOPES.includes(s));
        if (unknown.length) fail(`${field}.scopes`, `unknown scopes ${JSON.stringify(unknown)} (${SECURE_SCOPES.join(', ')}).`);
      }
    }
    problems.push(...checkDefault(field, type, parameter));
  });
  if (oauth > 1) fail('parameters', `has ${oauth} oauth settings; an app can have only one.`);
  return problems;
}

/** A default of the wrong kind shows up in the settings form as a blank or a string "true". */
function checkDefault(field: string, type: unknown, parameter: Record<string, unknown>): Problem[] {
  if (!('default' in parameter)) return [];
  const value = parameter.default;
  const expected =
    type === 'checkbox' ? typeof value === 'boolean' : type === 'number' ? typeof value === 'number' || (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) : typeof value === 'string';
  if (expected) return [];
  const kind = type === 'checkbox' ? 'true or false' : type === 'number' ? 'a number' : 'a string';
  return [warning(FILE, `${field}.default`, `${JSON.stringify(value)} should be ${kind} for a ${String(type)} setting.`, DOCS.manifest)];
}
