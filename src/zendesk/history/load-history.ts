import type { AccountBaseline, CustomerHistory, HistoryComment, HistoryOrganization, HistoryTicket, HistoryTicketMetrics, HistoryUser } from '../../core/history';
import type { CachedHistory, HistoryCache } from '../cache/history-cache';
import { defaultSummarise } from '../cache/summarise';
import { createReader, opensWithRedFlag } from '../../core/rating';
import { abortReason, isAbortError, systemClock, type Clock } from '../clock';
import type { RequestPort } from '../port';
import { requesterFor, type RequestAttempt, type Requester } from '../request';
import { organizationResponseSchema } from '../schemas/responses';
import { ticketSchema } from '../schemas/ticket';
import { ticketCommentSchema } from '../schemas/ticket-comment';
import { ticketMetricSetSchema } from '../schemas/ticket-metric-set';
import type { Priority } from '../scheduler';
import { toHistoryComment, toHistoryOrganization, toHistoryTicket, toHistoryUser } from './convert';
import {
  commentPageEnvelope,
  commentsUrl,
  countEnvelope,
  baselineCountUrls,
  organizationUrl,
  requestedTicketsUrl,
  ticketEnvelope,
  ticketPageEnvelope,
  ticketUrl,
  userEnvelope,
  userUrl,
} from './endpoints';
import { ArchivedReader } from './archived-reader';
import { coverageOf, knownTotal, missingTickets, type CountFacts, type TicketCoverage } from './coverage';
import { causeOf, isRetryable, type LoadProblem, type LoadProblemCause } from './problems';
import type { RequesterRef } from './requester';
import { longestWait, toLoadWait, type LoadWait, type WaitTarget } from './waiting';

export type { TicketCoverage } from './coverage';

export interface LoadProgress {
  /** Tickets in the history so far. */
  ticketsRead: number;
  /** The requester's ticket count, null until known. */
  ticketsTotal: number | null;
  /** Tickets whose comments are in the history. */
  commentsRead: number;
  /** Tickets whose comments will be read: the newest and those that open with a red flag, up to the cap. */
  commentsTotal: number;
}

/** One immutable snapshot of a load, handed to `onUpdate` each time it has something new. */
export interface LoadUpdate {
  requesterId: number | null;
  /** null until the first rating can be computed (the user and the first page of tickets are in). */
  history: CustomerHistory | null;
  progress: LoadProgress;
  coverage: TicketCoverage;
  /** What could not be read, for sentences such as "2 tickets could not be read". */
  problems: readonly LoadProblem[];
  /** true on the last update of this load (or of a retry). */
  done: boolean;
  /** 'no-requester' when the ticket has no requester yet: a clear empty state, not an error. */
  empty: 'no-requester' | null;
  /** true while the history shown is the cached one and the fresh check has not answered yet. */
  fromCache: boolean;
  /** Before the first rating, the read it waits for while Zendesk has not answered; null otherwise. */
  waiting: LoadWait | null;
  /** On the last update, when some problem may go away by asking again: re-reads only what failed. */
  retry: (() => LoadHandle) | null;
}

export interface LoadHandle {
  /** Resolves with the last update; rejects with an AbortError when cancelled. */
  readonly finished: Promise<LoadUpdate>;
  /** Stops every request of this load that has not started; no update follows. */
  cancel(): void;
}

export interface LoadOptions {
  /**
   * Tickets whose comment threads are read: the newest half of the cap, and up to the other half
   * for older tickets whose opening message shows a red flag (see `flagged`); slots those leave
   * free go to the next newest once the whole list is in. Default 30.
   */
  commentCap?: number;
  /**
   * Whether a listed ticket's opening message shows a red flag (its thread is then worth reading).
   * Default: the patterns alone; the sidebar passes its own reader's answer, so each opening message
   * is classified once, for this and for the rating.
   */
  flagged?: (ticket: HistoryTicket) => boolean;
  /** The window of the account baseline, in days. Default 90. */
  baselineWindowDays?: number;
  /** Cancels the load, like `cancel()`. */
  signal?: AbortSignal;
  /** Per-requester cache; null or absent reads everything every time. */
  cache?: HistoryCache | null;
  /** What the cache keeps of a comment (never the full body). Default: metadata and the passages around signals. */
  summarise?: (comment: HistoryComment) => HistoryComment;
  /** Least time between two updates while loading, in ms. Default 150. */
  updateIntervalMs?: number;
  clock?: Clock;
  /** The request layer; by default the one shared by every load through `port`. */
  requester?: Requester;
}

