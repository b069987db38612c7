import { invalidPagination, type ZendeskErrorBody } from './errors';

/**
 * Zendesk's two pagination styles (https://developer.zendesk.com/api-reference/introduction/pagination/):
 * cursor pagination when `page[size]` is given (at most 100; `page[after]`/`page[before]`, answered
 * with `meta` and `links`), offset pagination otherwise (`page`, `per_page`, answered with
 * `next_page`, `previous_page` and `count`).
 */

export const MAX_PAGE_SIZE = 100;

/**
 * Offset pagination stops at the first 10,000 records: "offset-based pagination requests over the
 * first 10,000 records (100 pages) will result in a 400 Bad Request"
 * (https://developer.zendesk.com/documentation/api-basics/pagination/paginating-through-lists).
 */
export const OFFSET_RECORD_LIMIT = 10_000;

export type SortKey = [string | number, number];

export interface SortSpec<T> {
  key: (item: T) => SortKey;
  descending: boolean;
}

export type PageResult =
  | { ok: true; fields: Record<string, unknown>; items: number[] }
  | { ok: false; status: number; body: ZendeskErrorBody };

function compareKeys(a: SortKey, b: SortKey): number {
  const [a0, a1] = a;
  const [b0, b1] = b;
  if (a0 < b0) return -1;
  if (a0 > b0) return 1;
  return a1 - b1;
}

/** Sorts items by the spec (ties broken by id in the same direction). */
export function sortItems<T>(items: readonly T[], spec: SortSpec<T>): T[] {
  const sign = spec.descending ? -1 : 1;
  return items.toSorted((x, y) => sign * compareKeys(spec.key(x), spec.key(y)));
}

function encodeCursor(key: SortKey): string {
  return btoa(JSON.stringify(key)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

function decodeCursor(cursor: string): SortKey | null {
  try {
    const padded = cursor.replace(/-/g, '+').replace(/_/g, '/');
    const parsed: unknown = JSON.parse(atob(padded + '='.repeat((4 - (padded.length % 4)) % 4)));
    if (Array.isArray(parsed) && parsed.length === 2 && (typeof parsed[0] === 'string' || typeof parsed[0] === 'number') && typeof parsed[1] === 'number') {
      return [parsed[0], parsed[1]];
    }
  } catch {
    // fall through: an unreadable cursor is the client's error
  }
  return null;
}

function withParams(url: URL, set: Record<string, string>, remove: string[]): string {
  const next = new URL(url.toString());
  for (const name of remove) next.searchParams.delete(name);
  for (const [name, value] of Object.entries(set)) next.searchParams.set(name, value);
  return next.toString();
}

/**
 * Pages already-sorted items for a request. Returns the indexes of the page's items and the
 * envelope fields to add next to them.
 */
export function paginate<T>(sorted: readonly T[], spec: SortSpec<T>, url: URL, maxPageSize = MAX_PAGE_SIZE): PageResult {
  const params = url.searchParams;
  const sizeParam = params.get('page[size]');
  const sign = spec.descending ? -1 : 1;
  if (sizeParam !== null) {
    const size = Number(sizeParam);
    if (!Number.isInteger(size) || size < 1 || size > maxPageSize) {
      return { ok: false, status: 400, body: invalidPagination(`page[size] must be an integer from 1 to ${maxPageSize}`) };
    }
    const after = params.get('page[after]');
    const before = params.get('page[before]');
    let start = 0;
    let end = Math.min(sorted.length, size);
    if (after !== null || before !== null) {
      const key = decodeCursor((after ?? before) as string);
      if (!key) return { ok: false, status: 400, body: invalidPagination('The cursor is not valid') };
      if (after !== null) {
        start = sorted.findIndex((item) => sign * compareKeys(spec.key(item), key) > 0);
        if (start < 0) start = sorted.length;
        end = Math.min(sorted.length, start + size);
      } else {
        let firstAfter = sorted.findIndex((item) => sign * compareKeys(spec.key(item), key) >= 0);
        if (firstAfter < 0) firstAfter = sorted.length;
        end = firstAfter;
        start = Math.max(0, end - size);
      }
    }
    const items = Array.from({ length: Math.max(0, end - start) }, (_, i) => start + i);
    const first = sorted[start];
    const last = sorted[end - 1];
    const hasMore = end < sorted.length;
    const afterCursor = items.length > 0 && last !== undefined ? encodeCursor(spec.key(last)) : null;
    const beforeCursor = items.length > 0 && first !== undefined ? encodeCursor(spec.key(first)) : null;
    return {
      ok: true,
      items,
      fields: {
        meta: { has_more: hasMore, after_cursor: afterCursor, before_cursor: beforeCursor },
        links: {
          next: hasMore && afterCursor ? withParams(url, { 'page[after]': afterCursor }, ['page[before]']) : null,
          prev: start > 0 && beforeCursor ? withParams(url, { 'page[before]': beforeCursor }, ['page[after]']) : null,
        },
      },
    };
  }
  const perPage = Number(params.get('per_page') ?? MAX_PAGE_SIZE);
  const page = Number(params.get('page') ?? 1);
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PAGE_SIZE || !Number.isInteger(page) || page < 1) {
    return { ok: false, status: 400, body: invalidPagination(`per_page must be from 1 to ${MAX_PAGE_SIZE} and page at least 1`) };
  }
  const start = (page - 1) * perPage;
  if (start + perPage > OFFSET_RECORD_LIMIT) {
    return { ok: false, status: 400, body: invalidPagination(`Offset pagination is limited to the first ${OFFSET_RECORD_LIMIT} records; use cursor pagination (page[size])`) };
  }
  const end = Math.min(sorted.length, start + perPage);
  const items = Array.from({ length: Math.max(0, end - start) }, (_, i) => start + i);
  return {
    ok: true,
    items,
    fields: {
      next_page: end < sorted.length ? withParams(url, { page: String(page + 1), per_page: String(perPage) }, []) : null,
      previous_page: page > 1 ? withParams(url, { page: String(page - 1), per_page: String(perPage) }, []) : null,
      count: sorted.length,
    },
  };
}
