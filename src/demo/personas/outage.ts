import type { DraftTicket } from '../draft';
import { ANA, MARCUS, PRIYA, TOM, type PersonaDraft } from './types';

const REF = 'outage';

/**
 * Rob runs a bike-repair shop whose booking page went down in a genuine storage outage.
 * He writes a lot that week and says he is frustrated, but stays fair and polite.
 */
export function outage(): PersonaDraft {
  const t = (d: Omit<DraftTicket, 'requesterRef'>): DraftTicket => ({ requesterRef: REF, ...d });
  const tickets: DraftTicket[] = [
    t({
      subject: 'New page for e-bike servicing',
      channel: 'email',
      daysAgo: 420,
      messages: [
        { by: 'customer', text: "Hi folks,\n\nWe're starting to service e-bikes in spring. Can I duplicate the 'Road bike tune-up' page and just change the text, or will that mess up the booking form?" },
        { by: 'agent', agent: MARCUS, text: "Hi Rob,\n\nDuplicating is safe. The booking form is a separate block, so the copy gets its own. Just rename the service in the form's dropdown after you copy it." },
        { by: 'customer', text: 'Worked a treat, thanks Marcus.' },
      ],
      satisfaction: { score: 'good', comment: 'Straight answer, thanks' },
    }),
    t({
      subject: 'Renewal and the storage upgrade',
      channel: 'web',
      daysAgo: 230,
      tags: ['billing'],
      messages: [
        { by: 'customer', text: "We're at 90% of our storage because of all the workshop photos. If I upgrade now, do I pay the full year again or just the difference?" },
        { by: 'agent', agent: PRIYA, text: "Just the difference, prorated to your renewal date. It'd be $14.20 today and then the new price from renewal." },
        { by: 'customer', text: 'Great, go ahead and upgrade us. Thanks!' },
      ],
    }),
    t({
      subject: 'Booking page down?',
      channel: 'web',
      daysAgo: 19,
      priority: 'high',
      tags: ['outage', 'storage_incident'],
      product: 'business_hosting',
      messages: [
        { by: 'customer', text: "Hi, our online booking page has been showing a 502 error since about 9:10 this morning. Saturday is our busiest day and people are ringing the shop instead, which is okay, but there's only two of us on the floor. Can you take a look asap? Thanks, Rob" },
        { by: 'agent', agent: TOM, at: 14, text: "Hi Rob, you're right, and I'm sorry. One of our storage nodes failed this morning and about 40 sites, yours included, are down. Engineers are on it and I'll update you here as soon as I know more." },
        { by: 'customer', at: 31, text: 'Thanks for the honest answer. Any idea how long? Just so I can put a note on our Instagram.' },
        { by: 'agent', agent: TOM, at: 40, text: "We're expecting one to two hours. I'll message you the moment it's back." },
        { by: 'customer', at: 52, text: 'Ok, appreciate it.' },
      ],
      timeSpentMinutes: 35,
    }),
    t({
      subject: 'Call from Rob Mendes',
      channel: 'voice',
      daysAgo: 18.8,
      priority: 'high',
      tags: ['outage', 'storage_incident'],
      messages: [
        { by: 'customer', voice: { durationSeconds: 65, voicemail: true }, text: "Hi, Rob again from Ridgeline. It's half past one and the booking page is still down. I know you're working on it, I just need to know whether to tell people to phone in for the rest of the day. Call me back when you can. Thanks." },
        { by: 'agent', agent: TOM, text: 'Called Rob back at 13:50. Summary: the site came back at 13:42 and we are checking data. Bookings made between 9:10 and 13:42 did not go through.' },
      ],
      timeSpentMinutes: 15,
    }),
    t({
      subject: "Lost bookings from yesterday's outage",
      channel: 'email',
      daysAgo: 18,
      tags: ['outage', 'storage_incident'],
      messages: [
        { by: 'customer', text: "Hi,\n\nSo the site's back, thanks. But we lost every booking from yesterday morning, and I only found out because two customers turned up with their bikes and we had no record of them. That's pretty frustrating honestly, we looked unprofessional in front of regulars.\n\nIs there any way to get those submissions back from a log or something?" },
        { by: 'agent', agent: ANA, text: "Hi Rob,\n\nI completely understand, and I'm sorry. Unfortunately those form submissions never reached your database while the storage was down, so there is nothing to recover. What I can do is credit this month's hosting in full, and we are adding a second storage node so one failure can't take sites down again." },
        { by: 'customer', text: "I appreciate the credit. Not thrilled, but I get that things break. Please let me know what you're changing so this doesn't happen again." },
      ],
      satisfaction: { score: 'bad', comment: 'The outage cost us a morning of bookings. Support was honest and quick though.' },
      timeSpentMinutes: 30,
    }),
    t({
      subject: 'Site slow since the outage',
      channel: 'web',
      daysAgo: 16,
      tags: ['outage'],
      messages: [
        { by: 'customer', text: 'Sorry to bother you again. Since the outage the site feels slower, the gallery page takes 6-7 seconds to load. Is it still recovering or is somthing different now?' },
        { by: 'agent', agent: MARCUS, text: "Not a bother at all. Your site was moved to a temporary server during the repair and hadn't been moved back. I've moved it home: the gallery loads in 1.2 seconds now." },
        { by: 'customer', text: 'Yep, much better. Thanks for sorting it.' },
      ],
      satisfaction: { score: 'good', comment: 'Fixed quickly' },
    }),
    t({
      subject: 'Post-incident report?',
      channel: 'email',
      daysAgo: 14,
      tags: ['outage'],
      messages: [
        { by: 'customer', text: "Hi Ana,\n\nYou mentioned you'd share what went wrong. Could you send that when it's ready? I'd like to understand whether I need a backup plan for bookings, like a paper form or a second provider for the form.\n\nThanks" },
        { by: 'agent', agent: ANA, text: "Hi Rob,\n\nHere's the summary: a disk controller failed on one storage node at 9:07, and the standby didn't take over because of a configuration error on **our** side. What we changed:\n\n- the standby's configuration is fixed and checked by a script\n- a second storage node now runs next to the first\n- we test the switch-over every week\n\nA paper backup never hurts, but you shouldn't need it." },
        { by: 'customer', text: "Thanks, that's a really clear write-up. We're good." },
      ],
      satisfaction: { score: 'good', comment: 'Really appreciated the honesty' },
    }),
    t({
      subject: 'Booking confirmation emails arriving late',
      channel: 'web',
      daysAgo: 3,
      primary: true,
      product: 'email_hosting',
      messages: [
        { by: 'customer', text: "Hey, not an emergency, but booking confirmations have been arriving 20-30 minutes late since Tuesday. After the outage I'm probably a bit jumpy about it, sorry! Could someone check the mail queue?" },
        { by: 'agent', agent: PRIYA, text: "Hi Rob, no need to apologise, that's worth checking. The delay comes from a Gmail rate limit on your sending address. I'm moving your confirmations to our transactional mail relay and will confirm here once it's done." },
        { by: 'customer', text: 'Great, thanks Priya.' },
      ],
      status: 'open',
    }),
  ];
  return {
    organizations: [
      { ref: 'ridgeline', name: 'Ridgeline Bike Repair', domain: 'ridgelinebikes.example', createdDaysAgo: 760, tags: ['business_plan'], fields: { mrr: 59, plan: 'business' } },
    ],
    people: [
      {
        ref: REF,
        name: 'Rob Mendes',
        email: 'rob@ridgelinebikes.example',
        phone: '+15550188020',
        createdDaysAgo: 760,
        orgRef: 'ridgeline',
        userFields: { payment_overdue_days: 0 },
        signature: ['Rob Mendes', 'Ridgeline Bike Repair', 'Tue-Sat 9-6'],
        timeZone: { name: 'Pacific Time (US & Canada)', iana: 'America/Los_Angeles' },
      },
    ],
    tickets,
  };
}
