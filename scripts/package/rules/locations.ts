import { isObject } from '../json';
import type { Problem } from '../problem';
import { DOCS, error, warning } from '../problem';
import type { RuleContext } from './context';

const FILE = 'manifest.json';

/**
 * The locations each product offers, with the legacy host names Zendesk still accepts
 * (`Location::LOCATIONS_AVAILABLE` and `Product::PRODUCTS_AVAILABLE` in zendesk_apps_support).
 */
const LOCATIONS: Record<string, readonly string[]> = {
  support: [
    'top_bar', 'nav_bar', 'ticket_sidebar', 'new_ticket_sidebar', 'user_sidebar', 'organization_sidebar',
    'background', 'modal', 'ticket_editor', 'system_top_bar',
  ],
  chat: ['chat_sidebar', 'background'],
  standalone_chat: ['nav_bar', 'system_top_bar'],
  sell: [
    'deal_card', 'person_card', 'company_card', 'lead_card', 'background', 'modal', 'dashboard',
    'note_editor', 'call_log_editor', 'email_editor', 'top_bar', 'visit_editor',
  ],
};
const LEGACY_HOSTS: Record<string, string> = { zendesk: 'support', zopim: 'chat', lotus_box: 'standalone_chat' };
/** Locations shown as an icon the agent clicks; Zendesk looks for `assets/icon_<location>.svg`. */
const ICON_LOCATIONS: Record<string, readonly string[]> = {
  support: ['top_bar', 'nav_bar', 'system_top_bar', 'ticket_editor'],
  sell: ['top_bar'],
};

/**
 * `location`: a non-empty map of product → location → page, with known products and locations,
 * each page either a file under `assets/` that the package holds or an absolute https url
 * (http only for localhost), `flexible` a boolean, and an icon for the icon locations.
 * Rules from the manifest reference (https://developer.zendesk.com/documentation/apps/app-developer-guide/manifest/)
 * and `invalid_location_error` in zendesk_apps_support's `validations/manifest.rb`.
 */
export function checkLocations({ pkg, manifest }: RuleContext): Problem[] {
  if (!manifest || manifest.requirementsOnly === true || manifest.marketingOnly === true) return [];
  const problems: Problem[] = [];
  const fail = (field: string, message: string) => problems.push(error(FILE, field, message, DOCS.manifest));
  const location = manifest.location;
  if (!isObject(location) || Object.keys(location).length === 0) {
    fail('location', 'is missing or empty: name at least one place the app appears, e.g. support.ticket_sidebar.');
    return problems;
  }
  const products = Object.keys(location);
  for (const [host, places] of Object.entries(location)) {
    const product = LEGACY_HOSTS[host] ?? host;
    const known = LOCATIONS[product];
    if (!known) {
      fail(`location.${host}`, `"${host}" is not a Zendesk product (${Object.keys(LOCATIONS).join(', ')}).`);
      continue;
    }
    if (!isObject(places) || Object.keys(places).length === 0) {
      fail(`location.${host}`, 'must map location names to pages, e.g. { "ticket_sidebar": { "url": "assets/iframe.html" } }.');
      continue;
    }
    for (const [name, options] of Object.entries(places)) {
      const field = `location.${host}.${name}`;
      if (!known.includes(name)) {
        fail(field, `"${name}" is not a ${product} location (${known.join(', ')}).`);
        continue;
      }
      const settings = typeof options === 'string' ? { url: options } : options;
      if (!isObject(settings)) {
        fail(field, 'must be a page url or an object with a url.');
        continue;
      }
      problems.push(...checkUrl(pkg.files, `${field}.url`, settings.url, settings.autoLoad !== false));
      if (settings.flexible !== undefined && typeof settings.flexible !== 'boolean') {
        fail(`${field}.flexible`, 'must be true or false.');
      }
      if (ICON_LOCATIONS[product]?.includes(name)) {
        const dir = products.length > 1 ? `assets/${product}/` : 'assets/';
        const icon = `${dir}icon_${name}.svg`;
        if (!pkg.files.has(icon) && !pkg.files.has(`${dir}icon_${name}_inactive.png`)) {
          problems.push(warning(icon, undefined, `is missing: the ${name} location shows a generic icon without it.`, DOCS.assets));
        }
      }
    }
  }
  return problems;
}

function checkUrl(files: ReadonlyMap<string, Uint8Array>, field: string, url: unknown, autoLoad: boolean): Problem[] {
  const fail = (message: string) => [error(FILE, field, message, DOCS.manifest)];
  if (url === undefined || url === '') {
    return autoLoad ? fail('is missing: the location has no page to load.') : [];
  }
  if (typeof url !== 'string') return fail('must be a string.');
  // A url built from a setting is filled in at install time; Zendesk skips it too.
  if (url.includes('{{setting.')) return [];
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return fail(`"${url}" is not a valid url.`);
    }
    if (parsed.protocol === 'https:' || parsed.hostname === 'localhost') return [];
    return fail(`"${url}" must use https (plain http is accepted for localhost only).`);
  }
  const path = url.split(/[?#]/)[0]!;
  if (!path.startsWith('assets/')) return fail(`"${url}" must be a file under assets/ or an absolute https url.`);
  if (!files.has(path)) return fail(`"${url}" names ${path}, which is not in the package.`);
  return [];
}