interface Settings {
  cap: number;
  flagged: (ticket: HistoryTicket) => boolean;
  windowDays: number;
  interval: number;
  clock: Clock;
  cache: HistoryCache | null;
  summarise: (comment: HistoryComment) => HistoryComment;
}

/** What a run reads: a cold load reads everything, a warm one checks what changed, a retry what failed. */
interface Plan {
  user: boolean;
  baseline: boolean;
  /** Search for archived tickets from this page once the list is read; undefined: not at all. */
  archivedFrom?: number;
  /** Read the ticket list from this cursor (null: from the start); undefined: not at all. */
  listFrom?: string | null;
  /** Stop paging once a page ends with a ticket updated before this (warm re-open). */
  listStopBefore?: string | null;
  organizationId?: number;
  ticketIds: number[];
  commentIds: number[];
}

/**
 * Loads what the rating needs about a requester, progressively: `onUpdate` receives a first history
 * as soon as the user and the first page of tickets are in (each listed ticket carries its opening
 * message), then refined snapshots as comment threads arrive
 * (throttled), then a last one with `done: true`. Nothing breaks on a bad answer: what could not be
 * read is listed in `problems`, with a `retry` that re-reads only that.
 *
 * @param port - the ZAF client (or `createFetchPort` in Node); every url is a relative `/api/v2/...`
 * @param requester - the ticket's requester (`readTicketRequester`), its id, or null when there is none yet
 * @param options - caps, cache, cancellation; see {@link LoadOptions}
 * @param onUpdate - called with immutable snapshots; never after `cancel()`
 * @example
 * const handle = loadHistory(client, await readTicketRequester(client), { cache }, (u) => render(u));
 * // later: handle.cancel();
 */
export function loadHistory(
  port: RequestPort,
  requester: number | RequesterRef | null,
  options: LoadOptions,
  onUpdate: (update: LoadUpdate) => void,
): LoadHandle {
  const ref: RequesterRef | null = requester === null ? null : typeof requester === 'number' ? { id: requester } : requester;
  const patterns = createReader(null);
  const settings: Settings = {
    cap: Math.max(0, Math.floor(options.commentCap ?? DEFAULT_COMMENT_CAP)),
    flagged: options.flagged ?? ((ticket) => ref !== null && opensWithRedFlag(ticket, ref.id, patterns, 'balanced')),
    windowDays: options.baselineWindowDays ?? 90,
    interval: options.updateIntervalMs ?? 150,
    clock: options.clock ?? systemClock,
    cache: options.cache ?? null,
    summarise: options.summarise ?? defaultSummarise,
  };
  if (!ref || !Number.isFinite(ref.id) || ref.id <= 0) {
    const update: LoadUpdate = Object.freeze({
      requesterId: null,
      history: null,
      progress: Object.freeze({ ticketsRead: 0, ticketsTotal: 0, commentsRead: 0, commentsTotal: 0 }),
      coverage: Object.freeze({ read: 0, total: 0, provisional: false }),
      problems: Object.freeze([]),
      done: true,
      empty: 'no-requester',
      fromCache: false,
      waiting: null,
      retry: null,
    });
    const finished = Promise.resolve().then(() => {
      onUpdate(update);
      return update;
    });
    return { finished, cancel: () => {} };
  }
  const load = new HistoryLoad(ref, settings, options.requester ?? requesterFor(port), onUpdate);
  const cached = settings.cache?.read(ref.id) ?? null;
  const baseline = settings.cache?.readBaseline(settings.windowDays) ?? null;
  return load.start(load.initialPlan(cached, baseline), options.signal);
}

class HistoryLoad {
  private user: HistoryUser | null = null;
  private userCause: LoadProblemCause | null = null;
  private organization: HistoryOrganization | null = null;
  private organizationCause: LoadProblemCause | null = null;
  /** Newest activity first. */
  private tickets = new Map<number, HistoryTicket>();
  /** Tickets that did not parse: by id when the id could be read, else by position. */
  private unreadable = new Map<string, { id: number | null; cause: LoadProblemCause }>();
  private listFailure: { after: string | null; cause: LoadProblemCause } | null = null;
  /** The archived search (and export), with its failure and count. */
  private readonly archived: ArchivedReader;
  /** A re-open from the cache: its list reads only what changed. */
  private warm = false;
  private listStarted = false;
  private firstPageSettled = false;
  /** The list and the archived search have ended (read or failed): free comment slots can be filled. */
  private listSettled = false;
  private ticketsTotal: number | null = null;
  private comments = new Map<number, HistoryComment[]>();
  /** The summaries the cache will keep, and the ticket's updated_at when its comments were read. */
  private summaries = new Map<number, { updatedAt: string; comments: HistoryComment[] }>();
  private commentFailures = new Map<number, LoadProblemCause>();
  /** Comment failures the cache kept: read again only once their ticket changes, or on retry. */
  private keptCommentFailures = new Set<number>();
  private partlyUnreadableComments = new Set<number>();
  /** The ticket's updated_at when its comments were last read, partly readable ones included. */
  private commentsReadAt = new Map<number, string>();
  private commentsQueued = new Set<number>();
  private deleted = new Set<number>();
  private flags = new WeakMap<HistoryTicket, boolean>();
  private baseline: AccountBaseline | null = null;
  private baselineCause: LoadProblemCause | null = null;
  private baselineWanted = false;
  private fromCache = false;
  private running: LoadHandle | null = null;
  /** Reads the first rating needs that Zendesk has not answered yet. */
  private waits = new Map<WaitTarget, LoadWait>();

