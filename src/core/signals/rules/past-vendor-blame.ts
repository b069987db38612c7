import { clauseBefore, isNegated } from '../../text/context';
import { ex, keyed, keyedPatterns, scanKeyed } from '../scan';
import { numberSetting } from '../../settings/kinds';
import { defineSignal } from '../define';
import type { SignalExamples } from '../types';

const VENDOR = String.raw`(?:providers?|vendors?|compan(?:y|ies)|suppliers?|contractors?|agenc(?:y|ies)|developers?|devs?|designers?|host(?:ing)?(?: company| provider)?|accountants?|firms?|consultants?|builders?|plumbers?|electricians?|mechanics?|isps?|carriers?|banks?|lenders?|installers?|web (?:guy|company|developer|designer)|guys?|people|team|service|software|tool|platform|it (?:company|guy|firm))`;
const BAD = String.raw`(?:terrible|horrible|awful|useless|incompetent|clueless|hopeless|worthless|pathetic|a joke|a nightmare|a disaster|the worst|scam(?:mers)?|crooks|thieves|frauds?|idiots|morons|amateurs|garbage|trash|rubbish|crap|shit|ripped (?:me|us) off|screwed (?:me|us)(?: over)?|let (?:me|us) down|failed (?:me|us)|lied|robbed|no better|just as bad|same as|couldn't (?:do|get|fix)|could not (?:do|get|fix)|never (?:delivered|fixed|finished|answered|responded)|ruined|botched|messed up|took (?:my|our) money|disappeared|went dark|ghosted)`;

const OTHERS = String.raw`(?:airlines?|carriers?|compan(?:y|ies)|providers?|banks?|agenc(?:y|ies)|vendors?|developers?|contractors?|firms?|isps?|lenders?|servicers?|hosts?|hosting companies|accountants?|plumbers?|builders?|designers?|shops?|stores?|brands?|places?|ones|guys)`;

// A disparaged former provider, or a claim that every provider has failed: the pattern of a
// customer who will say the same of this business next.
// Every alternative has one of the keys (a word of disparagement, or a comparison with the
// others), so a message without any is not scanned at all.
export const BLAME = keyedPatterns([
  keyed(
    ['terrible', 'horrible', 'awful', 'useless', 'incompetent', 'clueless', 'hopeless', 'worthless', 'pathetic', 'a joke', 'a nightmare', 'a disaster', 'the worst', 'scam', 'crooks', 'thieves', 'fraud', 'idiots', 'morons', 'amateurs', 'garbage', 'trash', 'rubbish', 'crap', 'shit', 'ripped', 'screwed', 'let me down', 'let us down', 'failed', 'lied', 'robbed', 'no better', 'just as bad', 'same as', "couldn't", 'could not', 'never', 'ruined', 'botched', 'messed up', 'took my money', 'took our money', 'disappeared', 'went dark', 'ghosted', 'just like', 'as bad as', 'worse than', 'like the', 'like every', 'like my', 'like all', 'no different from'],
    [
      String.raw`\b(?:my|our|the) (?:previous|last|old|former|prior|past|other|current) ${VENDOR}\b[^.!?\n]{0,60}?\b${BAD}`,
      String.raw`\b(?:every|each|all the|all of the|every single|all|any) (?:other |single )?${VENDOR}\b (?:i've|i have|we've|we have|i|we) (?:ever )?(?:used|tried|hired|worked with|dealt with|been with|had|paid)\b[^.!?\n]{0,50}?\b${BAD}`,
      String.raw`\b(?:every|each|all the|all of the|every single|all) (?:other |single )?${VENDOR}\b[^.!?\n]{0,25}?\b(?:have|has|) ?(?:failed|let me down|let us down|ripped (?:me|us) off|screwed (?:me|us)|been (?:useless|terrible|a nightmare|incompetent))`,
      String.raw`\b(?:fired|left|dumped|ditched|dropped|switched from|got rid of|moved away from|walked away from)\b (?:my|our|the) (?:previous|last|old|former|prior|other) ${VENDOR}\b[^.!?\n]{0,40}?\b(?:because|since|as|after|for being)\b[^.!?\n]{0,40}?\b${BAD}`,
      String.raw`\b(?:just like|no better than|as bad as|worse than|same as) (?:my|our|the) (?:previous|last|old|former|prior|other) (?:ones?|${VENDOR})\b`,
      String.raw`\b(?:you(?:'re| are)|you guys are) (?:all )?(?:just )?(?:like|the same as|no different from|no better than) (?:all )?(?:the|every|my) (?:other|last|previous)\b`,
    ].join('|'),
  ),
  // The others as a class, as customers write it in public: "just like all the other airlines",
  // "these other airlines are horrible", "worse than @OtherAir", "everyone else is garbage".
  keyed(
    ['like all', 'like every', 'like any', 'other', 'all', 'every', 'any', 'unlike', 'worse than', 'as bad as', 'better than', 'else'],
    [
      String.raw`\b(?:just |exactly )?like (?:all|every|any) (?:the |of the )?(?:other )?(?:[a-z]+ )?${OTHERS}\b`,
      String.raw`\b(?:other|all|every other|any other|these other|the other|every single other) (?:[a-z]+ )?${OTHERS}\b[^.!?\n]{0,40}\b(?:suck|sucks|horrible|terrible|awful|garbage|worse|bad|crap|useless|incompetent|the same|scam|crooks?|crooked|nightmare|rip ?offs?|chore|shitty)\b`,
      String.raw`\b(?:suck|hate|don'?t like|worse than|as bad as|unlike|better than|nothing compares|disrespect to|reminds? me (?:how|why)|thanks for not being|wish)\b[^.!?\n]{0,30}\b(?:other|all|any other|every other) (?:[a-z]+ )?${OTHERS}\b`,
      String.raw`\b(?:worse than|as bad as|unlike|(?:much |so much |way )?better than|not as bad as|nearly as bad as) @\w+`,
      String.raw`\b(?:every ?one|every ?body|everything) else (?:is|are) (?:garbage|trash|terrible|horrible|awful|worse|crap|useless)`,
    ].join('|'),
  ),
]);

