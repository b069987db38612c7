import { readFileSync } from 'node:fs';
import type { LearnedModel } from '../../src/core/signals';
import { decodeModel } from '../../src/core/signals/learned/load';
import { MODEL_PATH } from '../train/paths';

/** The committed weights, decoded as the app decodes them. */
export function benchModel(): LearnedModel {
  const model = decodeModel(JSON.parse(readFileSync(MODEL_PATH, 'utf8')));
  if ('error' in model) throw new Error(`model/signals.json: ${model.error}`);
  return model;
}
