import { clauseBefore, isNegated, isHypothetical, isReported } from '../../text/context';
import { ex, keyed, keyedPatterns, scanKeyed } from '../scan';
import { numberSetting } from '../../settings/kinds';
import { defineSignal } from '../define';
import type { SignalExamples } from '../types';

const BAD = String.raw`(?:bad|negative|terrible|horrible|scathing|awful|poor|honest|(?:1|one|0|zero|no)[- ]?stars?)`;
const SITE = String.raw`(?:yelp|google(?: reviews?| maps)?|trustpilot|tripadvisor|bbb|better business bureau|facebook|twitter|instagram|tiktok|reddit|linkedin|youtube|social media|the app ?store|app ?store|play store|the internet|online|every review site|review sites?)`;

// Each alternative names the act of public exposure, so "review the document" or a
// "manager review" never match: a review has to be bad, starred or posted somewhere.
// Every alternative has one of the keys (a site, a review or rating, stars, an audience, the
// press), so a message without any is not scanned at all.
export const THREAT = keyedPatterns([
  keyed(
    ['review', 'rating', 'feedback', 'star', 'yelp', 'google', 'trustpilot', 'tripadvisor', 'bbb', 'better business bureau', 'facebook', 'twitter', 'instagram', 'tiktok', 'reddit', 'linkedin', 'youtube', 'social media', 'store', 'internet', 'online', 'everyone', 'everybody', 'all my', 'all of my', 'world', 'people', 'other', 'press', 'media', 'news', 'tv station', 'reporter', 'journalist', 'consumer', 'public', 'viral'],
    [
      String.raw`\b(?:leav|writ|post|giv|put|publish|submit|add|updat|chang|edit)(?:e|es|ed|ing|ting|s)?\b[^.!?\n]{0,25}?\b${BAD}[^.!?\n]{0,12}?\b(?:reviews?|ratings?|feedback)\b`,
      String.raw`\b${BAD}[- ](?:reviews?|ratings?)\b[^.!?\n]{0,25}?\b(?:on|to)\b[^.!?\n]{0,10}?\b${SITE}`,
      String.raw`\b(?:give|giving|rate|rating|gave|rated|leave|leaving)\b[^.!?\n]{0,15}?\b(?:1|one|0|zero|no)[- ]?stars?\b`,
      String.raw`\b(?:review|report|rate|expose|post about|write about|complain about|blast|shame|call(?:ing)? out)(?:ing|ed|s)? (?:you|your (?:company|business|store|shop|service)|this (?:company|business|place))\b[^.!?\n]{0,20}?\b(?:on|to)\b[^.!?\n]{0,6}?\b${SITE}`,
      String.raw`\b(?:tell|telling|warn|warning|let|advise|advising)\b (?:every(?:one|body)|all (?:of )?my (?:friends|family|followers|contacts|colleagues|network)|the (?:whole )?world|people|others|other (?:customers|people|businesses))\b(?: know)?[^.!?\n]{0,30}?\b(?:about|how|what|never|to avoid|not to|stay away|this|you|of)\b`,
      String.raw`\b(?:post|posting|share|sharing|put|putting|broadcast|plaster|spread)(?:ed|s)?\b[^.!?\n]{0,30}?\b(?:on|to|all over|across)\b (?:${SITE})\b`,
      String.raw`\b(?:contact|call|calling|contacting|go(?:ing)? to|tip off|alert|write to)\b (?:the |my local |local )?(?:press|media|news(?:paper)?s?|local news|tv station|reporters?|journalists?|consumer (?:show|programme|program))\b`,
      String.raw`\bgo(?:ing)? (?:public|viral)\b`,
      // "You want a 1 star review?", "Don't make me write that review", "Google will hear about this"
      String.raw`\b(?:do you|you) want (?:a |me to (?:leave|write|give|post) (?:you )?(?:a )?)(?:1|one|0|zero)[- ]?stars?(?: reviews?| ratings?)?\b`,
      String.raw`\b(?:don't|do not|dont) make me (?:write|leave|post|give) (?:that|a|the|you a) (?:bad |negative |(?:1|one)[- ]?star )?review\b`,
      String.raw`\b(?:yelp|google|trustpilot|tripadvisor|facebook|twitter|instagram|tiktok|reddit|the bbb)\b (?:will|is going to|are going to|gonna) (?:hear|know) (?:about|of) (?:this|it|you|how)\b`,
    ].join('|'),
  ),
]);

