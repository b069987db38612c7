// Turns a message into what the trainer reads: its sentences' features, computed by the same
// code the app runs (patterns first, then the sentences with the patterns that matched in each).
import { prepare } from '../../src/core/text/prepare';
import { classifyPrepared } from '../../src/core/signals/index';
import { cueTable, unitFeatures } from '../../src/core/signals/learned/features';
import { CUES } from './cues';

const CUE_TABLE = cueTable(CUES);
import { readUnits } from '../../src/core/signals/learned/detect';
import type { HashtagSplitter } from '../../src/core/signals/learned/hashtags';
import type { SignalId } from '../../src/core/signals/types';

/** A message as the trainer reads it. */
export interface ReadMessage {
  /** One feature list per sentence (a feature found twice is listed twice). */
  units: Int32Array[];
  /** The signals whose patterns matched anywhere in the message. */
  rules: Set<SignalId>;
}

/**
 * Reads a message as the app does and lists its sentences' features.
 *
 * @param text - an original message (HTML or plain)
 * @param split - splits hashtags, as the weights file will (`hashtagSplitter(trainingWords(…))`)
 * @returns the feature lists and the patterns' signals
 * @example readMessage('Hi. You idiots!', null).units.length // => 2
 */
export function readMessage(text: string, split: HashtagSplitter | null): ReadMessage {
  const prepared = prepare(text);
  const hits = classifyPrepared(text, prepared);
  const units = readUnits(prepared, hits, split).map(({ unit, rules }) => {
    const list: number[] = [];
    unitFeatures(unit, (f) => list.push(f), rules, CUE_TABLE);
    return Int32Array.from(list);
  });
  return { units, rules: new Set(hits.map((h) => h.signal)) };
}
