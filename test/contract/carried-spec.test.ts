/**
 * The contract tests validate against the copy of Zendesk's schemas the repository carries. These
 * tests keep that copy honest: it says where it came from, it is complete (every reference resolves
 * inside it), and, when Zendesk's full description is beside the repository, it still equals a fresh
 * extraction from it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { carriedIsCurrent, readCarried, ROOT_EXAMPLES, ROOT_SCHEMAS, SOURCE_NAME, SOURCE_PATH } from '../../scripts/sync-spec';

const carried = readCarried();

function refs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) refs(item, out);
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') out.push(value);
      else refs(value, out);
    }
  }
  return out;
}

describe('the carried copy of Zendesk\'s OpenAPI description', () => {
  it('names its source and the day it was extracted', () => {
    expect(carried.source).toBe(SOURCE_NAME);
    expect(carried.extracted).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(carried.openapi).toMatch(/^3\./);
  });

  it('holds every schema and example the contract tests read, and everything they reference', () => {
    for (const name of ROOT_SCHEMAS) expect(carried.components.schemas, name).toHaveProperty([name]);
    for (const name of ROOT_EXAMPLES) expect(carried.components.examples, name).toHaveProperty([name]);
    const missing = refs(carried.components).filter((ref) => {
      const [, , kind, name] = ref.split('/');
      const table = (carried.components as Record<string, Record<string, unknown>>)[kind ?? ''];
      return !table || !name || !(name in table);
    });
    expect(missing).toEqual([]);
  });

  const present = existsSync(SOURCE_PATH);
  it('still equals a fresh extraction from ../shared/zendesk/support-api-oas.yaml (npm run sync-spec)', (ctx) => {
    ctx.skip(!present, 'skipped: ../shared/zendesk/support-api-oas.yaml is not beside the repository');
    expect(carriedIsCurrent(readFileSync(SOURCE_PATH, 'utf8')), 'run npm run sync-spec').toBe(true);
  });
});