  private ready = false;
  private lastEmit = -Infinity;
  private trailing: AbortController | null = null;
  private signal: AbortSignal = new AbortController().signal;
  /** Reads started along the way (comments, the account counts), awaited before the load is done. */
  private pending: Promise<void>[] = [];

  constructor(
    private readonly ref: RequesterRef,
    private readonly settings: Settings,
    private readonly requester: Requester,
    private readonly onUpdate: (update: LoadUpdate) => void,
  ) {
    this.archived = new ArchivedReader({
      userId: ref.id,
      now: () => settings.clock.now(),
      get: (url, schema, priority) => this.get(url, schema, priority),
      addResults: (results, pageKey) => this.addNewResults(results, pageKey),
      pageDone: () => {
        this.queueNewestComments();
        this.emit();
      },
      rethrowAbort: (error) => this.rethrowAbort(error),
    });
  }

  initialPlan(cached: CachedHistory | null, baseline: AccountBaseline | null): Plan {
    if (baseline) this.baseline = baseline;
    if (!cached) {
      return { user: true, baseline: !baseline, listFrom: null, archivedFrom: 1, ticketIds: [], commentIds: [] };
    }
    // Warm: show the cached history at once, then ask only for what changed since.
    this.fromCache = true;
    this.warm = true;
    this.user = cached.user;
    this.organization = cached.organization;
    for (const ticket of cached.tickets) this.tickets.set(ticket.id, ticket);
    this.ticketsTotal = cached.ticketsTotal;
    for (const [id, entry] of Object.entries(cached.comments)) {
      this.comments.set(Number(id), entry.comments);
      this.summaries.set(Number(id), entry);
    }
    // What could not be read stays said, and stays offered to retry, until it is read.
    for (const { key, id, cause } of cached.unreadable ?? []) this.unreadable.set(key, { id, cause });
    for (const { id, updatedAt, cause, partly } of cached.commentFailures ?? []) {
      if (partly) this.partlyUnreadableComments.add(id);
      else this.commentFailures.set(id, cause);
      this.keptCommentFailures.add(id);
      this.commentsReadAt.set(id, updatedAt);
    }
    this.firstPageSettled = true;
    this.listSettled = true;
    this.ready = true;
    this.archived.done = true;
    const watermark = cached.tickets.reduce<string | null>((max, t) => (max === null || later(t.updated_at, max) ? t.updated_at : max), null);
    // Archived tickets are closed for good: the cached ones stand, and no new one can appear.
    return { user: true, baseline: !baseline, listFrom: null, listStopBefore: watermark, ticketIds: [], commentIds: [] };
  }

  start(plan: Plan, outer?: AbortSignal): LoadHandle {
    const controller = new AbortController();
    if (outer) {
      if (outer.aborted) controller.abort(abortReason(outer));
      else outer.addEventListener('abort', () => controller.abort(abortReason(outer)), { once: true });
    }
    this.signal = controller.signal;
    if (this.fromCache) queueMicrotask(() => this.emit(false, true));
    const finished = this.run(plan).then(
      () => {
        this.stopTrailing();
        this.fromCache = false;
        this.saveToCache();
        return this.emit(true, true);
      },
      (error: unknown) => {
        this.stopTrailing();
        throw isAbortError(error) || this.signal.aborted ? abortReason(this.signal) : error;
      },
    );
    // The caller may never await `finished`; a cancelled load must not surface as an unhandled rejection.
    finished.catch(() => {});
    const handle: LoadHandle = { finished, cancel: () => controller.abort() };
    this.running = handle;
    void finished.then(
      () => (this.running = null),
      () => (this.running = null),
    );
    return handle;
  }

