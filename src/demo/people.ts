import type { DraftOrganization, DraftPerson } from './draft';
import { DEMO_COMPANY, DEMO_IDS as IDS } from './company';
import type { Random } from './random';
import { DAY_MS, MINUTE_MS, isoSeconds } from './time';
import type { ApiOrganization, ApiUser } from './types';

/** An agent of the support company, with the title their signature shows. */
export interface DraftAgent extends DraftPerson {
  role: 'agent' | 'admin';
  title: string;
}

/** The people and organizations as records, with lookups from their draft refs. */
export interface MaterializedPeople {
  organizations: ApiOrganization[];
  users: ApiUser[];
  userIdByRef: Record<string, number>;
  personByRef: Record<string, DraftPerson>;
  agentIds: number[];
  orgIdByRef: Record<string, number>;
}

/** Turns the drafted organizations, agents and customers into Zendesk records, agents first. */
export function materializePeople(
  draft: { nowMs: number; agents: DraftAgent[]; organizations: DraftOrganization[]; people: DraftPerson[] },
  rng: Random,
): MaterializedPeople {
  const { nowMs } = draft;
  const orgIdByRef: Record<string, number> = {};
  const organizations: ApiOrganization[] = draft.organizations.map((o, i) => {
    const id = IDS.orgBase + i * 7;
    orgIdByRef[o.ref] = id;
    const created = nowMs - o.createdDaysAgo * DAY_MS;
    return {
      id,
      url: `https://${DEMO_COMPANY.subdomain}.zendesk.com/api/v2/organizations/${id}.json`,
      name: o.name,
      created_at: isoSeconds(created),
      updated_at: isoSeconds(created + 3 * DAY_MS),
      domain_names: [o.domain],
      details: null,
      notes: o.notes ?? null,
      external_id: null,
      group_id: null,
      shared_tickets: false,
      shared_comments: false,
      tags: o.tags,
      organization_fields: o.fields,
    };
  });

  const userIdByRef: Record<string, number> = {};
  const personByRef: Record<string, DraftPerson> = {};
  const users: ApiUser[] = [];
  const agentIds: number[] = [];
  const everyone: (DraftPerson & { role: ApiUser['role']; title?: string })[] = [
    ...draft.agents,
    ...draft.people.map((p) => ({ ...p, role: 'end-user' as const })),
  ];
  everyone.forEach((p, i) => {
    const id = IDS.userBase + i * 13;
    userIdByRef[p.ref] = id;
    personByRef[p.ref] = p;
    if (p.role !== 'end-user') agentIds.push(id);
    const created = nowMs - p.createdDaysAgo * DAY_MS;
    const tz = p.timeZone ?? { name: 'Eastern Time (US & Canada)', iana: 'America/New_York' };
    const user: ApiUser = {
      id,
      url: `https://${DEMO_COMPANY.subdomain}.zendesk.com/api/v2/users/${id}.json`,
      name: p.name,
      email: p.email,
      role: p.role,
      // Zendesk's role_type: 4 for an admin; null for agents without a custom role and end users.
      role_type: p.role === 'admin' ? 4 : null,
      custom_role_id: null,
      locale: 'en-US',
      locale_id: 1,
      time_zone: tz.name,
      iana_time_zone: tz.iana,
      created_at: isoSeconds(created),
      updated_at: isoSeconds(Math.min(nowMs, created + 2 * DAY_MS)),
      organization_id: p.orgRef ? (orgIdByRef[p.orgRef] ?? null) : null,
      phone: p.phone ?? null,
      shared_phone_number: p.phone ? false : null,
      photo: null,
      tags: p.tags ?? [],
      user_fields: p.userFields ?? {},
      active: true,
      verified: true,
      suspended: false,
      moderator: false,
      restricted_agent: p.role === 'end-user',
      only_private_comments: false,
      ticket_restriction: p.role === 'end-user' ? 'requested' : null,
      two_factor_auth_enabled: p.role === 'end-user' ? null : true,
      external_id: null,
      alias: '',
      details: '',
      notes: '',
      shared: false,
      shared_agent: false,
    };
    if (p.role !== 'end-user') {
      user.signature = [p.name, (p as DraftAgent).title ?? 'Support', DEMO_COMPANY.name].join('\n');
      user.default_group_id = IDS.group;
      user.last_login_at = isoSeconds(nowMs - rng.int(10, 600) * MINUTE_MS);
    }
    users.push(user);
  });
  return { organizations, users, userIdByRef, personByRef, agentIds, orgIdByRef };
}
