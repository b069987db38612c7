// The words hashtags are split into (src/core/signals/learned/hashtags.ts), counted in the free
// shared text: a word of at least five messages, so that no single writer's spelling or name is
// listed. Held-out texts are not read, so no word is known only because the evaluation uses it.
import { prepare } from '../../src/core/text/prepare';
import { units } from '../../src/core/signals/learned/features';
import type { LabelledText } from './corpus';
import { sha12, type SourceText } from './sources';

/** Messages a word must appear in to be listed. */
const MIN_MESSAGES = 5;
const LETTERS = /^[a-z]+$/;

/**
 * Lists the words of the shared text, the most frequent first.
 *
 * @param sources - the shared texts (`readSources()`)
 * @param heldOut - the held-out messages, whose texts are not read
 * @returns lowercase words of letters, in at least `MIN_MESSAGES` messages; one-letter words only "a" and "i"
 * @example trainingWords(sources, readCorpus([], sources).heldOut).slice(0, 3) // => ['to', 'the', 'i']
 */
export function trainingWords(sources: ReadonlyMap<string, SourceText>, heldOut: readonly LabelledText[]): string[] {
  const skip = new Set(heldOut.map((m) => sha12(m.text)));
  const occurrences = new Map<string, number>();
  const messages = new Map<string, number>();
  for (const { text } of sources.values()) {
    const sha = sha12(text);
    if (skip.has(sha)) continue;
    skip.add(sha);
    const inMessage = new Set<string>();
    for (const unit of units(prepare(text).text)) {
      for (const { form } of unit.words) {
        if (!LETTERS.test(form) || (form.length === 1 && form !== 'a' && form !== 'i')) continue;
        occurrences.set(form, (occurrences.get(form) ?? 0) + 1);
        inMessage.add(form);
      }
    }
    for (const word of inMessage) messages.set(word, (messages.get(word) ?? 0) + 1);
  }
  return [...occurrences]
    .filter(([word]) => messages.get(word)! >= MIN_MESSAGES)
    .toSorted((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([word]) => word);
}
