import { ADVANCED_SETTING, INSTALL_FORM, SETTING_DEFINITIONS, type SettingKey } from './definitions';
import type { SettingGroup, SettingText } from './kinds';

const KEYS = Object.keys(SETTING_DEFINITIONS) as SettingKey[];
const ON_FORM: ReadonlySet<SettingKey> = new Set<SettingKey>(INSTALL_FORM);
const ADVANCED_KEYS = KEYS.filter((key) => !ON_FORM.has(key));

/** One entry of the manifest's `parameters` array. */
export interface ManifestParameter {
  name: string;
  type: string;
  required: boolean;
  default?: string | number | boolean;
}

/**
 * The manifest's `parameters`: the install form's settings in the form's order, then the one advanced
 * setting (a JSON object of the others, empty by default). Settings are never required: each has a
 * default, and an empty one means "off". Parameter types and defaults as in Zendesk's manifest
 * reference (https://developer.zendesk.com/documentation/apps/app-developer-guide/manifest/).
 *
 * @returns the parameters
 * @example manifestParameters()[0] // => { name: 'lead_roles', type: 'text', required: false, default: 'admin' }
 */
export function manifestParameters(): ManifestParameter[] {
  const advanced: ManifestParameter = { name: ADVANCED_SETTING.name, type: 'multiline', required: false };
  const form = INSTALL_FORM.map((name) => {
    const def = SETTING_DEFINITIONS[name];
    const parameter: ManifestParameter = { name, type: def.manifestType, required: false };
    const value = def.manifestDefault;
    if (value === '') return parameter;
    parameter.default = def.manifestType === 'number' ? Number(value) : value;
    return parameter;
  });
  return [...form, advanced];
}

/**
 * The translations' `app.parameters`: the label and help text of each setting on the install form
 * (the advanced one included) in one locale.
 *
 * @param locale - `en` or `de`
 * @returns the labels by setting name
 * @example translationParameters('de').warning_expiry_days.label // => 'Verwarnungen verfallen nach (Tagen)'
 */
export function translationParameters(locale: 'en' | 'de'): Record<string, { label: string; helpText: string }> {
  const out: Record<string, { label: string; helpText: string }> = {};
  const entries: [string, SettingText][] = [
    ...INSTALL_FORM.map((name): [string, SettingText] => [name, SETTING_DEFINITIONS[name].text]),
    [ADVANCED_SETTING.name, ADVANCED_SETTING.text],
  ];
  for (const [name, text] of entries) {
    out[name] = locale === 'de' ? { label: text.labelDe, helpText: text.helpDe } : { label: text.label, helpText: text.help };
  }
  return out;
}

const GROUP_ORDER: SettingGroup[] = [
  'Scoring',
  'Text signals',
  'Demand on the team',
  'Satisfaction',
  'Payment',
  'Cost against value',
  'Good signs',
  'Team leads and access',
  'Loading',
];

/**
 * docs/settings.md, written from the definitions so that it cannot drift from what the app reads.
 *
 * @returns the Markdown
 * @example settingsMarkdown().startsWith('# Settings') // => true
 */
export function settingsMarkdown(): string {
  const lines: string[] = [
    '# Settings',
    '',
    '<!-- Written by `npx tsx scripts/sync-settings.ts` from src/core/settings/definitions.ts; a test checks they agree. -->',
    '',
    `The install form in Zendesk Admin Center shows ${INSTALL_FORM.length + 1} settings, each with a hint: who is a team lead and`,
    'who may see ratings, how long warnings last, the money fields for cost against value, and the cache.',
    `The last one, **${ADVANCED_SETTING.text.label}** (\`${ADVANCED_SETTING.name}\`), holds every other setting (the weights,`,
    'caps and thresholds of the score, and the field keys) as one JSON object; left empty, each takes the',
    'default listed below, which suits most teams. Parameter types as in Zendesk\'s',
    '[manifest reference](https://developer.zendesk.com/documentation/apps/app-developer-guide/manifest/).',
    '',
    'How values are read:',
    '',
    '- Zendesk passes settings to the app as text (check boxes as true or false), so numbers and lists are',
    '  read from text: `180`, `0.5` (or `0,5`), `late_payment, invoice_overdue`. In the advanced JSON,',
    '  numbers, true/false and lists (`["late_fee", "collections"]` or `"late_fee, collections"`) are read',
    '  the same way.',
    '- An empty setting takes its default. For field keys and ids, the default is usually empty, which',
    '  turns the feature off.',
    '- A value that is not valid (a word where a number belongs, a number out of range) is reported by',
    '  name in the sidebar (and by `customer-fit score`), with what was wrong, and that setting takes its',
    '  default; the others still apply. The same goes for advanced JSON that does not parse (every',
    '  advanced setting then takes its default) and for a key it does not know (ignored).',
    '- `poor_threshold` must be lower than `good_threshold`. When it is not, `poor_threshold` takes its',
    '  default; when it was left empty (or its default is still too high), `good_threshold` takes its own.',
    '',
    'How the weights combine into a score is explained in [rating.md](rating.md).',
    '',
    '## On the install form',
    '',
    '| Setting | Default | Accepts | What it does |',
    '| --- | --- | --- | --- |',
  ];
  for (const key of INSTALL_FORM) lines.push(row(key));
  lines.push(
    `| \`${ADVANCED_SETTING.name}\` (${ADVANCED_SETTING.text.label}) | (empty) | a JSON object of the settings below | ${cell(ADVANCED_SETTING.text.help)} |`,
    '',
    '## Advanced settings',
    '',
    `Set in \`${ADVANCED_SETTING.name}\` as one JSON object; only the keys you change need to be there, for example:`,
    '',
    '```json',
    '{ "weight_abuse": 20, "factor_cap": 30, "billing_tags": ["late_fee", "collections"], "time_field_id": "360012345678" }',
    '```',
    '',
  );
  for (const group of GROUP_ORDER) {
    const keys = ADVANCED_KEYS.filter((key) => SETTING_DEFINITIONS[key].group === group);
    if (keys.length === 0) continue;
    lines.push(`### ${group}`, '', '| Key | Default | Accepts | What it does |', '| --- | --- | --- | --- |');
    for (const key of keys) lines.push(row(key));
    lines.push('');
    for (const key of keys) {
      const def = SETTING_DEFINITIONS[key];
      if (def.manifestType !== 'multiline') continue;
      lines.push(`Default of \`${key}\`:`, '', '```text', String(def.manifestDefault), '```', '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function row(key: SettingKey): string {
  const def = SETTING_DEFINITIONS[key];
  const shown =
    def.manifestType === 'multiline'
      ? 'the text below'
      : def.manifestDefault === ''
        ? '(empty)'
        : `\`${String(def.manifestDefault)}\``;
  return `| \`${key}\` (${def.text.label}) | ${shown} | ${cell(def.accepts)} | ${cell(def.text.help)} |`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
