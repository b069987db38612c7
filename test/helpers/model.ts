import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LearnedModel } from '../../src/core/signals';
import { decodeModel } from '../../src/core/signals/learned/load';

/** The committed weights, decoded as the app decodes them (read once per test file). */
export function committedModel(): LearnedModel {
  const model = decodeModel(JSON.parse(readFileSync(fileURLToPath(new URL('../../model/signals.json', import.meta.url)), 'utf8')));
  if ('error' in model) throw new Error(`model/signals.json: ${model.error}`);
  return model;
}
