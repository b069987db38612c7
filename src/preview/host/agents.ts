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
  label: string;
  id: number;
  name: string;
  email: string;
  groups: AgentGroup[];
}

const SUPPORT: AgentGroup = { id: 360_001, name: 'Support' };
const TEAM_LEADS: AgentGroup = { id: 360_002, name: 'Team leads' };

export const AGENT_PERSONAS: Record<AgentRole, AgentPersona> = {
  agent: { role: 'agent', label: 'Agent', id: 9001, name: 'Sam Rivera', email: 'sam@customer-fit-demo.example', groups: [SUPPORT] },
  admin: { role: 'admin', label: 'Team lead', id: 9002, name: 'Alex Morgan', email: 'alex@customer-fit-demo.example', groups: [SUPPORT, TEAM_LEADS] },
};

export function parseRole(value: string | null): AgentRole {
  return value === 'admin' || value === 'lead' ? 'admin' : 'agent';
}
