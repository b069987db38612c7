import { z } from 'zod';
import type { AccountBaseline, HistoryComment, HistoryOrganization, HistoryTicket, HistoryUser } from '../../core/history';
import { systemClock, type Clock } from '../clock';
import { organizationSchema } from '../schemas/organization';
import { ticketSchema } from '../schemas/ticket';
import { ticketCommentSchema } from '../schemas/ticket-comment';
import { userSchema } from '../schemas/user';
import type { LoadProblemCause } from '../history/problems';
import { createMemoryStorage, createWebStorage, type StorageAdapter } from './storage';

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
const cachedSchema = z.object({
  v: z.literal(1),
  requesterId: z.number(),
  savedAt: z.number(),
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
  baseline: z.object({ tickets: z.number(), requesters: z.number(), windowDays: z.number() }),
});

/**
 * A per-requester cache of histories, bounded in age, count and size, in storage that may vanish.
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
    this.prefix = `customer-fit:${options.namespace ?? 'default'}:`;
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
    if (this.clock.now() - parsed.savedAt > this.ttlMs) {
      this.storage.removeItem(key);
      return null;
    }
    const { v: _version, ...entry } = parsed;
    return entry as CachedHistory;
  }

  /** Stores a history, dropping the oldest entries past the count bound. Returns false when it was not kept. */
  write(entry: Omit<CachedHistory, 'savedAt'>): boolean {
    const json = JSON.stringify({ v: 1, savedAt: this.clock.now(), ...entry });
    if (json.length > this.maxEntryChars) return false;
    if (!this.storage.setItem(this.historyKey(entry.requesterId), json)) return false;
    this.enforceBound();
    return true;
  }

  /** The cached account baseline for a window, or null. */
  readBaseline(windowDays: number): AccountBaseline | null {
    const key = `${this.prefix}baseline:${windowDays}`;
    const parsed = this.parse(key, baselineSchema);
    if (!parsed || this.clock.now() - parsed.savedAt > this.baselineTtlMs) return null;
    return parsed.baseline;
  }

  writeBaseline(baseline: AccountBaseline): void {
    this.storage.setItem(`${this.prefix}baseline:${baseline.windowDays}`, JSON.stringify({ savedAt: this.clock.now(), baseline }));
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

function readSavedAt(text: string | null): number {
  const match = text ? /"savedAt":(\d+)/.exec(text) : null;
  return match ? Number(match[1]) : 0;
}

function defaultStorage(): StorageAdapter {
  const web = createWebStorage(() => (typeof globalThis.localStorage === 'undefined' ? null : globalThis.localStorage));
  return web ?? createMemoryStorage();
}
