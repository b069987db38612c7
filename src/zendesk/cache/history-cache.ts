import { z } from 'zod';
import type { AccountBaseline, HistoryComment, HistoryOrganization, HistoryTicket, HistoryUser } from '../../core/history';
import { systemClock, type Clock } from '../clock';
import { organizationSchema } from '../schemas/organization';
import { ticketSchema } from '../schemas/ticket';
import { ticketCommentSchema } from '../schemas/ticket-comment';
import { userSchema } from '../schemas/user';
import type { LoadProblemCause } from '../history/problems';
import { createMemoryStorage, createWebStorage, type StorageAdapter } from './storage';
import { storedEntry } from './stored-entry';

/** What the cache keeps of one requester: enough to show the history again without re-reading it. */
export interface CachedHistory {
  requesterId: number;
  savedAt: number;
  user: HistoryUser;
  organization: HistoryOrganization | null;
  /** Every ticket, newest activity first. */
  tickets: HistoryTicket[];
  /** The requester's ticket count when saved. */
  ticketsTotal: number;
  /** Per ticket id: the ticket's `updated_at` when its comments were read, and the summarised comments. */
  comments: Record<string, { updatedAt: string; comments: HistoryComment[] }>;
  /**
   * Tickets that could not be read, so a re-open still says so and can retry them: keyed by id
   * (`id:<id>`) or, when the id itself was unreadable, by the page and position it was on.
   */
  unreadable?: { key: string; id: number | null; cause: LoadProblemCause }[];
  /** Tickets whose comments could not be read (`partly`: some of them), as of the ticket's `updated_at` then. */
  commentFailures?: { id: number; updatedAt: string; cause: LoadProblemCause; partly: boolean }[];
}

export interface HistoryCacheOptions {
  /** Where entries go; by default localStorage when usable, else memory. */
  storage?: StorageAdapter;
  /** Keeps accounts apart when several share the browser's storage, e.g. the account's subdomain. */
  namespace?: string;
  /**
   * The agent the entries were read for. Agents see different tickets (a ticket one may not open
   * answers 403 to another), so one agent's entries are never shown to the next at the same browser.
   */
  agentId?: number;
  /** An entry older than this is ignored and replaced. Default 12 hours. */
  ttlMs?: number;
  /** Requesters kept; the oldest saved is dropped first. Default 30. */
  maxEntries?: number;
  /** An entry whose JSON is longer than this is not stored. Default 1,000,000 characters. */
  maxEntryChars?: number;
  /** The account baseline changes slowly and is the same for every requester. Default 24 hours. */
  baselineTtlMs?: number;
  clock?: Clock;
}

const metricSetSchema = z.object({ reopens: z.number().nullish(), replies: z.number().nullish() }).loose();
const cachedTicketSchema = ticketSchema.extend({ metric_set: metricSetSchema.nullish() });
const causeSchema = z.enum(['rate-limited', 'forbidden', 'not-found', 'server', 'network', 'timeout', 'unreadable']);
/** Every key this app writes starts so, whatever the account and agent. */
const APP_PREFIX = 'customer-fit:';

const cachedSchema = z.object({
  v: z.literal(2),
  requesterId: z.number(),
  savedAt: z.number(),
  expiresAt: z.number(),
  user: userSchema,
  organization: organizationSchema.nullable(),
  tickets: z.array(cachedTicketSchema),
  ticketsTotal: z.number().int().nonnegative(),
  comments: z.record(z.string(), z.object({ updatedAt: z.string(), comments: z.array(ticketCommentSchema) })),
  // Absent in entries written before they were kept: nothing known to be unread.
  unreadable: z.array(z.object({ key: z.string(), id: z.number().int().positive().nullable(), cause: causeSchema })).optional(),
  commentFailures: z.array(z.object({ id: z.number().int().positive(), updatedAt: z.string(), cause: causeSchema, partly: z.boolean() })).optional(),
});
const baselineSchema = z.object({
  savedAt: z.number(),
  expiresAt: z.number(),
  baseline: z.object({ tickets: z.number(), requesters: z.number(), windowDays: z.number() }),
});

/**
 * A per-requester cache of histories, bounded in age, count and size, in storage that may vanish,
 * keyed by account and agent. It writes only what `storedEntry` keeps, each entry with the moment it
 * expires, so `sweepExpiredEntries` can drop it at the app's next start without knowing the settings.
 * Entries are parsed on the way out like any other untrusted input: a corrupt or older entry is a miss.
 */
export class HistoryCache {
  readonly storage: StorageAdapter;
  private readonly prefix: string;
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly maxEntryChars: number;
  private readonly baselineTtlMs: number;
  private readonly clock: Clock;

  constructor(options: HistoryCacheOptions = {}) {
    this.storage = options.storage ?? defaultStorage();
    this.prefix = `${APP_PREFIX}${options.namespace ?? 'default'}:${options.agentId ?? 'any'}:`;
    this.ttlMs = options.ttlMs ?? 12 * 3_600_000;
    this.maxEntries = options.maxEntries ?? 30;
    this.maxEntryChars = options.maxEntryChars ?? 1_000_000;
    this.baselineTtlMs = options.baselineTtlMs ?? 24 * 3_600_000;
    this.clock = options.clock ?? systemClock;
  }

