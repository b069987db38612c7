import { parseRole, type AgentRole } from './agents';

export const LOCATIONS = ['ticket_sidebar', 'user_sidebar', 'nav_bar'] as const;
export type PreviewLocation = (typeof LOCATIONS)[number];

/** Zendesk reports `currentUser.locale` as a locale code such as `en-US` or `de`. */
export type ColorScheme = 'light' | 'dark';

export const LOCALES = [
  { code: 'en-US', label: 'English' },
  { code: 'de', label: 'Deutsch' },
] as const;

/** Everything the page shows follows from this, and all of it round-trips through the URL. */
export interface PreviewState {
  requester: string;
  /** The ticket on screen; null means the requester's own demo ticket. */
  ticket: number | null;
  role: AgentRole;
  locale: string;
  location: PreviewLocation;
  fault: string | null;
  colorScheme: ColorScheme;
  settings: Record<string, unknown>;
  /** Keep customers' written fields and tags in common with other tabs and reloads (`share=1`). */
  share: boolean;
}

function parseLocale(value: string | null): string {
  if (!value) return 'en-US';
  const lower = value.toLowerCase();
  if (lower === 'de' || lower.startsWith('de-')) return 'de';
  if (lower === 'en' || lower.startsWith('en-')) return 'en-US';
  return value;
}

function parseLocation(value: string | null): PreviewLocation {
  return LOCATIONS.find((location) => location === value) ?? 'ticket_sidebar';
}

function parseSettings(value: string | null): Record<string, unknown> {
  if (!value) return {};
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function readState(search: string, defaultRequester: string): PreviewState {
  const params = new URLSearchParams(search);
  const ticket = Number.parseInt(params.get('ticket') ?? '', 10);
  return {
    requester: params.get('requester') ?? defaultRequester,
    ticket: Number.isSafeInteger(ticket) && ticket > 0 ? ticket : null,
    role: parseRole(params.get('role')),
    locale: parseLocale(params.get('locale')),
    location: parseLocation(params.get('location')),
    fault: params.get('fault') || null,
    colorScheme: params.get('colorScheme') === 'dark' ? 'dark' : 'light',
    settings: parseSettings(params.get('settings')),
    share: params.get('share') === '1' || params.get('share') === 'true',
  };
}

export function writeState(state: PreviewState): string {
  const params = new URLSearchParams();
  params.set('requester', state.requester);
  if (state.ticket !== null) params.set('ticket', String(state.ticket));
  if (state.role !== 'agent') params.set('role', state.role);
  if (state.locale !== 'en-US') params.set('locale', state.locale);
  if (state.location !== 'ticket_sidebar') params.set('location', state.location);
  if (state.fault) params.set('fault', state.fault);
  if (state.colorScheme !== 'light') params.set('colorScheme', state.colorScheme);
  if (Object.keys(state.settings).length > 0) params.set('settings', JSON.stringify(state.settings));
  if (state.share) params.set('share', '1');
  return `?${params.toString()}`;
}
