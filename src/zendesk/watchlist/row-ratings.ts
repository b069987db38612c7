import { levelOf, rate } from '../../core/rating/rate';
import { createReader, opensWithRedFlag, type Reader } from '../../core/rating/words';
import type { FitRating } from '../../core/rating/types';
import type { Settings } from '../../core/settings';
import { ticketsCreatedWithin } from '../../core/watchlist/recent';
import type { HistoryCache } from '../cache/history-cache';
import { loadHistory, type LoadHandle, type LoadProgress } from '../history/load-history';
import { causeOf, type LoadProblem } from '../history/problems';
import type { RequestPort } from '../port';
import type { Requester } from '../request';
import { withoutFormatting } from '../../core/text/invisible';

/** The window of the watchlist's ticket count, in days. */
export const RECENT_DAYS = 90;

/** Where one row's rating stands. */
export interface RowRating {
  /** queued: waits for a free slot; loading: its history is being read; failed: no rating could be computed. */
  status: 'queued' | 'loading' | 'rated' | 'failed';
  rating: FitRating | null;
  /** Tickets created in the last {@link RECENT_DAYS} days, once the history is read. */
  ticketsRecent: number | null;
  organizationName: string | null;
  /** What could not be read: for a failed row, why; for a rated one, what the rating lacks. */
  problems: readonly LoadProblem[];
  progress: LoadProgress | null;
}

/** A row to rate: the customer's id and name (the name stands in if their record cannot be read). */
export interface RowRef {
  id: number;
  name: string;
}

export interface RowRatingsOptions {
  port: RequestPort;
  settings: Settings;
  now: Date;
  /** The sidebar's history cache, so a customer rated here opens at once in the sidebar and back. */
  cache: HistoryCache | null;
  /** Customers read at once; the rest wait. Default 2. */
  parallel?: number;
  /** The request layer; by default the one every load through `port` shares. */
  requester?: Requester;
  /** Called whenever a row's rating changes. */
  onChange: () => void;
  /** What reads the comments (the learned detectors, or the patterns alone when not given). */
  reader?: Reader;
}

interface Running {
  ref: RowRef;
  handle: LoadHandle | null;
}

/**
 * Rates the rows on screen, a few customers at a time, with the sidebar's loader, cache and core, so
 * a rating here is the rating the sidebar shows. Rows that leave the screen before their turn are
 * dropped from the queue and their reads cancelled, so paging through hundreds of customers never
 * asks for more than the rows being looked at. Ratings already computed are kept for the session.
 */
export class RowRatings {
  private readonly results = new Map<number, RowRating>();
  /** An immutable copy of `results`, replaced on every change, for renderers that compare by identity. */
  private view: ReadonlyMap<number, RowRating> = new Map();
  private readonly queue: RowRef[] = [];
  private readonly running = new Map<number, Running>();
  private readonly parallel: number;
  private disposed = false;

  private readonly reader: Reader;

  constructor(private readonly options: RowRatingsOptions) {
    this.reader = options.reader ?? createReader();
    this.parallel = Math.max(1, Math.floor(options.parallel ?? 2));
  }

  /**
   * Says which rows are on screen, in order: they are rated first to last; rows no longer shown stop.
   *
   * @param rows - the visible rows
   */
  show(rows: readonly RowRef[]): void {
    if (this.disposed) return;
    const wanted = new Set(rows.map((r) => r.id));
    for (const [id, run] of this.running) {
      if (wanted.has(id)) continue;
      run.handle?.cancel();
      this.running.delete(id);
      this.results.delete(id);
    }
    this.queue.length = 0;
    for (const row of rows) {
      const known = this.results.get(row.id)?.status;
      if (known === 'rated' || known === 'failed' || this.running.has(row.id)) continue;
      this.queue.push(row);
      this.results.set(row.id, { status: 'queued', rating: null, ticketsRecent: null, organizationName: null, problems: [], progress: null });
    }
    // Rows queued before and no longer shown go back to unknown.
    for (const [id, result] of this.results) if (result.status === 'queued' && !wanted.has(id)) this.results.delete(id);
    this.changed();
    this.pump();
  }

