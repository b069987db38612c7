import type { z } from 'zod';
import { hasMarker } from '../../core/warnings/note';
import type { WarningUser } from '../../core/warnings/types';
import { commentsUrl } from '../history/endpoints';
import { ticketCommentsPageSchema, userResponseSchema } from '../schemas/responses';
import { zendeskRequest, type WritePort } from './failure';

/**
 * The reads the warning flag makes right before and right after writing: the requester's record
 * (to check the level and verify a write) and the ticket's comments (to find a note already written).
 */

/**
 * Reads the requester's record as it is now.
 *
 * @param port - the ZAF client
 * @param userId - the requester
 * @returns id, name, tags and user fields
 * @throws the request path's typed errors (see `failureOf`)
 * @example (await readRequester(client, 7)).user_fields
 */
export async function readRequester(port: WritePort, userId: number): Promise<WarningUser> {
  const { user } = await zendeskRequest(port, 'GET', `/api/v2/users/${userId}.json`, { schema: userResponseSchema, idempotent: true });
  return { id: user.id, name: user.name, tags: user.tags ?? [], user_fields: user.user_fields ?? {} };
}

/** How many pages of comments are searched for a note already written (newest first). */
const MAX_COMMENT_PAGES = 5;

export function relativeNext(next: string | null | undefined): string | null {
  if (!next) return null;
  try {
    const url = new URL(next, 'https://zendesk.invalid');
    const path = `${url.pathname}${url.search}`;
    return path.startsWith('/api/v2/tickets/') ? path : null;
  } catch {
    return null;
  }
}

/**
 * Finds the internal note an operation already wrote on a ticket, by its marker, so a retry never
 * adds a second note. Only private notes by `authorId` count, so a marker typed elsewhere cannot
 * fool it.
 *
 * @param port - the ZAF client
 * @param ticketId - the ticket the note goes on
 * @param op - the operation id
 * @param authorId - the person acting (the note's author)
 * @param marker - the text to look for; by default the operation's note marker
 * @returns the comment id, or null when there is no such note
 * @throws the request path's typed errors
 * @example await findOpNote(client, 55, action.op, action.by.id) // => 9001
 */
export async function findOpNote(
  port: WritePort,
  ticketId: number,
  op: string,
  authorId: number,
  marker?: string,
): Promise<number | null> {
  let url: string | null = commentsUrl(ticketId);
  for (let page = 0; url && page < MAX_COMMENT_PAGES; page++) {
    const answer: z.output<typeof ticketCommentsPageSchema> = await zendeskRequest(port, 'GET', url, { schema: ticketCommentsPageSchema, idempotent: true });
    for (const comment of answer.comments) {
      if (comment.public !== false || comment.author_id !== authorId) continue;
      const body = comment.plain_body ?? comment.body ?? '';
      if (marker ? body.includes(marker) : hasMarker(body, op)) return comment.id;
    }
    url = answer.meta.has_more ? relativeNext(answer.links.next) : null;
  }
  return null;
}
