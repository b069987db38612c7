import { z } from 'zod';

/**
 * The cursor pagination envelope (https://developer.zendesk.com/api-reference/introduction/pagination/):
 * `meta.has_more` says whether another page follows, `meta.after_cursor` goes in `page[after]`,
 * and `links.next`/`links.prev` are ready-made URLs (null when there is none).
 */
export const cursorMetaSchema = z
  .object({
    has_more: z.boolean(),
    after_cursor: z.string().nullable(),
    before_cursor: z.string().nullable(),
  })
  .loose();

export const cursorLinksSchema = z
  .object({
    next: z.string().nullable(),
    prev: z.string().nullable(),
  })
  .loose();

/**
 * A cursor-paginated list: the records under `key`, plus `meta` and `links`.
 * Extra top-level keys (sideloads such as `metric_sets` or `users`) pass through.
 */
export function cursorPageSchema<K extends string, T extends z.ZodType>(key: K, item: T) {
  return z
    .object({
      [key]: z.array(item),
      meta: cursorMetaSchema,
      links: cursorLinksSchema,
    } as { [P in K]: z.ZodArray<T> } & { meta: typeof cursorMetaSchema; links: typeof cursorLinksSchema })
    .loose();
}

/**
 * The offset pagination envelope the Search API uses: `next_page`/`previous_page` URLs
 * (null at the ends) and `count`, the total number of results.
 */
export const offsetPageFieldsSchema = z.object({
  next_page: z.string().nullable(),
  previous_page: z.string().nullable(),
  count: z.number().int().nonnegative(),
});
