import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, INSTALL_FORM, manifestParameters, parseSettings, SETTING_DEFINITIONS, translationParameters } from '../../../src/core/settings';

describe('parseSettings', () => {
  it('gives every default when nothing is configured', () => {
    const { settings, problems } = parseSettings({});
    expect(problems).toEqual([]);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings.half_life_days).toBe(180);
    expect(settings.window_days).toBe(730);
    expect(settings.lead_roles).toEqual(['admin']);
    expect(settings.hide_rating_from_roles).toEqual([]);
    expect(settings.warning_expiry_days).toBe(180);
    expect(settings.comment_ticket_cap).toBe(30);
  });

  it('reads the manifest defaults, as Zendesk passes them, back to the same settings', () => {
    const raw = Object.fromEntries(manifestParameters().map((p) => [p.name, p.default === undefined ? '' : typeof p.default === 'boolean' ? p.default : String(p.default)]));
    expect(parseSettings(raw)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it.each([
    ['half_life_days', '90', 90],
    ['repeat_decay', '0,75', 0.75],
    ['agent_hourly_cost', ' 15 ', 15],
    ['time_field_seconds', 'false', false],
    ['time_field_seconds', false, false],
    ['billing_tags', 'Invoice_Overdue, late_fee,,invoice_overdue', ['invoice_overdue', 'late_fee']],
    ['lead_group_ids', '360001, 360002', ['360001', '360002']],
    ['hide_rating_from_roles', 'light-agent', ['light-agent']],
    ['value_field', 'organization.mrr', 'organization.mrr'],
    ['window_days', '', 730],
  ] as const)('coerces %s = %j to %j', (key, value, expected) => {
    const { settings, problems } = parseSettings({ [key]: value });
    expect(problems).toEqual([]);
    expect(settings[key]).toEqual(expected);
  });

  it.each([
    ['half_life_days', 'soon', /half_life_days must be a number from 1 to 3650 \(got "soon"\); using the default, 180\./],
    ['window_days', '365.5', /window_days must be a whole number/],
    ['base_score', '120', /base_score must be at most 100/],
    ['currency', 'euro', /currency must be a three-letter currency code/],
    ['lead_group_ids', '12, sales', /lead_group_ids must list numeric ids/],
    ['time_field_id', 'Time spent', /time_field_id must be a numeric ticket field id/],
    ['time_field_seconds', 'maybe', /time_field_seconds must be true or false/],
  ] as const)('names %s when it is %j and falls back to its default', (key, value, message) => {
    const { settings, problems } = parseSettings({ [key]: value, weight_abuse: '20' });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.setting).toBe(key);
    expect(problems[0]!.message).toMatch(message);
    expect(settings[key]).toEqual(SETTING_DEFINITIONS[key].default);
    expect(settings.weight_abuse).toBe(20);
  });

  it('keeps the poor threshold below the good one', () => {
    const crossed = parseSettings({ poor_threshold: '80' });
    expect(crossed.problems.map((p) => p.setting)).toEqual(['poor_threshold']);
    expect(crossed.settings.poor_threshold).toBe(40);
    const low = parseSettings({ good_threshold: '30' });
    expect(low.problems).toEqual([
      { setting: 'good_threshold', message: 'good_threshold must be higher than poor_threshold (40) (got "30"); using the default, 65.' },
    ]);
    expect(low.settings).toMatchObject({ good_threshold: 65, poor_threshold: 40 });
    const both = parseSettings({ good_threshold: '30', poor_threshold: '50' });
    expect(both.problems.map((p) => p.setting)).toEqual(['poor_threshold', 'good_threshold']);
    expect(both.settings).toMatchObject({ good_threshold: 65, poor_threshold: 40 });
    const fine = parseSettings({ good_threshold: '30', poor_threshold: '20' });
    expect(fine.problems).toEqual([]);
  });

  it('ignores settings it does not know, and reports several bad ones at once', () => {
    const { settings, problems } = parseSettings({ api_token: 'x', half_life_days: 'x', window_days: '-3', weight_gratitude: '5' });
    expect(problems.map((p) => p.setting).toSorted()).toEqual(['half_life_days', 'window_days']);
    expect(settings.weight_gratitude).toBe(5);
    expect(settings).not.toHaveProperty('api_token');
  });

  it('never throws, and either takes a value or names it and uses the default', () => {
    const keys = Object.keys(SETTING_DEFINITIONS);
    const value = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.object({ maxDepth: 1 }));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys, 'unknown_key'), value), (raw) => {
        const { settings, problems } = parseSettings(raw);
        expect(Object.keys(settings).toSorted()).toEqual(keys.toSorted());
        for (const problem of problems) {
          expect(keys).toContain(problem.setting);
          expect(problem.message.startsWith(problem.setting)).toBe(true);
          expect(settings[problem.setting as keyof typeof settings]).toEqual(SETTING_DEFINITIONS[problem.setting as keyof typeof SETTING_DEFINITIONS].default);
        }
        expect(settings.poor_threshold).toBeLessThan(settings.good_threshold);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on any advanced JSON either', () => {
    const keys = Object.keys(SETTING_DEFINITIONS);
    const value = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }));
    const advanced = fc.oneof(fc.string(), fc.dictionary(fc.constantFrom(...keys, 'unknown_key'), value).map((o) => JSON.stringify(o)));
    fc.assert(
      fc.property(advanced, (text) => {
        const { settings, problems } = parseSettings({ advanced: text });
        expect(Object.keys(settings).toSorted()).toEqual(keys.toSorted());
        for (const problem of problems) expect(problem.message.startsWith(problem.setting)).toBe(true);
        expect(settings.poor_threshold).toBeLessThan(settings.good_threshold);
      }),
      { numRuns: 300 },
    );
  });

  it('documents and labels every setting in both languages', () => {
    for (const [key, def] of Object.entries(SETTING_DEFINITIONS)) {
      for (const text of [def.text.label, def.text.help, def.text.labelDe, def.text.helpDe]) {
        expect(text.trim(), key).not.toBe('');
      }
      expect(def.schema.safeParse(def.default).success, key).toBe(true);
    }
  });
});

