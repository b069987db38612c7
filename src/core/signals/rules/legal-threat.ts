import { clauseBefore, isNegated, isHypothetical, isReported } from '../../text/context';
import { ex, keyed, keyedPatterns, scanKeyed } from '../scan';
import { numberSetting } from '../../settings/kinds';
import { defineSignal } from '../define';
import type { SignalExamples } from '../types';

const LAWYER = String.raw`(?:lawyers?|attorneys?|solicitors?|legal (?:counsel|team|department|representation|advice|advisor)|barristers?)`;
const BODY = String.raw`(?:the )?(?:attorney general|ag's office|ftc|fcc|fca|cfpb|consumer financial protection bureau|consumer protection(?: agency| bureau| office)?|trading standards|(?:financial |energy |telecoms? )?ombudsman|regulators?|state (?:board|regulator)|licensing board|department of (?:transportation|consumer affairs)|(?:the )?dot|consumer affairs|a judge)`;
const COMPANY = String.raw`(?:you|you guys|you all|y'all|your (?:company|business|firm|staff|store|shop)|this (?:company|business|firm|store|shop)|them|the company)`;

// Threats of the customer's own legal, regulatory or card-dispute action. Third parties'
// threats ("the collector threatened to sue me") are cut by the reported-speech check.
export const THREAT = keyedPatterns([
  keyed(['lawyer', 'attorney', 'solicitor', 'legal', 'barrister'], String.raw`\b(?:my|our)\b ${LAWYER}(?= (?:will|is|are|has|have|said|says|advised|advises|told|would|'s|'ll|'re)\b)`),
  keyed(['lawyer', 'attorney', 'solicitor', 'legal', 'barrister'], String.raw`\b(?:forward(?:ed|ing)?|send(?:ing)?|sent|cc(?:'?d|'?ing)?|copy(?:ing)?|pass(?:ing)?|hand(?:ing)?)\b[^.!?\n]{0,20}?\b(?:to|in) (?:my|our) ${LAWYER}\b`),
  keyed(['lawyer', 'attorney', 'solicitor', 'legal', 'barrister'], String.raw`\b(?:get|getting|hire|hiring|hired|contact|contacting|contacted|call|calling|consult|consulting|consulted|(?:speak|speaking|spoke|spoken|talk|talking|talked) (?:to|with)|retain(?:ed|ing)?|involve|involving|seek(?:ing)?|sought|get(?:ting)? in touch with|go(?:ing)? to)\b (?:a |an |my |our )?(?:(?:labor|labour|employment|consumer|real|good|own|family|personal|civil|business|corporate|litigation|trial) )?${LAWYER}\b`),
  // "I'll have my lawyer on speed dial", "I'm having my attorney look at this"
  keyed(['lawyer', 'attorney', 'solicitor', 'legal', 'barrister'], String.raw`\b(?:have|having|get|getting|let|letting)\b (?:my|our) ${LAWYER}\b(?!')`),
  keyed(['sue', 'suing'], String.raw`\b(?:(?:to|will|'ll|gonna|shall|can|could|may|might|must|would|should|wanna|then|i|we|i'd|i'll|we'll|and i'll|just) sue|suing)\b(?! me\b| us\b)`),
  keyed(['lawsuit', 'law suit', 'legal', 'court', 'small claims', 'class action'], String.raw`\b(?:file|filing|filed|start|bring|begin|take|taking|pursue|pursuing|initiate)\b (?:(?:a|an|the|my|our|this|civil|formal|separate) )*(?:lawsuit|law suit|legal action|legal proceedings|court action|claim in (?:small claims )?court|small claims(?: claim| case)?|class action)`),
  keyed(['legal', 'lawsuit', 'court', 'small claims', 'class action'], String.raw`(?<!\b(?:on ?going|existing|pending|their|his|her|a separate|the other) )\b(?:legal action|legal proceedings|lawsuit|court action|small claims court|class action)\b(?= (?:will|against|is|if)\b)`),
  keyed(['court', 'judge'], String.raw`\b(?:see you in court|take (?:you|this|them|your company|it) to (?:small claims )?court|in front of a judge)\b`),
  keyed(['charge'], String.raw`\b(?:(?:file|filing|filed|do|did|doing|open|opened|opening|initiate|initiated|request|requested|requesting|issue|issued|put in|submit|submitted|start|started|process|pursue|raise|raised|i'll|i will|going to|gonna|will) (?:a |the |my |for a )?charge[- ]?backs?|charge[- ]?backs? (?:with|through) (?:my|the) (?:bank|card|credit card|card issuer))\b`),
  keyed(['bank', 'card', 'visa', 'mastercard', 'amex', 'paypal'], String.raw`\b(?:dispute|disputing|disputed|reverse|reversing|contest|contesting)\b (?:the |this |these |that |a |my )?(?:charges?|transactions?|payments?|debits?)\b[^.!?\n]{0,40}?\b(?:with|through) (?:my|the|our) (?:bank|card|credit card|card issuer|card company|visa|mastercard|amex|paypal)`),
  keyed(['bank', 'card'], String.raw`\b(?:call|calling|called|contact|contacting|contacted|ask|asking|tell|telling|told|go to|going to|went to)\b (?:my|our) (?:bank|credit card company|card (?:issuer|company))\b[^.!?\n]{0,30}?\b(?:dispute|reverse|stop the payment|chargeback|charge back)`),
  keyed(['attorney general', "ag's", 'ftc', 'fcc', 'fca', 'cfpb', 'consumer', 'trading standards', 'ombudsman', 'regulator', 'state board', 'licensing board', 'department of', 'dot', 'a judge'], String.raw`\b(?:file|filing|filed|lodge|lodging|lodged|submit|submitting|submitted|make|making|made)\b (?:a |an |my )?(?:formal )?(?:complaint|claim|dispute)\b (?:with|to) ${BODY}\b`),
  keyed(['attorney general', "ag's", 'ftc', 'fcc', 'fca', 'cfpb', 'consumer', 'trading standards', 'ombudsman', 'regulator', 'state board', 'licensing board', 'department of', 'dot', 'a judge'], String.raw`\b(?:report|reporting|reported|complain(?:ing)?|escalat(?:e|ing))\b (?:you|this|it|your (?:company|business|firm)|the matter|this matter|this company)? ?(?:to) ${BODY}\b`),
  keyed(['attorney general', "ag's", 'ftc', 'fcc', 'fca', 'cfpb', 'consumer', 'trading standards', 'ombudsman', 'regulator', 'state board', 'licensing board', 'department of', 'dot', 'a judge'], String.raw`\b(?:contact|contacting|contacted|involve|involving|notify|notifying|notified|alert|alerting)\b ${BODY}\b`),
  keyed(['police', 'authorities', 'fbi', 'ftc', 'bbb', 'better business'], String.raw`\b(?:report|reporting|reported|turn(?:ing)?)\b ${COMPANY} (?:in )?to (?:the )?(?:police|authorities|fbi|ftc|bbb|better business bureau)\b`),
]);

