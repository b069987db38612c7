export { rate, scoreOf, bandOf, summaryOf } from './rate';
export { decayWeight, ageInDays, parseDate } from './decay';
export { patternStrength, type PatternRule } from './occurrence';
export { excerptAround } from './excerpt';
export { findChasing } from './chasing';
export { commentText, createReader, opensWithCustomer, opensWithRedFlag, readOpening, readText, type Reader } from './words';
export { levelOf } from './rate';
export type * from './types';
export { HISTORY_FACTOR_IDS } from './types';