  /** Every row's rating so far: a new map after each change, the same map until then. */
  get all(): ReadonlyMap<number, RowRating> {
    return this.view;
  }

  /** The rating of a row, or undefined when it has not been asked for. */
  get(id: number): RowRating | undefined {
    return this.results.get(id);
  }

  /** Asks again for a row whose rating failed (when it is on screen, it is queued first). */
  retry(row: RowRef): void {
    if (this.disposed || this.running.has(row.id)) return;
    this.results.set(row.id, { status: 'queued', rating: null, ticketsRecent: null, organizationName: null, problems: [], progress: null });
    this.queue.unshift(row);
    this.changed();
    this.pump();
  }

  /** How many rows are waiting or being read: for the progress line. */
  get pending(): number {
    return this.queue.length + this.running.size;
  }

  /** Stops every read; nothing is reported afterwards. */
  dispose(): void {
    this.disposed = true;
    for (const run of this.running.values()) run.handle?.cancel();
    this.running.clear();
    this.queue.length = 0;
  }

  private pump(): void {
    while (!this.disposed && this.running.size < this.parallel && this.queue.length > 0) {
      const ref = this.queue.shift()!;
      this.start(ref);
    }
  }

  private start(ref: RowRef): void {
    const { settings, now, cache } = this.options;
    const run: Running = { ref, handle: null };
    this.running.set(ref.id, run);
    const current = (): boolean => !this.disposed && this.running.get(ref.id) === run;
    this.set(ref.id, { status: 'loading', rating: null, ticketsRecent: null, organizationName: null, problems: [], progress: null });
    run.handle = loadHistory(
      this.options.port,
      ref,
      {
        commentCap: settings.comment_ticket_cap,
        cache,
        flagged: (ticket) => opensWithRedFlag(ticket, ref.id, this.reader, levelOf(settings)),
        ...(this.options.requester ? { requester: this.options.requester } : {}),
      },
      (update) => {
        if (!current()) return;
        if (!update.done) {
          const previous = this.results.get(ref.id);
          if (previous) this.set(ref.id, { ...previous, progress: update.progress });
          return;
        }
        const history = update.history;
        // A stand-in history with no ticket read would rate as "not enough history", which is not
        // what happened: nothing could be read, so no rating can be given.
        const nothingRead = history !== null && history.tickets.length === 0 && update.problems.some((p) => p.kind === 'ticket-list-incomplete');
        if (!history || nothingRead) {
          this.set(ref.id, { status: 'failed', rating: null, ticketsRecent: null, organizationName: null, problems: update.problems, progress: update.progress });
          return;
        }
        this.set(ref.id, {
          status: 'rated',
          rating: rate(history, settings, now, this.reader),
          ticketsRecent: ticketsCreatedWithin(history, now, RECENT_DAYS),
          organizationName: history.organization ? withoutFormatting(history.organization.name) : null,
          problems: update.problems,
          progress: update.progress,
        });
      },
    );
    run.handle.finished.then(
      () => this.finish(ref.id, run),
      (error: unknown) => {
        if (current() && this.results.get(ref.id)?.status === 'loading') {
          this.set(ref.id, {
            status: 'failed',
            rating: null,
            ticketsRecent: null,
            organizationName: null,
            problems: [{ kind: 'user-unreadable', count: 1, cause: causeOf(error), retryable: true }],
            progress: null,
          });
        }
        this.finish(ref.id, run);
      },
    );
  }

  private finish(id: number, run: Running): void {
    if (this.running.get(id) !== run) return;
    this.running.delete(id);
    this.pump();
  }

  private set(id: number, rating: RowRating): void {
    this.results.set(id, Object.freeze(rating));
    this.changed();
  }

  private changed(): void {
    this.view = new Map(this.results);
    this.options.onChange();
  }
}
