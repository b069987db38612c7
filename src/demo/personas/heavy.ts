import type { DraftTicket } from '../draft';
import type { Random } from '../random';
import type { PersonaDraft } from './types';

export const HEAVY_TICKET_COUNT = 1500;

const CLIENT_SITES = [
  'oakandember.example', 'tidewaterdental.example', 'greenleafcafe.example', 'northfieldgym.example', 'brightsmilekids.example',
  'harlowlaw.example', 'meridianspa.example', 'copperkettle.example', 'summitroofing.example', 'lakeshorevet.example',
  'bluepinebooks.example', 'redfernflorist.example', 'granitecpa.example', 'sparrowdesign.example', 'willowcare.example',
  'ironbridgecoffee.example', 'fairwaygolf.example', 'cedarpediatrics.example', 'moonlitbakery.example', 'pacificsurfshop.example',
];

const ISSUES: [string, string, string][] = [
  ['contact form not sending', 'the contact form stopped sending emails after the plugin update last night', 'The mail plugin lost its SMTP password in the update. Re-entered it and sent a test, it arrives now.'],
  ['SSL certificate pending', 'the new domain still shows the certificate as pending after a day', 'DNS had just finished propagating; I re-issued the certificate and it is active.'],
  ['restore from backup', 'the client deleted the blog category page, can you restore it from Monday', "Restored the page from Monday's 02:00 backup."],
  ['staging copy', 'please create a staging copy, we are redesigning the homepage', 'Staging is ready at the usual staging subdomain, password in the vault.'],
  ['PHP version upgrade', 'can you move the site to PHP 8.3, the theme supports it now', 'Switched to PHP 8.3 and checked the main pages, no errors in the log.'],
  ['mailbox quota', 'the front desk mailbox is full again', 'Raised the quota to 5 GB, as on the other mailboxes.'],
  ['DNS record for Google Workspace', 'client is moving to Google Workspace, need the MX records changed', 'MX records updated to Google and the verification TXT record added.'],
  ['site slow after launch', 'the new site is noticeably slower than staging', 'Page cache was off on production. Turned it on; homepage is at 0.9 s.'],
  ['FTP access for a contractor', 'need a temporary FTP login for a contractor for one week', 'Created a login limited to the theme folder, expires in 7 days.'],
  ['redirects after migration', 'old URLs from the previous site give 404s, list of 30 redirects attached', 'Added the 30 redirects, spot-checked ten of them.'],
  ['cron jobs not running', 'scheduled posts are not publishing', 'WordPress cron was disabled in the config; replaced it with a server cron every 5 minutes.'],
  ['invoice split per client', 'can we get this month split per client site for our bookkeeping', 'Sent the breakdown per site as a CSV.'],
];

/**
 * Bram runs a web agency that files a ticket for every one of its clients' sites:
 * 1,500 short, businesslike tickets in under four months. Built from short templates so it stays cheap.
 */
export function heavy(rng: Random): PersonaDraft {
  const tickets: DraftTicket[] = [];
  // The last of the 1,500 is the open ticket the preview opens.
  for (let i = 0; i < HEAVY_TICKET_COUNT - 1; i += 1) {
    const site = rng.pick(CLIENT_SITES);
    const [topic, ask, answer] = rng.pick(ISSUES);
    const daysAgo = 2 + (i / HEAVY_TICKET_COUNT) * 110 + rng.next() * 0.5;
    const thanks = rng.chance(0.3);
    const messages: DraftTicket['messages'] = [
      { by: 'customer', text: `Hi team, for ${site}: ${ask}. Thanks, Bram` },
      { by: 'agent', agent: rng.int(1, 3), text: answer },
    ];
    if (thanks) messages.push({ by: 'customer', text: rng.pick(['Thanks!', 'Perfect, thank you.', 'Great, cheers.']) });
    tickets.push({
      requesterRef: 'heavy',
      subject: `[${site}] ${topic}`,
      channel: rng.chance(0.8) ? 'email' : 'web',
      daysAgo,
      messages,
      tags: ['agency', `client_${site.split('.')[0]}`],
      satisfaction: rng.chance(0.1) ? { score: 'good', comment: 'Quick as usual' } : rng.chance(0.5) ? 'offered' : 'unoffered',
      timeSpentMinutes: rng.int(5, 20),
    });
  }
  tickets.push({
    requesterRef: 'heavy',
    subject: '[granitecpa.example] site down after DNS change',
    channel: 'email',
    daysAgo: 0.3,
    primary: true,
    priority: 'high',
    messages: [{ by: 'customer', text: 'Hi team, for granitecpa.example: the site shows a DNS error since the client changed registrars this morning. Can you check the zone? Thanks, Bram' }],
    tags: ['agency', 'client_granitecpa'],
    status: 'open',
  });
  return {
    organizations: [
      { ref: 'pixelmint', name: 'Pixelmint Agency', domain: 'pixelmint.example', createdDaysAgo: 900, tags: ['agency_plan', 'reseller'], fields: { mrr: 1250, plan: 'agency' } },
    ],
    people: [
      {
        ref: 'heavy',
        name: 'Bram Fischer',
        email: 'bram@pixelmint.example',
        phone: '+15550166550',
        createdDaysAgo: 900,
        orgRef: 'pixelmint',
        userFields: { payment_overdue_days: 0 },
        signature: ['Bram Fischer | Pixelmint Agency'],
      },
    ],
    tickets,
  };
}
