import { clauseBefore, isNegated, isReported } from '../../text/context';
import { ex, scan } from '../scan';
import { numberSetting } from '../../settings/kinds';
import { defineSignal } from '../define';
import type { SignalExamples } from '../types';

const ABOVE = String.raw`(?:manager|supervisor|superior|team lead(?:er)?|boss|someone (?:higher(?: up)?|above you|in charge|senior|more senior|with (?:authority|more authority))|higher[- ]ups?|management|corporate|head office|headquarters|hq|the ceo|your ceo|ceo|the owner|your owner|the president|an executive|executives?|executive (?:team|office)|the director|your director|your superiors?)`;

// The object has to be someone above the agent, reached through the agent ("let me speak to",
// "escalate to"). "My manager" is the customer's own, and "account manager" is a job title.
const DEMAND = new RegExp(
  [
    String.raw`\b(?:speak|talk|speaking|talking|chat|chatting)\b (?:to|with) (?:a |an |the |your |some )?(?:real |actual |senior |duty |store |shift |general |customer service )?${ABOVE}\b`,
    String.raw`\b(?:put me (?:through|over)|transfer me|connect me|get me|give me|send me|pass me|bring me|let me have|escalate (?:me|this|it|my (?:case|ticket|issue|complaint)))\b (?:to |on to |with )?(?:a |an |the |your |some )?(?:real |actual |senior |duty )?${ABOVE}\b`,
    String.raw`\b(?:i (?:want|need|demand|insist on|would like|'d like|request)|i'm requesting|i am requesting)\b (?:to (?:speak|talk) (?:to|with) )?(?:a |an |the |your |some )?(?:real |actual |senior |duty )?${ABOVE}\b(?! (?:role|position|job|account|level|access|approval|review|dashboard|portal|app|permissions?|license|seat|user|login)\b)`,
    String.raw`\bescalat(?:e|ing|ed)\b (?:this|it|me|my (?:case|ticket|complaint|issue|request)|the (?:matter|issue|complaint|case)|this (?:matter|issue|complaint|case))\b(?: (?:to (?:a |an |the |your |some )?${ABOVE}|further|higher|up)\b)?`,
    String.raw`\b(?:tak(?:e|ing)|bring(?:ing)?|push(?:ing)?)\b (?:this|it|my (?:case|complaint|issue)|the (?:matter|issue|complaint)|this (?:matter|issue|complaint))\b (?:further|higher|up the chain|above your head|to the top|all the way up|to (?:a |an |the |your |some )?${ABOVE}\b)`,
    String.raw`\b(?:go(?:ing)?|went) (?:over|above) (?:your|their|the agent's) heads?\b`,
    String.raw`\b(?:writ(?:e|ing)|email(?:ing)?|e-mail(?:ing)?|contact(?:ing)?|call(?:ing)?|complain(?:ing)?|reach(?:ing)? out)\b (?:to |directly to |directly )?(?:the |your )?(?:ceo|owner|president|corporate|head office|headquarters|management|executive team|board)\b`,
    String.raw`\bwho(?:'s| is) your (?:manager|supervisor|boss|superior)\b`,
    String.raw`\byour (?:manager|supervisor|boss|superior)'s (?:name|email|number|contact)\b`,
  ].join('|'),
  'g',
);

