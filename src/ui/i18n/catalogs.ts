// Only the `ui` strings: the `app` section (the settings screen's labels and hints, the marketplace
// descriptions) is for Zendesk, and the named import keeps it out of the sidebar's bundle.
import { ui as en } from '../../../translations/en.json';
import { ui as de } from '../../../translations/de.json';
import type { Messages } from './translate';

/** The translation files the app ships, by language (their `ui` strings). */
export const catalogs: Record<string, Messages> = { en: { ui: en }, de: { ui: de } };
