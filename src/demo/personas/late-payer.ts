import type { DraftTicket } from '../draft';
import { ANA, MARCUS, PRIYA, type PersonaDraft } from './types';

const REF = 'late-payer';

/**
 * Gary runs a landscaping business: invoices paid late again and again, billing tags, and the
 * threat of a bad Google or Yelp review whenever something goes his way less than he'd like.
 */
export function latePayer(): PersonaDraft {
  const t = (d: Omit<DraftTicket, 'requesterRef'>): DraftTicket => ({ requesterRef: REF, ...d });
  const tickets: DraftTicket[] = [
    t({
      subject: 'Card declined??',
      channel: 'email',
      daysAgo: 300,
      tags: ['billing', 'payment_late'],
      messages: [
        { by: 'customer', text: "Your system says my card was declined. It wasn't declined, my bank says everything is fine. Fix it on your end. I'm not paying a late fee for your mistake." },
        { by: 'agent', agent: PRIYA, text: 'Hi Gary,\n\nThe card on file expired in September, which is why the charge failed. You can add the new card under Billing > Payment methods and the invoice will be retried straight away.' },
        { by: 'customer', text: "Fine. I'll update it next week when I get paid. Don't suspend anything in the meantime." },
      ],
    }),
    t({
      subject: 'More photos in the gallery',
      channel: 'web',
      daysAgo: 210,
      messages: [
        { by: 'customer', text: 'how do i add more than 20 pictures to the gallery page, it stops at 20' },
        { by: 'agent', agent: MARCUS, text: "Hi Gary, the gallery block has a 'Max items' setting on the right-hand side. I set it to 60 for you." },
        { by: 'customer', text: 'ok' },
      ],
    }),
    t({
      subject: "Why is my site showing 'account suspended'",
      channel: 'email',
      daysAgo: 240,
      priority: 'high',
      tags: ['billing', 'invoice_overdue', 'suspension'],
      messages: [
        { by: 'customer', text: "My website is showing ACCOUNT SUSPENDED to my customers. In the middle of spring season!! I told you I'd pay. Turn it back on today or I'm leaving a review on Google and Yelp telling everybody how you treat small businesses." },
        { by: 'agent', agent: PRIYA, text: "Hi Gary,\n\nInvoice #20413 is 34 days overdue, and we sent reminders on day 7, 14 and 28 before suspending. As soon as it's paid the site comes back within a few minutes." },
        { by: 'customer', text: 'I paid it. Now turn it on.' },
        { by: 'agent', agent: PRIYA, text: 'Thanks Gary, the payment came through and the site is live again.' },
        { by: 'customer', text: 'Next time call me before you pull the plug.' },
      ],
      satisfaction: { score: 'bad', comment: 'Suspended my site in peak season.' },
    }),
    t({
      subject: 'Need more time on the invoice',
      channel: 'email',
      daysAgo: 170,
      tags: ['billing', 'invoice_overdue', 'payment_plan'],
      messages: [
        { by: 'customer', text: "Can I get another 2 weeks on this months invoice? Cash flow is tight till the commercial contracts pay out." },
        { by: 'agent', agent: ANA, text: 'Hi Gary,\n\nWe can extend this one to the 28th. After that the usual reminders start again.' },
        { by: 'customer', text: 'Thanks. Will pay by then.' },
        { by: 'agent', agent: PRIYA, at: 28 * 24 * 60, text: "Hi Gary, a friendly reminder that the invoice from the 1st is still open, it's now past the extended date." },
        { by: 'customer', text: 'Will pay Monday.' },
      ],
    }),
    t({
      subject: 'Charged twice?',
      channel: 'email',
      daysAgo: 95,
      tags: ['billing'],
      messages: [
        { by: 'customer', text: "I see two charges of $29 on my statement. Refund one immediately. If I don't see it back by Friday I will be posting about this on Google reviews." },
        { by: 'agent', agent: PRIYA, text: "Hi Gary,\n\nThose are two different months: March (paid late, on April 2nd) and April. There's no duplicate, but I understand it looks like one on the statement." },
        { by: 'customer', text: "Whatever. Just don't charge me twice." },
      ],
    }),
    t({
      subject: 'Late fee removal',
      channel: 'email',
      daysAgo: 40,
      tags: ['billing', 'invoice_overdue', 'payment_late', 'late_fee'],
      messages: [
        { by: 'customer', text: "Remove the $15 late fee. I was 10 days late because my client paid me late, that's not my fault. You want a 1 star review? Because this is how you get a 1 star review." },
        { by: 'agent', agent: ANA, text: "Hi Gary,\n\nI've waived the fee this once. I'd suggest turning on autopay so this doesn't come up again, it's one click under Billing." },
        { by: 'customer', text: "I don't do autopay. Just send the invoice on time and I'll pay it." },
      ],
      satisfaction: { score: 'bad', comment: 'Nickel and diming a small customer.' },
    }),
    t({
      subject: 'Site down AGAIN - invoice',
      channel: 'email',
      daysAgo: 5,
      priority: 'high',
      primary: true,
      tags: ['billing', 'invoice_overdue', 'suspension'],
      messages: [
        { by: 'customer', text: "Site's down again. I know, I know, the invoice. I'll pay on the 15th when the HOA pays me. Put it back up now, I've got clients looking at my portfolio. Seriously don't make me write that review." },
        { by: 'agent', agent: PRIYA, text: "Hi Gary,\n\nThe invoice is 47 days overdue now, and we can't reactivate the site while it's open. If you pay part of it today, I can ask Ana about reactivating until the 15th." },
        { by: 'customer', text: "You people are unbelievable. Fine. I'll see what I can do. Google will hear about this either way." },
      ],
      status: 'open',
    }),
  ];
  return {
    organizations: [
      { ref: 'pruitt', name: 'Pruitt Landscaping', domain: 'pruittlandscaping.example', createdDaysAgo: 640, tags: ['starter_plan'], fields: { mrr: 29, plan: 'starter' } },
    ],
    people: [
      {
        ref: REF,
        name: 'Gary Pruitt',
        email: 'gary@pruittlandscaping.example',
        phone: '+15550177330',
        createdDaysAgo: 640,
        orgRef: 'pruitt',
        tags: ['billing_watch'],
        userFields: { payment_overdue_days: 47 },
        signature: ['Sent from my iPhone'],
        timeZone: { name: 'Central Time (US & Canada)', iana: 'America/Chicago' },
      },
    ],
    tickets,
  };
}
