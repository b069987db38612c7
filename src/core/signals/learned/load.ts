import { modelHits, readUnits } from './detect';
import { decodeWeights, type LearnedModel } from './model';

/**
 * Decodes a weights file into the learned detectors a rating can use. A file that does not fit gives
 * the reason, never a throw.
 *
 * @param file - the parsed JSON of model/signals.json
 * @returns the detectors, or `{ error }`
 * @example decodeModel({ format: 2 }) // => { error: 'the weights file has format 2; this app reads format 1' }
 */
export function decodeModel(file: unknown): LearnedModel | { error: string } {
  const weights = decodeWeights(file);
  if ('error' in weights) return weights;
  return { ...weights, hits: (prepared, ruleHits, level) => modelHits(prepared, readUnits(prepared, ruleHits, weights.split), weights, level) };
}
