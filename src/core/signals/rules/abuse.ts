import { clauseBefore, isNegated } from '../../text/context';
import { ex, scan } from '../scan';
import { numberSetting } from '../../settings/kinds';
import { defineSignal } from '../define';
import type { SignalExamples } from '../types';

const F = String.raw`(?:fucking|f\*+(?:ing|in)?|freaking|frigging|bloody|damn|damned|goddamn|complete|completely|totally|utterly|absolute|absolutely|such|so|a bunch of|bunch of|all|just|really|truly|nothing but|the most|clearly|obviously)`;
const INSULT = String.raw`(?:idiots?|idiotic|morons?|moronic|stupid|imbeciles?|clowns?|retards?|retarded|dumb(?:ass)?|brainless|clueless|incompetent|useless|pathetic|worthless|scum(?:bags?)?|liars?|lying|thieves|thieving|crooks?|losers?|criminals?|scammers?|con ?artists?|frauds?|jokers?|buffoons?|amateurs?|fools?|assholes?|a\*+holes?|bastards?|pigs?|animals|monkeys|sheep|robots|a joke|a disgrace|disgraceful|a scam|trash|garbage|rubbish|inept|cowards?|halfwits?|nitwits?|dimwits?|numpties|muppets?|idjits?)`;
const TARGET = String.raw`(?:you|u|ya|y'all|you guys|you people|you lot|(?:your|ur|yer) (?:staff|agents?|reps?|representatives?|employees?|people|team|support(?: team)?|company|tech(?:nician)?s?|idiots?|morons?|clowns?|monkeys|customer service(?: team)?|manager|supervisor|ceo)|this (?:company|business|outfit|agent)|the (?:agent|rep|staff|guy|woman|lady|girl|man|person) (?:i|on the phone|at the (?:desk|counter))[^.!?\n]{0,20}?)`;

// Insults aimed at the staff or the company. Words like "stupid" about the customer's self
// ("I feel so stupid") or a thing ("this stupid form") are not abuse: a target is needed.
const ABUSE = new RegExp(
  [
    String.raw`\b${TARGET}\b(?:'re|'s| are| is| were| was| r| seem| seem to be| must be| sound like| act like| all are| have been| being)(?: (?:${F}))*(?: (?:a|an|the))?(?: (?:${F}))* ${INSULT}\b`,
    String.raw`\byour (?:${F} )*(?:idiots?|morons?|imbeciles?|clowns?|scum|thieves|crooks|liars|scammers|incompetent|useless|pathetic|worthless|stupid|garbage|trash|joke of a|clown of a|pathetic excuse for a)\b(?: (?:${F}))* (?:company|business|staff|agents?|reps?|representatives?|employees?|team|people|crew|pilots?|managers?|management|customer service|support|outfit|airline|bank|store|of a company)\b`,
    String.raw`\b(?:screw|fuck|f\*+k|f\*+)(?![a-z]) (?:you|u|yourselves|your (?:company|business|service|policy|staff)|all of you|you all|you guys|you people)\b(?! over\b)`,
    String.raw`\b(?:fuck off|f\*+ off|go to hell|go fuck yourself|go f\*+ yourself|piss off|bugger off|drop dead|eat shit|kiss my ass)(?=\s*(?:[.!?,;]|$|you\b|u\b|@|and\b))`,
    String.raw`\b(?:are you|r u|are u|you must be)\b (?:${F} )*(?:stupid|an idiot|a moron|deaf|blind|illiterate|dense|thick|brain ?dead|retarded|mentally challenged)\b`,
    String.raw`\b(?:what kind of|what sort of) (?:idiots?|morons?|clowns?|incompetent|amateur|joke|circus)\b`,
    String.raw`\b(?:idiots?|morons?|imbeciles?|clowns?|scumbags?|thieves|crooks|scammers|liars|monkeys)\b (?:at|who work (?:at|for)|working (?:at|for)|in) (?:your|this) (?:company|office|call cent(?:re|er)|store|support|team)`,
    String.raw`\b(?:learn to read|get a brain|use your brain|grow a brain|are you capable of reading|can you even read|do you speak english)\b`,
  ].join('|'),
  'g',
);

