import type { FlaggedUser } from '../../core/watchlist/row';
import { CONCERN_TAG, LEVEL_TAGS } from '../../core/warnings/fields';
import { abortReason, isAbortError } from '../clock';
import { causeOf, type LoadProblemCause } from '../history/problems';
import type { Requester } from '../request';
import { userSchema } from '../schemas/user';
import type { z } from 'zod';
import {
  exportPageEnvelope,
  flaggedExportUrl,
  flaggedSearchUrl,
  SEARCH_LAST_PAGE,
  SEARCH_PAGE_SIZE,
  searchPageEnvelope,
} from './endpoints';

/** The app's tags on a flagged customer: an open concern, or one of the three levels. */
export const FLAGGED_TAGS: readonly string[] = [CONCERN_TAG, LEVEL_TAGS[1], LEVEL_TAGS[2], LEVEL_TAGS[3]];

/** Export pages followed at most per tag (20,000 customers): a cursor that never ends must not loop forever. */
const MAX_EXPORT_PAGES = 200;

/** A page that could not be read: which tag, which page (null for the export), and why. */
export interface FlaggedSearchProblem {
  tag: string;
  page: number | null;
  cause: LoadProblemCause | 'too-many';
}

/** What the search has found so far; handed to `onUpdate` after every page, and returned at the end. */
export interface FlaggedSearchUpdate {
  /** Every customer found, each once, in the order found. */
  users: readonly FlaggedUser[];
  /** Pages read so far, answered or not. */
  pagesRead: number;
  /** Pages Zendesk answered: with none, an empty `users` says nothing about who is flagged. */
  pagesAnswered: number;
  /** Pages the search will read, once the first page of every tag is in; null before. */
  pagesExpected: number | null;
  /** Pages that could not be read: customers on them are missing from `users`. */
  problems: readonly FlaggedSearchProblem[];
  /** Results that were not a readable user record, left out. */
  unreadable: number;
  done: boolean;
}

export interface FlaggedSearchOptions {
  signal?: AbortSignal;
  /** The tags to search; the app's four by default. */
  tags?: readonly string[];
  onUpdate?: (update: FlaggedSearchUpdate) => void;
}

/**
 * Finds every customer carrying one of the app's tags through the Search API: one query per tag
 * (the union does not depend on how Zendesk combines repeated keywords), its pages read at once
 * through the shared request layer (bounded concurrency, 429 pauses), and, for a tag with more than
 * the Search API's 1,000 results, the export endpoint's cursor pages instead. A page that fails is
 * reported and the rest still counts, so a lead sees who was found and that some are missing.
 *
 * @param requester - the shared request layer (`requesterFor(client)`)
 * @param options - cancellation, the tags, and a listener for progress
 * @returns the customers found, with any page that could not be read
 * @example const { users, problems } = await searchFlaggedUsers(requesterFor(client));
 */
export async function searchFlaggedUsers(requester: Requester, options: FlaggedSearchOptions = {}): Promise<FlaggedSearchUpdate> {
  const { signal, onUpdate } = options;
  const tags = options.tags ?? FLAGGED_TAGS;
  const users = new Map<number, FlaggedUser>();
  const problems: FlaggedSearchProblem[] = [];
  let unreadable = 0;
  let pagesRead = 0;
  let pagesAnswered = 0;
  let expected = 0;
  let tagsSized = 0;

  const snapshot = (done: boolean): FlaggedSearchUpdate =>
    Object.freeze({
      users: [...users.values()],
      pagesRead,
      pagesAnswered,
      pagesExpected: tagsSized === tags.length ? expected : null,
      problems: [...problems],
      unreadable,
      done,
    });
  const report = () => onUpdate?.(snapshot(false));

  const add = (results: unknown[]) => {
    pagesAnswered += 1;
    for (const item of results) {
      const parsed = userSchema.safeParse(item);
      const type = typeof item === 'object' && item !== null ? (item as { result_type?: unknown }).result_type : undefined;
      if (!parsed.success || (type !== undefined && type !== 'user')) {
        unreadable += 1;
        continue;
      }
      if (!users.has(parsed.data.id)) users.set(parsed.data.id, parsed.data);
    }
  };

  const failed = (error: unknown, tag: string, page: number | null) => {
    if (isAbortError(error) || signal?.aborted) throw signal?.aborted ? abortReason(signal) : error;
    problems.push({ tag, page, cause: causeOf(error) });
  };

  const readPage = async (tag: string, page: number): Promise<void> => {
    try {
      const answer = await requester.getJson(flaggedSearchUrl(tag, page), searchPageEnvelope, { priority: 1, signal });
      add(answer.results);
    } catch (error) {
      failed(error, tag, page);
    }
    pagesRead += 1;
    report();
  };

  const readExport = async (tag: string): Promise<void> => {
    let after: string | null = null;
    for (let page = 1; ; page += 1) {
      if (page > MAX_EXPORT_PAGES) {
        problems.push({ tag, page: null, cause: 'too-many' });
        return;
      }
      try {
        const answer: z.output<typeof exportPageEnvelope> = await requester.getJson(flaggedExportUrl(tag, after), exportPageEnvelope, { priority: 1, signal });
        add(answer.results);
        pagesRead += 1;
        expected += 1;
        report();
        if (!answer.meta.has_more || !answer.meta.after_cursor || answer.meta.after_cursor === after) return;
        after = answer.meta.after_cursor;
      } catch (error) {
        failed(error, tag, null);
        report();
        return;
      }
    }
  };

  const readTag = async (tag: string): Promise<void> => {
    let count: number;
    try {
      const first = await requester.getJson(flaggedSearchUrl(tag, 1), searchPageEnvelope, { priority: 1, signal });
      add(first.results);
      count = first.count;
    } catch (error) {
      failed(error, tag, 1);
      pagesRead += 1;
      expected += 1;
      tagsSized += 1;
      report();
      return;
    }
    pagesRead += 1;
    if (count > SEARCH_LAST_PAGE * SEARCH_PAGE_SIZE) {
      // Past 1,000 the Search API stops (422); the export reads them all, the first 100 again included.
      expected += 1;
      tagsSized += 1;
      report();
      await readExport(tag);
      return;
    }
    const pages = Math.max(1, Math.ceil(count / SEARCH_PAGE_SIZE));
    expected += pages;
    tagsSized += 1;
    report();
    await Promise.all(Array.from({ length: pages - 1 }, (_, i) => readPage(tag, i + 2)));
  };

  await Promise.all(tags.map(readTag));
  const last = snapshot(true);
  onUpdate?.(last);
  return last;
}
