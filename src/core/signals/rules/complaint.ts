import { ex } from '../scan';
import { numberSetting } from '../../settings/kinds';
import { defineSignal } from '../define';
import type { SignalExamples } from '../types';

/** The probability above which a message counts as a complaint (classes were balanced in training). */
export const COMPLAINT_THRESHOLD = 0.5;

// Said outright that it is not a complaint, or only praise: the model's lexical cues are overruled.
const DISCLAIMED = /\b(?:not|no|isn't|is not|wasn't) (?:a |really a |meant as a |meant to be a )?complain(?:t|ts|ing)\b|\bno complaints\b|\bcan't complain\b|\bcannot complain\b/;

/**
 * Sentence ends in prepared text: found by the regex engine, faster than a loop over every character.
 * A full stop inside a word ("cedarpediatrics.example", "3.5") ends nothing.
 */
const SENTENCE_END = /[!?\n]|\.(?![\p{L}\p{N}])/gu;

export const complaint = defineSignal({
  meta: {
    id: 'complaint',
    kind: 'warning',
    hostile: false,
    weight: numberSetting('Text signals', 1.5, { min: 0, max: 100 }, {
      label: 'Complaint',
      help: 'Points a complaint takes. A complaint about a real problem, made politely, weighs little.',
      labelDe: 'Beschwerde',
      helpDe: 'Punktabzug für eine Beschwerde. Eine höfliche Beschwerde über ein echtes Problem wiegt wenig.',
    }),
    description: 'Dissatisfaction with the product, service, company or staff (a trained model, spans from its strongest sentence).',
    messages: { complaint: 'Complained ({{confidence}}% sure).' },
  },
  detect(context) {
    const { text } = context;
    if (text.includes('complain') && DISCLAIMED.test(text)) return;
    const result = context.complaint;
    if (result.probability < COMPLAINT_THRESHOLD) return;
    // The span is the sentence whose words pushed the score up the most.
    let bestStart = 0;
    let bestEnd = text.length;
    let best = -Infinity;
    let sentenceStart = 0;
    let sentenceSum = 0;
    let k = 0;
    SENTENCE_END.lastIndex = 0;
    for (let more = true; more; ) {
      more = SENTENCE_END.test(text);
      const i = more ? SENTENCE_END.lastIndex - 1 : text.length;
      while (k < result.positions.length && result.positions[k]! <= i) sentenceSum += result.contributions[k++]!;
      if (sentenceSum > best && i > sentenceStart) {
        best = sentenceSum;
        bestStart = sentenceStart;
        bestEnd = i < text.length && text.charCodeAt(i) !== 10 ? i + 1 : i;
      }
      sentenceStart = i + 1;
      sentenceSum = 0;
    }
    while (bestStart < bestEnd && text.charCodeAt(bestStart) <= 32) bestStart++;
    while (bestEnd > bestStart && text.charCodeAt(bestEnd - 1) <= 32) bestEnd--;
    if (bestEnd <= bestStart) return;
    context.report(bestStart, bestEnd, 'complaint', { confidence: String(Math.round(result.probability * 100)) });
  },
});

/**
 * The example table: messages it must flag (with the part the hit must cover) and messages it must
 * not, like an ESLint rule's valid and invalid cases. A separate export, so the app's bundle leaves it out.
 */
export const examples: SignalExamples = {
  flagged: [
    ex('Hi. My order arrived broken and nobody has answered my emails for a week. This is unacceptable.', 'My order arrived broken'),
    ex('Worst customer service I have ever had.', 'Worst customer service I have ever had.'),
    ex('Your app keeps crashing and I have lost all my notes, really disappointed.', 'really disappointed'),
  ],
  notFlagged: [
    'Thank you so much for the quick help, everything works now!',
    'Can you tell me what time the store opens on Sunday?',
    'This is not a complaint, just wondering when the new version comes out.',
  ],
};
