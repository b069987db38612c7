import type { DraftTicket } from '../draft';
import type { Random } from '../random';
import { warningPlaceholder, type WarningStepDraft } from '../warning-history';
import { ANA, MARCUS, PRIYA, TOM, type PersonaDraft } from './types';

type FlaggedRef = 'watch-concern' | 'watch-strike-1' | 'watch-strike-2' | 'watch-final-notice' | 'watch-forged';

interface Flagged {
  ref: FlaggedRef;
  name: string;
  email: string;
  business: string;
  overdue: number;
  /** Days ago each ticket was opened, oldest first; the last is the open ticket the preview shows. */
  ticketDays: number[];
  /** The warning steps, oldest first, each on the ticket at `onTicket` (an index into ticketDays). */
  steps: { onTicket: number; kind: 'concern' | 'strike'; agent: number; claimedBy?: number; reason: string; evidence: WarningStepDraft['evidenceFactor'] }[];
}

const FLAGGED: Flagged[] = [
  {
    ref: 'watch-concern',
    name: 'Kyle Dawson',
    email: 'kyle@dawsonplumbing.example',
    business: 'Dawson Plumbing',
    overdue: 0,
    ticketDays: [70, 20, 1],
    steps: [{ onTicket: 1, kind: 'concern', agent: TOM, reason: 'Third request to redo the same homepage; says it is still not right after each change.', evidence: 'repeat-issue' }],
  },
  {
    ref: 'watch-strike-1',
    name: 'Mira Solberg',
    email: 'mira@solbergstudio.example',
    business: 'Solberg Studio',
    overdue: 12,
    ticketDays: [130, 64, 33, 2],
    steps: [
      { onTicket: 0, kind: 'concern', agent: PRIYA, reason: 'Demanded a refund for a month she used, threatened a review.', evidence: 'review-threat' },
      { onTicket: 1, kind: 'strike', agent: ANA, reason: 'Second refund demand in two months after we explained the policy; invoice 12 days late.', evidence: 'complaint' },
      { onTicket: 2, kind: 'concern', agent: MARCUS, reason: 'Called three times in one afternoon and asked for someone senior each time.', evidence: 'escalation-demand' },
    ],
  },
  {
    ref: 'watch-strike-2',
    name: 'Derek Hale',
    email: 'derek@halefitness.example',
    business: 'Hale Fitness',
    overdue: 0,
    ticketDays: [160, 95, 50, 21, 3],
    steps: [
      { onTicket: 0, kind: 'strike', agent: ANA, reason: 'Redo after redo on the class timetable; rejected three finished versions.', evidence: 'repeat-issue' },
      { onTicket: 2, kind: 'concern', agent: TOM, reason: 'Complained about our phone hours, the invoices and the dashboard in one email.', evidence: 'complaint' },
      { onTicket: 3, kind: 'strike', agent: ANA, reason: 'Asked for the same change a fourth time and refused the written summary of what was agreed.', evidence: 'repeat-issue' },
    ],
  },
  {
    ref: 'watch-final-notice',
    name: 'Patricia Moor',
    email: 'patricia@moorantiques.example',
    business: 'Moor Antiques',
    overdue: 21,
    ticketDays: [200, 140, 80, 30, 8, 4],
    steps: [
      { onTicket: 0, kind: 'strike', agent: ANA, reason: 'Invoice over a month late for the second time; refused a payment plan.', evidence: 'late-payment' },
      { onTicket: 2, kind: 'strike', agent: ANA, reason: 'Third redo of the shop pages; every version "still not right".', evidence: 'repeat-issue' },
      { onTicket: 4, kind: 'strike', agent: ANA, reason: 'Invoice 21 days overdue again and a fourth redo demanded; the team agreed on a final notice.', evidence: 'late-payment' },
    ],
  },
];

/**
 * A record forged from an agent's account: strike 2 was written into the customer's fields by a
 * script Tom ran, naming Ana (the team lead) as the one who gave it. Its note claims Ana too, but
 * Zendesk records Tom as the note's author, and that is what the app checks.
 */
const FORGED: Flagged = {
  ref: 'watch-forged',
  name: 'Nadia Brandt',
  email: 'nadia@brandtbakery.example',
  business: 'Brandt Bakery',
  overdue: 0,
  ticketDays: [120, 45, 6],
  steps: [
    { onTicket: 0, kind: 'strike', agent: ANA, reason: 'Refused to pay for the agreed menu redesign until a fourth round of changes.', evidence: 'repeat-issue' },
    { onTicket: 1, kind: 'strike', agent: TOM, claimedBy: ANA, reason: 'Shouted at Tom on the phone about the order form.', evidence: 'complaint' },
  ],
};

