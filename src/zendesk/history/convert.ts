import type { z } from 'zod';
import type { HistoryComment, HistoryOrganization, HistoryTicket, HistoryTicketMetrics, HistoryUser } from '../../core/history';
import type { organizationSchema } from '../schemas/organization';
import type { ticketSchema } from '../schemas/ticket';
import type { ticketCommentSchema } from '../schemas/ticket-comment';
import type { userSchema } from '../schemas/user';

// The schemas let unknown fields through; these copy only what the core reads, so a user's phone
// never reaches memory snapshots or the cache. A ticket's `description` is kept only when the
// requester wrote it: an agent's opening words are not the customer's, and are not kept at all.

export function toHistoryUser(user: z.output<typeof userSchema>): HistoryUser {
  return {
    id: user.id,
    name: user.name,
    created_at: user.created_at,
    ...(user.email !== undefined ? { email: user.email } : {}),
    ...(user.role !== undefined ? { role: user.role } : {}),
    ...(user.locale !== undefined ? { locale: user.locale } : {}),
    ...(user.organization_id !== undefined ? { organization_id: user.organization_id } : {}),
    ...(user.tags !== undefined ? { tags: user.tags } : {}),
    ...(user.user_fields !== undefined ? { user_fields: user.user_fields } : {}),
  };
}

export function toHistoryOrganization(org: z.output<typeof organizationSchema>): HistoryOrganization {
  return {
    id: org.id,
    name: org.name,
    ...(org.tags !== undefined ? { tags: org.tags } : {}),
    ...(org.organization_fields !== undefined ? { organization_fields: org.organization_fields } : {}),
  };
}

export function toHistoryTicket(ticket: z.output<typeof ticketSchema>, metrics: HistoryTicketMetrics | null): HistoryTicket {
  return {
    id: ticket.id,
    status: ticket.status,
    created_at: ticket.created_at,
    updated_at: ticket.updated_at,
    requester_id: ticket.requester_id,
    ...(ticket.subject !== undefined ? { subject: ticket.subject } : {}),
    ...(ticket.submitter_id !== undefined ? { submitter_id: ticket.submitter_id } : {}),
    ...(ticket.submitter_id === ticket.requester_id && ticket.description ? { description: ticket.description } : {}),
    ...(ticket.via ? { via: { channel: ticket.via.channel ?? null } } : {}),
    ...(ticket.tags !== undefined ? { tags: ticket.tags } : {}),
    ...(ticket.satisfaction_rating
      ? { satisfaction_rating: { score: ticket.satisfaction_rating.score, comment: ticket.satisfaction_rating.comment ?? null } }
      : ticket.satisfaction_rating === null
        ? { satisfaction_rating: null }
        : {}),
    ...(ticket.custom_fields !== undefined ? { custom_fields: ticket.custom_fields.map((f) => ({ id: f.id, value: f.value })) } : {}),
    ...(ticket.comment_count !== undefined ? { comment_count: ticket.comment_count } : {}),
    // Archived tickets have no metric set in the sideload: null says "not known", not "zero reopens".
    metric_set: metrics,
  };
}

export function toHistoryComment(comment: z.output<typeof ticketCommentSchema>): HistoryComment {
  return {
    id: comment.id,
    author_id: comment.author_id,
    public: comment.public,
    created_at: comment.created_at,
    ...(comment.body !== undefined ? { body: comment.body } : {}),
    ...(comment.html_body !== undefined ? { html_body: comment.html_body } : {}),
    ...(comment.plain_body !== undefined ? { plain_body: comment.plain_body } : {}),
    ...(comment.via ? { via: { channel: comment.via.channel ?? null } } : {}),
  };
}
