// Ratings of histories built from held-out labelled messages: does the rating land where an owner
// would put the customer, now that the signals find several times more? Each scenario is drawn 20
// times (seeded) from the held-out rows with the right labels.
import { createReader, rate } from '../../src/core/rating';
import type { Band } from '../../src/core/rating/types';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { LearnedModel, SignalId } from '../../src/core/signals';
import { history, NOW, type TicketSpec } from '../../test/core/rating/builders';
import type { LabelledText } from '../train/corpus';
import { seeded, shuffle } from './random';

const HOSTILE: SignalId[] = ['review-threat', 'legal-threat', 'escalation-demand', 'late-payment', 'past-vendor-blame', 'abuse', 'profanity', 'expertise-disrespect'];

interface Scenario {
  name: string;
  expected: Band[];
  build: (pick: (want: (m: LabelledText) => boolean) => string) => TicketSpec[];
}

const has = (signal: SignalId) => (m: LabelledText) => m.labels[signal] === 1;
const calm = (m: LabelledText) => HOSTILE.every((s) => m.labels[s] === 0) && m.labels['repeat-issue'] === 0;
const neutral = (m: LabelledText) => calm(m) && m.labels.complaint === 0;

export const SCENARIOS: Scenario[] = [
  {
    name: 'insults the staff on three tickets',
    expected: ['poor'],
    build: (pick) => [
      ...[10, 40, 80].map((d) => ({ daysAgo: d, messages: [pick(has('abuse'))] })),
      ...[20, 60, 100].map((d) => ({ daysAgo: d, messages: [pick(neutral)] })),
    ],
  },
  {
    name: 'threatens a bad review while paying late',
    expected: ['poor'],
    build: (pick) => [
      { daysAgo: 15, messages: [pick(has('review-threat'))] },
      { daysAgo: 30, messages: [pick(has('late-payment'))] },
      ...[50, 90, 120].map((d) => ({ daysAgo: d, messages: [pick(neutral)] })),
    ],
  },
  {
    name: 'one angry message long ago, polite since',
    expected: ['good', 'watch'],
    build: (pick) => [
      { daysAgo: 600, messages: [pick(has('abuse'))] },
      ...[20, 60, 100, 140, 180].map((d) => ({ daysAgo: d, messages: [pick((m) => neutral(m) && m.labels.gratitude === 1)] })),
    ],
  },
  {
    name: 'fair complaints in one week of an outage',
    expected: ['good', 'watch'],
    build: (pick) => [...[30, 31, 32, 33, 34].map((d) => ({ daysAgo: d, messages: [pick((m) => calm(m) && m.labels.complaint === 1)] })), { daysAgo: 200, messages: [pick(neutral)] }],
  },
  {
    name: 'polite questions only',
    expected: ['good'],
    build: (pick) => [20, 50, 80, 110, 140, 170].map((d) => ({ daysAgo: d, messages: [pick(neutral)] })),
  },
];

/**
 * Rates every scenario `draws` times with messages drawn from `rows`.
 *
 * @param rows - held-out labelled messages
 * @param model - the learned detectors (null: the patterns alone)
 * @param draws - histories per scenario
 * @returns per scenario, how many histories landed in each band
 * @example rateScenarios(heldOut, model, 20)[0].bands.poor // => 17
 */
export function rateScenarios(rows: LabelledText[], model: LearnedModel | null, draws = 20): { scenario: Scenario; bands: Record<Band, number> }[] {
  return SCENARIOS.map((scenario, s) => {
    const random = seeded(0x5ce0 + s);
    const bands: Record<Band, number> = { good: 0, watch: 0, poor: 0, insufficient: 0 };
    for (let d = 0; d < draws; d++) {
      const used = new Set<string>();
      const pick = (want: (m: LabelledText) => boolean): string => {
        const pool = shuffle(rows.filter((m) => want(m) && !used.has(m.id)), random);
        const chosen = pool[0];
        if (!chosen) throw new Error(`no held-out message left for ${scenario.name}`);
        used.add(chosen.id);
        return chosen.text;
      };
      const rating = rate(history(scenario.build(pick)), DEFAULT_SETTINGS, NOW, createReader(model));
      bands[rating.band]++;
    }
    return { scenario, bands };
  });
}
