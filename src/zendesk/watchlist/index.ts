/** Reads for the team lead's watchlist: the flagged customers through Search, and the rows' ratings. */
export { FLAGGED_TAGS, searchFlaggedUsers, type FlaggedSearchOptions, type FlaggedSearchProblem, type FlaggedSearchUpdate } from './search-flagged';
export { RECENT_DAYS, RowRatings, type RowRating, type RowRatingsOptions, type RowRef } from './row-ratings';
export { flaggedExportUrl, flaggedSearchUrl, SEARCH_LAST_PAGE, SEARCH_PAGE_SIZE } from './endpoints';