// Exposure as customers announce it in public: tagging the press (#cnn, #watchdog), going on the
// news, "I will tweet every day until…", "make sure everyone knows", a Yelp review to write.
// Read without the voice checks above: each wording carries its own writer or audience.
export const PUBLIC = keyedPatterns([
  keyed(
    ['#', 'news', 'press', 'media', 'reporter', 'journalist', 'every', 'friends', 'followers', 'tweet', 'review', 'article', 'blog', 'story', 'boycott', 'publicly', 'spread', 'sure', 'parents', 'family', 'colleagues', 'coworkers', 'co-workers'],
    String.raw`\b(?:spread|spreading) the word\b|#spreadtheword\b|\b(?:i'll|i will|we'll|we will|will|i'm going to|i am going to|i'm gonna|gonna) (?:make|be) sure (?:people|everyone|everybody|others|my friends|all my friends) (?:know|hear)\b|\b(?:tell|telling|advise|advising|warn|warning) (?:my |all my )?(?:parents|friends|family|colleagues|coworkers|co-workers) (?:to|not to|about|never)\b|\bstory for (?:the )?(?:media|news|press|papers?)\b|\b(?:contact|contacted|contacting|call|called|calling|emailed|emailing|tip off|tipped off) (?:the |my local |local )?(?:[a-z]+ )?news\b|#(?:cnn|abcnews|msnbc|wsj|nytimes|latimes|chicagotribune|suntimes|media|watchdog|bbcnews|foxnews|cbsnews|reclameaqui|ripoffreport|consumeralert)\b(?![^.!?\n]{0,20}\b(?:thank|great|love|kudos)\b)|\b(?:go|going|be|talk(?:ing)?|speak(?:ing)?) (?:on|to|with) (?:the |a )?(?:news|press|media|newspapers?|reporters?|journalists?)\b|\bnews (?:station|organi[sz]ations?|item|wires?)\b|\b(?:spread|share|tell|post|saying|warn|advise|get)\b[^.!?\n]{0,40}\b(?:the news|the media|the press|every ?one (?:i know|you see|who will)|all (?:my )?(?:friends|followers)|my followers|(?:all |on )social media)|\bmake sure every ?(?:one|body)\b[^.!?\n]{0,30}\b(?:knows|hears|finds out|sees|learns)\b|\b(?:leav|writ|post)(?:e|es|ing|ting) (?:a|an|my) (?:google|yelp|tripadvisor|trustpilot|facebook) review (?:for|about|of|on) (?:the|this|your|you)\b[^.!?\n]{0,20}\b(?:worst|terrible|awful|horrible|useless|incompetent|shambles|joke|disgrace)\b|\b(?:i'?ll|i will|going to|gonna|keep(?: on)?|continue(?: to)?) (?:tweet|tweeting)\b[^.!?\n]{0,20}\b(?:until|every|each|about)|\b(?:write|writing|publish|post)(?:ing)? (?:a |an |my )?(?:yelp |google |tripadvisor |trustpilot |bad |negative )?(?:review|article|blog post|story)\b|\b(?:yelp|tripadvisor|trustpilot) review|\breview forthcoming\b|\bas a journalist\b|\bmore bad press\b|\bboycott\b|\bhit the news\b|\bdiscourage every|\b(?:attach|post|share) (?:it|this) publicly\b`,
  ),
]);

