/**
 * Writes `zcli.apps.config.json` so that `zcli apps:server dist` starts without prompting: zcli asks
 * on the terminal for every manifest setting its config file does not list (`getAppSettings` in
 * github.com/zendesk/zcli, packages/zcli-apps/src/utils/getAppSettings.ts), and reads that file from
 * the app folder it serves (`getAllConfigs(appPath)`), which is dist/.
 *
 * The file at the repository root (gitignored) is the one to edit: values set there are kept, new
 * settings get their manifest default (or an empty value), settings no longer in the manifest are
 * dropped. The result is written there and copied into dist/. `npm run package` never zips it.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isObject } from './package/json';
import { DIST, ROOT } from './package/paths';

/** A setting's value as zcli passes it to the app. */
export type SettingValue = string | number | boolean;

/** The parts of `zcli.apps.config.json` zcli reads (`ZcliConfigFileContent` in zcli's types.ts). */
export interface ZcliConfig {
  app_id?: string;
  installation_id?: string;
  plan?: string;
  parameters: Record<string, SettingValue>;
}

/** The value a setting gets when the developer has not set one: its default, else an empty one. */
function initialValue(parameter: Record<string, unknown>): SettingValue {
  const fallback = parameter.default;
  if (typeof fallback === 'string' || typeof fallback === 'number' || typeof fallback === 'boolean') return fallback;
  return parameter.type === 'checkbox' ? false : '';
}

/**
 * The config for a manifest, keeping the values (and app/installation ids) of an existing config
 * for the settings the manifest still defines. Pure, so it can be tested without files.
 */
export function zcliConfig(manifest: unknown, existing: unknown): ZcliConfig {
  const previous = isObject(existing) ? existing : {};
  const kept = isObject(previous.parameters) ? previous.parameters : {};
  const parameters: Record<string, SettingValue> = {};
  const list = isObject(manifest) && Array.isArray(manifest.parameters) ? manifest.parameters : [];
  for (const parameter of list) {
    if (!isObject(parameter) || typeof parameter.name !== 'string') continue;
    const value = kept[parameter.name];
    parameters[parameter.name] =
      typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : initialValue(parameter);
  }
  const config: ZcliConfig = { parameters };
  for (const key of ['app_id', 'installation_id', 'plan'] as const) {
    if (typeof previous[key] === 'string') config[key] = previous[key];
  }
  return config;
}

const isMain = process.argv[1] !== undefined && import.meta.filename === process.argv[1];
if (isMain) {
  const rootConfig = join(ROOT, 'zcli.apps.config.json');
  const manifest: unknown = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
  const existing: unknown = existsSync(rootConfig) ? JSON.parse(readFileSync(rootConfig, 'utf8')) : {};
  const config = zcliConfig(manifest, existing);
  writeFileSync(rootConfig, `${JSON.stringify(config, null, 2)}\n`);
  if (existsSync(DIST)) copyFileSync(rootConfig, join(DIST, 'zcli.apps.config.json'));
  const count = Object.keys(config.parameters).length;
  console.log(`zcli.apps.config.json: ${count} setting${count === 1 ? '' : 's'} with a value${existsSync(DIST) ? ' (copied into dist/)' : ''}.`);
}
