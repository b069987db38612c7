import { isValid } from 'date-fns';
import type { CustomerHistory } from '../history';
import type { Settings } from '../settings';
import { buildContext } from './context';
import { costAgainstValue, costOverValue } from './cost';
import { agentReplies, agentTime, chasing, phoneCalls, reopens, ticketVolume } from './demand';
import { finishFactor, roundPoints, type FactorDraft } from './factor';
import { billingTags, overdueField } from './payment';
import { satisfaction } from './satisfaction';
import { signalFactors } from './signal-factors';
import { tenure } from './tenure';
import { trend } from './trend';
import type { Band, Factor, FactorId, FitRating } from './types';
import { LEVELS, type Level } from '../signals';
import { createReader, readCustomerMessages, type Reader } from './words';
import { dismissalLookup } from '../dismissals/apply';
import type { Dismissal } from '../dismissals/types';

/**
 * The sensitivity level the settings name; the default level for anything else.
 *
 * @param settings - the app settings
 * @returns the level
 * @example levelOf({ ...DEFAULT_SETTINGS, sensitivity: 'precise' }) // => 'precise'
 */
export function levelOf(settings: Settings): Level {
  return (LEVELS as readonly string[]).includes(settings.sensitivity) ? (settings.sensitivity as Level) : 'balanced';
}

/** How many factors the one-line summary names at most. */
const SUMMARY_LENGTH = 3;

/**
 * Rates how well a requester fits: a score from 0 (poor fit) to 100 (good fit), its band, and every
 * factor that moved it with its evidence. The score is the starting score plus the factors' points
 * (as shown, to one decimal), rounded and kept within 0..100. See docs/rating.md.
 *
 * Pure: the same history, settings and `now` always give the same rating.
 *
 * @param history - the requester's history
 * @param settings - the app settings (from `parseSettings`)
 * @param now - the moment of rating; events after it count as today's
 * @param reader - what reads the comments: the learned detectors, or the patterns alone (the
 *   default); the level is the `sensitivity` setting. Keep one reader to reuse its readings.
 * @param dismissals - quotes agents dismissed as not showing their signal (see src/core/dismissals):
 *   those hits are left out; `dismissed` lists the ones found in this history
 * @returns the rating; band `insufficient` (score null) when there are fewer than `min_tickets` tickets in
 *   the window, or when `now` is not a valid date (nothing can be dated against it: no factors then)
 * @example rate(history, DEFAULT_SETTINGS, new Date('2026-11-23T12:00:00Z'))
 * // => { requesterId: 42, score: 88, band: 'good', factors: [{ id: 'gratitude', points: 10, ... }, ...], summary: ['gratitude', 'tenure'], ... }
 */
export function rate(
  history: CustomerHistory,
  settings: Settings,
  now: Date,
  reader: Reader = createReader(),
  dismissals: readonly Dismissal[] = [],
): FitRating {
  if (!isValid(now)) return undatable(history);
  const at = now;
  const probe = buildContext(history, settings, at, []);
  const read = readCustomerMessages(history, probe.weigh, reader, levelOf(settings));
  const ctx = { ...probe, messages: read.messages };

  const warnings: FactorDraft[] = [];
  const goods: FactorDraft[] = [];
  const dismissed = dismissalLookup(dismissals);
  // No lookup at all without dismissals: the loop over every message then allocates nothing more.
  for (const draft of signalFactors(ctx, dismissals.length > 0 ? dismissed : null)) (draft.kind === 'good' ? goods : warnings).push(draft);
  for (const draft of satisfaction(ctx)) (draft.kind === 'good' ? goods : warnings).push(draft);
  const cost = costAgainstValue(ctx);
  for (const draft of [
    ticketVolume(ctx),
    phoneCalls(ctx),
    agentReplies(ctx),
    chasing(ctx),
    reopens(ctx),
    agentTime(ctx),
    billingTags(ctx),
    overdueField(ctx),
    costOverValue(ctx, cost),
  ]) {
    if (draft) warnings.push(draft);
  }
  const tenureDraft = tenure(ctx, warnings);
  if (tenureDraft) goods.push(tenureDraft);

  const factors = [...warnings, ...goods]
    .map((draft) => finishFactor(draft, settings.max_evidence))
    .filter((factor) => factor.points !== 0)
    .toSorted(byImportance);
  const sufficient = ctx.tickets.length >= settings.min_tickets;
  const score = sufficient ? scoreOf(settings.base_score, factors) : null;
  return {
    requesterId: history.user.id,
    score,
    band: bandOf(score, settings),
    factors,
    summary: summaryOf(factors, settings.summary_min_points),
    trend: trend(ctx, warnings),
    cost,
    dismissed: dismissed.applied(),
    window: { from: ctx.windowStart.toISOString(), to: at.toISOString() },
    stats: {
      tickets: history.tickets.length,
      ticketsInWindow: ctx.tickets.length,
      ticketsRead: read.ticketsRead,
      commentsRead: read.commentsRead,
      openingsRead: read.openingsRead,
    },
  };
}