  private async run(plan: Plan): Promise<void> {
    const tasks: Promise<void>[] = [];
    if (plan.user) tasks.push(this.readUser());
    else if (plan.organizationId !== undefined) tasks.push(this.readOrganization(plan.organizationId));
    this.baselineWanted = plan.baseline;
    this.startBaselineOnceTicketsExist();
    if (plan.listFrom !== undefined) tasks.push(this.readListThenArchived(plan));
    else if (plan.archivedFrom !== undefined) tasks.push(this.readArchived(plan.archivedFrom).then(() => this.settleList()));
    else {
      this.firstPageSettled = true;
      this.listSettled = true;
    }
    if (plan.ticketIds.length) tasks.push(this.readTickets(plan.ticketIds));
    for (const id of plan.commentIds) this.queueComments(id);
    if (plan.listFrom === undefined) this.queueNewestComments();
    await Promise.all(tasks);
    // Comment reads (and the account counts) are queued as pages arrive; wait until no more are added.
    while (this.pending.length) {
      const pending = this.pending;
      this.pending = [];
      await Promise.all(pending);
    }
    this.throwIfAborted();
  }

  /** `waitFor` names a read the first rating needs, so each of its tries is shown while it has not answered. */
  private async get<T>(url: string, schema: Parameters<Requester['getJson']>[1], priority: Priority, waitFor?: WaitTarget): Promise<T> {
    if (!waitFor || this.ready) return this.requester.getJson(url, schema, { priority, signal: this.signal }) as Promise<T>;
    const onAttempt = (attempt: RequestAttempt) => {
      this.waits.set(waitFor, toLoadWait(waitFor, attempt));
      this.emit(false, true);
    };
    try {
      return (await this.requester.getJson(url, schema, { priority, signal: this.signal, onAttempt })) as T;
    } finally {
      this.waits.delete(waitFor);
    }
  }

  private throwIfAborted(): void {
    if (this.signal.aborted) throw abortReason(this.signal);
  }

  private rethrowAbort(error: unknown): void {
    if (isAbortError(error) || this.signal.aborted) throw this.signal.aborted ? abortReason(this.signal) : error;
  }

  private async readUser(): Promise<void> {
    this.userCause = null;
    try {
      const answer = await this.get<ReturnType<typeof userEnvelope.parse>>(userUrl(this.ref.id), userEnvelope, 0, 'user');
      this.user = toHistoryUser(answer.user);
      const orgId = answer.user.organization_id;
      if (orgId === null || orgId === undefined) {
        this.organization = null;
      } else {
        const sideloaded = answer.organizations?.find((org) => org.id === orgId);
        if (sideloaded) this.organization = toHistoryOrganization(sideloaded);
        else await this.readOrganization(orgId);
      }
    } catch (error) {
      this.rethrowAbort(error);
      this.userCause = causeOf(error);
    }
    this.emit();
  }

  private async readOrganization(orgId: number): Promise<void> {
    this.organizationCause = null;
    try {
      const answer = await this.get<ReturnType<typeof organizationResponseSchema.parse>>(organizationUrl(orgId), organizationResponseSchema, 0);
      this.organization = toHistoryOrganization(answer.organization);
    } catch (error) {
      this.rethrowAbort(error);
      this.organizationCause = causeOf(error);
    }
  }

  private async readListThenArchived(plan: Plan): Promise<void> {
    const complete = await this.readList(plan.listFrom ?? null, plan.listStopBefore ?? null);
    if (complete && plan.archivedFrom !== undefined) await this.readArchived(plan.archivedFrom);
    this.settleList();
  }

  /** The whole list is known (or what could be read of it): the comment slots left free go to the next newest. */
  private settleList(): void {
    this.listSettled = true;
    this.queueNewestComments();
    this.emit();
  }

  /** Reads the archived tickets; once all are in, the total is what the history holds. */
  private async readArchived(fromPage: number): Promise<void> {
    if (await this.archived.read(fromPage)) this.ticketsTotal = this.tickets.size + this.unreadableCount();
  }

  /** Adds the search results the history does not hold yet; returns how many those were. */
  private addNewResults(results: unknown[], pageKey: string): number {
    const known = new Set(this.tickets.keys());
    const news = results.filter((r) => {
      const id = readId(r);
      return id === null || !known.has(id);
    });
    this.addTickets(news, [], pageKey);
    return news.length;
  }

  /**
   * The account baseline only matters to a requester with tickets; a requester with none costs no
   * account-wide search. It starts with the first ticket read, next to the first comments.
   */
  private startBaselineOnceTicketsExist(): void {
    if (!this.baselineWanted || this.tickets.size === 0) return;
    this.baselineWanted = false;
    const read = this.readBaseline();
    read.catch(() => {});
    this.pending.push(read);
  }