// "They'll refuse to let you speak to a supervisor": advice to readers, not the writer's demand.
// Escalation as customers narrate it or ask for it in passing: "asked for a supervisor", "no
// managers to speak to", "the supervisor hung up on me", "I am emailing executives", "can you not
// escalate for me?". A job title alone ("the lounge manager was lovely") is not this.
const NARRATED = new RegExp(String.raw`\b(?:i|we|you|u|please|pls|need to|needs to be|want(?: to| it)?|how (?:do|can) i|get|having to|will|can|could|would|must)\b[^.!?\n]{0,20}?\bescalat(?:e|ed|ing|ion)\b(?![^.!?\n]{0,30}\b(?:court|courts|cfpb|consumer financial|regulator))|\b(?:speak|spoke|speaking|talk|talked|talking|ask(?:ed|ing)? (?:for|to)|get(?! a call)|got(?! a call)|getting|find|found|transfer(?:red)?|contact(?:ed)?|reach|request(?:ed)?|demand(?:ed)?|want|need|put me (?:through|on) to|hold for|in touch with|no)\b[^.!?\n]{0,25}?\b(?<!\b(?:my|our|my line|our office) )(?:supervisors?|managers?|superiors?|higher ?ups?|executives?(?! (?:club|platinum|member))|someone in charge|the highest|someone from management|(?:to|with) management)\b|\b(?:supervisor|manager)s? (?:hung up|hang up|refused)\b|\b(?<!told me to )(?:email(?:ing|ed)?|wrote to|writing to|contact(?:ing|ed)?|cc'?d|cc'?ing) (?:your |the )?(?:executives?|ceo|president|corporate office|head office|chairman|founder|owner)\b|\buntil your ceo\b|\b(?:can'?t|cannot|couldn'?t|could not|unable to) (?:find|get|reach|get hold of|get through to) (?:a |the |any |your )?(?:supervisor|manager|someone in charge)s?\b|\b(?:speaks|spoke|talks|talked) (?:to|with) (?:a |the )?(?:supervisor|manager)s?\b|\b(?:waiting|waited|wait) (?:for|on) (?:a |the )?(?:supervisor|manager)s?\b|\bin touch with (?:management|(?:a |the |your )?(?:manager|supervisor|executive)s?)\b|\b(?:communicate|speak|talk) directly (?:to|with) (?:a |an |the |your )?(?:[\w"-]+ ){0,2}(?:executive|ceo|president|manager|supervisor)s?\b`, 'g');

const GENERIC_YOU = /\b(?:let you|you(?:'ll| will) (?:have|need) to|if you)\s+$/;

export const escalationDemand = defineSignal({
  meta: {
    id: 'escalation-demand',
    kind: 'warning',
    hostile: false,
    weight: numberSetting('Text signals', 4, { min: 0, max: 100 }, {
      label: 'Demand for a manager',
      help: 'Points a demand to speak to a manager takes.',
      labelDe: 'Verlangen nach Vorgesetzten',
      helpDe: 'Punktabzug für das Verlangen, mit Vorgesetzten zu sprechen.',
    }),
    description: "Demands or announces going over the agent's head: a manager, a supervisor, corporate, the CEO.",
    messages: { demand: 'Asked to go over the agent\'s head: "{{phrase}}".' },
  },
  detect(context) {
    const { text } = context;
    scan(DEMAND, context, (m) => {
      const before = clauseBefore(text, m.index);
      if (isNegated(before, 4) || isReported(before) || GENERIC_YOU.test(before)) return;
      context.report(m.index, m.index + m[0].length, 'demand', { phrase: m[0] });
    });
    // A match before the last reported one is dropped by the reporter: the message is flagged already.
    scan(NARRATED, context, (m) => {
      if (isNegated(clauseBefore(text, m.index), 3)) return;
      context.report(m.index, m.index + m[0].length, 'demand', { phrase: m[0] });
    });
  },
});

/**
 * The example table: messages it must flag (with the part the hit must cover) and messages it must
 * not, like an ESLint rule's valid and invalid cases. A separate export, so the app's bundle leaves it out.
 */
export const examples: SignalExamples = {
  flagged: [
    ex('I want to speak to a manager right now.', 'speak to a manager'),
    ex('Please escalate this to your supervisor.', 'escalate this to your supervisor'),
    ex('Put me through to someone in charge.', 'Put me through to someone in charge'),
    ex('I will be writing to your CEO about this.', 'writing to your CEO'),
    ex('Asked for a supervisor to rebook us. Instead got a script.', 'Asked for a supervisor'),
    ex('Having your supervisor hang up on me made it worse!', 'supervisor hang up'),
    ex('Can you not escalate this for me???', 'you not escalate'),
    ex("Who is your manager? I'm going over your head.", 'going over your head'),
    ex("The ticket agent was less than helpful. Can't find a supervisor for help.", "Can't find a supervisor"),
    ex('I called and got hung up on. Did speaks with manager on second call.', 'speaks with manager'),
    ex('No responsibility for mistakes, still waiting for a manager 45 minutes later.', 'waiting for a manager'),
    ex('That link is no help. Please put me in touch with management.', 'in touch with management'),
    ex('I would like to communicate directly with a "Customer Experience" executive.', 'communicate directly with a "Customer Experience" executive'),
  ],
  notFlagged: [
    'I need to check with my manager before I approve the quote.',
    'Our account manager, Priya, set this up last year.',
    'How do I give a user the manager role?',
    'There is no need to escalate this, it was a small thing.',
    'I work as a store manager so weekends are hard for me.',
    'I spoke with my manager and we will renew next month.',
    'We are waiting for our manager to sign the order.',
  ],
};
