import { DEMO_IDS } from '../../demo/company';

/**
 * The agent looking at the ticket. A team lead is an admin in Zendesk terms; both are in Support,
 * the lead also in a leads' group, so apps that gate by role or by group can be tried either way.
 */
export type AgentRole = 'agent' | 'admin';

export interface AgentGroup {
  id: number;
  name: string;
}

export interface AgentPersona {
  role: AgentRole;
  id: number;
  name: string;
  email: string;
  groups: AgentGroup[];
}

export const ROLE_LABELS: Record<AgentRole, string> = { agent: 'Agent', admin: 'Team lead' };

/** The group only team leads are in; apps may be set to recognise leads by it. */
export const TEAM_LEADS_GROUP: AgentGroup = { id: DEMO_IDS.leadsGroup, name: 'Team leads' };

export function parseRole(value: string | null): AgentRole {
  return value === 'admin' || value === 'lead' ? 'admin' : 'agent';
}