  /** The cached history of a requester, or null when absent, expired or unreadable. */
  read(requesterId: number): CachedHistory | null {
    const key = this.historyKey(requesterId);
    const parsed = this.parse(key, cachedSchema);
    if (!parsed || parsed.requesterId !== requesterId) return null;
    const now = this.clock.now();
    if (now - parsed.savedAt > this.ttlMs || now >= parsed.expiresAt) {
      this.storage.removeItem(key);
      return null;
    }
    const { v: _version, expiresAt: _expiresAt, ...entry } = parsed;
    return entry as CachedHistory;
  }

  /**
   * Stores what `storedEntry` keeps of a history, dropping the oldest entries past the count bound.
   * Returns false when it was not kept.
   */
  write(entry: Omit<CachedHistory, 'savedAt'>): boolean {
    const savedAt = this.clock.now();
    const json = JSON.stringify({ v: 2, savedAt, expiresAt: savedAt + this.ttlMs, ...storedEntry(entry) });
    if (json.length > this.maxEntryChars) return false;
    if (!this.storage.setItem(this.historyKey(entry.requesterId), json)) return false;
    this.enforceBound();
    return true;
  }

  /** The cached account baseline for a window, or null. */
  readBaseline(windowDays: number): AccountBaseline | null {
    const key = `${this.prefix}baseline:${windowDays}`;
    const parsed = this.parse(key, baselineSchema);
    const now = this.clock.now();
    if (!parsed || now - parsed.savedAt > this.baselineTtlMs || now >= parsed.expiresAt) return null;
    return parsed.baseline;
  }

  writeBaseline(baseline: AccountBaseline): void {
    const savedAt = this.clock.now();
    const { tickets, requesters, windowDays } = baseline;
    this.storage.setItem(`${this.prefix}baseline:${windowDays}`, JSON.stringify({ savedAt, expiresAt: savedAt + this.baselineTtlMs, baseline: { tickets, requesters, windowDays } }));
  }

  /** Forgets one requester, or everything this cache stored when no id is given. */
  clear(requesterId?: number): void {
    if (requesterId !== undefined) {
      this.storage.removeItem(this.historyKey(requesterId));
      return;
    }
    for (const key of this.storage.keys()) if (key.startsWith(this.prefix)) this.storage.removeItem(key);
  }

  private historyKey(requesterId: number): string {
    return `${this.prefix}history:${requesterId}`;
  }

  private parse<S extends z.ZodType>(key: string, schema: S): z.output<S> | null {
    const text = this.storage.getItem(key);
    if (text === null) return null;
    try {
      const parsed = schema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
    } catch {
      // Corrupt JSON: treated as a miss and removed below.
    }
    this.storage.removeItem(key);
    return null;
  }

  private enforceBound(): void {
    const historyPrefix = `${this.prefix}history:`;
    const entries: { key: string; savedAt: number }[] = [];
    for (const key of this.storage.keys()) {
      if (!key.startsWith(historyPrefix)) continue;
      const savedAt = readSavedAt(this.storage.getItem(key));
      entries.push({ key, savedAt });
    }
    if (entries.length <= this.maxEntries) return;
    entries.sort((a, b) => a.savedAt - b.savedAt);
    for (const { key } of entries.slice(0, entries.length - this.maxEntries)) this.storage.removeItem(key);
  }
}

/**
 * Removes every entry the app stored in this browser that has expired, for any account and agent,
 * and every entry without an expiry (written by an older version, or corrupt). The app calls it as
 * it starts, so an entry does not outlive its time limit just because its requester is not opened again.
 *
 * @param storage - where the entries are; by default the same storage a cache would use
 * @param now - the current time, in milliseconds
 * @returns how many entries were removed
 * @example sweepExpiredEntries(storage, Date.now()) // => 2
 */
export function sweepExpiredEntries(storage: StorageAdapter = defaultStorage(), now: number = systemClock.now()): number {
  let removed = 0;
  for (const key of storage.keys()) {
    if (!key.startsWith(APP_PREFIX)) continue;
    const expiresAt = readExpiresAt(storage.getItem(key));
    if (expiresAt !== null && expiresAt > now) continue;
    storage.removeItem(key);
    removed++;
  }
  return removed;
}

function readExpiresAt(text: string | null): number | null {
  try {
    const value: unknown = text === null ? null : JSON.parse(text);
    const expiresAt = typeof value === 'object' && value !== null ? (value as { expiresAt?: unknown }).expiresAt : undefined;
    return typeof expiresAt === 'number' && Number.isFinite(expiresAt) ? expiresAt : null;
  } catch {
    return null;
  }
}

function readSavedAt(text: string | null): number {
  const match = text ? /"savedAt":(\d+)/.exec(text) : null;
  return match ? Number(match[1]) : 0;
}

function defaultStorage(): StorageAdapter {
  const web = createWebStorage(() => (typeof globalThis.localStorage === 'undefined' ? null : globalThis.localStorage));
  return web ?? createMemoryStorage();
}
