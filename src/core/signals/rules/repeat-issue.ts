import { clauseBefore, isNegated } from '../../text/context';
import { ex, keyed, keyedPatterns, scan, scanKeyed } from '../scan';
import { numberSetting } from '../../settings/kinds';
import { defineSignal } from '../define';
import type { SignalExamples } from '../types';

const COUNT = String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|several|multiple|many|numerous|countless|so many|a (?:few|couple of)|a hundred|100)`;
const NTH = String.raw`(?:second|third|fourth|fifth|sixth|seventh|tenth|umpteenth|nth|(?:[2-9]|\d\d+)(?:st|nd|rd|th))`;

// The problem persists after earlier attempts, or the customer had to come back again.
export const REPEAT = keyedPatterns([
  keyed(['still', 'yet again'], String.raw`\b(?:still|yet again)\b (?:not|isn't|is not|doesn't|does not|don't|do not|can't|cannot|won't|haven't|have not|hasn't|has not|no|nothing|having|getting|broken|waiting|the same|happening|an issue|a problem|unable|unresolved|not fixed|not working|no sign|no word|no reply|no response|no answer|no refund|no update)\b`),
  keyed(['again', 'once more'], String.raw`\b(?:happening|happened|broken|broke|down|failed|failing|crashed|crashing|charged me|double charged|wrong|late|cancelled|canceled|delayed|stopped working|not working|doing it|at it|same thing|same problem|same issue|same error|the same)\b (?:yet )?(?:again|once more|all over again)\b`),
  keyed(['time'], String.raw`\b(?:for the|this is the|it's the|its the|now the|that's the) ${NTH} time\b`),
  keyed(['time', 'email', 'call', 'message', 'ticket', 'request', 'attempt', 'complaint'], String.raw`\b${NTH} (?:time|email|call|message|ticket|request|attempt|complaint) (?:i've|i have|i'm|i am|we've|we have|that i|this|about|in|asking|contacting|writing|calling|reporting)\b`),
  keyed(['times', 'mails', 'calls', 'attempts', 'requests', 'messages', 'complaints', 'chats', 'visits', 'tries'], String.raw`(?<![\d,.])\b${COUNT} (?:times|emails|e-mails|calls|phone calls|attempts|requests|messages|complaints|chats|visits|tries)\b(?: (?:now|already|so far|and|about|to|regarding|over|in|since|but|with|for))`),
  keyed(['called', 'phoned', 'rang', 'emailed', 'e-mailed', 'written', 'wrote', 'contacted', 'messaged', 'chatted', 'tried', 'asked', 'complained', 'reported', 'visited', 'been'], String.raw`\b(?:called|phoned|rang|emailed|e-mailed|written|wrote|contacted|messaged|chatted|tried|asked|complained|reported|visited|been)\b (?:(?:to |in |you |them |support |your (?:team|support|office) |this |it |about (?:this|it) ))?(?:${COUNT}|twice)(?: times)?(?=[ .,!?;:]|$)`),
  keyed(['keep', 'kept'], String.raw`\b(?:keeps?|kept) (?:on )?(?:happening|breaking|failing|crashing|coming back|dropping|disconnecting|charging|freezing|recurring|returning|getting worse|going down|cutting out|logging me out|asking me)\b`),
  keyed(['already', 'previously'], String.raw`\b(?:already|previously) (?:told|reported|explained|contacted|called|emailed|e-mailed|sent|raised|submitted|asked|complained|written|provided|given)\b`),
  keyed(['before', 'already', 'repeatedly', 'twice', 'times', 'over and over', 'again and again'], String.raw`\b(?:i've|i have|we've|we have) (?:told|reported|explained|contacted|called|emailed|asked|raised|complained about) (?:this|it|you|your team|support)?\b ?(?:\w+ )?(?:before|already|repeatedly|twice|many times|several times|multiple times|over and over|again and again)\b`),
  keyed(['how many'], String.raw`\bhow many (?:more )?times\b (?:do|must|have|should|will|am)\b`),
  keyed(['as i '], String.raw`\bas i (?:have )?(?:said|mentioned|explained|stated|told you) (?:before|already|previously|earlier|multiple times|several times|many times|in my (?:last|previous) (?:email|message))\b`),
  keyed(['fixed', 'resolved', 'sorted', 'solved', 'addressed', 'repaired'], String.raw`\b(?:still|again|never) (?:hasn't been |has not been |wasn't |was not |isn't |is not |not |been |got |gets )?(?:fixed|resolved|sorted|solved|addressed|repaired)\b`),
  keyed(['open'], String.raw`\b(?:(?:had to |have to |need to )re-?open(?:ing|ed)?|re-?open(?:ing|ed)? (?:my|the|this|a) (?:ticket|case|complaint|issue|request|claim)|open(?:ing)? (?:a|another) (?:new )?ticket (?:again|for the same))\b`),
  keyed(['over and over', 'again and again', 'time and', 'time after', 'every time', 'every single time'], String.raw`\bover and over(?: again)?\b|\bagain and again\b|\btime (?:and|after) time\b|\bevery (?:single )?time i (?:call|contact|email|write)\b`),
  keyed(['back'], String.raw`\b(?:the problem|the issue|it|this) (?:has )?(?:came|come|comes|is coming) back\b(?! with\b)`),
]);

