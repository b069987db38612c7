import { clauseBefore, isNegated } from '../../text/context';
import { ex, keyed, keyedPatterns, scanKeyed } from '../scan';
import { numberSetting } from '../../settings/kinds';
import { defineSignal } from '../define';
import type { SignalExamples } from '../types';

// Dismissing what the staff know, or dictating how they must do their job. Plain requests
// ("please do X") are not this: the wording has to deny competence or claim the customer's
// own authority over the work.
// Every alternative has one of the keys, so a message without any is not scanned at all.
export const DISRESPECT = keyedPatterns([
  keyed(
    ['know', 'understand', 'clue', 'no idea', 'clearly', 'obviously', 'tell me', 'teach me', 'lecture me', 'explain to me', 'do what i', 'do as i', 'do exactly', 'my way', 'the way i', 'need', 'telling me', 'explaining', 'lecturing', 'trying to explain', 'sending me', 'read', 'listen', 'trained', 'qualified', 'someone competent', 'someone with', "don't tell", "don't explain", "can't fool", 'longer than you', "so don't", "can't tell me", 'so called', 'so-called', 'supposed', 'script'],
    [
      String.raw`\bdo (?:you|any of you|u) (?:people |guys )?(?:even|actually|really|honestly) (?:know|understand) (?:what|how|anything)\b`,
      String.raw`\b(?:you|you people|you guys|your (?:staff|agents?|techs?|technicians?|team)) (?:clearly |obviously |simply |just |really )?(?:don't|do not|dont|doesn't|does not) (?:know|understand|have a clue)\b (?:what you(?:'re| are)|what (?:is|'s) going on|how to|anything|the first thing|the basics|your own)`,
      String.raw`\b(?:you|you people|you guys|your (?:staff|agents?|techs?|team)) (?:clearly |obviously )?(?:have|has) no (?:idea|clue)\b (?:how to|what you(?:'re| are)|what (?:is|'s) going on|what (?:they|your)|when|where)\b`,
      String.raw`\b(?:clearly|obviously) (?:you|your (?:staff|agents?|team))\b (?:don't|do not|have no|can't|cannot)\b (?:know|understand|have a clue|idea|clue|read|listen|do your job)\b`,
      String.raw`\bi know (?:more|better) (?:about (?:this|it|[a-z]+) )?than (?:you|your|any of you|anyone (?:there|at your))`,
      String.raw`\bi (?:probably |clearly )?know (?:your|this) (?:product|system|software|job|business) better than (?:you|your|anyone)`,
      String.raw`\b(?:don't|do not|dont) (?:try to |you dare )?(?:tell|teach|lecture|explain to) me (?:how|what|about)\b`,
      String.raw`\b(?:just|simply) do (?:exactly )?(?:what|as) i (?:say|said|tell you|told you|asked|ask|instructed)\b`,
      String.raw`\bdo (?:it|this|your job) (?:my way|the way i (?:said|told you|asked|want))\b`,
      String.raw`\b(?:i don't|i do not) need (?:your|an|a|any) (?:explanation|advice|lecture|opinion|suggestions?|excuses?)\b`,
      String.raw`\b(?:stop|quit) (?:telling me|explaining|lecturing|trying to explain|sending me (?:links|articles|faqs))\b`,
      String.raw`\b(?:did|do|does|can) (?:you|anyone|anybody|your agent) (?:even|actually|bother to|ever) (?:read|listen to|understand) (?:my|the|what i)\b`,
      String.raw`\b(?:who trained you|are you (?:even )?(?:trained|qualified)|were you (?:even )?trained|is there anyone (?:there |at your company )?(?:who|that) (?:knows|understands|has a clue)|someone (?:who|that) (?:actually )?(?:knows|understands) what (?:they're|they are) doing|someone competent|someone with (?:a brain|half a brain|a clue|an ounce of))\b`,
      String.raw`\b(?:i(?:'m| am) (?:a|an) (?:engineer|developer|programmer|expert|professional|it professional|technician|electrician|accountant|lawyer|doctor|[a-z]+ expert))\b[^.!?\n]{0,40}?\b(?:so |and )?(?:i know (?:better|more|what i'm talking about|how this works)|i don't need|don't tell|don't explain|you can't fool|i understand (?:this|it) better)`,
      String.raw`\b(?:i've|i have) been (?:doing|in) (?:this|it|[a-z]+) (?:for )?(?:\d+|twenty|thirty|ten|fifteen|many|decades|years)\b[^.!?\n]{0,30}?\b(?:longer than you|i know|so don't|you can't tell me)`,
      String.raw`\b(?:your|the) (?:so[- ]called|supposed) (?:experts?|specialists?|technicians?|engineers?|support)\b`,
      String.raw`\b(?:read|reading) from (?:a|your) script\b|\bstop reading (?:from )?(?:the|your|a) script\b`,
    ].join('|'),
  ),
  // Verdicts on the staff in the third person, as customers write them in public: "the gate agents
  // have no idea what they are doing", "check-in staff are clueless", "retrain your staff". A call
  // for training in manners is a complaint about courtesy, not about what the staff know.
  keyed(
    ['idea', 'clue', 'common sense', 'train', 'do your job', 'do their job', 'know nothing', 'rocket science', 'learn', 'even read', 'even listen', 'one job', 'onejob', 'think i', 'notes from'],
    [
      String.raw`\b(?:you|u|they|staff|agents?|team|crew|employees|people|service|airline|company|@\w+)\b[^.!?\n]{0,25}?\b(?:has|have|had) no (?:idea|clue) (?:of )?what(?:'s|s)? (?:[\w']+ ){0,3}?(?:doing|going on|means|asking|talking about|they do)\b`,
      String.raw`\b(?:you|u|y'all|ya) had one job\b|#youhadonejob\b`,
      String.raw`\bdon'?t (?:u|you) think i(?:'d| would) have\b`,
      String.raw`\b(?:should|could|need to|must) learn (?:a thing or two |something )?from\b|\btake (?:some )?notes from\b`,
      String.raw`\b(?<!\b(?:my|our) )(?:agents?|staff|employees|crew|team|reps?|people|they|you|u)\b[^.!?\n]{0,50}?\b(?:be|get|gets|been) re-?trained\b(?![^.!?\n]{0,60}\b(?:rude|rudeness|manners|courtesy|attitude|customer service|respect|polite|kindness|empathy|insensitive|dicks?)\b)`,
      String.raw`\b(?:no|any|zero) (?:idea|clue) (?:what|how) (?:they|you|she|he|u|these people|the staff)(?:'re| are| is|'s| were)? (?:doing|going to do)\b`,
      String.raw`\b(?:are|is|was|were|so|totally|completely|utterly|absolutely|how|fuckin[g']?|freaking|you're|youre|ur) clueless\b|\bclueless (?:staff|agents?|people|employees|crew|reps?|team|company|airline)\b`,
      String.raw`\b(?:use|using|some|no|basic|lack of|spell|have any|has any|simple) common sense\b`,
      String.raw`\b(?:re-?train(?:ed|ing)? (?:your|the|their|these|those|all|staff|agents|employees)|better train(?:ed|ing))\b(?![^.!?\n]{0,60}\b(?:rude|rudeness|manners|courtesy|attitude|customer service|respect|polite|kindness|empathy|insensitive|dicks?)\b)`,
      String.raw`\bdo (?:your|their) (?:job|jobs)\b|\b(?:you|they|staff|agents?) know nothing\b|\bnot rocket science\b|\bwho trained (?:you|them|her|him|these)\b`,
      String.raw`\b(?:you|u|ya|your [a-z]+) (?:should |need to |must |have to |could )?learn (?:how )?to (?!treat|be nice|be polite|smile)`,
      String.raw`\b(?:do|did) (?:you|u) even (?:read|listen)\b`,
    ].join('|'),
  ),
]);

