import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LearnedModel } from '../../src/core/signals';
import { decodeModel } from '../../src/core/signals/learned/load';
import { cueTable, units, unitFeatures } from '../../src/core/signals/learned/features';

/** The committed weights, decoded as the app decodes them (read once per test file). */
export function committedModel(): LearnedModel {
  const model = decodeModel(JSON.parse(readFileSync(fileURLToPath(new URL('../../model/signals.json', import.meta.url)), 'utf8')));
  if ('error' in model) throw new Error(`model/signals.json: ${model.error}`);
  return model;
}

/** The feature of a word alone (with no word families, a word's first feature is the word itself). */
export function wordFeature(word: string): number {
  const features: number[] = [];
  unitFeatures(units(word)[0]!, (f) => features.push(f), [], cueTable({}));
  return features[0]!;
}
