/**
 * The demo account's records, in the shapes Zendesk's Support API serves them
 * (https://developer.zendesk.com/api-reference/). Fields follow the published OpenAPI schemas;
 * where the real API sends null for a field the schema does not mark nullable, the field is omitted.
 */

export interface ApiVia {
  channel: string;
  source: { from: Record<string, unknown>; to: Record<string, unknown>; rel: string | null };
}

export interface ApiUser {
  id: number;
  url: string;
  name: string;
  email: string;
  role: 'end-user' | 'agent' | 'admin';
  role_type: number | null;
  custom_role_id: number | null;
  locale: string;
  locale_id: number;
  time_zone: string;
  iana_time_zone: string;
  created_at: string;
  updated_at: string;
  last_login_at?: string;
  organization_id: number | null;
  phone: string | null;
  shared_phone_number: boolean | null;
  photo: null;
  tags: string[];
  user_fields: Record<string, string | number | boolean | null>;
  active: boolean;
  verified: boolean;
  suspended: boolean;
  moderator: boolean;
  restricted_agent: boolean;
  only_private_comments: boolean;
  ticket_restriction: string | null;
  two_factor_auth_enabled: boolean | null;
  external_id: string | null;
  alias: string;
  details: string;
  notes: string;
  shared: boolean;
  shared_agent: boolean;
  signature?: string;
  default_group_id?: number;
}

export interface ApiOrganization {
  id: number;
  url: string;
  name: string;
  created_at: string;
  updated_at: string;
  domain_names: string[];
  details: string | null;
  notes: string | null;
  external_id: string | null;
  group_id: number | null;
  shared_tickets: boolean;
  shared_comments: boolean;
  tags: string[];
  organization_fields: Record<string, string | number>;
}

/** The short satisfaction rating embedded in a ticket. */
export type ApiTicketSatisfaction =
  | { score: 'unoffered' | 'offered' }
  | { id: number; score: 'good' | 'bad'; comment: string };

export interface ApiTicket {
  url: string;
  id: number;
  via: ApiVia;
  created_at: string;
  updated_at: string;
  type: 'question' | 'incident' | 'problem' | 'task';
  subject: string;
  raw_subject: string;
  description: string;
  priority: 'urgent' | 'high' | 'normal' | 'low';
  status: 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed';
  recipient: string;
  requester_id: number;
  submitter_id: number;
  assignee_id: number;
  organization_id?: number;
  group_id: number;
  collaborator_ids: number[];
  follower_ids: number[];
  email_cc_ids: number[];
  has_incidents: boolean;
  is_public: boolean;
  due_at: null;
  tags: string[];
  custom_fields: { id: number; value: string }[];
  satisfaction_rating: ApiTicketSatisfaction;
  sharing_agreement_ids: number[];
  followup_ids: number[];
  ticket_form_id: number;
  brand_id: number;
  allow_channelback: boolean;
  allow_attachments: boolean;
  from_messaging_channel: boolean;
}

export interface ApiComment {
  id: number;
  type: 'Comment' | 'VoiceComment';
  author_id: number;
  body: string;
  html_body: string;
  plain_body: string;
  public: boolean;
  attachments: never[];
  audit_id: number;
  via: ApiVia;
  created_at: string;
  metadata: { system: Record<string, string>; custom: Record<string, never> };
  /** Voice comments only: the call. */
  data?: Record<string, string | number | null>;
}

export interface ApiMetricTime {
  calendar: number;
  business: number;
}

export interface ApiTicketMetricSet {
  url: string;
  id: number;
  ticket_id: number;
  created_at: string;
  updated_at: string;
  group_stations: number;
  assignee_stations: number;
  reopens: number;
  replies: number;
  assigned_at: string;
  initially_assigned_at: string;
  assignee_updated_at: string;
  requester_updated_at: string;
  status_updated_at: string;
  latest_comment_added_at: string;
  solved_at?: string;
  reply_time_in_minutes: ApiMetricTime;
  first_resolution_time_in_minutes?: ApiMetricTime;
  full_resolution_time_in_minutes?: ApiMetricTime;
  agent_wait_time_in_minutes: ApiMetricTime;
  requester_wait_time_in_minutes: ApiMetricTime;
  on_hold_time_in_minutes: ApiMetricTime;
}

export interface ApiSatisfactionRating {
  url: string;
  id: number;
  assignee_id: number;
  group_id: number;
  requester_id: number;
  ticket_id: number;
  score: 'good' | 'bad';
  comment: string;
  created_at: string;
  updated_at: string;
}

/** The requesters the demo is built around; each shows one pattern the app must rate fairly. */
export const REQUESTER_KEYS = [
  'loyal',
  'outage',
  'late-payer',
  'abusive',
  'newcomer',
  'heavy',
  'unsafe',
  'old-anger',
  'watch-concern',
  'watch-strike-1',
  'watch-strike-2',
  'watch-final-notice',
  'watch-forged',
] as const;

export type RequesterKey = (typeof REQUESTER_KEYS)[number];

export interface DemoRequester {
  key: RequesterKey;
  userId: number;
  /** The ticket the preview opens for this requester (their newest). */
  primaryTicketId: number;
  /** One line on what this requester's history shows, for people choosing a demo. */
  summary: string;
}

/** Ids and keys of the custom fields the demo account configures. */
export interface DemoFields {
  /** Ticket field holding agent time spent on the ticket, in minutes (a numeric field, sent as a string). */
  timeSpentTicketFieldId: number;
  /** Ticket field naming the product the ticket is about (a drop-down). */
  productTicketFieldId: number;
  /** User field key holding how many days the customer's oldest unpaid invoice is overdue. */
  overdueDaysUserFieldKey: string;
  /** Organization field key holding monthly recurring revenue, in `currency`. */
  mrrOrganizationFieldKey: string;
  currency: string;
}

export interface DemoAccount {
  seed: number;
  /** The instant the account was generated for; every date is relative to it. */
  now: string;
  subdomain: string;
  /** The agent the app runs as (`GET /api/v2/users/me`): the team lead. */
  currentUserId: number;
  agentIds: number[];
  teamLeadId: number;
  groupId: number;
  users: ApiUser[];
  organizations: ApiOrganization[];
  /** Every ticket, archived ones included, in id order. */
  tickets: ApiTicket[];
  /** Ticket comments by ticket id, oldest first. */
  comments: Record<string, ApiComment[]>;
  /** Ticket metric sets by ticket id. */
  metricSets: Record<string, ApiTicketMetricSet>;
  satisfactionRatings: ApiSatisfactionRating[];
  /**
   * Tickets closed more than 120 days before `now`, which Zendesk archives
   * (https://support.zendesk.com/hc/en-us/articles/4408887617050). `/tickets`,
   * `/organizations/{id}/tickets` and `/tickets/recent` leave them out; Show Ticket, List Comments,
   * Search and, per the current Tickets reference, the requested-tickets list return them.
   */
  archivedTicketIds: number[];
  requesters: Record<RequesterKey, DemoRequester>;
  fields: DemoFields;
}