export const pastVendorBlame = defineSignal({
  meta: {
    id: 'past-vendor-blame',
    kind: 'warning',
    hostile: true,
    weight: numberSetting('Text signals', 8, { min: 0, max: 100 }, {
      label: 'Blaming past vendors',
      help: 'Points complaining about everyone they worked with before takes.',
      labelDe: 'Schuld bei früheren Anbietern',
      helpDe: 'Punktabzug für Klagen über alle früheren Anbieter.',
    }),
    description: 'Disparages previous providers, or says every company has failed them.',
    messages: { blame: 'Blames earlier providers: "{{phrase}}".' },
  },
  detect(context) {
    const { text } = context;
    scanKeyed(BLAME, context, (m) => {
      if (isNegated(clauseBefore(text, m.index), 3)) return;
      context.report(m.index, m.index + m[0].length, 'blame', { phrase: m[0] });
    });
  },
});

/**
 * The example table: messages it must flag (with the part the hit must cover) and messages it must
 * not, like an ESLint rule's valid and invalid cases. A separate export, so the app's bundle leaves it out.
 */
export const examples: SignalExamples = {
  flagged: [
    ex('My previous web developer was completely incompetent and ripped us off.', 'previous web developer was completely incompetent'),
    ex('Every company I have ever hired has let me down.', 'Every company I have ever hired has let me down'),
    ex("We fired our last agency because they were useless, don't be like them.", 'fired our last agency because they were useless'),
    ex("You're just like the other ones.", "You're just like the other"),
    ex('So disappointed you have become just like all the other airlines.', 'like all the other airlines'),
    ex('These other providers are horrible, please come back to our town!', 'other providers are horrible'),
    ex('Worse than @OtherAir, and that takes some doing.', 'Worse than @OtherAir'),
  ],
  notFlagged: [
    'My previous provider was great but they closed down.',
    'Our old supplier sent the parts in blue boxes.',
    'I moved from my last bank because I relocated.',
    'All the other companies I spoke to quoted more.',
  ],
};