const FIRST_PERSON = /\b(?:i|we|i'm|i'll|we'll|i've|we've|i'd|we're|my|our|me)\b/;
// Habits, advice and wishes are not threats: "I used to tell everyone", "maybe we should".
const NOT_MINE = /\b(?:used to|should|stop|to not|you (?:will|would|should|could|can|might|may))\s+(?:\w+\s+)?$|\b(?:but|please|pls|plz)\s+$/;

const OPENER = /^\s*(?:@\w+\s+)*(?:(?:so|and|just|now|then|expect|expecting|get ready for|look out for|watch out for|prepare for|enjoy)\s+)*(?:(?:a|an|the|my|very|really|some|one|another)\s+)*$/;

export const reviewThreat = defineSignal({
  meta: {
    id: 'review-threat',
    kind: 'warning',
    hostile: true,
    weight: numberSetting('Text signals', 20, { min: 0, max: 100 }, {
      label: 'Threat of a bad review or going public',
      help: 'Points a threat of a bad review or of going public takes.',
      labelDe: 'Drohung mit schlechter Bewertung',
      helpDe: 'Punktabzug für die Drohung mit einer schlechten Bewertung oder mit der Öffentlichkeit.',
    }),
    description: 'Threatens or announces negative public exposure: a bad review or rating, telling everyone, social media, the press.',
    messages: { threat: 'Threatened bad publicity: "{{phrase}}".' },
  },
  detect(context) {
    const { text } = context;
    scanKeyed(THREAT, context, (m) => {
      const before = clauseBefore(text, m.index);
      if (isNegated(before, 3) || isHypothetical(before) || isReported(before) || NOT_MINE.test(before)) return;
      // Telling or posting is a threat only in the writer's own voice; a bad review or a star
      // rating may also open the clause ("Giving you zero stars").
      const telling = /^(?:tell|let|warn)/.test(m[0]);
      // Posting one's own details ("my info on Twitter") is not exposure of the company.
      if (/\b(?:info|information|details|data|number|address|email|photo|picture|article)\b/.test(m[0])) return;
      // "Don't make me write that review" carries its writer in the match itself.
      const ownVoice = /^(?:don't|do not|dont) make me\b/.test(m[0]);
      if (!ownVoice && !FIRST_PERSON.test(before) && (telling || !OPENER.test(before))) return;
      context.report(m.index, m.index + m[0].length, 'threat', { phrase: m[0] });
    });
    // A match before the last reported one is dropped by the reporter: the message is flagged already.
    scanKeyed(PUBLIC, context, (m) => {
      if (isNegated(clauseBefore(text, m.index), 3)) return;
      context.report(m.index, m.index + m[0].length, 'threat', { phrase: m[0] });
    });
  },
});

/**
 * The example table: messages it must flag (with the part the hit must cover) and messages it must
 * not, like an ESLint rule's valid and invalid cases. A separate export, so the app's bundle leaves it out.
 */
export const examples: SignalExamples = {
  flagged: [
    ex('If this is not fixed today I will leave a 1 star review on Yelp.', 'leave a 1 star review'),
    ex('I am going to tell everyone I know about how you treat customers.', 'tell everyone I know about'),
    ex("Posting this all over Facebook so people know what you're like.", 'Posting this all over Facebook'),
    ex('Expect a very negative review on Trustpilot.', 'negative review on Trustpilot'),
    ex("I'm calling the local news about this.", 'calling the local news'),
    ex('Giving you zero stars.', 'Giving you zero stars'),
    ex('Remove the fee. You want a 1 star review?', 'You want a 1 star review'),
    ex("Put it back up now. Seriously don't make me write that review.", "don't make me write that review"),
    ex('Fine. Google will hear about this either way.', 'Google will hear about this'),
    ex('Broke my gear and no help. #media #watchdog', '#media'),
    ex('I will be on a news station talking about this on Friday.', 'news station'),
    ex('Fix it. I will tweet each day until I hear from you.', 'I will tweet each day until'),
    ex("You know nothing about service and I'll make sure everyone knows it.", 'make sure everyone knows'),
    ex('How do I write a Yelp review for the worst shop in town?', 'write a Yelp review'),
    ex("Delayed 2.5 hours and not even a partial refund. I'll be spreading the word.", 'spreading the word'),
    ex('Rebooked three times. Will be sure people know NOT to book with you.', 'be sure people know'),
    ex("I'll be telling my parents to use another company from now on.", 'telling my parents to'),
    ex("You can't even get someone on the phone. Great story for the media.", 'story for the media'),
    ex('Just contacted Eyewitness News about this ripoff.', 'contacted Eyewitness News'),
    ex("I'm happy to advise others of your policies.", 'advise others of'),
  ],
  notFlagged: [
    'I get that things happen but tell people what is going on.',
    'I am worried about putting my personal info on Twitter.',
    'I would never leave a bad review, you have been great.',
    'Could you review the attached document before Friday?',
    'Can I leave a review for the technician somewhere?',
    'My manager will review the quote tomorrow.',
    'The reviews on Google were what convinced me to sign up.',
    'Someone posted a bad review about us and they said it was fake.',
    'I want to publicly thank the team for solving my problem.',
    'Great job today, your social media team was brilliant.',
    'My family says you fixed it fast, thanks.',
    'Can you make sure people know the office is closed on Monday?',
    'I called to check the news about the outage.',
  ],
};
