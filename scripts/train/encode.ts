import type { SignalWeightsFile } from '../../src/core/signals/learned/model';

/**
 * Writes a signal's kept features and byte weights as the weights file stores them: features as
 * base64 of their LEB128 gaps (most gaps take two bytes), weights as base64 signed bytes.
 *
 * @param kept - the kept features, ascending
 * @param weights - the rounded weights by feature
 * @param scale - weight = byte / scale
 * @returns the `features` and `weights` fields
 * @example encodeWeights([3, 300], Float32Array.of(...), 127).features // => 'A6kC'
 */
export function encodeWeights(kept: readonly number[], weights: Float32Array, scale: number): Pick<SignalWeightsFile, 'features' | 'weights'> {
  const gaps: number[] = [];
  let last = 0;
  for (const feature of kept) {
    let gap = feature - last;
    last = feature;
    while (gap >= 128) {
      gaps.push((gap & 127) | 128);
      gap >>>= 7;
    }
    gaps.push(gap);
  }
  const bytes = Buffer.from(kept.map((f) => Math.max(-127, Math.min(127, Math.round(weights[f]! * scale))) & 255));
  return { features: Buffer.from(gaps).toString('base64'), weights: bytes.toString('base64') };
}
