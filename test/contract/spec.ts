import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readCarried } from '../../scripts/sync-spec';

/**
 * Zendesk's published OpenAPI 3.0 description of the Support API, compiled for validation: the
 * parts the app and the mock API use, carried in test/contract/zendesk-support-api.json (written by
 * `npm run sync-spec`, which names the source and the extraction date in the file).
 * OpenAPI 3.0 is not quite JSON Schema: `nullable: true` is turned into a `null` type here, and
 * the spec's own format names (`datetime`, `url`, `int64`) are registered.
 */

export interface OpenApiSpec {
  components: {
    schemas: Record<string, unknown>;
    examples: Record<string, { value: unknown }>;
  };
}

let cached: OpenApiSpec | null = null;

/** The carried spec, read once per test file. */
export function loadSpec(): OpenApiSpec {
  cached ??= readCarried() as OpenApiSpec;
  return cached;
}

function withNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withNullable);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'example' || key === 'examples') continue; // examples are data, not schema
    out[key] = withNullable(value);
  }
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
      return out;
    }
    return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

let ajv: Ajv | null = null;

/** A validator for `#/components/schemas/<pointer>` (a schema name, or a deeper JSON pointer). */
export function schemaValidator(pointer: string): ValidateFunction {
  if (!ajv) {
    ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addFormat('datetime', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
    ajv.addFormat('string', true);
    ajv.addSchema({ $id: 'zendesk', components: { schemas: withNullable(loadSpec().components.schemas) } });
  }
  const validate = ajv.getSchema(`zendesk#/components/schemas/${pointer}`);
  if (!validate) throw new Error(`No schema at components/schemas/${pointer}`);
  return validate;
}

/** Validation errors as short lines, or [] when the value is valid. */
export function specErrors(pointer: string, value: unknown): string[] {
  const validate = schemaValidator(pointer);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${pointer}${e.instancePath} ${e.message ?? ''}`);
}
