/**
 * The parts of the app's manifest.json the host needs: name and version for `metadata`, the
 * parameters whose defaults become `metadata.settings`, and each Support location's page URL
 * (https://developer.zendesk.com/documentation/apps/app-developer-guide/manifest/).
 */
export interface ManifestParameter {
  name: string;
  type: string;
  default?: unknown;
  required?: boolean;
  secure?: boolean;
}

export interface AppManifest {
  name: string;
  version: string;
  parameters: ManifestParameter[];
  /** Location name -> page path relative to the package root. */
  locations: Record<string, string>;
}

export const FALLBACK_MANIFEST: AppManifest = {
  name: 'Customer Fit',
  version: '0.0.0',
  parameters: [],
  locations: { ticket_sidebar: 'assets/iframe.html', user_sidebar: 'assets/iframe.html', nav_bar: 'assets/iframe.html' },
};

export function parseManifest(raw: unknown): AppManifest {
  if (typeof raw !== 'object' || raw === null) return FALLBACK_MANIFEST;
  const manifest = raw as Record<string, unknown>;
  const parameters = Array.isArray(manifest.parameters)
    ? manifest.parameters.filter(
        (p): p is ManifestParameter => typeof p === 'object' && p !== null && typeof (p as ManifestParameter).name === 'string',
      )
    : [];
  const support = ((manifest.location as Record<string, unknown> | undefined)?.support ?? {}) as Record<string, unknown>;
  const locations: Record<string, string> = {};
  for (const [name, value] of Object.entries(support)) {
    const url = typeof value === 'string' ? value : (value as { url?: unknown } | null)?.url;
    if (typeof url === 'string') locations[name] = url;
  }
  return {
    name: typeof manifest.name === 'string' ? manifest.name : FALLBACK_MANIFEST.name,
    version: typeof manifest.version === 'string' ? manifest.version : FALLBACK_MANIFEST.version,
    parameters,
    locations: Object.keys(locations).length > 0 ? locations : FALLBACK_MANIFEST.locations,
  };
}

/** What an admin would see on a fresh install: every parameter at its manifest default. */
export function defaultSettings(manifest: AppManifest): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  for (const parameter of manifest.parameters) {
    if (parameter.default !== undefined) settings[parameter.name] = parameter.default;
  }
  return settings;
}

/**
 * Settings as an installation hands them to the app: what the admin's form held, so text for
 * text and number fields alike, and booleans for checkboxes. Apps must parse numbers themselves.
 */
export function installedSettings(manifest: AppManifest, overrides: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...defaultSettings(manifest), ...overrides };
  const checkboxes = new Set(manifest.parameters.filter((p) => p.type === 'checkbox').map((p) => p.name));
  const settings: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(merged)) {
    if (value === undefined || value === null) continue;
    settings[name] = checkboxes.has(name) ? value === true || value === 'true' : typeof value === 'string' ? value : String(value);
  }
  return settings;
}

export async function loadManifest(url: string): Promise<AppManifest> {
  try {
    const response = await fetch(url, { cache: 'no-store' });
    return response.ok ? parseManifest(await response.json()) : FALLBACK_MANIFEST;
  } catch {
    return FALLBACK_MANIFEST;
  }
}

/** A setting's label and hint as the install form shows them (`app.parameters` of translations/<locale>.json). */
export type SettingLabels = Record<string, { label: string; helpText?: string }>;

/**
 * The install form's labels in one translation file.
 *
 * @param raw - the parsed translations/<locale>.json
 * @returns the labels by setting name; {} when the file has none
 */
export function parseSettingLabels(raw: unknown): SettingLabels {
  const app = typeof raw === 'object' && raw !== null ? (raw as { app?: unknown }).app : undefined;
  const parameters = typeof app === 'object' && app !== null ? (app as { parameters?: unknown }).parameters : undefined;
  if (typeof parameters !== 'object' || parameters === null) return {};
  const labels: SettingLabels = {};
  for (const [name, value] of Object.entries(parameters)) {
    const entry = value as { label?: unknown; helpText?: unknown } | null;
    if (typeof entry?.label !== 'string') continue;
    labels[name] = typeof entry.helpText === 'string' ? { label: entry.label, helpText: entry.helpText } : { label: entry.label };
  }
  return labels;
}

export async function loadSettingLabels(url: string): Promise<SettingLabels> {
  try {
    const response = await fetch(url, { cache: 'no-store' });
    return response.ok ? parseSettingLabels(await response.json()) : {};
  } catch {
    return {};
  }
}
