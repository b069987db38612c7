import { ex, scan } from '../scan';
import { numberSetting } from '../../settings/kinds';
import { defineSignal } from '../define';
import type { SignalExamples } from '../types';

// What each letter may be disguised as: leet digits, symbols, or a masking star.
const DISGUISE: Record<string, string> = {
  a: 'a@4*', b: 'b8*', c: 'c(k*', d: 'd*', e: 'e3*', f: 'f', g: 'g9*', h: 'h*#', i: 'i1!|*',
  k: 'kc*', l: 'l1|*', n: 'n*', o: 'o0*', p: 'p*', r: 'r*', s: 's$5*', t: 't7+*', u: 'uv*#@', w: 'w*',
  m: 'm*', x: 'x*', y: 'y*',
};

/** A pattern for a word with every letter but the first allowed in disguise, and "." "-" "_" between letters. */
function disguised(word: string): string {
  const first = word[0]!;
  const firstClass = first === 's' ? '[s$5]' : first === 'a' ? '[a@]' : first;
  const rest = Array.from(word.slice(1), (ch) => `[${escapeClass(DISGUISE[ch] ?? ch)}]`);
  return firstClass + rest.map((part) => `[._\\-]?${part}`).join('');
}

function escapeClass(chars: string): string {
  return chars.replace(/[\\\]^\-|$*+(]/g, (c) => `\\${c}`);
}

// Stems whose every inflection is profane; the word edges (not inside "Scunthorpe", "assess",
// "cocktail", "shiitake") are enforced by the look-arounds around the whole alternation.
const STEMS = ['fuck', 'fuk', 'shit', 'bitch', 'cunt', 'bastard', 'asshole', 'arsehole', 'motherfuck', 'bullshit', 'dickhead', 'wanker', 'twat', 'bollocks', 'piss', 'goddamn'];
const WHOLE = ['fck', 'fcking', 'fkn', 'fkin', 'wtf', 'stfu', 'gtfo', 'ffs', 'omfg', 'crap', 'crappy', 'damn', 'damned', 'dammit', 'damnit', 'ass', 'arse', 'jackass', 'dumbass', 'smartass', 'hell', 'prick', 'dick', 'dicks', 'cock', 'cocks', 'sod', 'effing', 'frigging', 'feck', 'shite', 'bugger', 'slut', 'whore', 'douche', 'douchebag'];
// Mild words that are usually harmless in their own sense: "hell" only as an expletive,
// "ass" and "prick" only aimed at someone, "dick" and "cock" not as names, "sod" and "bugger" as expletives.
const MILD_SENSE = /^(?:hell|prick|dick|dicks|cock|cocks|sod|bugger|ass|arse)$/;

const WORDS = new RegExp(
  String.raw`(?<![a-z0-9])(?:(?:${STEMS.map(disguised).join('|')})(?:ing|in|in'|ed|er|ers|s|es|y|ty|tier|ting|ted|head|heads|hole|holes|show|load|face|bag|off|wit|wits)?|(?:${WHOLE.join('|')})|f[*#@$%!]{2,4}(?:ing|in|ed|er|s)?|s[*#@$%!]{2,3}t|f[*#@$%!]ck(?:ing|ed|er|s)?|sh[*#@$%!1]t(?:ty|s)?|b[*#@$%!]{2,3}ch|a[*$]{2}(?:hole)?)(?![a-z0-9])`,
  'g',
);

const HELL = /\b(?:the|to|as|from|like|what|why|who|how|where|bloody|fucking|hell of a) $|^hell (?:no|yes|of a|out of)\b/;
const NOT_PROFANE = /^(?:ass|arse|prick)$/;

export const profanity = defineSignal({
  meta: {
    id: 'profanity',
    kind: 'warning',
    hostile: true,
    weight: numberSetting('Text signals', 5, { min: 0, max: 100 }, {
      label: 'Profanity',
      help: 'Points profanity takes.',
      labelDe: 'Schimpfwörter',
      helpDe: 'Punktabzug für Schimpfwörter.',
    }),
    description: 'Profanity or obscenity, masked forms and look-alike characters included.',
    messages: { profane: 'Used profanity: "{{word}}".' },
  },
  detect(context) {
    const { text } = context;
    scan(WORDS, context, (m) => {
      const word = m[0];
      if (MILD_SENSE.test(word)) {
        const before = text.slice(Math.max(0, m.index - 12), m.index);
        const after = text.slice(m.index, m.index + 16);
        if (word === 'hell' && !HELL.test(before) && !HELL.test(after)) return;
        if (NOT_PROFANE.test(word) && !/\b(?:you|your|a|an|such|what|what an?|the|like|of|up|my|kiss|kick|pain in the|sorry|lazy|smart|dumb|dumb|cover)\s*$/.test(before)) return;
        if ((word === 'dick' || word === 'dicks' || word === 'cock' || word === 'cocks') && !/\b(?:you|a|such|what|what a|like|of|total|complete|absolute)\s*$/.test(before)) return;
        if (word === 'sod' && !/^sod (?:off|it|you|this)\b/.test(after)) return;
        if (word === 'bugger' && !/^bugger (?:off|it|me|all)\b/.test(after)) return;
      }
      context.report(m.index, m.index + word.length, 'profane', { word });
    });
  },
});

/**
 * The example table: messages it must flag (with the part the hit must cover) and messages it must
 * not, like an ESLint rule's valid and invalid cases. A separate export, so the app's bundle leaves it out.
 */
export const examples: SignalExamples = {
  flagged: [
    ex('This is fucking ridiculous.', 'fucking'),
    ex('What the f*** is going on with my order', 'f***'),
    ex('Total sh1t service.', 'sh1t'),
    ex('Absolute bullsh!t', 'bullsh!t'),
    ex('wtf is this charge', 'wtf'),
    ex('Why the hell was I charged twice?', 'hell'),
    ex('This is ѕһіt (written in Cyrillic look-alikes).', 'ѕһіt'),
    ex('Total f.u.c.k.i.n.g joke', 'f.u.c.k.i.n.g'),
  ],
  notFlagged: [
    'We are based in Scunthorpe and Penistone.',
    'Please assess the class of the shipment.',
    'The cocktail menu in the cockpit lounge was lovely.',
    'Hello, I need help with my shiitake order.',
    'Charles Dickens is my favourite author.',
    'My bloody nose stopped after an hour.',
  ],
};