// Insults as customers throw them in public: "you guys are complete trash", "you idiots", "your
// company sucks", "dumb staff", "#morons", "fuck you". A verdict on a service or a website
// ("the service sucks") is a complaint, not an insult, and is left to the complaint signal.
const AT_STAFF = new RegExp(String.raw`\b(?:you|u|ya|yal|y'?all|you guys|you people|you all|your (?:company|airline|staff|employees|team|people|agents?|crew|management|managers)|this (?:company|airline)|the (?:company|airline)|(?:your|the|this|that) (?:agent|employee|supervisor|stewardess|attendant|rep|woman|man|lady|guy)|(?:the |your )?(?:staff|employees|agents|crew|management)) (?:really |totally |all |so |just |truly |seriously |completely )*(?:suck|sucks|(?:are|is|r|were|was) (?:such |a |an |complete |absolute |total |utter |the )*(?:trash|trashh+|garbage|a joke|an entire joke|clowns?|idiots?|morons?|ass|scum|liars?|thieves|crooks?|incompetent|useless|pathetic|a disgrace|disgusting|evil|dumb|stupid))\b|\b(?:you|u|ya) (?:f\w*ing |stupid |incompetent |bunch of )?(?:idiots|morons|clowns|imbeciles|jokers|hacks|crooks|scumbags|losers)\b|\bfu+ck+ (?:you+h*|u|off|delta|united|american|@\w+)\b|#(?:morons|idiots|jokers|hacks|crooks|incompeten\w*|clowns|amateurs?|liars|thieves|scum\w*)\b|\b(?:dumb|stupid|idiot|incompetent|useless|bitchy|lazy|rubbish) (?:staff|employees?|empmoyees|agents?|people|crew|managers?|management|person|stewardess|flight attendants?|airline|company)\b|\b(?:piece of (?:shit|crap)|scum(?:bags?)?|evil corporate)\b|\byour (?:incompeten(?:ce|cy)|stupidity)\b|\b(?:sheer|total|utter|complete|such) incompeten(?:ce|cy)\b|'s incompeten(?:ce|cy)\b|#rude ?bitch\w*|\b(?:great|nice|good) job,? (?:idiots|morons|clowns)\b|\bway to suck\b|\b(?:scam artists?|a scam company)\b`, 'g');

export const abuse = defineSignal({
  meta: {
    id: 'abuse',
    kind: 'warning',
    hostile: true,
    weight: numberSetting('Text signals', 14, { min: 0, max: 100 }, {
      label: 'Abuse of staff',
      help: 'Points abusive or demeaning words toward staff take.',
      labelDe: 'Beleidigung von Mitarbeitenden',
      helpDe: 'Punktabzug für beleidigende oder herabsetzende Worte gegenüber Mitarbeitenden.',
    }),
    description: 'Insults or demeaning language aimed at the staff or the company.',
    messages: { insult: 'Insulted the staff or company: "{{phrase}}".' },
  },
  detect(context) {
    const { text } = context;
    scan(ABUSE, context, (m) => {
      const phrase = m[0];
      // "you are not useless" and "I'm not saying you are stupid" are not insults.
      const before = clauseBefore(text, m.index);
      if (isNegated(before, 4) || /\b(?:not|never|n't)\b/.test(phrase) || /\b(?:they|he|she|them|how they|when they|it|can|could|will|would|the)\s+$/.test(before)) return;
      context.report(m.index, m.index + phrase.length, 'insult', { phrase });
    });
    // A match before the last reported one is dropped by the reporter: the message is flagged already.
    scan(AT_STAFF, context, (m) => {
      if (isNegated(clauseBefore(text, m.index), 4)) return;
      context.report(m.index, m.index + m[0].length, 'insult', { phrase: m[0] });
    });
  },
});

/**
 * The example table: messages it must flag (with the part the hit must cover) and messages it must
 * not, like an ESLint rule's valid and invalid cases. A separate export, so the app's bundle leaves it out.
 */
export const examples: SignalExamples = {
  flagged: [
    ex('@EE you have dumb staff', 'dumb staff'),
    ex('You guys are complete trash.', 'You guys are complete trash'),
    ex('Kept us on the tarmac for an hour, you idiots.', 'you idiots'),
    ex('Your company sucks. You overbook and are always late!', 'Your company sucks'),
    ex('You people are complete idiots.', 'You people are complete idiots'),
    ex('Your useless staff hung up on me.', 'Your useless staff'),
    ex('Are you deaf? I said the blue one.', 'Are you deaf'),
    ex('Screw you and your company.', 'Screw you'),
    ex('Learn to read, the order number is right there.', 'Learn to read'),
    ex('Ur agents r clowns', 'agents r clowns'),
    ex("Thanks to the shop's incompetence I now can't work until October.", "'s incompetence"),
    ex('Never had a flight delayed an hour for this. Great job idiots.', 'Great job idiots'),
    ex('Your rubbish management is my problem. Why?!', 'rubbish management'),
    ex('Never been treated so badly by your gate staff. #rudebitch', '#rudebitch'),
    ex('Cheap fare scam artists are giving me the runaround.', 'scam artists'),
  ],
  notFlagged: [
    'Honestly the customer service sucks lately.',
    'Two rude agents at the desk today, not impressed.',
    'Typing the wrong passport number can screw you over.',
    'I feel so stupid, I typed the wrong address.',
    'This stupid printer jams every day.',
    "You are not useless, don't worry, it was my mistake.",
    'Your team was really helpful.',
    'The clown at the party was great, thanks for the recommendation.',
    'Is this email a scam? It asks for my password.',
    'Great job, team, the fix works.',
  ],
};
