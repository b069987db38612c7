export { createDemoAccount, DEFAULT_DEMO_SEED } from './account';
export { toHistoryBundle, type HistoryBundle, type BundleTicket, type BundleOptions } from './bundle';
export { CUSTOMER_FIT_TAGS, CUSTOMER_FIT_TAG_LIST } from './watchlist-tags';
export { DEMO_COMPANY, DEMO_FIELDS, DEMO_APP_SETTINGS, ARCHIVE_AFTER_DAYS } from './company';
export { HEAVY_TICKET_COUNT } from './personas/heavy';
export * from './types';
export * from './api';
