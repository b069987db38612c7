import { z } from 'zod';
import type { HistoryComment } from '../../core/history';
import { parseWarningFields } from '../../core/warnings/fields';
import type { CurrentUserLike, WarningSettings, WarningUser } from '../../core/warnings/types';
import { readMarker, type TrailNote, type WarningTrail } from '../../core/warnings/verify';
import { commentsUrl } from '../history/endpoints';
import { ticketCommentsPageSchema } from '../schemas/responses';
import { isHttpError } from '../errors/http-error';
import { zendeskRequest, type WritePort } from './failure';
import { relativeNext } from './read';

/**
 * Reads what Zendesk itself keeps about a warning, to check the record on the customer against it
 * (`verifyWarning` in core): the notes on the ticket the record names, and who wrote them. A comment's
 * author is set by Zendesk and cannot be chosen by the writer, unlike a user field.
 */

/** The people already read, by id, shared between checks (the watchlist checks many customers). */
export type AuthorCache = Map<number, Promise<CurrentUserLike | null>>;

export interface TrailOptions {
  /** Comments the caller already has (the history's, by ticket id): earlier strikes' notes are looked for there. */
  notes?: Record<string, HistoryComment[]>;
  authors?: AuthorCache;
}

/** How many pages (100 comments each, newest first) of the record's ticket are read. */
const MAX_PAGES = 5;

const authorAnswer = z.object({
  user: z.object({ id: z.number().int(), name: z.string(), role: z.string().optional(), custom_role_id: z.number().int().nullish() }).loose(),
});

const membershipsAnswer = z.object({
  group_memberships: z.array(z.object({ group_id: z.number().int() }).loose()),
});

function gone(error: unknown): boolean {
  return isHttpError(error) && error.status === 404;
}

/**
 * Reads one author as Zendesk knows them now: role, custom role, and (only when lead groups are
 * set) their groups ([Users](https://developer.zendesk.com/api-reference/ticketing/users/users/),
 * [Group Memberships](https://developer.zendesk.com/api-reference/ticketing/groups/group_memberships/)).
 *
 * @param port - the ZAF client
 * @param id - the author's user id
 * @param settings - whether groups decide who is a lead
 * @returns the person, or null when Zendesk no longer has them (404)
 * @throws the request path's typed errors when a read fails otherwise
 * @example (await readAuthor(client, 601, settings))?.role // => 'agent'
 */
export async function readAuthor(port: WritePort, id: number, settings: WarningSettings): Promise<CurrentUserLike | null> {
  let answer: z.output<typeof authorAnswer>;
  try {
    answer = await zendeskRequest(port, 'GET', `/api/v2/users/${id}.json`, { schema: authorAnswer, idempotent: true });
  } catch (error) {
    if (gone(error)) return null;
    throw error;
  }
  const { user } = answer;
  const person: CurrentUserLike = { id: user.id, name: user.name, role: user.role ?? '', customRoleId: user.custom_role_id ?? null, groups: [] };
  if (settings.leadGroupIds.length > 0) {
    const memberships = await zendeskRequest(port, 'GET', `/api/v2/users/${id}/group_memberships.json`, { schema: membershipsAnswer, idempotent: true });
    person.groups = memberships.group_memberships.map((m) => ({ id: m.group_id }));
  }
  return person;
}

async function ticketNotes(port: WritePort, ticketId: number): Promise<TrailNote[]> {
  const notes: TrailNote[] = [];
  let url: string | null = commentsUrl(ticketId);
  for (let page = 0; url && page < MAX_PAGES; page++) {
    let parsed: z.output<typeof ticketCommentsPageSchema>;
    try {
      parsed = await zendeskRequest(port, 'GET', url, { schema: ticketCommentsPageSchema, idempotent: true });
    } catch (error) {
      // A deleted ticket takes its notes with it: the check then finds the note missing.
      if (gone(error)) return notes;
      throw error;
    }
    for (const c of parsed.comments) {
      notes.push({ id: c.id, ticketId, authorId: c.author_id, createdAt: c.created_at, public: c.public, body: c.plain_body ?? c.body ?? '' });
    }
    url = parsed.meta.has_more ? relativeNext(parsed.links.next) : null;
  }
  return notes;
}

/**
 * The notes and authors `verifyWarning` needs for a customer: the comments of the ticket the record
 * names (one request for most tickets), the app's notes among `options.notes`, and each note
 * author's role. Nothing is read for a customer without a warning record or level.
 *
 * @param port - the ZAF client
 * @param user - the customer as read (their `user_fields`)
 * @param settings - who counts as a team lead (decides whether groups are read)
 * @param options - comments the caller already has, and a cache of authors
 * @returns the trail to check the record against
 * @throws the request path's typed errors when Zendesk cannot be read (the check is then unknown, not failed)
 * @example verifyWarning(user, await readWarningTrail(client, user, settings), settings)
 */
export async function readWarningTrail(port: WritePort, user: WarningUser, settings: WarningSettings, options: TrailOptions = {}): Promise<WarningTrail> {
  const { level, record } = parseWarningFields(user.user_fields);
  if (!record && level === 0) return { notes: [], authors: {} };
  const byId = new Map<number, TrailNote>();
  for (const [ticket, comments] of Object.entries(options.notes ?? {})) {
    for (const c of comments) {
      const body = c.plain_body ?? c.body ?? '';
      if (!c.public && readMarker(body)) byId.set(c.id, { id: c.id, ticketId: Number(ticket), authorId: c.author_id, createdAt: c.created_at, public: c.public, body });
    }
  }
  if (record) for (const note of await ticketNotes(port, record.ticketId)) byId.set(note.id, note);
  // Only the notes that can decide a check: the app's strike and clear notes, and the one the record points to.
  const notes = [...byId.values()].filter((n) => n.id === record?.commentId || (readMarker(n.body)?.action ?? 'concern') !== 'concern');

  const cache = options.authors ?? new Map();
  const authors: Record<number, CurrentUserLike> = {};
  for (const id of new Set(notes.map((n) => n.authorId))) {
    let pending = cache.get(id);
    if (!pending) {
      pending = readAuthor(port, id, settings);
      cache.set(id, pending);
      // A failed read is not remembered, so the next check asks again.
      pending.catch(() => cache.delete(id));
    }
    const person = await pending;
    if (person) authors[id] = person;
  }
  return { notes, authors };
}
