import type { HistoryComment, HistoryOrganization, HistoryTicket, HistoryUser } from '../../core/history';
import { parseAmount } from '../../core/rating/fields';
import { withoutContactDetails } from '../../core/text/contact-details';
import type { CachedHistory } from './history-cache';

/**
 * What the cache writes of a history, and nothing more (docs/privacy.md lists it field by field):
 * the fields the rating reads, text with addresses and long numbers masked, no words of a comment
 * the rating does not read (an agent's reply, an internal note), and of the custom fields only those
 * holding a number. `Required` makes a field added to `CachedHistory` fail to compile here until it
 * is decided what of it may be kept.
 *
 * @param entry - the history as the loader hands it to the cache, comments already summarised
 * @returns the entry as it may be stored
 * @example storedEntry(entry).user // => { id: 7, name: 'Pat', created_at: '…', user_fields: { mrr: 125 } }
 */
export function storedEntry(entry: Omit<CachedHistory, 'savedAt'>): Required<Omit<CachedHistory, 'savedAt'>> {
  const { requesterId } = entry;
  return {
    requesterId,
    user: storedUser(entry.user),
    organization: entry.organization ? storedOrganization(entry.organization) : null,
    tickets: entry.tickets.map(storedTicket),
    ticketsTotal: entry.ticketsTotal,
    comments: Object.fromEntries(
      Object.entries(entry.comments).map(([id, read]) => [id, { updatedAt: read.updatedAt, comments: read.comments.map((c) => storedComment(c, requesterId)) }]),
    ),
    // What could not be read: ids, page positions, causes and dates, never text.
    unreadable: (entry.unreadable ?? []).map(({ key, id, cause }) => ({ key, id, cause })),
    commentFailures: (entry.commentFailures ?? []).map(({ id, updatedAt, cause, partly }) => ({ id, updatedAt, cause, partly })),
  };
}

function storedUser(user: HistoryUser): HistoryUser {
  return {
    id: user.id,
    name: withoutContactDetails(user.name),
    created_at: user.created_at,
    ...(user.organization_id !== undefined ? { organization_id: user.organization_id } : {}),
    ...(user.user_fields ? { user_fields: numbersOnly(user.user_fields) } : {}),
  };
}

function storedOrganization(organization: HistoryOrganization): HistoryOrganization {
  return {
    id: organization.id,
    name: withoutContactDetails(organization.name),
    ...(organization.organization_fields ? { organization_fields: numbersOnly(organization.organization_fields) } : {}),
  };
}

function storedTicket(ticket: HistoryTicket): HistoryTicket {
  const rating = ticket.satisfaction_rating;
  const metrics = ticket.metric_set;
  return {
    id: ticket.id,
    status: ticket.status,
    created_at: ticket.created_at,
    updated_at: ticket.updated_at,
    requester_id: ticket.requester_id,
    ...(ticket.subject !== undefined ? { subject: ticket.subject === null ? null : withoutContactDetails(ticket.subject) } : {}),
    ...(ticket.submitter_id !== undefined ? { submitter_id: ticket.submitter_id } : {}),
    ...(ticket.description ? { description: withoutContactDetails(ticket.description) } : {}),
    ...(ticket.via ? { via: { channel: ticket.via.channel ?? null } } : {}),
    ...(ticket.tags ? { tags: ticket.tags.map(withoutContactDetails) } : {}),
    ...(rating === undefined ? {} : { satisfaction_rating: rating && { score: rating.score, comment: rating.comment ? withoutContactDetails(rating.comment) : null } }),
    ...(ticket.custom_fields ? { custom_fields: ticket.custom_fields.filter((f) => isPlainNumber(f.value)).map((f) => ({ id: f.id, value: f.value })) } : {}),
    ...(ticket.comment_count !== undefined ? { comment_count: ticket.comment_count } : {}),
    ...(metrics === undefined ? {} : { metric_set: metrics && { reopens: metrics.reopens ?? null, replies: metrics.replies ?? null } }),
  };
}

function storedComment(comment: HistoryComment, requesterId: number): HistoryComment {
  // The rating reads the words of the requester's public comments only; of the others it counts
  // and dates them, so their text is not kept at all.
  const read = comment.author_id === requesterId && comment.public;
  return {
    id: comment.id,
    author_id: comment.author_id,
    public: comment.public,
    created_at: comment.created_at,
    ...(comment.via ? { via: { channel: comment.via.channel ?? null } } : {}),
    body: read ? withoutContactDetails(comment.body ?? '') : '',
  };
}

/** The fields the rating can read an amount or a day count from; a long number (a card's, say) is not one. */
function numbersOnly(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => isPlainNumber(value)));
}

function isPlainNumber(value: unknown): boolean {
  if (typeof value !== 'number' && typeof value !== 'string') return false;
  return parseAmount(value) !== null && withoutContactDetails(String(value)) === String(value);
}