export const expertiseDisrespect = defineSignal({
  meta: {
    id: 'expertise-disrespect',
    kind: 'warning',
    hostile: true,
    weight: numberSetting('Text signals', 6, { min: 0, max: 100 }, {
      label: 'Not respecting your expertise',
      help: 'Points dismissing the team\'s expertise takes.',
      labelDe: 'Geringschätzung der Fachkenntnis',
      helpDe: 'Punktabzug für das Abtun der Fachkenntnis des Teams.',
    }),
    description: "Dismisses the staff's knowledge or dictates how they must do their job.",
    messages: { dismiss: 'Dismissed the staff\'s expertise: "{{phrase}}".' },
  },
  detect(context) {
    const { text } = context;
    scanKeyed(DISRESPECT, context, (m) => {
      if (isNegated(clauseBefore(text, m.index), 2)) return;
      context.report(m.index, m.index + m[0].length, 'dismiss', { phrase: m[0] });
    });
  },
});

/**
 * The example table: messages it must flag (with the part the hit must cover) and messages it must
 * not, like an ESLint rule's valid and invalid cases. A separate export, so the app's bundle leaves it out.
 */
export const examples: SignalExamples = {
  flagged: [
    ex("Do you even know what you're doing?", 'Do you even know what'),
    ex("Don't tell me how to set up my own router.", "Don't tell me how"),
    ex('Just do what I told you and stop sending me articles.', 'Just do what I told you'),
    ex('I know more about this than your so-called experts.', 'I know more about this than'),
    ex('Is there anyone there who knows what they are doing?', 'Is there anyone there who knows'),
    ex('Did you even read my email?', 'Did you even read my'),
    ex('Boarding is chaos and the gate agents have no idea what they are doing.', 'no idea what they are doing'),
    ex('Check-in staff are clueless.', 'are clueless'),
    ex('Retrain your baggage team, it is not rocket science.', 'Retrain your'),
    ex('Agents need to use common sense!', 'use common sense'),
    ex("Bags came out and stopped. The claim team has no idea what's going on.", "team has no idea what's going on"),
    ex("You had one job and you can't even do that.", 'You had one job'),
    ex("Don't you think I would have called by now if I could?", "Don't you think I would have"),
    ex('Your boarding process is slow. You should learn from your rivals.', 'should learn from'),
    ex('The gate agents need to be retrained!!', 'agents need to be retrained'),
    ex('Baggage claim is fuckin clueless!', 'fuckin clueless'),
  ],
  notFlagged: [
    'Do you know what time the lounge opens?',
    'You have no idea how happy this made me!',
    'I am an accountant and I know bills must be paid.',
    'You explained it really well, I know what to do now.',
    "I'm a developer, so feel free to send the technical details.",
    'Could you tell me how to export my data?',
    'Please do what you can, I appreciate it.',
    'Did you receive my email with the photos?',
    'I have no idea what I am doing with this new account, can you help?',
    'Please retrain your staff in basic courtesy, she was rude.',
    'The pilot says he has no idea what is going on.',
    'My new starter needs to be retrained on the till, can you send the guide?',
    'Our team has no idea what the new plan costs, can you send the price list?',
  ],
};