// Repetition as customers write it in a line: "as usual", "every time", "my 4th try today",
// "two dropped calls", "you did not resolve my issue", "still no reply".
const PERSISTS = new RegExp(String.raw`\b(?:as usual|every (?:single )?time|yet again|once again|again and again|time and again|over and over|too often|always have problems)\b|\b(?:another|2nd|second|3rd|third|4th|fourth|5th|fifth|[0-9]+(?:st|nd|rd|th)) (?:time|try|attempt|request|written request|email|call|complaint|tweet|dm|message|notice)\b|\b(?:[2-9]|[1-9][0-9]|two|three|four|five|several|multiple|numerous) (?:times|calls|emails|attempts|tries|requests|messages|dms|phone calls|dropped calls)\b(?! (?:available|a day|a week|a month|an hour|per|daily|faster|more|less|bigger|cheaper|as|the|over|slots?|to choose))|\bkeeps? (?:happening|failing|timing out|crashing|breaking|cancel+ing)\b|\bstill (?:not (?:fixed|working|resolved|received|heard)|haven'?t|hasn'?t|broken|unresolved|no (?:reply|response|answer|refund|word))\b|\bstill waiting (?:on|for) (?:a |any |my )?(?:response|reply|answer|refund|call ?back)\b|\b(?:did not|didn'?t|haven'?t|hasn'?t|have not|has not) (?:resolve|resolved|fix|fixed|respond(?:ed)? to|repl(?:y|ied) to|heard back|gotten back)\b|\bplease reply to my\b`, 'g');

export const repeatIssue = defineSignal({
  meta: {
    id: 'repeat-issue',
    kind: 'warning',
    hostile: false,
    weight: numberSetting('Text signals', 3, { min: 0, max: 100 }, {
      label: 'Never satisfied ("still not right")',
      help: 'Points a complaint that finished work is still not right takes; it weighs more across several tickets.',
      labelDe: 'Nie zufrieden („immer noch nicht richtig“)',
      helpDe: 'Punktabzug für die Klage, erledigte Arbeit sei immer noch nicht richtig; über mehrere Tickets wiegt sie mehr.',
    }),
    description: 'The problem persists after earlier attempts, or the customer had to come back again and again.',
    messages: { repeat: 'Came back about the same problem: "{{phrase}}".' },
  },
  detect(context) {
    const { text } = context;
    scanKeyed(REPEAT, context, (m) => {
      const before = clauseBefore(text, m.index);
      if (isNegated(before, 2) && !/^(?:still|yet|never)/.test(m[0])) return;
      // "Prevent this happening again" looks ahead; "I still don't understand why" is not a problem persisting.
      if (/\b(?:prevent|avoid|stop|ensure|make sure|so that)\b[^,]{0,25}$/.test(before) || /^still (?:don't|do not) (?:understand|know|get) (?:why|how|what)/.test(m[0] + text.slice(m.index + m[0].length, m.index + m[0].length + 24))) return;
      context.report(m.index, m.index + m[0].length, 'repeat', { phrase: m[0] });
    });
    // A match before the last reported one is dropped by the reporter: the message is flagged already.
    scan(PERSISTS, context, (m) => {
      if (/\b(?:prevent|avoid|stop|ensure|make sure|so that)\b[^,]{0,25}$/.test(clauseBefore(text, m.index))) return;
      context.report(m.index, m.index + m[0].length, 'repeat', { phrase: m[0] });
    });
  },
});

/**
 * The example table: messages it must flag (with the part the hit must cover) and messages it must
 * not, like an ESLint rule's valid and invalid cases. A separate export, so the app's bundle leaves it out.
 */
export const examples: SignalExamples = {
  flagged: [
    ex('Another late flight. Every time.', 'Every time'),
    ex('@Support you did not resolve my issue.', 'did not resolve'),
    ex('Ok my 4th try today, giving up.', '4th try'),
    ex('The app is still not syncing after your last fix.', 'still not'),
    ex('This is the third time I am writing about this.', 'the third time'),
    ex('I have called four times about this charge.', 'four times about'),
    ex("I've called 4 times. Nobody knows.", 'called 4 times'),
    ex('My internet keeps dropping every evening.', 'keeps dropping'),
    ex('It stopped working again this morning.', 'stopped working again'),
    ex('As I said before, the serial is on the box.', 'As I said before'),
  ],
  notFlagged: [
    'Please tell me how you will prevent this happening again.',
    'It comes back with an invalid expiry date error.',
    'Thanks again for your help!',
    'I still love the product, just a quick question.',
    'Can you send me the invoice again please?',
    'We have two times available, 9am or 3pm.',
    'First time writing in, hope this is the right place.',
  ],
};
