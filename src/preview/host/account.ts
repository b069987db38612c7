import type { RequestHandler } from 'msw';
import type { AgentPersona, AgentRole } from './agents';

/**
 * What the preview host needs from a demo account: who the requesters are, the ticket an agent
 * would be looking at for each, and the mock Zendesk API that answers the app's requests.
 * Records keep the Zendesk REST field names (snake_case) so the conversation the host shows and
 * the JSON the app reads come from one place.
 */
export interface PreviewUser {
  id: number;
  name: string;
  email?: string | null;
  role?: string;
  locale?: string | null;
  time_zone?: string | null;
  created_at?: string;
  tags?: string[];
  organization_id?: number | null;
}

export interface PreviewComment {
  id: number;
  author_id: number;
  body: string;
  public: boolean;
  created_at: string;
}

export interface PreviewTicket {
  id: number;
  subject: string;
  status: string;
  priority?: string | null;
  requester_id: number;
  created_at: string;
  updated_at?: string;
  tags?: string[];
  comments: PreviewComment[];
}

export interface PreviewRequester {
  /** The stable name the switcher and `?requester=` use. */
  key: string;
  /** One line on who this requester is, shown in the switcher. */
  label: string;
  user: PreviewUser;
  /** The ticket the agent is viewing when this requester is picked. */
  ticketId: number;
}

export interface PreviewAccount {
  subdomain: string;
  /** Absolute origin the app's relative `/api/v2/...` URLs resolve against, as in Zendesk. */
  baseUrl: string;
  requesters: PreviewRequester[];
  /** Who is signed in, for each role the preview offers. */
  personas: Record<AgentRole, AgentPersona>;
  ticket(id: number): PreviewTicket | undefined;
  user(id: number): PreviewUser | undefined;
  handlers: RequestHandler[];
  /** A user's custom fields and tags as the mock API holds them (what writes change). */
  userRecord(id: number): { user_fields: Record<string, unknown>; tags: string[] } | undefined;
  /** Replaces a user's custom fields and tags, e.g. with another tab's writes. */
  setUserRecord(id: number, record: { user_fields: Record<string, unknown>; tags: string[] }): void;
  /** Makes the mock API's `/users/me` answer as this role's agent. */
  signIn(role: AgentRole): void;
  /** Fault names the mock API can inject (`?fault=`), empty when it has none. */
  faults: string[];
  setFault(name: string | null): void;
}
