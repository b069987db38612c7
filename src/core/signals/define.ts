import type { SignalId, SignalMeta, SignalModule } from './types';

type Snake<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${Snake<B>}` : S;

/** The setting that weighs a signal: `weight_` and its id in snake case. */
export type WeightKey<K extends SignalId = SignalId> = `weight_${Snake<K>}`;

/**
 * The key of the setting that weighs a signal.
 *
 * @param id - the signal's id
 * @returns the setting key
 * @example weightKey('review-threat') // => 'weight_review_threat'
 */
export function weightKey<K extends SignalId>(id: K): WeightKey<K> {
  return `weight_${id.replaceAll('-', '_')}` as WeightKey<K>;
}

/** Everything a signal is, in its one module: like an ESLint rule's `meta` and `create`. */
export interface SignalDefinition {
  meta: SignalMeta;
  detect: SignalModule['detect'];
}

/**
 * Defines a signal. The registry, the weight settings, the hostile signals and the docs are all
 * derived from what is defined here, so adding a signal means one module, its strings and its page.
 *
 * @param definition - the signal's metadata, weight setting and detector
 * @returns the signal module
 * @example defineSignal({ meta: { id: 'abuse', kind: 'warning', hostile: true, weight, description, messages }, detect }).meta.id // => 'abuse'
 */
export function defineSignal(definition: SignalDefinition): SignalModule {
  return Object.freeze({ meta: Object.freeze(definition.meta), detect: definition.detect });
}
