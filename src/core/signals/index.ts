import { prepare, toOriginal, type PreparedText } from '../text/prepare';
import { abuse } from './rules/abuse';
import { complaint } from './rules/complaint';
import { escalationDemand } from './rules/escalation-demand';
import { expertiseDisrespect } from './rules/expertise-disrespect';
import { gratitude } from './rules/gratitude';
import { latePayment } from './rules/late-payment';
import { legalThreat } from './rules/legal-threat';
import { pastVendorBlame } from './rules/past-vendor-blame';
import { profanity } from './rules/profanity';
import { repeatIssue } from './rules/repeat-issue';
import { reviewThreat } from './rules/review-threat';
import { MASKED_BIT, ORDINAL_BIT, prefixHash, TRIGGER_AT, TRIGGER_BITS, type WordTables } from '../text/words';
import { wordTables } from './complaint/features';
import { scoreComplaint } from './complaint/model';
import type { LearnedModel } from './learned/model';
import type { DetectContext, Level, SignalHit, SignalId, SignalModule } from './types';

export { LEVELS, SIGNAL_IDS } from './types';
export type { Level, SignalHit, SignalId, SignalMeta, SignalModule } from './types';
// The learned detectors' code is not re-exported here: it is loaded with the weights
// (learned/load.ts), so that what every rating imports stays small.
export type { LearnedModel, ModelFile } from './learned/model';

/**
 * What reads a message beside the patterns: the learned detectors and the sensitivity level whose
 * thresholds they use. Without a model (`null`), only the patterns read.
 */
export interface Detector {
  model: LearnedModel | null;
  level: Level;
}

/** The patterns alone: what runs when no weights could be loaded. */
export const PATTERNS_ONLY: Detector = Object.freeze({ model: null, level: 'balanced' });

/** The registry of signal modules, one per id, in the order of `SIGNAL_IDS`. */
export const signals: readonly SignalModule[] = [
  complaint,
  reviewThreat,
  legalThreat,
  escalationDemand,
  latePayment,
  pastVendorBlame,
  abuse,
  profanity,
  expertiseDisrespect,
  repeatIssue,
  gratitude,
];

/** What each module needs to run: bit i for module i, MASKED_BIT when disguised words count, -1 for always. */
function triggerTables(modules: readonly SignalModule[]): { tables: WordTables; needs: number[] } {
  const byPrefix = new Map<number, number>();
  const needs = modules.map((module, i) => {
    if (module.triggers.includes('*')) return -1;
    for (const word of module.triggers) {
      if (word.startsWith('#')) continue;
      const key = prefixHash(word);
      byPrefix.set(key, (byPrefix.get(key) ?? 0) | (1 << i));
    }
    return (1 << i) | (module.triggers.includes('#masked') ? MASKED_BIT : 0) | (module.triggers.includes('#ordinal') ? ORDINAL_BIT : 0);
  });
  return { tables: wordTables(byPrefix), needs };
}

const compiled = triggerTables(signals);
/** The trigger tables of all the signal modules, for callers of `classifyPrepared` that pass a detector. */
export const compiledPatterns = compiled;

// A message longer than this is scanned only around each detector's trigger words.
const LONG = 600;
// How far around a trigger word a detector's patterns can reach.
const REACH = 160;

/** The merged [start, end) windows around the trigger words with any of `need`'s bits, cut at word edges. */
function windowsOf(text: string, need: number, count: number): number[] {
  const windows: number[] = [];
  for (let k = 0; k < count; k++) {
    if ((TRIGGER_BITS[k]! & need) === 0) continue;
    let start = Math.max(0, TRIGGER_AT[k]! - REACH);
    let end = Math.min(text.length, TRIGGER_AT[k]! + REACH);
    while (start > 0 && text.charCodeAt(start - 1) > 32) start--;
    while (end < text.length && text.charCodeAt(end) > 32) end++;
    const last = windows.length - 1;
    if (last > 0 && start <= windows[last]!) windows[last] = Math.max(windows[last]!, end);
    else windows.push(start, end);
  }
  return windows;
}

