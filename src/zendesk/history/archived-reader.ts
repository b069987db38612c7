import type { Priority } from '../scheduler';
import { archivedExportUrl, archivedTicketsUrl, PAGE_SIZE, SEARCH_MAX_PAGES, searchExportPageEnvelope, searchPageEnvelope } from './endpoints';
import { causeOf, type LoadProblemCause } from './problems';

const DAY_MS = 86_400_000;

/** What the archived reader needs of the load it reads for. */
export interface ArchivedHost {
  readonly userId: number;
  now(): number;
  get<T>(url: string, schema: typeof searchPageEnvelope | typeof searchExportPageEnvelope, priority: Priority): Promise<T>;
  /** Adds the results the history does not hold yet (merged by id); returns how many those were. */
  addResults(results: unknown[], pageKey: string): number;
  /** A page was read or failed: the load queues comments and sends an update. */
  pageDone(): void;
  /** Throws again when the error is the load's cancellation; other errors are the reader's to record. */
  rethrowAbort(error: unknown): void;
}

/**
 * Reads the requester's archived tickets, after the list. Zendesk archives a ticket 120 days after
 * it is closed, and some ticket lists leave archived tickets out; Search returns them, at most 1,000
 * (10 pages of 100, offset pagination, with the true total in `count`), and Export Search Results
 * pages past that with a cursor. See docs/data-loading.md, "Archived tickets".
 */
export class ArchivedReader {
  /** The search page that failed; past {@link SEARCH_MAX_PAGES}, the export. */
  failure: { page: number; cause: LoadProblemCause } | null = null;
  /** Archived tickets Search counted beyond the list, while they are being read. */
  counted: number | null = null;
  /** Every archived ticket was read (or the list held them already). */
  done = false;
  /** The day the export reads archived tickets before: the last day Search's 1,000 results reached. */
  private exportBefore: string | null = null;

  constructor(private readonly host: ArchivedHost) {}

  /**
   * Reads from a search page on (past {@link SEARCH_MAX_PAGES}: the export). If the first page
   * holds only tickets the list already gave, the list includes archived tickets and nothing more
   * is asked.
   *
   * @param fromPage - 1 on a first read; the failed page on a retry
   * @returns whether every archived ticket was read
   */
  async read(fromPage: number): Promise<boolean> {
    this.failure = null;
    // Search dates are whole days; ten days of margin keep a ticket archived today inside the query.
    // The closed tickets of those ten days are in the list as well and are merged by id.
    const now = this.host.now();
    const closedBefore = new Date(now - 110 * DAY_MS).toISOString().slice(0, 10);
    const archivedLine = now - 121 * DAY_MS;
    for (let page = fromPage; page <= SEARCH_MAX_PAGES; page++) {
      let answer: ReturnType<typeof searchPageEnvelope.parse>;
      try {
        answer = await this.host.get(archivedTicketsUrl(this.host.userId, closedBefore, page), searchPageEnvelope, 0);
      } catch (error) {
        this.fail(page, error);
        return false;
      }
      const news = this.host.addResults(answer.results, `search-${page}`);
      if (page === 1) this.counted = answer.count - (answer.results.length - news);
      this.host.pageDone();
      // A page with nothing new that reaches past the archive line means the list held the archived
      // tickets already: no need to read on.
      const oldest = answer.results.reduce<number>((min, r) => {
        const at = typeof r === 'object' && r !== null ? Date.parse(String((r as { updated_at?: unknown }).updated_at)) : Number.NaN;
        return Number.isNaN(at) ? min : Math.min(min, at);
      }, Number.POSITIVE_INFINITY);
      if (news === 0 && oldest < archivedLine) break;
      if (page === SEARCH_MAX_PAGES && answer.count > SEARCH_MAX_PAGES * PAGE_SIZE && Number.isFinite(oldest)) {
        // Search's last page: `count` says how many more there are. Results are newest-updated
        // first, so the rest were last updated on or before the oldest day read; the export
        // re-delivers that day's tickets read already, and they are merged by id.
        const nextDay = new Date(Date.parse(new Date(oldest).toISOString().slice(0, 10)) + DAY_MS).toISOString().slice(0, 10);
        this.exportBefore = nextDay < closedBefore ? nextDay : closedBefore;
      }
      if (!answer.next_page) break;
    }
    if (this.exportBefore !== null && !(await this.readExport(this.exportBefore))) return false;
    this.counted = null;
    this.done = true;
    return true;
  }

  /** Reads the archived tickets Search cannot page, through the export; returns whether it reached the end. */
  private async readExport(updatedBefore: string): Promise<boolean> {
    let after: string | null = null;
    for (;;) {
      let answer: ReturnType<typeof searchExportPageEnvelope.parse>;
      try {
        answer = await this.host.get(archivedExportUrl(this.host.userId, updatedBefore, after), searchExportPageEnvelope, 0);
      } catch (error) {
        this.fail(SEARCH_MAX_PAGES + 1, error);
        return false;
      }
      this.host.addResults(answer.results, `export-${after ?? 'start'}`);
      this.host.pageDone();
      if (!answer.meta.has_more || !answer.meta.after_cursor) break;
      after = answer.meta.after_cursor;
    }
    this.exportBefore = null;
    return true;
  }

  private fail(page: number, error: unknown): void {
    this.host.rethrowAbort(error);
    this.failure = { page, cause: causeOf(error) };
    this.host.pageDone();
  }
}
