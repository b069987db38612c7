import type { DraftTicket } from '../draft';
import { MARCUS, PRIYA, TOM, type PersonaDraft } from './types';

const REF = 'old-anger';

/** Helen was furious once, two years ago, when an update wiped her work; she has been a good customer since. */
export function oldAnger(): PersonaDraft {
  const t = (d: Omit<DraftTicket, 'requesterRef'>): DraftTicket => ({ requesterRef: REF, ...d });
  return {
    organizations: [
      { ref: 'brooks', name: 'Brooks Yoga Studio', domain: 'brooksyoga.example', createdDaysAgo: 980, tags: ['starter_plan'], fields: { mrr: 25, plan: 'starter' } },
    ],
    people: [
      {
        ref: REF,
        name: 'Helen Brooks',
        email: 'helen@brooksyoga.example',
        phone: '+15550123770',
        createdDaysAgo: 980,
        orgRef: 'brooks',
        userFields: { payment_overdue_days: 0 },
        signature: ['Namaste,', 'Helen'],
      },
    ],
    tickets: [
      t({
        subject: 'Class schedule WIPED by your update',
        channel: 'email',
        daysAgo: 731,
        priority: 'urgent',
        messages: [
          { by: 'customer', text: "This is completely unacceptable. I spent FOUR HOURS building the new class schedule yesterday and your 'maintenance update' wiped it. Four hours! Do you people test anything before you push it?? I am furious, and I have 30 students who can't see when class is." },
          { by: 'agent', agent: MARCUS, text: "Hi Helen,\n\nI'm really sorry. The update reset the schedule plugin's data on some sites. I restored your schedule from the backup taken at 23:00 last night, so everything you built is back. We've paused that update for everyone until it's fixed." },
          { by: 'customer', text: 'Fine. Thank you for restoring it. Please warn people before updates like that.' },
        ],
        satisfaction: { score: 'bad', comment: 'Lost a day of work because of your update.' },
      }),
      t({
        subject: 'Adding a teacher bio page',
        channel: 'web',
        daysAgo: 500,
        messages: [
          { by: 'customer', text: "Hello! We have two new teachers. What's the best way to add a page with short bios and photos?" },
          { by: 'agent', agent: PRIYA, text: "Hi Helen, the 'Team' page template is made for this: Pages > New > Team. Each teacher gets a photo, a name and a few lines." },
          { by: 'customer', text: 'Lovely, thank you Priya!' },
        ],
        satisfaction: { score: 'good', comment: 'So helpful' },
      }),
      t({
        subject: 'Thank you for the migration',
        channel: 'email',
        daysAgo: 330,
        messages: [
          { by: 'customer', text: "Hi Marcus,\n\nJust wanted to say the move to the new server was seamless. I didn't notice a thing except that the site is faster. Thank you!" },
          { by: 'agent', agent: MARCUS, text: "Hi Helen,\n\nThat's great to hear, thanks for letting us know!" },
        ],
        satisfaction: { score: 'good', comment: 'Seamless' },
      }),
      t({
        subject: 'Newsletter signup form',
        channel: 'web',
        daysAgo: 200,
        messages: [
          { by: 'customer', text: 'Could you help me connect the signup form on the homepage to our Mailchimp list? I have the API key.' },
          { by: 'agent', agent: TOM, text: 'Hi Helen, connected! New signups now go into the "Studio news" list. I sent a test signup, you can delete it.' },
          { by: 'customer', text: 'Perfect, thanks Tom.' },
        ],
      }),
      t({
        subject: 'Annual renewal',
        channel: 'email',
        daysAgo: 90,
        tags: ['billing'],
        messages: [
          { by: 'customer', text: 'Hi,\n\nOur renewal is coming up. Is there a discount if we pay for two years at once?' },
          { by: 'agent', agent: PRIYA, text: "Hi Helen,\n\nYes, two years upfront is 15% off. I've added the option to your renewal invoice, just choose it when you pay." },
          { by: 'customer', text: 'Done, thank you!' },
        ],
        satisfaction: { score: 'good', comment: 'Easy' },
      }),
      t({
        subject: 'Retreat booking page',
        channel: 'web',
        daysAgo: 9,
        primary: true,
        messages: [
          { by: 'customer', text: "Hi there! We're running a weekend retreat in April and I'd like a booking page with a deposit payment. Can the site take deposits, or should I use a separate booking service?" },
          { by: 'agent', agent: PRIYA, text: "Hi Helen, the site can do it: the Bookings block supports deposits through your existing Stripe account. I've set up a draft page called 'Spring retreat' for you to fill in." },
          { by: 'customer', text: "Wonderful, I'll fill it in this week. Thank you!" },
        ],
        status: 'open',
      }),
    ],
  };
}