/** The context every detector of one message reports to: one object, reused across detectors. */
class Reporter implements DetectContext {
  readonly text: string;
  windows: readonly number[] | null = null;
  signal: SignalId = 'complaint';
  lastEnd = -1;
  readonly #original: string;
  readonly #prepared: PreparedText;
  readonly #hits: SignalHit[];

  constructor(original: string, prepared: PreparedText, hits: SignalHit[]) {
    this.text = prepared.text;
    this.#original = original;
    this.#prepared = prepared;
    this.#hits = hits;
  }

  report(start: number, end: number, messageId: string, data?: Record<string, string>): void {
    if (end <= start || start < 0 || end > this.text.length) return;
    const [s, e] = toOriginal(this.#prepared, start, end);
    if (e > this.#original.length) return;
    // Overlapping reports of one signal are one piece of evidence.
    if (s < this.lastEnd) return;
    this.lastEnd = e;
    const signal = this.signal;
    this.#hits.push(data ? { signal, start: s, end: e, messageId, data } : { signal, start: s, end: e, messageId });
  }
}

/** The module of one signal. */
export const signalById: Readonly<Record<SignalId, SignalModule>> = Object.fromEntries(signals.map((s) => [s.meta.id, s])) as Record<SignalId, SignalModule>;

/**
 * Finds the warning signs (and good signs) in one customer message. Only the customer's own
 * new words count: quoted mail, signatures and disclaimers are skipped, HTML is read as its
 * visible text, and a message in a language the detectors do not cover yields nothing.
 *
 * @param text - one Zendesk comment, HTML or plain text
 * @param detector - the learned detectors and level to use beside the patterns (patterns only by default)
 * @returns the hits in order of position, each with a span indexing `text`
 * @example classify('I will sue you') // => [{ signal: 'legal-threat', start: 2, end: 10, messageId: 'threat', data: { phrase: 'will sue' } }]
 */
export function classify(text: string, detector: Detector = PATTERNS_ONLY): SignalHit[] {
  return classifyPrepared(text, prepare(text), signals, compiled, detector);
}

/**
 * Runs the signal modules (all, or some for tests and the bench) over an already prepared message,
 * for a caller that reads the prepared text for something else too.
 *
 * @param original - the original text (for nothing but length checks)
 * @param prepared - `prepare(original)`
 * @param modules - the modules to run; all of them by default
 * @param gate - the trigger tables of `modules` (built when not given)
 * @param detector - the learned detectors beside the patterns (patterns only by default)
 * @returns the hits, spans in the original text
 * @example classifyPrepared('sue', prepare('sue'), [legalThreat]) // => [{ signal: 'legal-threat', ... }]
 */
export function classifyPrepared(
  original: string,
  prepared: PreparedText,
  modules: readonly SignalModule[] = signals,
  gate: { tables: WordTables; needs: number[] } = modules === signals ? compiled : triggerTables(modules),
  detector: Detector = PATTERNS_ONLY,
): SignalHit[] {
  const hits: SignalHit[] = [];
  // The word pass scores the complaint model and counts function words and trigger words at once.
  const { stats } = scoreComplaint(prepared.text, gate.tables);
  if (stats.words === 0 || (stats.other > 0 && stats.english < stats.other)) return hits;
  const context = new Reporter(original, prepared, hits);
  for (let i = 0; i < modules.length; i++) {
    const module = modules[i]!;
    const need = gate.needs[i]!;
    if (need !== -1 && (stats.triggers & need) === 0) continue;
    context.signal = module.meta.id;
    context.lastEnd = -1;
    context.windows = need === -1 || prepared.text.length < LONG ? null : windowsOf(prepared.text, need, stats.triggerCount);
    module.detect(context);
  }
  if (detector.model) hits.push(...detector.model.hits(prepared, hits, detector.level));
  if (hits.length < 2) return hits;
  return hits.toSorted((a, b) => a.start - b.start || a.end - b.end);
}
