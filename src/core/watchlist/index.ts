/** The team lead's watchlist: flagged customers as rows, their sorting, filters and pages. */
export { toWatchlistRow, type FlaggedUser, type LevelKey, type RowConcerns, type WatchlistRow } from './row';
export {
  applyQuery,
  DEFAULT_QUERY,
  type ActivityFilter,
  type BandFilter,
  type SortDirection,
  type SortKey,
  type WatchlistQuery,
} from './query';
export { pageOf, type Page } from './page';
export { ticketsCreatedWithin } from './recent';
