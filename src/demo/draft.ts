/**
 * The demo account is written as drafts (people and conversations, with times relative to now),
 * then materialized into Zendesk records with ids given in creation order, as Zendesk does.
 */

export type Channel = 'email' | 'web' | 'voice';

export interface DraftPerson {
  /** A local key, unique within the account. */
  ref: string;
  name: string;
  email: string;
  phone?: string;
  /** Days before now the user was created. */
  createdDaysAgo: number;
  orgRef?: string;
  tags?: string[];
  userFields?: Record<string, string | number | boolean | null>;
  /** Lines the person signs emails with. */
  signature?: string[];
  timeZone?: { name: string; iana: string };
}

export interface DraftOrganization {
  ref: string;
  name: string;
  domain: string;
  createdDaysAgo: number;
  tags: string[];
  fields: Record<string, string | number>;
  notes?: string;
}

export interface DraftVoiceCall {
  /** Call length in seconds. */
  durationSeconds: number;
  /** True when it went to voicemail rather than an agent. */
  voicemail: boolean;
}

export interface DraftMessage {
  by: 'customer' | 'agent' | 'note';
  text: string;
  /** Index into the agents, for agent replies and notes; a default is picked otherwise. */
  agent?: number;
  /** Minutes after the ticket was opened; spread out automatically when missing. */
  at?: number;
  rawHtml?: boolean;
  /** A phone call: the message is the call's transcription. */
  voice?: DraftVoiceCall;
}

export type DraftSatisfaction =
  | { score: 'good' | 'bad'; comment: string }
  | 'offered'
  | 'unoffered';

export interface DraftTicket {
  requesterRef: string;
  subject: string;
  channel: Channel;
  /** Days before now the ticket was opened (fractions allowed). */
  daysAgo: number;
  messages: DraftMessage[];
  tags?: string[];
  status?: 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed';
  satisfaction?: DraftSatisfaction;
  /** Agent minutes spent; estimated from the replies when missing. */
  timeSpentMinutes?: number;
  reopens?: number;
  type?: 'question' | 'incident' | 'problem' | 'task';
  priority?: 'urgent' | 'high' | 'normal' | 'low';
  product?: string;
  /** Agent index the ticket is assigned to. */
  assignee?: number;
  /** Marks the requester's ticket the preview opens. */
  primary?: boolean;
}
