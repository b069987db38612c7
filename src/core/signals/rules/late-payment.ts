import { clauseBefore, isNegated, isReported } from '../../text/context';
import { ex, keyed, keyedPatterns, scanKeyed } from '../scan';
import { numberSetting } from '../../settings/kinds';
import { defineSignal } from '../define';
import type { SignalExamples } from '../types';

const BILL = String.raw`(?:payments?|invoices?|bills?|balance|installments?|instalments?|subscription|fees?|dues|rent|account|premium|loans?|mortgages?|payment plan)`;
const WE = String.raw`(?:i|we|i'm|we're|i am|we are|i've|we've|i have|we have|i'll|we'll)`;

// Only the customer's own paying: a "late flight" or a "late delivery" has no payment word,
// and a payment that the company failed to process is not the customer's lateness.
// Every alternative has one of the keys, so a message without any is not scanned at all.
export const LATE = keyedPatterns([
  keyed(
    ['late', 'behind', 'overdue', 'arrears', 'past due', 'delayed', 'miss', 'skip', 'pay', 'afford', 'extension', 'declined', 'bounced', 'rejected', 'returned for insufficient funds', 'struggling', 'more time', 'another', 'an extra'],
    [
      String.raw`\b${WE} (?:will |am |are |was |were |have been |has been |'ll |be |been |going to be |might be |may be )*(?:a (?:bit|little|few days|week|month) )?(?:late|behind|overdue|in arrears)\b (?:with|on|paying)\b`,
      String.raw`\b(?:my|our|this month's|next month's|last month's|this week's) (?:last |latest |monthly |next )?${BILL}\b (?:will|is going to|might|may|is|was|has been|are|were)\b (?:be )?(?:a (?:bit|little|few days|week|month) )?(?:late|overdue|past due|delayed|in arrears|behind)\b`,
      String.raw`\b(?:missed|miss|skipped|skip|skipping)\b (?:a |my |our |the |one |two |three |several |a few |last month's |this month's )?(?:monthly )?${BILL}\b`,
      String.raw`\b(?:fell|fallen|falling|got|gotten|get|getting) behind\b (?:on|with|in) (?:my |our |the )?${BILL}`,
      String.raw`\b(?:can't|cannot|can not|couldn't|could not|won't|will not|wont|am not going to|i'm not going to|we're not going to|refuse to|unable to|not able to|in no position to)\b (?:afford to |possibly |currently |yet )?pay\b(?! (?:online|with|using|through|via|by|in|on|me|you money|for (?:a|the|an|my|your) (?:flight|ticket|seat|upgrade|bag|hotel|change|parking|room|meal)|to (?:change|upgrade)))`,
      String.raw`\b(?:can't|cannot|can not|couldn't|could not) afford\b (?:to pay |the |this |my |our )?(?:${BILL})\b`,
      String.raw`\b(?:pay|paying)\b (?:you |it |the (?:rest|balance|invoice|bill) )?(?:later|next (?:week|month|friday)|when i (?:can|get paid)|once i get paid|at the end of the month|in (?:installments|instalments)|in a few weeks)\b`,
      String.raw`\b(?:(?:set up|setting up|arrange|need|want|request|requesting|ask for|asking for|offer me|put me on|go on|like|get|have|apply for) (?:a |an |some )?(?:payment plan|payment arrangement|payment extension)|extension (?:on|for) (?:my |our |the )?${BILL}|more time to pay|defer(?:ring)? (?:my |our |the )?payments?|postpone (?:my |our |the )?payments?|delay(?:ing)? (?:my |our |the )?payments?)\b`,
      String.raw`\b(?:i|we|i'm|we're|i am|we are|i'll|we'll|i will|we will|i have|we have|i've|we've)\b (?:(?:now|also|going to|currently|hereby|be) )*(?:withhold|withholding|withheld|holding back|hold back|stop|stopping|stopped) (?:my |our |the |all |any |further )?(?:payments?|payment of)\b`,
      String.raw`\b(?:my|our) (?:card|payment|direct debit|transfer|check|cheque)\b (?:was |has been |got |keeps? (?:being |getting )?)?(?:declined|bounced|rejected|returned for insufficient funds)\b`,
      String.raw`\bstruggling (?:to pay|to make (?:the |my |our )?payments?|financially)\b`,
      // "I was 10 days late because my client paid me late"
      String.raw`\b(?:i|we) (?:was|were|am|are|'m|'re|have been|'ve been) (?:only |just |about |almost )?(?:\d+|a|one|two|three|a few|a couple of) (?:days?|weeks?|months?) (?:late|overdue|behind)\b`,
      // "I'll pay on the 15th when the HOA pays me", "we can pay by Friday"
      String.raw`\b(?:i'll|i will|we'll|we will|i can|we can|i can only|we can only) pay (?:you |it |the (?:invoice|bill|rest|balance) )?(?:on the \d+(?:st|nd|rd|th)?|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|by (?:the \d+(?:st|nd|rd|th)?|the end of|monday|tuesday|wednesday|thursday|friday|next)|next (?:week|month|friday)|when (?:i|we|my|our)|once (?:i|we|my|our)|after (?:i|we|my|our))`,
      // "Can I get another 2 weeks on this months invoice?"
      String.raw`\b(?:more time|another (?:\d+|one|two|few|couple of) (?:days?|weeks?|months?)|an extra (?:few days|week|month|\d+ (?:days|weeks))) (?:to pay|(?:on|for) (?:my |our |the |this |this month's |this months |next month's )?${BILL})\b`,
    ].join('|'),
  ),
]);

