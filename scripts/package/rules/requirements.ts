import { isObject, readJsonObject } from '../json';
import type { Problem } from '../problem';
import { DOCS, error } from '../problem';
import type { RuleContext } from './context';

const FILE = 'requirements.json';
/** Resource types an app may require (`AppRequirement::TYPES` in zendesk_apps_support). */
export const REQUIREMENT_TYPES = [
  'automations', 'channel_integrations', 'custom_objects', 'macros', 'targets', 'views', 'ticket_fields',
  'triggers', 'user_fields', 'organization_fields', 'webhooks', 'custom_objects_v2',
];
const MAX_REQUIREMENTS = 5000;
/** Types whose entries are not identified by a `title`. */
const UNTITLED = ['channel_integrations', 'custom_objects', 'webhooks', 'custom_objects_v2'];
const WEBHOOK_KEYS = ['name', 'status', 'endpoint', 'http_method', 'request_format'];

/**
 * `requirements.json`, when present: a JSON object without repeated keys whose keys are known
 * resource types, each a map of identifier → resource with the fields Zendesk needs to create it
 * (a `title`; a `key` for user and organization fields; the webhook fields), at most one channel
 * integration, no retired target types, at most 5,000 resources; and a `requirementsOnly` app must
 * have the file. Rules from https://developer.zendesk.com/documentation/apps/app-developer-guide/apps_requirements/
 * and `validations/requirements.rb` in zendesk_apps_support.
 */
export function checkRequirements({ pkg, manifest }: RuleContext): Problem[] {
  const fail = (field: string | undefined, message: string) => error(FILE, field, message, DOCS.requirements);
  if (!pkg.files.has(FILE)) {
    return manifest?.requirementsOnly === true ? [fail(undefined, 'is missing, but the manifest says requirementsOnly.')] : [];
  }
  const parsed = readJsonObject(pkg.files, FILE, DOCS.requirements);
  if (!parsed.value) return parsed.problems;
  const problems = [...parsed.problems];
  let count = 0;
  for (const [type, resources] of Object.entries(parsed.value)) {
    if (!REQUIREMENT_TYPES.includes(type)) {
      problems.push(fail(type, `"${type}" is not a requirement type (${REQUIREMENT_TYPES.join(', ')}).`));
      continue;
    }
    if (!isObject(resources)) {
      problems.push(fail(type, 'must map identifiers to resources.'));
      continue;
    }
    if (type === 'custom_objects' || type === 'custom_objects_v2') {
      count += Object.values(resources).flat().length;
      continue;
    }
    if (type === 'channel_integrations' && Object.keys(resources).length > 1) {
      problems.push(fail(type, 'an app can require only one channel integration.'));
    }
    for (const [id, resource] of Object.entries(resources)) {
      count++;
      const at = `${type}.${id}`;
      if (!isObject(resource)) {
        problems.push(fail(at, 'must be an object describing the resource.'));
        continue;
      }
      const needed = [
        ...(UNTITLED.includes(type) ? [] : ['title']),
        ...(type === 'user_fields' || type === 'organization_fields' ? ['key'] : []),
        ...(type === 'channel_integrations' ? ['manifest_url'] : []),
        ...(type === 'webhooks' ? WEBHOOK_KEYS : []),
      ];
      for (const key of needed) if (!(key in resource)) problems.push(fail(`${at}.${key}`, 'is missing: Zendesk needs it to create the resource.'));
      if (type === 'targets' && (resource.type === 'http_target' || resource.type === 'url_target_v2')) {
        problems.push(fail(`${at}.type`, `"${resource.type}" targets are retired; require a webhook instead.`));
      }
    }
  }
  if (count > MAX_REQUIREMENTS) problems.push(fail(undefined, `declares ${count} resources; the limit is ${MAX_REQUIREMENTS}.`));
  return problems;
}