const FIRST_PERSON = /\b(?:i|we|i'm|i'll|we'll|i've|we've|my|our|me|us)\b/;

// Threats as customers make them in public and in passing: tagging a regulator (#FAA #FTC),
// "Lawsuit?", "can I sue for this", "I'm holding you liable", "I will dispute this charge".
export const PUBLIC = keyedPatterns([
  keyed(
    ['#', '@', 'sue', 'lawsuit', 'liable', 'disput', 'complaint', 'court', 'faa', 'ftc', 'fcc', 'cfpb', 'bbb', 'damages'],
    [
      String.raw`[#@](?:ftc|faa|usdot|dot|cfpb|fcc|bbb|caa|trai)\b`,
      String.raw`#(?:disput|chargeback|lawsuit|suing|sue(?:you|them|the))[a-z0-9_]*`,
      String.raw`\b(?:filed|filing|file|petition(?:ed|ing)?|notif(?:y|ied|ying)|alert(?:ed|ing)?) (?:the )?(?:faa|ftc|fcc|cfpb|bbb)\b`,
      String.raw`\b(?:seek|seeking|sought|claim|claiming|pursue|pursuing) (?:(?:punitive|statutory|actual|compensatory|all|any|full) )*damages\b`,
      String.raw`\b(?:dispute|disputing|disputed) (?:the |this |that |my )?transactions?\b|\ba dispute (?:for|on|of|against) (?:the|this|that|these|those) (?:charges?|transactions?)\b`,
      String.raw`\b(?:ima|imma|gonna|going to|rather|just|can i|could i|should i|how (?:do|can) i) sue\b`,
      String.raw`\blawsuit\?|\bsetting (?:themselves|yourselves|itself) up for a lawsuit\b`,
      String.raw`\b(?:i'?m )?hold(?:ing)? (?:you|them|your company) (?:legally |fully |personally )?liable\b`,
      String.raw`\b(?:dispute|disputing|disputed) (?:this|the|that|these|those|your) charges?\b`,
      String.raw`\b(?:file|filing|filed|lodge|lodging|lodged) (?:a |an )?(?:formal |official )?complaints? (?:with|to) (?:the )?(?:faa|dot|ftc|fcc|bbb|caa|better business bureau|consumer affairs|attorney general|department of transportation)\b`,
      String.raw`\b(?:take|taking) (?:you|them|the company|your company|this|it) to (?:small claims )?court\b`,
    ].join('|'),
  ),
]);

export const legalThreat = defineSignal({
  meta: {
    id: 'legal-threat',
    kind: 'warning',
    hostile: true,
    weight: numberSetting('Text signals', 15, { min: 0, max: 100 }, {
      label: 'Legal threat',
      help: 'Points a threat of lawyers, lawsuits or chargebacks takes.',
      labelDe: 'Rechtliche Drohung',
      helpDe: 'Punktabzug für die Drohung mit Anwalt, Klage oder Rückbuchung.',
    }),
    description: 'Threatens legal, regulatory or payment-dispute action: a lawyer, suing, court, a regulator, a chargeback.',
    messages: { threat: 'Threatened legal or dispute action: "{{phrase}}".' },
  },
  detect(context) {
    const { text } = context;
    scanKeyed(THREAT, context, (m) => {
      const before = clauseBefore(text, m.index);
      if (isNegated(before, 3) || isHypothetical(before) || isReported(before)) return;
      // A lawsuit named without the writer in the clause is news, not a threat.
      if (/^(?:legal action|legal proceedings|lawsuit|court action|small claims court|class action)/.test(m[0]) && !FIRST_PERSON.test(before)) return;
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
    ex('I have already spoken to my lawyer about this.', 'my lawyer'),
    ex("If I don't get a refund I will sue.", 'sue'),
    ex('No disclosure of the bag fee when I booked. This is fraud. #FAA #FTC', '#FAA'),
    ex('Changed my flight without telling me. Lawsuit?', 'Lawsuit?'),
    ex("If my laptop breaks, I'm holding you liable.", 'holding you liable'),
    ex('I will dispute this charge on my credit card.', 'dispute this charge'),
    ex('I am filing a chargeback with my card company today.', 'chargeback'),
    ex('I will be reporting this to the Attorney General.', 'reporting this to the Attorney General'),
    ex('Fine. See you in court.', 'See you in court'),
    ex('I will dispute the charge with my bank.', 'dispute the charge with my bank'),
    ex('I intend to file a formal complaint with the CFPB.', 'file a formal complaint with the CFPB'),
    ex("That was so bad that I'm going to contact a labor lawyer.", 'contact a labor lawyer'),
    ex("That's not true. I'll have my lawyer on speed dial when I fly.", 'have my lawyer'),
    ex('Never flying with you again. #disputingmycreditcardcharge', '#disputingmycreditcardcharge'),
    ex('Inaccurate information on my report, filed FTC.', 'filed FTC'),
    ex('I want my record to show that I am seeking damages under the act.', 'seeking damages'),
    ex('When I contacted my card issuer to dispute transaction, they sided with the merchant.', 'dispute transaction'),
    ex('I submitted a dispute for the charge and sent the receipt.', 'a dispute for the charge'),
  ],
  notFlagged: [
    'If the guy in 3A follows through on his threat to sue, I will testify for you.',
    'Their collector claimed an attorney had reviewed the file and a lawsuit was imminent.',
    'The collector threatened to sue me if I did not pay by Friday.',
    'I do not want to involve lawyers, I just want this fixed.',
    'Can I dispute a charge through your portal?',
    'They sued me last year over a different account.',
    'Our legal department needs a copy of the signed contract.',
    'My lawyer friend recommended your service.',
    "I'll have my lawyer's letter translated first.",
    'The FAA grounded the fleet last week, so the delay is not your fault.',
    'Can I dispute a transaction through your app?',
  ],
};