// Asking to pay later is the signal itself, so questions count; only true what-ifs do not.
const WHAT_IF = /\b(?:what if|what happens if|in case|if i (?:ever|were|was)|hypothetically|suppose)\b/;

// "I have never missed a payment" is a defence, and a debt the company chases is its claim,
// not an admission: both are negated or reported, and are dropped.
// A lateness that a report, a bill or an alert claims is the company's statement, which the
// customer is often disputing: "reporting that I missed a payment", "remove the late payments".
const CLAIMED = /\b(?:says|say|told|tells|notified|notice|letter|text|e-?mail|message|alert|advised|policy|could be|may be|might be|due to a|report(?:s|ed|ing)?|stat(?:es|ed|ing)|saying|says|said|claim(?:s|ed|ing)?|show(?:s|ed|ing)?|indicat(?:es|ed|ing)|alleg(?:es|ed|ing)|accus(?:es|ed|ing)|listed|remove|removing|removed|delete|deleting|dispute|disputing|correct|even if|reflect(?:s|ing)?)\b/;

const FIRST_PERSON = /\b(?:i|we|i'm|we're|i've|we've|i'll|we'll|i'd|my|our|me|us)\b/;
// "If the payment fails..." is a condition; "trying to see if there is any way..." is a question.
const CONDITION = /(?<!\b(?:see|seeing|wonder|wondering|check|checking|ask|asking|know|sure|tell me|find out) )\bif\b[^.!?\n]*$/;
const REFUSAL = /^(?:can't|cannot|can not|couldn't|could not|won't|will not|wont|am not|i'm not|we're not|refuse|unable|not able|in no position)/;

// Payment trouble as customers report it in a line: a bill past due, a payment that failed or
// bounced, a site that will not take the payment, "I don't get paid until Friday".
export const TROUBLE = keyedPatterns([
  keyed(
    ['past due', 'overdue', 'late payment', 'payment', 'account', 'bill', 'balance', 'invoice', 'autopay', 'auto pay', 'direct debit', 'card', 'pay', 'extension', 'defer', 'postpone', 'delay', 'paid until', 'afford', 'loan', 'mortgage'],
    String.raw`\b(?:my|our) (?:[a-z]+ )?(?:loans?|mortgages?|accounts?|bills?)\b (?:is|was|went|are|were|has gone|have gone) (?:in|into) (?:default|delinquency|arrears)\b|\b(?:wouldn'?t|won'?t|doesn'?t|didn'?t|would not|will not|does not|did not|refuses? to|fail(?:s|ed|ing)? to) (?:accept|take|process) (?:my |the |a |our )?(?:payment|card)\b|\b(?:trouble|difficulty|difficulties|struggling|struggled|problems?) (?:paying|making (?:the |my |our )?payments?)\b|\b(?:made|make|making|entered(?: into)?|on) (?:a |an )?payment (?:arrangement|plan)\b|\b(?:my|our|the) (?:account|bill|balance|payment|invoice)s? (?:is|was|are|were|appears to be|seems to be|shows as) (?:\S+ )?(?:past due|overdue|late)\b|\b(?:my|our) (?:past due|overdue) (?:bill|balance|invoice|payment|account|rent|mortgage)s?\b|\b(?:pay|paid|paying|payment of) (?:the|my|our) (?:past due|overdue)\b|\bpast due (?:amount|balance|bill)\b|\b(?:i|we) (?:have|had) a late payment\b|\b(?:payments?|autopay|auto pay|direct debit|(?:my|the) card)\b[^.!?\n]{0,30}?\b(?:failed|failing|fails|declined|rejected|bounced|could not be taken|couldn'?t be taken|(?:not|won'?t|didn'?t|doesn'?t) (?:go|going) through|(?:didn'?t|did not|never) pay (?:the|my|our|this) (?:bill|balance|invoice))\b|\b(?:won'?t let me|can'?t|cannot|unable to|fail(?:s|ing)? (?:all )?(?:attempts )?to|tried to|trying to)\b[^.!?\n]{0,12}?\b(?:pay (?:my|the|our|this) (?:bill|balance|invoice|account)|make (?:a|the|an|my) (?:on ?line )?payment)\b|\b(?:extension|defer|postpone|delay)\b[^.!?\n]{0,20}?\b(?:pay|payment|bill)|\b(?:pay|payment)\b[^.!?\n]{0,20}?\b(?:on|by|next|until|till) (?:friday|monday|tuesday|wednesday|thursday|saturday|sunday|payday|pay day)\b|\bdon'?t get paid until\b|\bcan'?t afford (?:to pay|the (?:bill|payment|fee|amount))\b|\bi(?:'m| am| will| won'?t)? (?:not|never) (?:going to |gonna )?pay(?:ing)? (?:my|the|this|that|for|it)\b|\brefuse to pay\b(?! back)`,
  ),
]);

export const latePayment = defineSignal({
  meta: {
    id: 'late-payment',
    kind: 'warning',
    hostile: false,
    weight: numberSetting('Text signals', 10, { min: 0, max: 100 }, {
      label: 'Late payment (in their words)',
      help: 'Points a message about paying late takes. One is not a pattern; several tickets are.',
      labelDe: 'Verspätete Zahlung (eigene Worte)',
      helpDe: 'Punktabzug für eine Nachricht über verspätetes Zahlen. Einmal ist kein Muster, mehrere Tickets schon.',
    }),
    description: "The customer's own payment is late, missed, failed or withheld, or they cannot or will not pay, or ask to pay later.",
    messages: { late: 'Payment trouble: "{{phrase}}".' },
  },
  detect(context) {
    const { text } = context;
    scanKeyed(LATE, context, (m) => {
      const before = clauseBefore(text, m.index);
      if (isNegated(before, 3) || /\b(?:0|zero|no)\s*$/.test(before) || WHAT_IF.test(before) || isReported(before) || CLAIMED.test(before)) return;
      // "Won't pay" and "can't pay" are the writer's only with the writer as subject, and any
      // other payment trouble needs the writer in the clause: "our invoice", "can we pay".
      if (REFUSAL.test(m[0]) && !/\b(?:i|we|i'm|we're|i am|we are)\b(?:\s+\S+){0,2}\s*$/.test(before)) return;
      if (!FIRST_PERSON.test(m[0]) && !FIRST_PERSON.test(before)) return;
      context.report(m.index, m.index + m[0].length, 'late', { phrase: m[0] });
    });
    // A match before the last reported one is dropped by the reporter: the message is flagged already.
    scanKeyed(TROUBLE, context, (m) => {
      const before = clauseBefore(text, m.index);
      if (isNegated(before, 3) || isReported(before) || CLAIMED.test(before) || WHAT_IF.test(before) || CONDITION.test(before)) return;
      context.report(m.index, m.index + m[0].length, 'late', { phrase: m[0] });
    });
  },
});

/**
 * The example table: messages it must flag (with the part the hit must cover) and messages it must
 * not, like an ESLint rule's valid and invalid cases. A separate export, so the app's bundle leaves it out.
 */
export const examples: SignalExamples = {
  flagged: [
    ex('Sorry, our invoice will be a week late this month.', 'invoice will be a week late'),
    ex("I don't get paid until Friday, can I pay my bill then?", "don't get paid until"),
    ex('Your website keeps failing all attempts to pay my bill.', 'failing all attempts to pay my bill'),
    ex('My account appears to be .73 past due. Is there a penalty?', 'account appears to be .73 past due'),
    ex('We missed two payments because of cash flow.', 'missed two payments'),
    ex("I can't pay until my client pays me.", "can't pay"),
    ex('Can we pay the rest next month?', 'pay the rest next month'),
    ex('I am withholding payment until this is fixed.', 'withholding payment'),
    ex('My card was declined again, I will sort it out.', 'My card was declined'),
    ex("I was 10 days late because my client paid me late, that's not my fault.", 'I was 10 days late'),
    ex("I'll pay on the 15th when the HOA pays me.", "I'll pay on the 15th"),
    ex("Can I get another 2 weeks on this months invoice?", 'another 2 weeks on this months invoice'),
    ex("I was trying to see if there is any way: I don't get paid until Friday, can I pay my bill then?", "don't get paid until"),
    ex('I keep getting calls about my overdue bill and your site will not take my card.', 'my overdue bill'),
    ex("My auto pay is pending but it didn't pay the bill, two months now.", "auto pay is pending but it didn't pay the bill"),
    ex("The car was repossessed and now I've gotten behind on my loans.", 'gotten behind on my loans'),
    ex('My student loan is in default and nobody can tell me who services it.', 'student loan is in default'),
    ex("The app won't accept my payment, I have tried three times.", "won't accept my payment"),
    ex('I ran into trouble paying the charges, so we made a payment arrangement.', 'trouble paying'),
  ],
  notFlagged: [
    'You guys won\'t pay for a hotel after cancelling my flight?',
    'You couldn\'t pay me to fly with them again.',
    'My flight was late and I missed the connection.',
    'I have never missed a payment in ten years.',
    'The delivery is late again.',
    "I can't pay online, the checkout page shows an error.",
    'They said my account was past due but I paid on the 3rd.',
    'Is there a late fee if the payment fails?',
    'They reported that I was 30 days late, which is not true.',
    'I will pay by card as usual.',
    'If my payment is ever overdue, will you send a reminder?',
    'They said my overdue bill was paid off, thanks.',
    'I would have no problem paying what I actually owe, but this charge is wrong.',
    'Is the loan in default if the payment is a day late?',
  ],
};