/** The rating when there is no valid moment to rate at: nothing can be weighed, so nothing is claimed. */
function undatable(history: CustomerHistory): FitRating {
  const epoch = new Date(0).toISOString();
  return {
    requesterId: history.user.id,
    score: null,
    band: 'insufficient',
    factors: [],
    summary: [],
    trend: [],
    cost: null,
    dismissed: [],
    window: { from: epoch, to: epoch },
    stats: { tickets: history.tickets.length, ticketsInWindow: 0, ticketsRead: 0, commentsRead: 0, openingsRead: 0 },
  };
}

/**
 * The score from the starting score and the factors' shown points.
 *
 * @param base - the starting score
 * @param factors - the factors, points rounded as shown
 * @returns an integer within 0..100
 * @example scoreOf(75, [{ points: -14 }, { points: 3.5 }]) // => 65
 */
export function scoreOf(base: number, factors: readonly Pick<Factor, 'points'>[]): number {
  let total = base;
  for (const factor of factors) total += factor.points;
  return Math.min(100, Math.max(0, Math.round(roundPoints(total))));
}

/**
 * The band of a score.
 *
 * @param score - the score, or null when there is too little history
 * @param settings - the thresholds
 * @returns good at or above `good_threshold`, poor below `poor_threshold`, watch between, insufficient for null
 * @example bandOf(52, { good_threshold: 65, poor_threshold: 40 }) // => 'watch'
 */
export function bandOf(score: number | null, settings: Pick<Settings, 'good_threshold' | 'poor_threshold'>): Band {
  if (score === null) return 'insufficient';
  if (score >= settings.good_threshold) return 'good';
  if (score < settings.poor_threshold) return 'poor';
  return 'watch';
}

/**
 * The factors the one-line summary names: the ones that moved the score most, at least `minPoints` each.
 *
 * @param factors - the factors, sorted by importance
 * @param minPoints - the least points a named factor moved the score by
 * @returns up to three factor ids, most important first
 * @example summaryOf([{ id: 'abuse', points: -28 }, { id: 'gratitude', points: 1 }], 2) // => ['abuse']
 */
export function summaryOf(factors: readonly Pick<Factor, 'id' | 'points'>[], minPoints: number): FactorId[] {
  return factors
    .filter((f) => Math.abs(f.points) >= minPoints)
    .slice(0, SUMMARY_LENGTH)
    .map((f) => f.id);
}

/** Largest points first; warnings before good signs on a tie; then by id, so the order is stable. */
function byImportance(a: Factor, b: Factor): number {
  return Math.abs(b.points) - Math.abs(a.points) || (a.kind === b.kind ? 0 : a.kind === 'warning' ? -1 : 1) || a.id.localeCompare(b.id);
}
