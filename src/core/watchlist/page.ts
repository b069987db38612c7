/** One page of a list: its items, which page it is (from 1) and how many there are. */
export interface Page<T> {
  items: T[];
  page: number;
  pages: number;
  /** The 1-based positions of the first and last item shown; 0 and 0 for an empty list. */
  from: number;
  to: number;
  total: number;
}

/**
 * A page of `items`. A page past the end (the list shrank under a filter) gives the last page, so
 * the lead never sees an empty table while rows exist.
 *
 * @param items - the whole, already sorted list
 * @param page - the page asked for, from 1
 * @param size - items per page, at least 1
 * @returns the page
 * @example pageOf([1, 2, 3], 2, 2) // => { items: [3], page: 2, pages: 2, from: 3, to: 3, total: 3 }
 */
export function pageOf<T>(items: readonly T[], page: number, size: number): Page<T> {
  const perPage = Math.max(1, Math.floor(size));
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  const current = Math.min(pages, Math.max(1, Math.floor(page)));
  const start = (current - 1) * perPage;
  const slice = items.slice(start, start + perPage);
  return {
    items: slice,
    page: current,
    pages,
    from: slice.length ? start + 1 : 0,
    to: start + slice.length,
    total: items.length,
  };
}
