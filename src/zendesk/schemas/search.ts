import { z } from 'zod';
import { offsetPageFieldsSchema } from './pagination';
import { userSchema } from './user';

/** `GET /api/v2/search/count?query=...` (https://developer.zendesk.com/api-reference/ticketing/ticket-management/search/#show-results-count). */
export const searchCountSchema = z.object({ count: z.number().int().nonnegative() }).loose();

export type SearchCount = z.infer<typeof searchCountSchema>;

/** One user in search results: a user object with `result_type: "user"`. */
export const userSearchResultSchema = userSchema.extend({ result_type: z.literal('user') });

/**
 * A page of `GET /api/v2/search?query=type:user ...`: offset pagination (`page`, `per_page` up to 100),
 * results of other types are rejected because the query asked for users.
 */
export const userSearchPageSchema = offsetPageFieldsSchema
  .extend({
    results: z.array(userSearchResultSchema),
    facets: z.unknown().optional(),
  })
  .loose();

export type UserSearchPage = z.infer<typeof userSearchPageSchema>;
