import en from '../../../translations/en.json';
import de from '../../../translations/de.json';
import type { Messages } from './translate';

/** The translation files the app ships, by language. */
export const catalogs: Record<string, Messages> = { en, de };
