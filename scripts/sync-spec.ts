/**
 * Extracts the parts of Zendesk's OpenAPI description of the Support API that the app and the mock
 * API are checked against (test/contract/), and writes them to test/contract/zendesk-support-api.json,
 * so the contract tests run on a clone with nothing beside it.
 *
 * The source is ../shared/zendesk/support-api-oas.yaml, beside the repository when it is there. The
 * extraction keeps the named schemas and examples below and everything they reference, transitively.
 * `--check` writes nothing and exits 1 when the carried copy differs from a fresh extraction.
 *
 *   npm run sync-spec [-- --check]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where Zendesk's full description is found, beside the repository. */
export const SOURCE_PATH = path.resolve(ROOT, '../shared/zendesk/support-api-oas.yaml');
/** The carried copy, committed. */
export const CARRIED_PATH = path.join(ROOT, 'test/contract/zendesk-support-api.json');

export const SOURCE_NAME = 'Zendesk Support API OpenAPI description, as published by Zendesk in 2024';

/** The schemas the contract tests validate against (test/contract/mock-api.contract.test.ts) or read examples from. */
export const ROOT_SCHEMAS = [
  'CurrentUserResponse',
  'CustomObjectRecordsResponse',
  'GroupMembershipsResponse',
  'OrganizationObject',
  'OrganizationResponse',
  'SatisfactionRatingObject',
  'SearchCountResponse',
  'SearchExportResponse',
  'SearchResponse',
  'TagsByObjectIdResponse',
  'TicketCommentObject',
  'TicketCommentsResponse',
  'TicketMetricObject',
  'TicketObject',
  'TicketResponse',
  'TicketUpdateResponse',
  'TicketsResponse',
  'UserForAdmin',
  'UserResponse',
] as const;

/** The examples the zod schemas are held to (test/contract/zod-examples.contract.test.ts). */
export const ROOT_EXAMPLES = [
  'AddTagsByObjectIdResponseExample',
  'CurrentUserResponseExample',
  'CursorBasedExportIncrementalTicketsResponseExample',
  'OrganizationResponseExample',
  'OrganizationsResponseExample',
  'SatisfactionRatingsResponseExample',
  'SearchCountResponseExample',
  'TagsByObjectIdResponse',
  'TicketCommentsResponseExample',
  'TicketMetricResponseExample',
  'TicketMetricsResponseExample',
  'TicketResponseExample',
  'TicketUpdateResponseExample',
  'TicketsResponseExample',
  'UpdateUserResponseExample',
  'UserResponseExample',
] as const;

interface FullSpec {
  openapi: string;
  info: { title: string; version: string };
  components: { schemas: Record<string, unknown>; examples: Record<string, unknown> };
}

/** The carried file: where it came from, and the parts of `components` kept. */
export interface CarriedSpec {
  source: string;
  extracted: string;
  extractedBy: string;
  openapi: string;
  info: { title: string; version: string };
  components: { schemas: Record<string, unknown>; examples: Record<string, unknown> };
}

function refsIn(node: unknown, found: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) refsIn(item, found);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') found.add(value);
    else refsIn(value, found);
  }
}

function sorted(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(record).toSorted().map((key) => [key, record[key]]));
}

/**
 * The named schemas and examples of a full description and everything they reference.
 *
 * @param full - the parsed OpenAPI description
 * @returns the kept `components`, keys sorted
 * @example extractComponents(parse(yaml)).schemas.TicketObject.type // => 'object'
 */
export function extractComponents(full: FullSpec): CarriedSpec['components'] {
  const kept = { schemas: {} as Record<string, unknown>, examples: {} as Record<string, unknown> };
  const queue: string[] = [
    ...ROOT_SCHEMAS.map((name) => `#/components/schemas/${name}`),
    ...ROOT_EXAMPLES.map((name) => `#/components/examples/${name}`),
  ];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const ref = queue.shift()!;
    if (seen.has(ref)) continue;
    seen.add(ref);
    const match = /^#\/components\/(schemas|examples)\/([^/]+)$/.exec(ref);
    if (!match) throw new Error(`Unexpected reference ${ref}: only whole schemas and examples are carried.`);
    const kind = match[1] as 'schemas' | 'examples';
    const name = match[2]!;
    const value = full.components[kind][name];
    if (value === undefined) throw new Error(`The description has no ${kind.slice(0, -1)} ${name}.`);
    kept[kind][name] = value;
    const found = new Set<string>();
    refsIn(value, found);
    queue.push(...found);
  }
  return { schemas: sorted(kept.schemas), examples: sorted(kept.examples) };
}

/**
 * The carried file's content for a source text and a date.
 *
 * @param yamlText - Zendesk's description
 * @param date - the extraction date, YYYY-MM-DD
 * @returns the object to write
 */
export function extract(yamlText: string, date: string): CarriedSpec {
  const full = parse(yamlText) as FullSpec;
  return {
    source: SOURCE_NAME,
    extracted: date,
    extractedBy: 'npm run sync-spec (scripts/sync-spec.ts), from ../shared/zendesk/support-api-oas.yaml: the schemas and examples the contract tests use and everything they reference',
    openapi: full.openapi,
    info: { title: full.info.title, version: full.info.version },
    components: extractComponents(full),
  };
}

export function serialise(spec: CarriedSpec): string {
  return `${JSON.stringify(spec, null, 2)}\n`;
}

/** The carried copy as committed. */
export function readCarried(): CarriedSpec {
  return JSON.parse(readFileSync(CARRIED_PATH, 'utf8')) as CarriedSpec;
}

/** True when the carried copy matches a fresh extraction, the date aside. */
export function carriedIsCurrent(yamlText: string): boolean {
  const carried = readCarried();
  return serialise(extract(yamlText, carried.extracted)) === serialise(carried);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  if (!existsSync(SOURCE_PATH)) {
    console.error('sync-spec needs ../shared/zendesk/support-api-oas.yaml beside the repository; the carried copy is kept as it is.');
    process.exit(2);
  }
  const text = readFileSync(SOURCE_PATH, 'utf8');
  const current = existsSync(CARRIED_PATH) && carriedIsCurrent(text);
  if (process.argv.includes('--check')) {
    console.log(current ? 'The carried spec matches the source.' : 'test/contract/zendesk-support-api.json is out of date: run npm run sync-spec.');
    process.exitCode = current ? 0 : 1;
  } else if (current) {
    console.log('test/contract/zendesk-support-api.json is up to date.');
  } else {
    const spec = extract(text, new Date().toISOString().slice(0, 10));
    writeFileSync(CARRIED_PATH, serialise(spec));
    console.log(`Wrote test/contract/zendesk-support-api.json: ${Object.keys(spec.components.schemas).length} schemas, ${Object.keys(spec.components.examples).length} examples.`);
  }
}
