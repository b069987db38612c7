import type { DraftTicket } from '../draft';
import type { Random } from '../random';
import type { PersonaDraft } from './types';

const FIRST = ['Alex', 'Maria', 'James', 'Aisha', 'Chen', 'Fatima', 'Liam', 'Sofia', 'Noah', 'Grace', 'Omar', 'Hannah', 'Diego', 'Yuki', 'Ben', 'Ines', 'Kwame', 'Ruth', 'Tariq', 'Elena', 'Sean', 'Mei', 'Paul', 'Zoe'];
const LAST = ['Nguyen', 'Garcia', 'Smith', 'Okoye', 'Kowalski', 'Brennan', 'Santos', 'Ahmed', 'Larsen', 'Costa', 'Murphy', 'Tanaka', 'Schultz', 'Oyelaran', 'Reyes', 'Holm', 'Patel', 'Duarte', 'Walsh', 'Byrne'];
const TRADES = ['cafe', 'dental', 'florist', 'plumbing', 'tattoo', 'books', 'pets', 'law', 'tutoring', 'catering', 'cycles', 'printing'];

const ASKS: [string, string, string][] = [
  ['Email password reset', 'Hi, I forgot the password for my work email, can you reset it?', 'Hi, a reset link is on its way to your backup address.'],
  ['How do I add a page?', "Sorry if this is obvious, but how do I add a new page to the menu?", 'Not obvious at all! Pages > New, then tick "Show in menu" before publishing.'],
  ['Site down?', 'My site is not loading right now, is there a problem?', 'There was a short network blip between 10:02 and 10:09; everything is back now. Sorry for the trouble.'],
  ['Invoice copy', 'Could you send a copy of the last invoice please?', 'Attached, and you can always find them under Billing > Invoices.'],
  ['Change of card', "I'd like to change the card we pay with.", 'You can do it under Billing > Payment methods; the next invoice uses the new card.'],
  ['Mailbox full', 'I keep getting "mailbox full" bounces.', 'Raised your quota to 5 GB and archived mail older than two years into a folder.'],
  ['Add SSL to new domain', 'We bought a second domain, does it get https too?', 'Yes, it does: the certificate was issued automatically a few minutes ago.'],
  ['Slow admin panel', 'The admin panel has been really slow this week, pages take ages to save.', 'A plugin was writing huge log files. I cleared them and turned its debug mode off; saving takes a second now.'],
  ['Cancel add-on', 'Please cancel the extra backup add-on, we do not need it any more.', 'Cancelled; it will not appear on your next invoice.'],
  ['Form submissions missing', 'We stopped getting messages from the contact form this week, quite annoying as we rely on it for quotes.', 'The form was sending to an old address. Updated it and sent a test to you.'],
  ['Website editor crashed', 'The editor crashed and I lost an hour of edits. Not happy about that.', "I'm sorry about that. The autosave had a bug in yesterday's update; we rolled it back, and I recovered a draft from 11:40 for you."],
  ['Question about plans', 'What is the difference between the Starter and Business plans?', 'Business adds more storage, daily backups and 10 mailboxes instead of 2. Happy to switch you any time.'],
  ['Online shop checkout error', 'Customers say the checkout page shows "something went wrong" when they pay by card. Can you check? We lost two orders this morning.', 'The payment plugin was still using your old API key. I updated it and ran a test order; checkout works again. Sorry about the lost orders.'],
  ['Emails from the website go to spam', 'Booking confirmations from our site end up in spam for most people. Is there a setting?', 'Your domain had no DKIM record. I added it and fixed the SPF record; give it a day to take effect.'],
  ['Move domain to you', 'We want to move our domain from our old provider to you so everything is in one place. What do I need?', "You'll need the transfer code from your current registrar. Send it here and I'll start the transfer; the site stays up while it moves."],
  ['Site hacked?', 'There is a strange popup on our homepage selling sunglasses!! Are we hacked??', "You were: an outdated plugin let someone add a script. I removed it, updated everything and changed the admin passwords. Please set up two-factor login, I've sent the steps."],
  ['Wrong amount on invoice', 'Our invoice says $59 but we are on the $39 plan I think?', 'Good catch: an add-on was charged by mistake. I refunded the $20 and removed it.'],
  ['Need a developer recommendation', 'Do you know anyone who could redo our menu page? Our old web guy moved away.', 'We keep a list of freelancers our customers have been happy with. I sent it by email.'],
  ['Calendar plugin broken after update', 'The appointment calendar shows a blank box since yesterday. Its kind of urgent, people cant book.', 'The calendar plugin update broke with your theme. I rolled it back to the previous version until the fix is out.'],
  ['Thank you', 'Just a note to say thanks for the help last week, everything is running smoothly now.', 'Thanks for letting us know, that made our day!'],
];

/**
 * The rest of the account: ordinary requesters whose tickets give the account its everyday volume,
 * so the busy and quiet demo requesters can be compared with the account's baseline.
 */
export function background(rng: Random): PersonaDraft {
  const draft: PersonaDraft = { organizations: [], people: [], tickets: [] };
  const people = 150;
  for (let i = 0; i < people; i += 1) {
    const first = FIRST[i % FIRST.length] ?? 'Alex';
    // Varies the surname with each pass through the first names, so no two people share a name.
    const last = LAST[(i * 7 + Math.floor(i / FIRST.length)) % LAST.length] ?? 'Smith';
    const trade = TRADES[i % TRADES.length] ?? 'shop';
    const ref = `bg-${i}`;
    draft.people.push({
      ref,
      name: `${first} ${last}`,
      email: `${first.toLowerCase()}.${last.toLowerCase()}${i}@${last.toLowerCase()}${trade}.example`,
      createdDaysAgo: rng.int(30, 1400),
      userFields: { payment_overdue_days: rng.chance(0.05) ? rng.int(5, 30) : 0 },
    });
    const count = rng.int(2, 14);
    for (let k = 0; k < count; k += 1) {
      const [subject, ask, answer] = rng.pick(ASKS);
      const channel = rng.chance(0.1) ? 'voice' : rng.chance(0.5) ? 'email' : 'web';
      const ticket: DraftTicket = {
        requesterRef: ref,
        subject: channel === 'voice' ? `Call from ${first} ${last}` : subject,
        channel,
        daysAgo: rng.int(1, 364) + rng.next(),
        messages: [
          channel === 'voice'
            ? { by: 'customer', voice: { durationSeconds: rng.int(40, 600), voicemail: rng.chance(0.3) }, text: ask }
            : { by: 'customer', text: ask },
          { by: 'agent', agent: rng.int(0, 3), text: answer },
        ],
        tags: subject.startsWith('Invoice') || subject.startsWith('Change of card') ? ['billing'] : [],
        satisfaction: rng.chance(0.2) ? { score: rng.chance(0.85) ? 'good' : 'bad', comment: rng.pick(['Thanks!', 'Quick help', 'Took a while', 'Great service']) } : undefined,
      };
      draft.tickets.push(ticket);
    }
  }
  return draft;
}
