import type { PreviewAccount, PreviewTicket, PreviewUser } from './account';
import { el } from './dom';

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

function when(iso: string): HTMLTimeElement {
  const date = new Date(iso);
  return el('time', { text: Number.isNaN(date.getTime()) ? iso : `${dateFormat.format(date)} UTC`, attrs: { datetime: iso } });
}

/**
 * The ticket as an agent reads it: subject, status, then each comment as plain text.
 * `requesterField` is the editable requester, as on a Zendesk ticket.
 */
export function ticketView(account: PreviewAccount, ticket: PreviewTicket, requester: PreviewUser, requesterField: Node): HTMLElement {
  const heading = el('h1', { className: 'ticket-subject', text: ticket.subject });
  const meta = el('p', { className: 'ticket-meta' }, [
    el('span', { className: 'ticket-id', text: `#${ticket.id}` }),
    document.createTextNode(' · '),
    el('span', { className: `status status-${ticket.status}`, text: ticket.status }),
    document.createTextNode(' · requested by '),
    requesterField,
    document.createTextNode(' · opened '),
    when(ticket.created_at),
  ]);
  const conversation = el('ol', { className: 'conversation', attrs: { 'aria-label': 'Conversation' } });
  for (const comment of ticket.comments) {
    const author = account.user(comment.author_id);
    const isAgent = author !== undefined && author.role !== 'end-user' && author.id !== requester.id;
    conversation.append(
      el('li', { className: `comment ${isAgent ? 'comment-agent' : 'comment-requester'}${comment.public ? '' : ' internal'}` }, [
        el('p', { className: 'comment-head' }, [
          el('strong', { text: author?.name ?? `User ${comment.author_id}` }),
          document.createTextNode(comment.public ? ' · ' : ' · internal note · '),
          when(comment.created_at),
        ]),
        el('p', { className: 'comment-body', text: comment.body }),
      ]),
    );
  }
  return el('section', { className: 'ticket', attrs: { 'aria-label': `Ticket #${ticket.id}` } }, [heading, meta, conversation]);
}

/** The user profile page, where user_sidebar apps appear. */
export function userView(user: PreviewUser, ticket: PreviewTicket): HTMLElement {
  return el('section', { className: 'ticket', attrs: { 'aria-label': `User ${user.name}` } }, [
    el('h1', { className: 'ticket-subject', text: user.name }),
    el('p', { className: 'ticket-meta', text: `${user.email ?? 'no email'} · end user · latest ticket #${ticket.id}` }),
    el('p', { className: 'comment-body', text: ticket.subject }),
  ]);
}