  private async readBaseline(): Promise<void> {
    this.baselineCause = null;
    const urls = baselineCountUrls(this.settings.clock.now(), this.settings.windowDays);
    const tickets = this.get<{ count: number }>(urls.tickets, countEnvelope, 1);
    const requesters = this.get<{ count: number }>(urls.requesters, countEnvelope, 1);
    try {
      const [t, r] = await Promise.all([tickets, requesters]);
      this.baseline = { tickets: t.count, requesters: Math.max(1, r.count), windowDays: this.settings.windowDays };
      this.settings.cache?.writeBaseline(this.baseline);
    } catch (error) {
      await Promise.allSettled([tickets, requesters]);
      this.rethrowAbort(error);
      this.baselineCause = causeOf(error);
    }
    this.emit();
  }

  /** Reads the ticket list; returns whether it reached the end. */
  private async readList(from: string | null, stopBefore: string | null): Promise<boolean> {
    this.listStarted = true;
    let after = from;
    const seen = new Set<number>();
    for (;;) {
      let page: ReturnType<typeof ticketPageEnvelope.parse>;
      try {
        page = await this.get(requestedTicketsUrl(this.ref.id, after), ticketPageEnvelope, 0, this.firstPageSettled ? undefined : 'tickets');
      } catch (error) {
        this.rethrowAbort(error);
        this.listFailure = { after, cause: causeOf(error) };
        this.firstPageSettled = true;
        this.queueNewestComments();
        this.emit();
        return false;
      }
      this.listFailure = null;
      const fresh = this.addTickets(page.tickets, page.metric_sets ?? [], `${after ?? 'start'}`);
      for (const ticket of fresh) seen.add(ticket.id);
      if (stopBefore !== null) this.mergeWarm(fresh);
      this.firstPageSettled = true;
      this.queueNewestComments();
      this.emit();
      const last = fresh.at(-1);
      const more = page.meta.has_more && page.meta.after_cursor;
      if (!more) break;
      // Warm: everything after a ticket older than the cache's newest is unchanged.
      if (stopBefore !== null && last && !later(last.updated_at, stopBefore) && last.updated_at !== stopBefore) break;
      after = page.meta.after_cursor;
    }
    if (stopBefore === null) this.ticketsTotal = this.tickets.size + this.unreadableCount();
    else this.ticketsTotal = Math.max(this.ticketsTotal ?? 0, this.tickets.size + this.unreadableCount());
    return true;
  }

  /** Parses a page's tickets one by one; returns the readable ones in page order. */
  private addTickets(raw: unknown[], rawMetrics: unknown[], pageKey: string): HistoryTicket[] {
    const metrics = new Map<number, HistoryTicketMetrics>();
    for (const item of rawMetrics) {
      const parsed = ticketMetricSetSchema.safeParse(item);
      if (parsed.success) metrics.set(parsed.data.ticket_id, { reopens: parsed.data.reopens ?? null, replies: parsed.data.replies ?? null });
    }
    const fresh: HistoryTicket[] = [];
    raw.forEach((item, index) => {
      const parsed = ticketSchema.safeParse(item);
      const id = readId(item);
      if (!parsed.success || parsed.data.requester_id !== this.ref.id || !isDate(parsed.data.created_at) || !isDate(parsed.data.updated_at)) {
        this.unreadable.set(id === null ? `${pageKey}#${index}` : `id:${id}`, { id, cause: 'unreadable' });
        if (id !== null) this.tickets.delete(id);
        return;
      }
      if (id !== null) this.unreadable.delete(`id:${id}`);
      const ticket = toHistoryTicket(parsed.data, metrics.get(parsed.data.id) ?? null);
      this.tickets.set(ticket.id, ticket);
      fresh.push(ticket);
    });
    return fresh;
  }

  /** A warm page replaces the cached versions; the whole list is kept newest-activity first. */
  private mergeWarm(fresh: HistoryTicket[]): void {
    if (fresh.length) this.resort();
  }

  private resort(): void {
    const all = [...this.tickets.values()].toSorted((a, b) => Date.parse(b.updated_at) - Date.parse(a.updated_at) || b.id - a.id);
    this.tickets = new Map(all.map((t) => [t.id, t]));
  }

