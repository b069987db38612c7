export { DEFAULT_COMMENT_CAP, loadHistory, type LoadHandle, type LoadOptions, type LoadProgress, type LoadUpdate } from './load-history';
export type { LoadWait, WaitTarget } from './waiting';
export { PROVISIONAL_SHARE, type TicketCoverage } from './coverage';
export { readTicketRequester, type RequesterRef } from './requester';
export type { LoadProblem, LoadProblemCause, LoadProblemKind } from './problems';
export { HistoryCache, sweepExpiredEntries, type CachedHistory, type HistoryCacheOptions } from '../cache/history-cache';
export { defaultSummarise, summariserFor } from '../cache/summarise';
export { createMemoryStorage, createWebStorage, type StorageAdapter } from '../cache/storage';
