import { DEMO_COMPANY, DEMO_FIELDS } from './company';
import { materialize } from './materialize';
import type { DraftAgent } from './people';
import { abusive } from './personas/abusive';
import { background } from './personas/background';
import { heavy } from './personas/heavy';
import { latePayer } from './personas/late-payer';
import { loyal } from './personas/loyal';
import { newcomer } from './personas/newcomer';
import { oldAnger } from './personas/old-anger';
import { outage } from './personas/outage';
import type { PersonaDraft } from './personas/types';
import { unsafe } from './personas/unsafe';
import { forgedWatchlist, watchlist } from './personas/watchlist';
import { createRandom } from './random';
import { applyWarningHistory } from './warning-history';
import { REQUESTER_KEYS, type DemoAccount, type DemoRequester, type RequesterKey } from './types';

export const DEFAULT_DEMO_SEED = 20261123;

const AGENTS: DraftAgent[] = [
  { ref: 'agent-ana', name: 'Ana Ferreira', email: 'ana@harborlighthosting.example', createdDaysAgo: 1500, role: 'admin', title: 'Support Team Lead' },
  { ref: 'agent-marcus', name: 'Marcus Bell', email: 'marcus@harborlighthosting.example', createdDaysAgo: 1200, role: 'agent', title: 'Support Engineer' },
  { ref: 'agent-priya', name: 'Priya Natarajan', email: 'priya@harborlighthosting.example', createdDaysAgo: 900, role: 'agent', title: 'Customer Support' },
  { ref: 'agent-tom', name: 'Tom Okafor', email: 'tom@harborlighthosting.example', createdDaysAgo: 400, role: 'agent', title: 'Customer Support' },
];

const SUMMARIES: Record<RequesterKey, string> = {
  loyal: 'Three years of small, polite requests and thanks; good ratings.',
  outage: 'Hit by a real outage: many tickets in one week, frustrated but fair and polite.',
  'late-payer': 'Pays late again and again, billing tags, overdue-days field, threatens Google and Yelp reviews.',
  abusive: 'Insults staff, blames past vendors, dismisses advice, demands the manager, swears.',
  newcomer: 'Signed up two days ago; one ticket.',
  heavy: '1,500 short agency tickets in under four months.',
  unsafe: 'Ordinary questions whose text carries <script>, <img onerror>, javascript: links and HTML entities.',
  'old-anger': 'One furious email two years ago (now archived), good customer since.',
  'watch-concern': 'On the watchlist: a concern raised.',
  'watch-strike-1': 'On the watchlist: first strike.',
  'watch-strike-2': 'On the watchlist: second strike.',
  'watch-final-notice': 'On the watchlist: final notice given.',
  'watch-forged': 'On the watchlist: strike 2 recorded from an agent\'s account in the team lead\'s name.',
};

/**
 * Builds the demo Zendesk account: agents, organizations, the demo requesters (see REQUESTER_KEYS)
 * and ordinary background requesters, with every date relative to `now`. The same seed and now
 * give the same account, byte for byte.
 */
export function createDemoAccount({ seed = DEFAULT_DEMO_SEED, now }: { seed?: number; now: Date }): DemoAccount {
  const rng = createRandom(seed);
  const nowMs = Math.floor(now.getTime() / 1000) * 1000;
  const flagged = watchlist(rng);
  // Last, so that adding this customer left every other record as it was.
  const forged = forgedWatchlist();
  const parts: PersonaDraft[] = [
    loyal(rng),
    outage(),
    latePayer(),
    abusive(),
    newcomer(),
    heavy(rng),
    unsafe(),
    oldAnger(),
    flagged,
    background(rng),
    forged,
  ];
  const m = materialize(
    {
      nowMs,
      agents: AGENTS,
      organizations: parts.flatMap((p) => p.organizations),
      people: parts.flatMap((p) => p.people),
      tickets: parts.flatMap((p) => p.tickets),
    },
    rng,
  );
  applyWarningHistory(
    {
      users: m.users,
      tickets: m.tickets,
      comments: m.comments,
      userIdByRef: m.userIdByRef,
      agents: AGENTS.map((a) => ({ id: m.userIdByRef[a.ref] ?? 0, name: a.name })),
      accountUrl: `https://${DEMO_COMPANY.subdomain}.zendesk.com`,
    },
    [...flagged.warningSteps, ...forged.warningSteps],
  );
  const requesters = {} as Record<RequesterKey, DemoRequester>;
  for (const key of REQUESTER_KEYS) {
    const userId = m.userIdByRef[key];
    const ids = m.ticketIdsByRequester[key] ?? [];
    const primaryTicketId = m.primaryByRequester[key] ?? ids[ids.length - 1];
    if (userId === undefined || primaryTicketId === undefined) throw new Error(`demo requester ${key} is missing`);
    requesters[key] = { key, userId, primaryTicketId, summary: SUMMARIES[key] };
  }
  const teamLeadId = m.userIdByRef['agent-ana'] ?? 0;
  return {
    seed,
    now: new Date(nowMs).toISOString(),
    subdomain: DEMO_COMPANY.subdomain,
    currentUserId: teamLeadId,
    agentIds: m.agentIds,
    teamLeadId,
    groupId: m.groupId,
    users: m.users,
    organizations: m.organizations,
    tickets: m.tickets,
    comments: m.comments,
    metricSets: m.metricSets,
    satisfactionRatings: m.satisfactionRatings,
    archivedTicketIds: m.archivedTicketIds,
    requesters,
    fields: DEMO_FIELDS,
  };
}