  private async readTickets(ids: number[]): Promise<void> {
    await Promise.all(
      ids.map(async (id) => {
        try {
          const answer = await this.get<ReturnType<typeof ticketEnvelope.parse>>(ticketUrl(id), ticketEnvelope, 0);
          this.unreadable.delete(`id:${id}`);
          const kept = this.tickets.get(id)?.metric_set ?? null;
          const [ticket] = this.addTickets([answer.ticket], [], 'retry');
          if (ticket && kept) this.tickets.set(id, { ...ticket, metric_set: kept });
          this.resort();
        } catch (error) {
          this.rethrowAbort(error);
          const cause = causeOf(error);
          if (cause === 'not-found') {
            this.unreadable.delete(`id:${id}`);
            this.deleted.add(id);
          } else {
            this.unreadable.set(`id:${id}`, { id, cause });
          }
        }
        this.queueNewestComments();
        this.emit();
      }),
    );
  }

  /**
   * The tickets whose comments the history wants, at most `cap`: the newest half, then older ones
   * whose opening message shows a red flag, newest first; once the list is in, the next newest fill
   * what is left. Follow-ups are where a customer chases, repeats an issue or escalates, and a
   * threat in an opening message is rarely the last word on that ticket.
   */
  private commentTargets(): HistoryTicket[] {
    const all = [...this.tickets.values()];
    const cap = this.settings.cap;
    if (all.length <= cap) return all;
    const newest = cap - Math.floor(cap / 2);
    const chosen = all.slice(0, newest);
    const rest = all.slice(newest);
    const flagged = rest.filter((ticket) => this.isFlagged(ticket)).slice(0, cap - newest);
    chosen.push(...flagged);
    if (!this.listSettled) return chosen;
    const taken = new Set(flagged);
    for (const ticket of rest) {
      if (chosen.length >= cap) break;
      if (!taken.has(ticket)) chosen.push(ticket);
    }
    return chosen;
  }

  /** The first answer for a ticket stands: were it to change (the weights arrived), a thread already asked for would take a second slot. */
  private isFlagged(ticket: HistoryTicket): boolean {
    let answer = this.flags.get(ticket);
    if (answer === undefined) this.flags.set(ticket, (answer = this.settings.flagged(ticket)));
    return answer;
  }

  private queueNewestComments(): void {
    this.startBaselineOnceTicketsExist();
    for (const ticket of this.commentTargets()) {
      // A failure the cache kept stands until its ticket changes: then its thread is new to read.
      if (this.keptCommentFailures.has(ticket.id) && this.commentsReadAt.get(ticket.id) !== ticket.updated_at) {
        this.keptCommentFailures.delete(ticket.id);
        this.commentFailures.delete(ticket.id);
      }
      const known = this.summaries.get(ticket.id);
      if (known && known.updatedAt === ticket.updated_at && this.comments.has(ticket.id)) {
        continue;
      }
      if (this.commentFailures.has(ticket.id) || this.commentsReadAt.get(ticket.id) === ticket.updated_at) continue;
      this.queueComments(ticket.id);
    }
  }

  private queueComments(ticketId: number): void {
    if (this.commentsQueued.has(ticketId)) return;
    this.commentsQueued.add(ticketId);
    const read = this.readComments(ticketId);
    // Awaited by run(); after a cancel nobody does, and the rejection is expected.
    read.catch(() => {});
    this.pending.push(read);
  }

