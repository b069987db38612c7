import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, manifestParameters, parseSettings, SETTING_DEFINITIONS } from '../../../src/core/settings';

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
    expect(settings.comment_ticket_cap).toBe(100);
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

  it('documents and labels every setting in both languages', () => {
    for (const [key, def] of Object.entries(SETTING_DEFINITIONS)) {
      for (const text of [def.text.label, def.text.help, def.text.labelDe, def.text.helpDe]) {
        expect(text.trim(), key).not.toBe('');
      }
      expect(def.schema.safeParse(def.default).success, key).toBe(true);
    }
  });
});
