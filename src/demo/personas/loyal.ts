import type { DraftTicket } from '../draft';
import { MARCUS, PRIYA, TOM, type PersonaDraft } from './types';
import type { Random } from '../random';

const REF = 'loyal';

/** Dana runs a bakery; three years of small, polite requests and thanks. */
export function loyal(rng: Random): PersonaDraft {
  const t = (d: Omit<DraftTicket, 'requesterRef'>): DraftTicket => ({ requesterRef: REF, ...d });
  const tickets: DraftTicket[] = [
    t({
      subject: 'Adding a mailbox for our new baker',
      channel: 'email',
      daysAgo: 700,
      product: 'email_hosting',
      messages: [
        { by: 'customer', text: "Hi there,\n\nWe just hired a second baker (yay!) and I'd like to set up an email address for her, probably lucia@crumbandco.example. Is that something I can do myself from the dashboard or does one of you need to do it? I think we're on the Business plan.\n\nThanks so much" },
        { by: 'agent', agent: PRIYA, text: 'Hi Dana,\n\nCongratulations on the new hire! You can add it yourself: Dashboard > Email > Mailboxes > Add mailbox. The Business plan includes 10 mailboxes and you are using 3.\n\nIf anything looks odd, just reply here.' },
        { by: 'customer', text: 'Done, that was easy. Thank you!' },
      ],
      satisfaction: { score: 'good', comment: 'Quick and friendly as always' },
    }),
    t({
      subject: '"Not secure" warning on the order page',
      channel: 'web',
      daysAgo: 520,
      product: 'business_hosting',
      messages: [
        { by: 'customer', text: "Hi, a customer just told me Chrome shows a 'not secure' warning when she goes to our orders page. The homepage looks fine. Did something expire? No rush, I'd just like it fixed before the weekend." },
        { by: 'agent', agent: MARCUS, text: 'Hi Dana, good catch. The certificate is fine, but the order page loads the cake banner over http:// instead of https://. I updated the link in your theme and the warning is gone on my end. Could you check from your side?' },
        { by: 'customer', text: "It's gone for me too. You're a star, thank you!" },
      ],
      satisfaction: { score: 'good', comment: 'Fixed in 20 minutes, amazing.' },
    }),
    t({
      subject: 'Voicemail from Dana Whitfield',
      channel: 'voice',
      daysAgo: 410,
      messages: [
        { by: 'customer', voice: { durationSeconds: 48, voicemail: true }, text: "Hi, it's Dana from Crumb and Co. I think I deleted the whole Christmas section of our menu page by accident, is there any way to get yesterday's version back? You can call me at the bakery. Thanks, bye." },
        { by: 'agent', agent: TOM, text: "Hi Dana, I restored the menu page from last night's backup (22:00) and the Christmas section is back. Nothing else was touched. Happy to walk you through the backups screen some time if you'd like." },
        { by: 'customer', text: 'Oh thank goodness. Thank you thank you!' },
      ],
    }),
    t({
      subject: 'Domain renewal price',
      channel: 'email',
      daysAgo: 300,
      tags: ['billing'],
      product: 'domains',
      messages: [
        { by: 'customer', text: "Hello!\n\nI got an email saying our domain renews next month for $18.99. Is that right? Last year I think it was a bit less. Not complaining, just checking I'm not being charged twice for something." },
        { by: 'agent', agent: PRIYA, text: "Hi Dana,\n\nThat's right, and it's only charged once. The registry raised the wholesale price for .example domains this year, so renewals went up by $2 for everyone. Your hosting invoice is separate." },
        { by: 'customer', text: 'Makes sense, thanks for explaining it so clearly.' },
      ],
      satisfaction: { score: 'good', comment: 'Clear answer' },
    }),
    t({
      subject: 'Site a bit slow this morning?',
      channel: 'web',
      daysAgo: 210,
      messages: [
        { by: 'customer', text: "Morning! Not sure if it's just me but the site took ages to load around 8am. It's fine now. Just flagging it in case it helps." },
        { by: 'agent', agent: MARCUS, text: 'Thanks for letting us know, Dana. A backup job ran long on your server between 7:40 and 8:15. I moved it to 3am so it stays out of your morning rush.' },
        { by: 'customer', text: 'Great, thanks for looking into it!' },
      ],
    }),
    t({
      subject: 'Google review link in the footer',
      channel: 'web',
      daysAgo: 125,
      messages: [
        { by: 'customer', text: "Hi! Could you tell me how to add a 'Leave us a review' link in the footer? I have the link from Google but I can't find where the footer text lives in the editor." },
        { by: 'agent', agent: PRIYA, text: "Hi Dana, it's under Appearance > Widgets > Footer 2. Paste the link into the Text block there, then Save. I put a screenshot of where to click in your files folder." },
        { by: 'customer', text: 'Found it, it looks lovely. Thank you!' },
      ],
      satisfaction: { score: 'good', comment: 'Always helpful' },
    }),
    t({
      subject: 'Invoices for our accountant',
      channel: 'email',
      daysAgo: 62,
      tags: ['billing'],
      messages: [
        { by: 'customer', text: 'Hi,\n\nCould you send me the invoices for the last tax year as PDFs? Our accountant needs them by friday.\n\nThanks!' },
        { by: 'agent', agent: PRIYA, text: 'Hi Dana,\n\nHere you go: all twelve invoices are attached as one PDF, and you can also download them any time under Billing > Invoices.' },
        { by: 'customer', text: 'Perfect, thank you.' },
      ],
      satisfaction: { score: 'good', comment: 'Fast, thanks Priya' },
    }),
    t({
      subject: 'Order confirmations going to spam',
      channel: 'email',
      daysAgo: 24,
      product: 'email_hosting',
      messages: [
        { by: 'customer', text: "Hi,\n\nA few customers said our order confirmation emails landed in their spam folder, mostly Gmail and one Outlook. Is there something we can change? I'm not very technical so step by step would be great." },
        { by: 'agent', agent: PRIYA, text: "Hi Dana,\n\nYour domain was missing DKIM and had an old SPF record, which makes Gmail suspicious. I added both for you, **nothing to do on your side**. Give it a day for the changes to spread, then ask a customer to check again." },
        { by: 'customer', text: 'Two customers confirmed the emails arrive in the inbox now. Thank you so much for doing it for me!' },
      ],
      satisfaction: { score: 'good', comment: 'Priya fixed it without me lifting a finger' },
    }),
    t({
      subject: 'Holiday banner + a thank you',
      channel: 'email',
      daysAgo: 0.2,
      primary: true,
      messages: [
        { by: 'customer', text: "Hi team,\n\nFirst, a big thanks to Priya for sorting out the spam issue last month, all our order confirmations arrive now.\n\nSecond: I'd like a little banner across the top of the site from Dec 20 to Jan 2 with our holiday hours. Is there a plugin you'd recommend, or can the theme do it?\n\nCheers" },
      ],
    }),
  ];
  const small: [string, string, string][] = [
    ['Password reset for the shop admin', "Hi, I've locked myself out of the shop admin again, sorry! Could you send a reset link?", 'No problem Dana, a reset link is on its way to your inbox. It works for 24 hours.'],
    ['Adding a staff login to the dashboard', 'Can my manager Theo get his own login to the dashboard, without access to billing?', "Done: Theo has a 'Site manager' login now, which can't see billing. He'll get an invite by email."],
    ['Where are the DNS settings?', "Quick question, where do I find the DNS records? Our card machine company asked for a TXT record, whatever that is :)", "They're under Domains > crumbandco.example > DNS. If you send me the record I'm happy to add it for you."],
    ['Copy of our site backup', "Could I get a copy of last week's backup to keep on our office computer? Just for peace of mind.", "Sure, here's a download link for Sunday's full backup. It stays valid for 7 days."],
    ['New billing address', "We've moved the office upstairs (Unit 4B now). Could you update the address on our invoices?", 'Updated, the next invoice will show Unit 4B.'],
  ];
  small.forEach(([subject, ask, answer], i) => {
    tickets.push(
      t({
        subject,
        channel: 'web',
        daysAgo: 160 + i * 97 + rng.int(0, 20),
        messages: [
          { by: 'customer', text: ask },
          { by: 'agent', agent: i % 3 === 0 ? MARCUS : PRIYA, text: answer },
          { by: 'customer', text: rng.pick(['Thanks a lot!', 'Brilliant, thank you.', 'Thank you, that was quick!', 'Lovely, thanks!']) },
        ],
        satisfaction: i % 2 === 0 ? { score: 'good', comment: 'Thank you!' } : 'offered',
      }),
    );
  });
  return {
    organizations: [
      { ref: 'crumb', name: 'Crumb & Co Bakery', domain: 'crumbandco.example', createdDaysAgo: 1100, tags: ['business_plan'], fields: { mrr: 39, plan: 'business' } },
    ],
    people: [
      {
        ref: REF,
        name: 'Dana Whitfield',
        email: 'dana@crumbandco.example',
        phone: '+15550142001',
        createdDaysAgo: 1100,
        orgRef: 'crumb',
        userFields: { payment_overdue_days: 0 },
        signature: ['Dana Whitfield', 'Crumb & Co Bakery', '"Good bread takes time"'],
      },
    ],
    tickets,
  };
}