const THREADS: [string, string, string, string][] = [
  ['Homepage redo', "The homepage still isn't right. This is the third time I'm asking. The font is wrong, the photo is wrong, fix it again.", 'Hi, I changed the font to the one in your brand guide and swapped the header photo for the one you sent on Tuesday. Could you have a look?', 'Still not right. I want it how it looked in my head.'],
  ['Why is support closed on Sundays', "Why can't I reach anyone on a Sunday? Other companies manage it. Also your invoices are confusing and your dashboard is ugly.", 'Hi, our phone line is open Monday to Saturday, and email is answered on Sundays within a few hours. Happy to walk you through the invoice layout.', "That's not good enough. I'll be mentioning this in my review."],
  ['Refund for last month', 'I want last month refunded. The site was fine but I barely used it.', "Hi, we don't refund used months, but I can pause the plan for up to three months at no charge if you're not using it.", 'Ridiculous. My last three hosts all gave refunds.'],
  ['Call me back', "I've called three times today. Call me back. I'm not going to explain this again in writing.", 'Hi, I tried calling at 2:10 and 4:35 and left messages both times. I can also help here by email whenever suits you.', "I'll call again tomorrow. Make sure someone senior picks up."],
];

/**
 * Users already on the watchlist: a concern raised, a first strike, a second strike, a final notice.
 * Their notes, fields and tags are written after the account is built (see warning-history.ts).
 */
export function watchlist(rng: Random): PersonaDraft & { warningSteps: WarningStepDraft[] } {
  const draft: PersonaDraft & { warningSteps: WarningStepDraft[] } = { organizations: [], people: [], tickets: [], warningSteps: [] };
  FLAGGED.forEach((f, i) => draftFlagged(draft, f, i, () => rng.next()));
  return draft;
}

/**
 * The customer whose strike 2 was forged (see FORGED). Drafted after every other persona and without
 * the shared random source, so adding them changed no other record of the demo account.
 */
export function forgedWatchlist(): PersonaDraft & { warningSteps: WarningStepDraft[] } {
  const draft: PersonaDraft & { warningSteps: WarningStepDraft[] } = { organizations: [], people: [], tickets: [], warningSteps: [] };
  draftFlagged(draft, FORGED, FLAGGED.length, () => 0.5);
  return draft;
}

function draftFlagged(draft: PersonaDraft & { warningSteps: WarningStepDraft[] }, f: Flagged, i: number, jitter: () => number): void {
  const orgRef = `watch-org-${i}`;
  const since = f.ticketDays[0] ?? 100;
  draft.organizations.push({
    ref: orgRef,
    name: f.business,
    domain: f.email.split('@')[1] ?? 'example.com',
    createdDaysAgo: since + 60 + i * 40,
    tags: ['starter_plan'],
    fields: { mrr: 19 + i * 10, plan: 'starter' },
  });
  draft.people.push({
    ref: f.ref,
    name: f.name,
    email: f.email,
    createdDaysAgo: since + 60 + i * 40,
    orgRef,
    userFields: { payment_overdue_days: f.overdue },
  });
  f.ticketDays.forEach((daysAgo, k) => {
    const [subject, ask, answer, reply] = THREADS[(i + k) % THREADS.length] ?? THREADS[0]!;
    const newest = k === f.ticketDays.length - 1;
    const ticket: DraftTicket = {
      requesterRef: f.ref,
      subject,
      channel: k % 2 === 0 ? 'email' : 'web',
      daysAgo: daysAgo + jitter() * 0.3,
      messages: [
        { by: 'customer', text: ask },
        { by: 'agent', agent: [MARCUS, PRIYA, TOM][(i + k) % 3], text: answer },
        { by: 'customer', text: reply },
      ],
      reopens: k % 2,
      tags: f.overdue > 0 && k === 0 ? ['billing', 'invoice_overdue'] : [],
    };
    f.steps.forEach((step, n) => {
      if (step.onTicket !== k) return;
      const placeholder = warningPlaceholder(f.ref, n);
      ticket.messages.push({ by: 'note', agent: step.agent, text: placeholder });
      draft.warningSteps.push({
        requesterRef: f.ref,
        kind: step.kind,
        agent: step.agent,
        ...(step.claimedBy === undefined ? {} : { claimedBy: step.claimedBy }),
        reason: step.reason,
        evidenceFactor: step.evidence,
        placeholder,
      });
    });
    if (newest) {
      ticket.primary = true;
      ticket.status = 'open';
    }
    draft.tickets.push(ticket);
  });
}
