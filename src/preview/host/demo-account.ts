import { createDemoAccount, createMockApi, FAULT_PRESETS, REQUESTER_KEYS, type ApiUser, type DemoAccount } from '../../demo';
import type { PreviewAccount, PreviewTicket, PreviewUser } from './account';
import { TEAM_LEADS_GROUP, type AgentPersona } from './agents';

function previewUser(user: ApiUser): PreviewUser {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    locale: user.locale,
    time_zone: user.time_zone,
    created_at: user.created_at,
    tags: user.tags,
    organization_id: user.organization_id,
  };
}

/**
 * The generated demo account and its mock API, seen the way the host page needs them. The API
 * serves the same account object, so what the app reads and what the page shows agree.
 */
export function createDemoPreviewAccount(now: Date): PreviewAccount {
  const demo: DemoAccount = createDemoAccount({ now });
  const { handlers, control } = createMockApi(demo);
  const users = new Map(demo.users.map((user) => [user.id, user]));
  const tickets = new Map(demo.tickets.map((ticket) => [ticket.id, ticket]));

  const persona = (id: number, role: AgentPersona['role']): AgentPersona => {
    const user = users.get(id);
    if (!user) throw new Error(`The demo account has no agent #${id}.`);
    const support = { id: demo.groupId, name: 'Support' };
    return { role, id, name: user.name, email: user.email, groups: role === 'admin' ? [support, TEAM_LEADS_GROUP] : [support] };
  };
  const agentId = demo.agentIds.find((id) => users.get(id)?.role === 'agent') ?? demo.agentIds[0] ?? demo.teamLeadId;
  const personas = { agent: persona(agentId, 'agent'), admin: persona(demo.teamLeadId, 'admin') };

  return {
    subdomain: demo.subdomain,
    baseUrl: `https://${demo.subdomain}.zendesk.com`,
    requesters: REQUESTER_KEYS.map((key) => {
      const requester = demo.requesters[key];
      const user = users.get(requester.userId);
      if (!user) throw new Error(`The demo account has no user for ${key}.`);
      return { key, label: requester.summary, user: previewUser(user), ticketId: requester.primaryTicketId };
    }),
    personas,
    ticket: (id): PreviewTicket | undefined => {
      const ticket = tickets.get(id);
      if (!ticket) return undefined;
      return {
        id: ticket.id,
        subject: ticket.subject,
        status: ticket.status,
        priority: ticket.priority,
        requester_id: ticket.requester_id,
        created_at: ticket.created_at,
        updated_at: ticket.updated_at,
        tags: ticket.tags,
        comments: (demo.comments[String(id)] ?? []).map((comment) => ({
          id: comment.id,
          author_id: comment.author_id,
          body: comment.plain_body || comment.body,
          public: comment.public,
          created_at: comment.created_at,
        })),
      };
    },
    user: (id) => {
      const user = users.get(id);
      return user ? previewUser(user) : undefined;
    },
    handlers,
    userRecord: (id) => {
      const user = users.get(id);
      return user ? structuredClone({ user_fields: user.user_fields, tags: user.tags }) : undefined;
    },
    setUserRecord: (id, record) => {
      const user = users.get(id);
      if (!user || typeof record.user_fields !== 'object' || !Array.isArray(record.tags)) return;
      user.user_fields = structuredClone(record.user_fields) as typeof user.user_fields;
      user.tags = record.tags.filter((t): t is string => typeof t === 'string');
    },
    faults: Object.keys(FAULT_PRESETS),
    setFault: (name) => control.setPreset(name && name in FAULT_PRESETS ? name : null),
    signIn: (role) => {
      // `GET /api/v2/users/me` answers with whoever is signed in, as currentUser does.
      demo.currentUserId = personas[role].id;
    },
  };
}
