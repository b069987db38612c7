import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DISMISSALS_FIELD } from '../../../src/core/dismissals/field';
import { LEVEL_TAGS, WARNING_FIELDS } from '../../../src/core/warnings/fields';

interface FieldRequirement {
  key: string;
  type: string;
  title: string;
  custom_field_options?: { name: string; value: string }[];
}

const requirements = JSON.parse(readFileSync(new URL('../../../requirements.json', import.meta.url), 'utf8')) as {
  user_fields: Record<string, FieldRequirement>;
};

describe('requirements.json', () => {
  it('creates exactly the user fields the app writes, under the keys it writes', () => {
    const declared = Object.values(requirements.user_fields).map((f) => f.key).toSorted();
    expect(declared).toEqual([...Object.values(WARNING_FIELDS), DISMISSALS_FIELD].toSorted());
    for (const [id, field] of Object.entries(requirements.user_fields)) {
      expect(field.key).toBe(id);
      // Zendesk field keys: letters, numbers and underscores, not only numbers.
      expect(field.key).toMatch(/^[a-z0-9_]*[a-z_][a-z0-9_]*$/);
      expect(field.title.length).toBeGreaterThan(0);
    }
  });

  it('gives the level dropdown one option per level, whose tag values are the ones the app sets', () => {
    const level = requirements.user_fields[WARNING_FIELDS.level]!;
    expect(level.type).toBe('dropdown');
    expect(level.custom_field_options?.map((o) => o.value)).toEqual([LEVEL_TAGS[1], LEVEL_TAGS[2], LEVEL_TAGS[3]]);
    expect(requirements.user_fields[WARNING_FIELDS.date]!.type).toBe('date');
    expect(requirements.user_fields[WARNING_FIELDS.record]!.type).toBe('textarea');
    expect(requirements.user_fields[WARNING_FIELDS.concerns]!.type).toBe('textarea');
    expect(requirements.user_fields[DISMISSALS_FIELD]!.type).toBe('textarea');
  });
});
