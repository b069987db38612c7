import { encodeConcerns } from '../../core/warnings/fields';
import type { ApiUser, DemoRequester, RequesterKey } from '../types';
import { CUSTOMER_FIT_TAGS, WARNING_FIELDS } from '../watchlist-tags';
import { DAY_MS, isoSeconds } from '../time';
import type { DraftTicket } from '../draft';
import type { Random } from '../random';
import { ANA, MARCUS, PRIYA, TOM, type PersonaDraft } from './types';

interface Flagged {
  ref: 'watch-concern' | 'watch-strike-1' | 'watch-strike-2' | 'watch-final-notice';
  name: string;
  email: string;
  business: string;
  tags: string[];
  /** The level drop-down's value (a level tag), or null for none. */
  level: string | null;
  /** Days since the last strike was given. */
  strikeDaysAgo: number;
  overdue: number;
}

const FLAGGED: Flagged[] = [
  { ref: 'watch-concern', name: 'Kyle Dawson', email: 'kyle@dawsonplumbing.example', business: 'Dawson Plumbing', tags: [CUSTOMER_FIT_TAGS.concern], level: null, strikeDaysAgo: 0, overdue: 0 },
  { ref: 'watch-strike-1', name: 'Mira Solberg', email: 'mira@solbergstudio.example', business: 'Solberg Studio', tags: [CUSTOMER_FIT_TAGS.concern, CUSTOMER_FIT_TAGS.strike1], level: CUSTOMER_FIT_TAGS.strike1, strikeDaysAgo: 30, overdue: 12 },
  { ref: 'watch-strike-2', name: 'Derek Hale', email: 'derek@halefitness.example', business: 'Hale Fitness', tags: [CUSTOMER_FIT_TAGS.strike2], level: CUSTOMER_FIT_TAGS.strike2, strikeDaysAgo: 21, overdue: 0 },
  { ref: 'watch-final-notice', name: 'Patricia Moor', email: 'patricia@moorantiques.example', business: 'Moor Antiques', tags: [CUSTOMER_FIT_TAGS.finalNotice], level: CUSTOMER_FIT_TAGS.finalNotice, strikeDaysAgo: 8, overdue: 21 },
];

const THREADS: [string, string, string, string][] = [
  ['Homepage redo', "The homepage still isn't right. This is the third time I'm asking. The font is wrong, the photo is wrong, fix it again.", 'Hi, I changed the font to the one in your brand guide and swapped the header photo for the one you sent on Tuesday. Could you have a look?', 'Still not right. I want it how it looked in my head.'],
  ['Why is support closed on Sundays', "Why can't I reach anyone on a Sunday? Other companies manage it. Also your invoices are confusing and your dashboard is ugly.", 'Hi, our phone line is open Monday to Saturday, and email is answered on Sundays within a few hours. Happy to walk you through the invoice layout.', "That's not good enough. I'll be mentioning this in my review."],
  ['Refund for last month', 'I want last month refunded. The site was fine but I barely used it.', "Hi, we don't refund used months, but I can pause the plan for up to three months at no charge if you're not using it.", 'Ridiculous. My last three hosts all gave refunds.'],
  ['Call me back', "I've called three times today. Call me back. I'm not going to explain this again in writing.", 'Hi, I tried calling at 2:10 and 4:35 and left messages both times. I can also help here by email whenever suits you.', "I'll call again tomorrow. Make sure someone senior picks up."],
];

/** Users already on the watchlist: their tags mark a concern, a strike or a final notice. */
export function watchlist(rng: Random, nowMs: number): PersonaDraft {
  const draft: PersonaDraft = { organizations: [], people: [], tickets: [] };
  FLAGGED.forEach((f, i) => {
    const orgRef = `watch-org-${i}`;
    draft.organizations.push({
      ref: orgRef,
      name: f.business,
      domain: f.email.split('@')[1] ?? 'example.com',
      createdDaysAgo: 300 + i * 40,
      tags: ['starter_plan'],
      fields: { mrr: 19 + i * 10, plan: 'starter' },
    });
    draft.people.push({
      ref: f.ref,
      name: f.name,
      email: f.email,
      createdDaysAgo: 300 + i * 40,
      orgRef,
      tags: f.tags,
      userFields: {
        payment_overdue_days: f.overdue,
        [WARNING_FIELDS.level]: f.level,
        [WARNING_FIELDS.date]: f.level ? isoSeconds(nowMs - f.strikeDaysAgo * DAY_MS).slice(0, 10) : null,
      },
    });
    const count = 2 + i;
    for (let k = 0; k < count; k += 1) {
      const [subject, ask, answer, reply] = THREADS[(i + k) % THREADS.length] ?? THREADS[0]!;
      const newest = k === count - 1;
      const ticket: DraftTicket = {
        requesterRef: f.ref,
        subject,
        channel: k % 2 === 0 ? 'email' : 'web',
        daysAgo: newest ? 1 + i : 20 + k * 35 + rng.int(0, 10),
        messages: [
          { by: 'customer', text: ask },
          { by: 'agent', agent: [ANA, MARCUS, PRIYA, TOM][(i + k) % 4], text: answer },
          { by: 'customer', text: reply },
        ],
        reopens: k % 2,
        tags: f.overdue > 0 && k === 0 ? ['billing', 'invoice_overdue'] : [],
      };
      if (newest) {
        ticket.primary = true;
        ticket.status = 'open';
      }
      draft.tickets.push(ticket);
    }
  });
  return draft;
}

/** The open concerns behind the concern tags: who raised them, when, why, on the customer's newest ticket. */
const CONCERNS: { ref: 'watch-concern' | 'watch-strike-1'; by: string; daysAgo: number; reason: string }[] = [
  { ref: 'watch-concern', by: 'agent-tom', daysAgo: 2, reason: 'Third call today about the same redo; rude to the phone team.' },
  { ref: 'watch-strike-1', by: 'agent-priya', daysAgo: 6, reason: 'Threatened a review unless refunded for a used month.' },
  { ref: 'watch-strike-1', by: 'agent-marcus', daysAgo: 14, reason: 'Invoice overdue again; says every past host refunded.' },
];

/**
 * Writes the open concerns into the concern-tagged customers' concerns field, as the app stores them,
 * once ticket ids are known (they are numbered when the account is materialized).
 */
export function recordWatchlistConcerns(
  m: { users: ApiUser[]; userIdByRef: Record<string, number> },
  requesters: Record<RequesterKey, DemoRequester>,
  nowMs: number,
): void {
  for (const ref of ['watch-concern', 'watch-strike-1'] as const) {
    const user = m.users.find((u) => u.id === requesters[ref].userId);
    if (!user) continue;
    const open = CONCERNS.filter((c) => c.ref === ref).map((c, i) => {
      const agent = m.users.find((u) => u.id === m.userIdByRef[c.by]);
      return {
        op: `demo-concern-${ref}-${i}`,
        by: { id: agent?.id ?? 0, name: agent?.name ?? '' },
        at: isoSeconds(nowMs - c.daysAgo * DAY_MS),
        reason: c.reason,
        ticketId: requesters[ref].primaryTicketId,
        commentId: null,
      };
    });
    user.user_fields = { ...user.user_fields, [WARNING_FIELDS.concerns]: encodeConcerns({ v: 1, open, dropped: 0 }) };
  }
}
