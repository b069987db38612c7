import type { DraftTicket } from '../draft';
import { ANA, MARCUS, PRIYA, TOM, type PersonaDraft } from './types';

const REF = 'abusive';

/**
 * Vince insults the staff, blames every host and developer he had before, waves off the agents'
 * expertise, demands the manager, and swears.
 */
export function abusive(): PersonaDraft {
  const t = (d: Omit<DraftTicket, 'requesterRef'>): DraftTicket => ({ requesterRef: REF, ...d });
  const tickets: DraftTicket[] = [
    t({
      subject: 'Email not working',
      channel: 'email',
      daysAgo: 150,
      product: 'email_hosting',
      messages: [
        { by: 'customer', text: "Email hasnt worked since this morning. Your company is a joke. I switched to you because GoDaddy were a bunch of clowns and you're even worse." },
        { by: 'agent', agent: TOM, text: "Hi Vince,\n\nYour mailbox reached its 2 GB limit, so new mail was being bounced. I've moved everything older than a year into an archive folder, and mail is arriving again. You can also raise the limit under Email > Mailboxes." },
        { by: 'customer', text: "Don't tell me my mailbox is full, I know how email works. I've been running websites since before you were born. Just fix it properly." },
      ],
      reopens: 1,
      satisfaction: { score: 'bad', comment: 'Useless' },
    }),
    t({
      subject: 'Website slow',
      channel: 'web',
      daysAgo: 120,
      messages: [
        { by: 'customer', text: 'My site is slow as hell. My last developer was a crook, the one before him couldnt code his way out of a paper bag, and now you people. Are you all idiots or just pretending?' },
        { by: 'agent', agent: MARCUS, text: 'Hi Vince, the homepage loads a 14 MB background video before anything else shows. If we compress it or swap it for an image on phones, the page will load in about 2 seconds. I can do that for you.' },
        { by: 'customer', text: "I don't need a lecture from somebody reading a script. The video stays. Fix your servers." },
        { by: 'note', agent: MARCUS, text: 'Server is fine (load 0.3). The video is the problem. Customer declined the fix. Tagging Ana in case he calls.' },
      ],
      reopens: 1,
    }),
    t({
      subject: 'I want to speak to your manager',
      channel: 'email',
      daysAgo: 90,
      priority: 'high',
      messages: [
        { by: 'customer', text: "Put me through to your manager. NOW. I'm done dealing with the kids on the front line. Every single person I talk to there is useless." },
        { by: 'agent', agent: ANA, text: "Hi Vince,\n\nI'm Ana, I lead the support team. I've read through your tickets. The slowness comes from the homepage video, and Marcus's offer to compress it still stands. I'm glad to go through it with you on a call." },
        { by: 'customer', text: "Finally somebody. Your guy told me to 'compress my video'. I didn't pay for advice, I paid for hosting that works. This is bullshit." },
        { by: 'agent', agent: ANA, text: "I hear you. We'll keep the video as it is. The offer stays open if you change your mind." },
        { by: 'customer', text: 'Whatever. Useless, the lot of you.' },
      ],
      reopens: 2,
      satisfaction: { score: 'bad', comment: 'Absolute waste of money. Worst host I ever had.' },
      timeSpentMinutes: 55,
    }),
    t({
      subject: 'Voicemail from Vince Kowalczyk',
      channel: 'voice',
      daysAgo: 60,
      messages: [
        { by: 'customer', voice: { durationSeconds: 34, voicemail: true }, text: 'Yeah this is Vince. Again. Nobody called me back, what the hell am I paying you for. Call me. Today.' },
        { by: 'agent', agent: TOM, text: 'Called back at 15:20, no answer, left a message with the ticket number.' },
      ],
    }),
    t({
      subject: 'SSL expired',
      channel: 'email',
      daysAgo: 35,
      priority: 'high',
      messages: [
        { by: 'customer', text: "Why the hell is my site showing a security warning?? My customers think I got hacked. My old host at least managed to renew a certificate. Damn it, fix it." },
        { by: 'agent', agent: MARCUS, text: "Hi Vince,\n\nYour certificate is valid until March. The warning comes from Cloudflare, where SSL is set to 'Flexible' since last week. Switching it to 'Full' in your Cloudflare account fixes it, or I can walk you through it." },
        { by: 'customer', text: "Stop blaming Cloudflare. Stop blaming me. You people always have an excuse. I'll get my lawyer on this if it isn't fixed today." },
        { by: 'agent', agent: MARCUS, text: 'Understood. If you add me as a member of your Cloudflare account I can change the setting for you.' },
        { by: 'customer', text: 'Fine. Done. Do it.' },
      ],
      reopens: 1,
      satisfaction: { score: 'bad', comment: 'Took forever.' },
    }),
    t({
      subject: 'Contact form spam',
      channel: 'email',
      daysAgo: 12,
      messages: [
        { by: 'customer', text: "I'm getting 200 spam emails a day from my contact form. Honestly, what do you even do all day? Every host I've had has been crap, the last one, the one before that, and now you. And don't send me some crap help article, I'm not reading it." },
        { by: 'agent', agent: PRIYA, text: "Hi Vince,\n\nThe fastest fix is turning on the invisible spam check on the form. Your visitors won't see anything different. Shall I switch it on?" },
        { by: 'customer', text: 'I TOLD you people I dont want a captcha. Do you even listen? Get me your manager.' },
      ],
      reopens: 1,
    }),
    t({
      subject: 'Still broken',
      channel: 'email',
      daysAgo: 1.5,
      priority: 'high',
      primary: true,
      messages: [
        { by: 'customer', text: "Still getting spam. Still no fix. Its been 10 days. Manager. Now. And don't give me the 'team lead' again, I want whoever owns this place. You're all a bunch of incompetent idiots." },
      ],
      status: 'open',
    }),
  ];
  return {
    organizations: [
      { ref: 'vk', name: 'VK Auto Detailing', domain: 'vkautodetail.example', createdDaysAgo: 190, tags: ['starter_plan'], fields: { mrr: 19, plan: 'starter' } },
    ],
    people: [
      {
        ref: REF,
        name: 'Vince Kowalczyk',
        email: 'vince@vkautodetail.example',
        phone: '+15550199410',
        createdDaysAgo: 190,
        orgRef: 'vk',
        userFields: { payment_overdue_days: 0 },
        signature: ['VINCE KOWALCZYK', 'OWNER, VK AUTO DETAILING'],
      },
    ],
    tickets,
  };
}