  private async readComments(ticketId: number): Promise<void> {
    this.keptCommentFailures.delete(ticketId);
    this.commentFailures.delete(ticketId);
    this.partlyUnreadableComments.delete(ticketId);
    try {
      const page = await this.get<ReturnType<typeof commentPageEnvelope.parse>>(commentsUrl(ticketId), commentPageEnvelope, 1);
      const read: HistoryComment[] = [];
      for (const item of page.comments) {
        const parsed = ticketCommentSchema.safeParse(item);
        if (parsed.success && isDate(parsed.data.created_at)) read.push(toHistoryComment(parsed.data));
        else this.partlyUnreadableComments.add(ticketId);
      }
      read.sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id);
      const ticket = this.tickets.get(ticketId);
      this.comments.set(ticketId, read);
      if (ticket) this.commentsReadAt.set(ticketId, ticket.updated_at);
      if (ticket && !this.partlyUnreadableComments.has(ticketId)) {
        this.summaries.set(ticketId, { updatedAt: ticket.updated_at, comments: read.map(this.settings.summarise) });
      }
    } catch (error) {
      this.rethrowAbort(error);
      const cause = causeOf(error);
      if (cause === 'not-found') {
        // Deleted since the list was read: it is not part of the history any more.
        this.deleted.add(ticketId);
        this.tickets.delete(ticketId);
        this.comments.delete(ticketId);
        this.summaries.delete(ticketId);
        this.queueNewestComments();
      } else {
        this.commentFailures.set(ticketId, cause);
      }
    } finally {
      this.commentsQueued.delete(ticketId);
    }
    this.emit();
  }

  private unreadableCount(): number {
    return this.unreadable.size;
  }

  private problems(): LoadProblem[] {
    const problems: LoadProblem[] = [];
    const add = (kind: LoadProblem['kind'], count: number | null, cause: LoadProblemCause) => {
      if (count === null || count > 0) problems.push(Object.freeze({ kind, count, cause, retryable: isRetryable(cause) }));
    };
    if (this.userCause) add('user-unreadable', 1, this.userCause);
    if (this.organizationCause) add('organization-unreadable', 1, this.organizationCause);
    const cut = this.listFailure ?? this.archived.failure;
    if (cut) add('ticket-list-incomplete', missingTickets(this.countFacts(), this.tickets.size + this.unreadable.size), cut.cause);
    for (const [cause, count] of countBy([...this.unreadable.values()].map((u) => u.cause))) add('tickets-unreadable', count, cause);
    // A ticket whose id could not be read cannot be asked for again.
    const unreadable = problems.find((p) => p.kind === 'tickets-unreadable' && p.cause === 'unreadable');
    if (unreadable && ![...this.unreadable.values()].some((u) => u.id !== null && u.cause === 'unreadable')) {
      problems[problems.indexOf(unreadable)] = Object.freeze({ ...unreadable, retryable: false });
    }
    const commentCauses = [...this.commentFailures.values()];
    for (const id of this.partlyUnreadableComments) if (!this.commentFailures.has(id)) commentCauses.push('unreadable');
    for (const [cause, count] of countBy(commentCauses)) add('comments-unreadable', count, cause);
    add('tickets-deleted', this.deleted.size, 'not-found');
    if (this.baselineCause) add('baseline-unavailable', 1, this.baselineCause);
    return problems;
  }

  private countFacts(): CountFacts {
    return {
      listed: this.listStarted || this.fromCache || this.warm ? this.ticketsTotal : null,
      archivedCounted: this.archived.counted,
      listCut: this.listFailure !== null,
      archivedCut: this.archived.failure !== null,
      warm: this.warm,
    };
  }

  private snapshot(done: boolean): LoadUpdate {
    const tickets = [...this.tickets.values()];
    const comments: Record<string, HistoryComment[]> = {};
    for (const ticket of tickets) {
      const list = this.comments.get(ticket.id);
      if (list) comments[String(ticket.id)] = list;
    }
    const user = this.user ?? (this.userCause ? this.standInUser(tickets) : null);
    const history: CustomerHistory | null =
      this.ready && user
        ? Object.freeze({
            user,
            organization: this.organization,
            tickets: Object.freeze(tickets) as HistoryTicket[],
            comments: Object.freeze(comments),
            baseline: this.baseline,
          })
        : null;
    const targets = this.commentTargets();
    const problems = Object.freeze(this.problems());
    const coverage = coverageOf(tickets.length, knownTotal(this.countFacts()));
    const update: LoadUpdate = {
      requesterId: this.ref.id,
      history,
      progress: Object.freeze({
        ticketsRead: tickets.length,
        ticketsTotal: coverage.total,
        commentsRead: targets.filter((t) => this.comments.has(t.id)).length,
        commentsTotal: Math.min(this.settings.cap, Math.max(targets.length, (coverage.total ?? tickets.length) - this.deleted.size)),
      }),
      coverage,
      problems,
      done,
      empty: null,
      fromCache: this.fromCache,
      waiting: this.ready || done ? null : longestWait(this.waits.values()),
      retry: done && problems.some((p) => p.retryable) ? () => this.retry() : null,
    };
    return Object.freeze(update);
  }

  /**
   * Without a readable user record the history still stands, on the id and name ZAF gave; the
   * account's age is taken as that of the oldest ticket, a lower bound of the customer's tenure.
   */
  private standInUser(tickets: HistoryTicket[]): HistoryUser {
    const oldest = tickets.reduce<string | null>((min, t) => (min === null || later(min, t.created_at) ? t.created_at : min), null);
    return {
      id: this.ref.id,
      name: this.ref.name ?? '',
      ...(this.ref.email !== undefined ? { email: this.ref.email } : {}),
      created_at: oldest ?? new Date(this.settings.clock.now()).toISOString(),
    };
  }

  /** Emits now when due (or forced), else once the interval has passed; the first rating is never held back. */
  private emit(done = false, force = false): LoadUpdate {
    if (this.signal.aborted) return this.snapshot(done);
    if (!this.ready && this.firstPageSettled && (this.user !== null || this.userCause !== null)) {
      this.ready = true;
      force = true;
    }
    const now = this.settings.clock.now();
    if (!done && !force && now - this.lastEmit < this.settings.interval) {
      this.armTrailing(this.settings.interval - (now - this.lastEmit));
      return this.snapshot(done);
    }
    this.lastEmit = now;
    // This update carries everything so far: a pending trailing one would only repeat it too soon.
    this.stopTrailing();
    const update = this.snapshot(done);
    try {
      this.onUpdate(update);
    } catch (error) {
      // A failing listener must not stop the load; surface its error on its own.
      queueMicrotask(() => {
        throw error;
      });
    }
    return update;
  }

  private armTrailing(ms: number): void {
    if (this.trailing) return;
    const timer = new AbortController();
    this.trailing = timer;
    this.settings.clock.sleep(ms, timer.signal).then(
      () => {
        this.trailing = null;
        this.emit(false, true);
      },
      () => {},
    );
  }

  private stopTrailing(): void {
    this.trailing?.abort();
    this.trailing = null;
  }

  private retry(): LoadHandle {
    // A second click while the retry runs joins it rather than reading the same things twice.
    if (this.running) return this.running;
    const plan: Plan = {
      user: this.userCause !== null,
      // Also when it was never asked for: the list failed before the first ticket.
      baseline: this.baseline === null,
      ticketIds: [...this.unreadable.values()].flatMap((u) => (u.id === null ? [] : [u.id])),
      commentIds: [...this.commentFailures.keys(), ...this.partlyUnreadableComments],
    };
    if (this.listFailure) {
      plan.listFrom = this.listFailure.after;
      if (!this.archived.done) plan.archivedFrom = 1;
    } else if (this.archived.failure) {
      plan.archivedFrom = this.archived.failure.page;
    }
    for (const id of plan.commentIds) this.keptCommentFailures.delete(id);
    if (!plan.user && this.organizationCause !== null && this.user?.organization_id) plan.organizationId = this.user.organization_id;
    for (const id of plan.commentIds) this.commentFailures.delete(id);
    return this.start(plan);
  }

  /**
   * The cache keeps a ticket's opening message as it keeps a comment: only the passages around what
   * the rating looks for (docs/privacy.md), none when it holds nothing.
   */
  private summariseOpening(ticket: HistoryTicket): HistoryTicket {
    if (!ticket.description) return ticket;
    const { description, ...rest } = ticket;
    const opening: HistoryComment = { id: 0, author_id: ticket.submitter_id ?? 0, public: true, created_at: ticket.created_at, body: description };
    const kept = this.settings.summarise(opening).body ?? '';
    return kept === '' ? rest : { ...rest, description: kept };
  }

  private saveToCache(): void {
    const cache = this.settings.cache;
    // A partial list would make the next re-open believe the missing tickets do not exist.
    if (!cache || !this.user || this.userCause || this.listFailure || this.archived.failure) return;
    const comments: CachedHistory['comments'] = {};
    for (const [id, entry] of this.summaries) if (this.tickets.has(id)) comments[String(id)] = entry;
    // What could not be read is kept with the history: a re-open says it too, and can retry it.
    const unreadable = [...this.unreadable].map(([key, { id, cause }]) => ({ key, id, cause }));
    const commentFailures: NonNullable<CachedHistory['commentFailures']> = [];
    for (const ticket of this.tickets.values()) {
      const cause = this.commentFailures.get(ticket.id);
      const partly = cause === undefined && this.partlyUnreadableComments.has(ticket.id);
      if (cause !== undefined || partly) commentFailures.push({ id: ticket.id, updatedAt: ticket.updated_at, cause: cause ?? 'unreadable', partly });
    }
    cache.write({
      requesterId: this.ref.id,
      user: this.user,
      organization: this.organization,
      tickets: [...this.tickets.values()].map((ticket) => this.summariseOpening(ticket)),
      ticketsTotal: this.ticketsTotal ?? this.tickets.size,
      comments,
      unreadable,
      commentFailures,
    });
  }
}

/** The default of `commentCap`: what each cap costs and leaves unread is in docs/data-loading.md. */
export const DEFAULT_COMMENT_CAP = 30;

/** The id of a record that may not parse; an id sent as a numeric string still names the ticket to re-read. */
function readId(item: unknown): number | null {
  const raw = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  if (typeof raw === 'number' && Number.isSafeInteger(raw) && raw > 0) return raw;
  if (typeof raw === 'string' && /^\d{1,15}$/.test(raw)) return Number(raw);
  return null;
}

function later(a: string, b: string): boolean {
  return Date.parse(a) > Date.parse(b);
}

function isDate(value: string): boolean {
  return !Number.isNaN(Date.parse(value));
}

function countBy<T>(values: T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
