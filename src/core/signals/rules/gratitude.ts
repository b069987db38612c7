import { clauseAfter, clauseBefore, isNegated } from '../../text/context';
import { ex, keyed, keyedPatterns, scanKeyed } from '../scan';
import { numberSetting } from '../../settings/kinds';
import { defineSignal } from '../define';
import type { SignalExamples } from '../types';

export const THANKS = keyedPatterns([
  keyed(['thank', 'thx', 'tysm', 'appreciat', 'grateful', 'kudos', 'hats off', 'cheers', 'bless you'], String.raw`\b(?:thank you(?: so much| very much| ever so much| kindly)?|thanks(?: so much| very much| a (?:lot|ton|million|bunch)| heaps| loads)?|thank u|thanku|thx|tysm|many thanks|much appreciated|greatly appreciated|really appreciated|(?:(?:i|we) (?:really |truly |greatly |do |so )?|really |truly |greatly |so )appreciate (?:it|this|that|you|your|the|all)|(?:i'm|i am|we're|we are) (?:so |very |really |truly )?grateful|kudos|hats off|cheers (?:for|mate)|bless you)\b`),
  keyed(['service', 'support', 'help', 'job', 'work', 'experience', 'team', 'response', 'communication', 'care'], String.raw`\b(?:great|excellent|amazing|awesome|fantastic|outstanding|wonderful|superb|brilliant|exceptional|fabulous|stellar|top[- ]notch|first[- ]class|impeccable|incredible|perfect) (?:customer )?(?:service|support|help|job|work|experience|team|response|communication|care)\b`),
  keyed(['best', 'amazing', 'awesome', 'star', 'lifesaver', 'life saver', 'fantastic', 'wonderful', 'brilliant', 'helpful', 'great', 'excellent', 'legend', 'hero'], String.raw`\b(?:you(?:'re| are)|you guys are|you've been|you have been|she was|he was|they were|your (?:team|staff|agent|rep) (?:is|are|was|were|has been|have been)) (?:so |very |really |truly |absolutely |super |incredibly )?(?:the best|amazing|awesome|a star|a lifesaver|a life saver|fantastic|wonderful|brilliant|so helpful|very helpful|really helpful|extremely helpful|incredibly helpful|helpful|great|excellent|legends?|heroes|a hero|stars)\b`),
  keyed(['love', 'loving', 'adore'], String.raw`\b(?:love|loving|adore) (?:your|this|the) (?:service|product|app|team|company|support|work|store)\b`),
  keyed(['well done', 'job', 'nice work', 'nicely done', 'nailed it', 'you rock', 'made my day', 'saved', 'above and beyond'], String.raw`\b(?:well done|great job|good job|nice work|nicely done|you nailed it|you rock|made my day|saved (?:my|the) day|went above and beyond|above and beyond)\b`),
]);

// Thanks that the rest of the clause turns around: "thanks for nothing", "thanks a lot for
// losing my bag", "great service... not". Sarcasm markers after the thanks cancel it.
const SARCASM_AFTER = /^[^a-z]*(?:another|yet another|more delays?|now (?:i|my)|for (?:nothing|not|never|ignoring|wasting|ruining|losing|breaking|making me|leaving me|the runaround|the run around|being useless|absolutely nothing|zero help|no help|screwing|cancell?ing|delaying|charging me|overcharging|stranding|lying|hanging up|the (?:delay|wait|hassle|headache|disappointment|lost|terrible|awful|horrible)|putting me)|a lot for|\.{0,3} ?(?:not|lol|\/s)\b|but no thanks|i guess|i suppose|anyway|for nothing)/;
const SARCASM_BEFORE = /\b(?:no|yeah|oh|oh great|gee|wow|sure|so much for|not|never|no thanks to|well|just great)[ ,.!]*$|\bbut no $/;
// A closing formula and thanks given before anything was done are politeness, not praise.
const FORMULA_AFTER = /^[ ,]*(?:in advance|(?:&|and) (?:best |kind |warm )?regards|for your (?:time|consideration|attention)|for (?:looking|taking a look) into|for (?:getting back|any help|your help in advance)|,? ?but\b)/;

export const gratitude = defineSignal({
  meta: {
    id: 'gratitude',
    kind: 'good',
    hostile: false,
    weight: numberSetting('Good signs', 3, { min: 0, max: 100 }, {
      label: 'Gratitude',
      help: 'Points a thank-you adds.',
      labelDe: 'Dank',
      helpDe: 'Punktzuschlag für einen Dank.',
    }),
    description: 'Sincere thanks or praise for the staff, product or company (sarcastic or formulaic thanks excluded).',
    messages: { thanks: 'Thanked or praised the team: "{{phrase}}".' },
  },
  detect(context) {
    const { text } = context;
    scanKeyed(THANKS, context, (m) => {
      const end = m.index + m[0].length;
      const after = clauseAfter(text, end, 40);
      const before = clauseBefore(text, m.index, 40);
      if (/^[ .!,]*(?:not|lol jk|jk|\/s)\b/.test(text.slice(end, end + 12)) || SARCASM_AFTER.test(after) || FORMULA_AFTER.test(after) || SARCASM_BEFORE.test(before)) return;
      if (!/^(?:thank|thanks|thx|tysm|many|much|greatly|really|kudos|hats|cheers|bless)/.test(m[0]) && isNegated(before, 3)) return;
      context.report(m.index, end, 'thanks', { phrase: m[0] });
    });
  },
});

/**
 * The example table: messages it must flag (with the part the hit must cover) and messages it must
 * not, like an ESLint rule's valid and invalid cases. A separate export, so the app's bundle leaves it out.
 */
export const examples: SignalExamples = {
  flagged: [
    ex('Thank you so much, that fixed it!', 'Thank you so much'),
    ex('Sarah was amazing, really appreciate the quick turnaround.', 'really appreciate the'),
    ex('Excellent service as always.', 'Excellent service'),
    ex('You guys are the best.', 'You guys are the best'),
  ],
  notFlagged: [
    'Thanks for nothing.',
    'Thanks a lot for losing my luggage.',
    'Thanks in advance for looking into this.',
    'Great service... not.',
    'It was not great service at all.',
    'Oh great, thanks, another delay.',
  ],
};
