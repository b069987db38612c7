import type { PreviewAccount, PreviewTicket, PreviewUser } from './account';
import type { AgentPersona } from './agents';
import type { ColorScheme, PreviewLocation } from './state';

/**
 * The objects `client.get` reads, in ZAF's camelCase shapes (Support Apps API: ticket, user,
 * currentUser, currentAccount; https://developer.zendesk.com/api-reference/apps/apps-support-api/).
 * Built from the same account records the mock REST API serves, so both views agree.
 */
export interface PropertyScope {
  account: PreviewAccount;
  ticket: PreviewTicket;
  requester: PreviewUser;
  agent: AgentPersona;
  locale: string;
  location: PreviewLocation;
  colorScheme: () => ColorScheme;
}

const TIME_ZONE = { name: 'UTC', ianaName: 'Etc/UTC', offset: 0, formattedOffset: 'GMT+00:00' };

function zafUser(user: PreviewUser) {
  return {
    id: user.id,
    name: user.name,
    email: user.email ?? null,
    role: user.role ?? 'end-user',
    locale: user.locale ?? 'en-US',
    timeZone: TIME_ZONE,
    tags: user.tags ?? [],
    externalId: null,
    avatarUrl: null,
    organizations: [],
    groups: [],
  };
}

function zafTicket(scope: PropertyScope) {
  const { ticket, account } = scope;
  return {
    id: ticket.id,
    subject: ticket.subject,
    description: ticket.comments[0]?.body ?? '',
    status: ticket.status,
    priority: ticket.priority ?? null,
    type: null,
    tags: ticket.tags ?? [],
    createdAt: ticket.created_at,
    updatedAt: ticket.updated_at ?? ticket.created_at,
    isNew: false,
    requester: zafUser(scope.requester),
    assignee: { user: { id: scope.agent.id, name: scope.agent.name }, group: scope.agent.groups[0] ?? null },
    conversation: ticket.comments.map((comment) => {
      const author = account.user(comment.author_id);
      return {
        author: { id: comment.author_id, name: author?.name ?? 'Unknown', role: author?.role ?? 'end-user' },
        channel: { name: 'web' },
        message: { content: comment.body, contentType: 'text/plain' },
        timestamp: comment.created_at,
      };
    }),
  };
}

export function buildProperties(scope: PropertyScope): Record<string, unknown> {
  const { agent } = scope;
  const properties: Record<string, unknown> = {
    currentUser: {
      id: agent.id,
      name: agent.name,
      email: agent.email,
      role: agent.role,
      locale: scope.locale,
      timeZone: TIME_ZONE,
      groups: agent.groups,
      organizations: [],
      tags: [],
      avatarUrl: null,
      externalId: null,
    },
    currentAccount: { subdomain: scope.account.subdomain, planName: 'Professional', timeZone: TIME_ZONE },
    // https://developer.zendesk.com/documentation/apps/app-developer-guide/dark-mode
    colorScheme: scope.colorScheme(),
  };
  // Each location exposes its own object: the ticket in ticket_sidebar, the user in user_sidebar.
  if (scope.location === 'ticket_sidebar') properties.ticket = zafTicket(scope);
  if (scope.location === 'user_sidebar') properties.user = zafUser(scope.requester);
  return properties;
}

/** Walks a dotted path such as `ticket.requester.name`; `found` is false when a step is missing. */
export function resolvePath(properties: Record<string, unknown>, path: string): { found: boolean; value: unknown } {
  let value: unknown = properties;
  for (const step of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, step)) return { found: false, value: undefined };
    value = (value as Record<string, unknown>)[step];
  }
  return { found: true, value };
}
