/**
 * The history of one requester, in the parts of Zendesk's API shapes that the core reads.
 * The zod schemas in src/zendesk parse API responses into these types; the core never sees raw JSON.
 * Unknown fields are allowed everywhere: the core ignores what it does not read.
 */

export interface HistoryUser {
  id: number;
  name: string;
  email?: string | null;
  role?: string;
  locale?: string | null;
  created_at: string;
  organization_id?: number | null;
  tags?: string[];
  user_fields?: Record<string, unknown>;
}

export interface HistoryOrganization {
  id: number;
  name: string;
  tags?: string[];
  organization_fields?: Record<string, unknown>;
}

export interface HistorySatisfactionRating {
  score: string; // "good" | "bad" | "offered" | "unoffered"
  comment?: string | null;
}

export interface HistoryTicketMetrics {
  reopens?: number | null;
  replies?: number | null;
}

export interface HistoryTicket {
  id: number;
  subject?: string | null;
  status: string;
  created_at: string;
  updated_at: string;
  requester_id: number;
  /** Who opened the ticket: the author of its first comment. */
  submitter_id?: number | null;
  /**
   * The ticket's opening message as the ticket list gives it (its first comment, plain text). The
   * rating reads it as the customer's words only when the submitter is the requester; an
   * agent-created ticket opens with the agent's words.
   */
  description?: string | null;
  via?: { channel?: string | number | null } | null;
  tags?: string[];
  satisfaction_rating?: HistorySatisfactionRating | null;
  custom_fields?: { id: number; value: unknown }[];
  /** Sideloaded with `include=comment_count`. */
  comment_count?: number | null;
  /** Sideloaded with `include=metric_sets`, joined onto the ticket by the loader. */
  metric_set?: HistoryTicketMetrics | null;
}

export interface HistoryComment {
  id: number;
  author_id: number;
  public: boolean;
  created_at: string;
  body?: string;
  html_body?: string;
  plain_body?: string;
  via?: { channel?: string | number | null } | null;
}

/** How busy the whole account was over the rating window, for the demand factor. */
export interface AccountBaseline {
  /** Tickets created in the account over the window (a search count). */
  tickets: number;
  /** Requesters who opened tickets in the account over the window (a search count of end users), at least 1. */
  requesters: number;
  /** The window the counts cover, in days. */
  windowDays: number;
}

export interface CustomerHistory {
  user: HistoryUser;
  organization: HistoryOrganization | null;
  /** The requester's tickets, any order. */
  tickets: HistoryTicket[];
  /** Comments by ticket id, for the tickets whose comments were read (the newest ones, up to a cap). */
  comments: Record<string, HistoryComment[]>;
  baseline?: AccountBaseline | null;
}
