import type { DismissalLookup } from '../dismissals/apply';
import { SIGNAL_IDS, signalById, signals, type SignalId } from '../signals';
import { weightKey } from '../signals/define';
import type { RatingContext } from './context';
import type { FactorDraft } from './factor';
import { patternStrength, type Occurrence } from './occurrence';
import { COMPLAINT_SHOWN, complaintConfidence } from './shown';

/** Each signal's bit, so a message's signals are a number rather than a Set (one per message is a lot of Sets). */
const BIT = Object.fromEntries(SIGNAL_IDS.map((id, i) => [id, 1 << i])) as Record<SignalId, number>;
if (SIGNAL_IDS.length > 31) throw new Error('signal bit sets hold 31 signals');

/** Signals that turn a complaint in the same message from feedback into hostility. */
const HOSTILE = bits(signals.filter((s) => s.meta.hostile).map((s) => s.meta.id));

function bits(ids: readonly SignalId[]): number {
  let set = 0;
  for (const id of ids) set |= BIT[id];
  return set;
}

/**
 * The factors from the customer's own words, one per signal found. A complaint alone weighs little
 * (a real problem, raised politely, is feedback); in a message that also abuses or threatens, it
 * weighs `complaint_hostile_multiplier` times more.
 *
 * A hit an agent dismissed ("not a threat, a joke between us") is left out, as if never found.
 *
 * @param ctx - the rating context
 * @param dismissed - which hits agents dismissed; none by default
 * @returns one draft per signal with at least one occurrence in the window
 * @example signalFactors(ctx).map((f) => f.id) // => ['complaint', 'gratitude']
 */
export function signalFactors(ctx: RatingContext, dismissed: DismissalLookup | null = null): FactorDraft[] {
  const { bySignal, hostileComplaints } = occurrencesBySignal(ctx, dismissed);
  const drafts: FactorDraft[] = [];
  for (const [signal, occurrences] of bySignal) drafts.push(draftOf(signal, occurrences, hostileComplaints, ctx));
  return drafts;
}

// The loop over every message has a function of its own: it is hot and stays optimized. The
// steps run once per signal saw too few calls to be compiled well, and when they shared its
// function their deoptimization threw the loop's compiled code away on every rating.
function occurrencesBySignal(ctx: RatingContext, dismissed: DismissalLookup | null): { bySignal: Map<SignalId, Occurrence[]>; hostileComplaints: number } {
  const multiplier = ctx.settings.complaint_hostile_multiplier;
  const bySignal = new Map<SignalId, Occurrence[]>();
  let hostileComplaints = 0;
  // The customer's sign-off ("…? Thanks, Bram") closes nearly every message: it counts once, the newest.
  let signOff: Occurrence | null = null;
  for (const message of ctx.messages) {
    if (message.hits.length === 0) continue;
    const hits = dismissed ? message.hits.filter((hit) => !dismissed.find(message.ticketId, message.commentId, message.text, hit, message.date)) : message.hits;
    const weight = message.weight;
    let present = 0;
    for (const hit of hits) present |= BIT[hit.signal];
    const hostile = (present & HOSTILE) !== 0;
    // One occurrence per signal per message: "a one-star review on Yelp" is one threat, not two.
    let seen = 0;
    for (const hit of hits) {
      const bit = BIT[hit.signal];
      if (seen & bit) continue;
      if (hit.signal === 'complaint' && complaintConfidence(hit) < COMPLAINT_SHOWN) continue;
      seen |= bit;
      const aggravated = hit.signal === 'complaint' && hostile;
      if (aggravated) hostileComplaints++;
      const occurrence: Occurrence = {
        ticketId: message.ticketId,
        commentId: message.commentId,
        date: message.date,
        weight,
        strength: aggravated ? multiplier : 1,
        source: { kind: 'text', text: message.text, start: hit.start, end: hit.end, hit },
      };
      if (hit.signal === 'gratitude' && message.signOff && hit.start >= message.signOff[0] && hit.start < message.signOff[1]) {
        if (!signOff || occurrence.date > signOff.date) signOff = occurrence;
        continue;
      }
      const list = bySignal.get(hit.signal);
      if (list) list.push(occurrence);
      else bySignal.set(hit.signal, [occurrence]);
    }
  }
  if (signOff) {
    const list = bySignal.get('gratitude');
    if (list) list.push(signOff);
    else bySignal.set('gratitude', [signOff]);
  }
  return { bySignal, hostileComplaints };
}

function draftOf(signal: SignalId, occurrences: Occurrence[], hostileComplaints: number, ctx: RatingContext): FactorDraft {
  const { settings } = ctx;
  const kind = signalById[signal].meta.kind;
  const weight = settings[weightKey(signal)];
  const strength = patternStrength(occurrences, ctx.rule);
  const magnitude =
    kind === 'good'
      ? Math.min(settings.good_cap, weight * strength)
      : signal === 'complaint'
        ? complaintPoints(occurrences, weight, ctx)
        : Math.min(settings.factor_cap, weight * strength);
  const points = kind === 'good' ? magnitude : -magnitude;
  const data: Record<string, number | string> = { strength: round2(strength) };
  if (signal === 'complaint') data.hostile = hostileComplaints;
  return { id: signal, kind, points, occurrences, data };
}

/**
 * Complaints take points in two parts: polite ones together at most `polite_complaint_cap` (a
 * customer with a real problem is giving feedback), hostile ones as any other warning pattern;
 * the sum at most `factor_cap`.
 */
function complaintPoints(occurrences: readonly Occurrence[], weight: number, ctx: RatingContext): number {
  const { settings } = ctx;
  const polite = occurrences.filter((o) => o.strength <= 1);
  const hostile = occurrences.filter((o) => o.strength > 1);
  const politePoints = Math.min(settings.polite_complaint_cap, weight * patternStrength(polite, ctx.rule));
  return Math.min(settings.factor_cap, politePoints + weight * patternStrength(hostile, ctx.rule));
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
