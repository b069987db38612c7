import { SETTING_DEFINITIONS, type SettingKey } from './definitions';
import type { SettingGroup } from './kinds';

const KEYS = Object.keys(SETTING_DEFINITIONS) as SettingKey[];

/** One entry of the manifest's `parameters` array. */
export interface ManifestParameter {
  name: string;
  type: string;
  required: boolean;
  default?: string | number | boolean;
}

/**
 * The manifest's `parameters`, one per setting, in the order of the definitions (the order of the
 * settings page). Settings are never required: each has a default, and an empty one means "off".
 * Parameter types and defaults as in Zendesk's manifest reference
 * (https://developer.zendesk.com/documentation/apps/app-developer-guide/manifest/).
 *
 * @returns the parameters
 * @example manifestParameters()[0] // => { name: 'base_score', type: 'number', required: false, default: 75 }
 */
export function manifestParameters(): ManifestParameter[] {
  return KEYS.map((name) => {
    const def = SETTING_DEFINITIONS[name];
    const parameter: ManifestParameter = { name, type: def.manifestType, required: false };
    const value = def.manifestDefault;
    if (value === '') return parameter;
    parameter.default = def.manifestType === 'number' ? Number(value) : value;
    return parameter;
  });
}

/**
 * The translations' `app.parameters`: each setting's label and help text in one locale.
 *
 * @param locale - `en` or `de`
 * @returns the labels by setting name
 * @example translationParameters('de').half_life_days.label // => 'Halbwertszeit eines Ereignisses (Tage)'
 */
export function translationParameters(locale: 'en' | 'de'): Record<string, { label: string; helpText: string }> {
  const out: Record<string, { label: string; helpText: string }> = {};
  for (const name of KEYS) {
    const text = SETTING_DEFINITIONS[name].text;
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
    'Every weight, threshold, window and field key of Customer Fit is an app setting: a parameter in',
    "`manifest.json`, shown on the app's settings page in Zendesk Admin Center with the labels in",
    '`translations/` (parameter types as in Zendesk\'s',
    '[manifest reference](https://developer.zendesk.com/documentation/apps/app-developer-guide/manifest/)).',
    'Each has a default that suits most teams.',
    '',
    'How values are read:',
    '',
    '- Zendesk passes settings to the app as text (check boxes as true or false), so numbers and lists are',
    '  read from text: `180`, `0.5` (or `0,5`), `late_payment, invoice_overdue`.',
    '- An empty setting takes its default. For field keys and ids, the default is usually empty, which',
    '  turns the feature off.',
    '- A value that is not valid (a word where a number belongs, a number out of range) is reported by',
    '  name in the sidebar (and by `customer-fit score`), with what was wrong, and that setting takes its',
    '  default; the others still apply.',
    '- `poor_threshold` must be lower than `good_threshold`. When it is not, `poor_threshold` takes its',
    '  default; when it was left empty (or its default is still too high), `good_threshold` takes its own.',
    '',
    'How the weights combine into a score is explained in [rating.md](rating.md).',
    '',
  ];
  for (const group of GROUP_ORDER) {
    const keys = KEYS.filter((key) => SETTING_DEFINITIONS[key].group === group);
    if (keys.length === 0) continue;
    lines.push(`## ${group}`, '', '| Setting | Default | Accepts | What it does |', '| --- | --- | --- | --- |');
    for (const key of keys) {
      const def = SETTING_DEFINITIONS[key];
      const shown =
        def.manifestType === 'multiline'
          ? 'the text below'
          : def.manifestDefault === ''
            ? '(empty)'
            : `\`${String(def.manifestDefault)}\``;
      lines.push(`| \`${key}\` (${def.text.label}) | ${shown} | ${cell(def.accepts)} | ${cell(def.text.help)} |`);
    }
    lines.push('');
    for (const key of keys) {
      const def = SETTING_DEFINITIONS[key];
      if (def.manifestType !== 'multiline') continue;
      lines.push(`Default of \`${key}\`:`, '', '```text', String(def.manifestDefault), '```', '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