describe('the install form and the advanced setting', () => {
  it('the form has at most 12 settings, each labelled with a hint in English and German, the advanced one last', () => {
    const names = manifestParameters().map((p) => p.name);
    expect(names.length).toBeLessThanOrEqual(12);
    expect(names.at(-1)).toBe('advanced');
    for (const locale of ['en', 'de'] as const) {
      const labels = translationParameters(locale);
      expect(Object.keys(labels).toSorted()).toEqual(names.toSorted());
      for (const name of names) {
        expect(labels[name]!.label.trim(), `${locale} ${name}`).not.toBe('');
        expect(labels[name]!.helpText.trim(), `${locale} ${name}`).not.toBe('');
      }
    }
  });

  it('puts who is a team lead, the money fields, expiry and the cache on the form', () => {
    expect(INSTALL_FORM).toEqual(expect.arrayContaining(['lead_roles', 'lead_group_ids', 'agent_hourly_cost', 'value_field', 'currency', 'warning_expiry_days', 'cache_minutes']));
    expect(INSTALL_FORM).not.toContain('weight_abuse');
  });

  it('reads the advanced JSON as overrides of the other settings', () => {
    const { settings, problems } = parseSettings({ advanced: '{"weight_abuse": 20, "factor_cap": "30", "billing_tags": ["Late_Fee", "collections"], "time_field_seconds": false}', lead_roles: 'admin, agent' });
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({ weight_abuse: 20, factor_cap: 30, billing_tags: ['late_fee', 'collections'], time_field_seconds: false, lead_roles: ['admin', 'agent'] });
    expect(settings.weight_profanity).toBe(DEFAULT_SETTINGS.weight_profanity);
  });

  it('an empty advanced setting gives every default', () => {
    expect(parseSettings({ advanced: '' })).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(parseSettings({ advanced: '  {}  ' })).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('JSON that does not parse is named once; every advanced setting takes its default and the form still applies', () => {
    const { settings, problems } = parseSettings({ advanced: '{weight_abuse: 20}', cache_minutes: '5' });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.setting).toBe('advanced');
    expect(problems[0]!.message).toMatch(/^advanced must be a JSON object such as \{"weight_abuse": 20\} \(got "\{weight_abuse: 20\}": .+\); using the default of every advanced setting\.$/);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, cache_minutes: 5 });
    expect(parseSettings({ advanced: '[1, 2]' }).problems.map((p) => p.setting)).toEqual(['advanced']);
  });

  it('names a key it does not know, and a form setting put in the JSON, and ignores both', () => {
    const { settings, problems } = parseSettings({ advanced: '{"weight_abuze": 20, "cache_minutes": 1, "weight_abuse": 21}' });
    expect(problems.map((p) => p.message)).toEqual([
      'advanced has no setting "weight_abuze"; ignored. The keys are listed in docs/settings.md.',
      'advanced cannot set "cache_minutes": it is on the install form; ignored.',
    ]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, weight_abuse: 21 });
  });

  it('a bad value in the JSON is named by its key and takes its default', () => {
    const { settings, problems } = parseSettings({ advanced: '{"half_life_days": "soon", "weight_abuse": 20}' });
    expect(problems).toEqual([{ setting: 'half_life_days', message: 'half_life_days must be a number from 1 to 3650 (got "soon"); using the default, 180.' }]);
    expect(settings.half_life_days).toBe(180);
    expect(settings.weight_abuse).toBe(20);
  });

  it('the JSON wins over a parameter of the same name left from an older install', () => {
    expect(parseSettings({ weight_abuse: '9', advanced: '{"weight_abuse": 20}' }).settings.weight_abuse).toBe(20);
    expect(parseSettings({ weight_abuse: '9' }).settings.weight_abuse).toBe(9);
  });
});
