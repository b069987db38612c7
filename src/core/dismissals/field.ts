import { z } from 'zod';
import { SIGNAL_IDS } from '../signals/types';
import { quoteId } from './key';
import type { Dismissal, QuoteKey, Restore, StoredDismissals } from './types';

/** The user field `requirements.json` creates for the dismissals (multi-line text, JSON). */
export const DISMISSALS_FIELD = 'customer_fit_dismissals';

/** Dismissals kept on one customer; older ones are dropped and counted. */
export const MAX_DISMISSALS = 100;
/** Restores kept, so a stale copy cannot bring a restored dismissal back. */
export const MAX_RESTORES = 50;
/** The longest reason kept, in characters. */
export const MAX_DISMISS_REASON = 200;
/**
 * The longest value written, in characters. Zendesk publishes no limit for a multi-line user field
 * that we found, so the field stays far below anything an account would notice: a hundred
 * dismissals with full reasons fit.
 */
export const MAX_FIELD_CHARS = 30_000;

const EMPTY: StoredDismissals = { v: 1, dismissed: [], restored: [], dropped: 0 };

// The stored form has short keys: t ticket, c comment, s signal, q quote, b [id, name], a at, r reason, w warning.
const storedKey = z.object({
  t: z.number().int().positive(),
  c: z.number().int().positive().nullable(),
  s: z.enum(SIGNAL_IDS),
  q: z.string().regex(/^[0-9a-z]{1,8}$/),
  b: z.tuple([z.number().int(), z.string().max(200)]),
  a: z.iso.datetime({ offset: true }),
});
const storedDismissal = storedKey.extend({ r: z.string().max(MAX_DISMISS_REASON * 2).default(''), w: z.string().max(64).optional() });
const storedField = z.object({
  v: z.literal(1),
  d: z.array(z.unknown()).default([]),
  x: z.array(z.unknown()).default([]),
  n: z.number().int().nonnegative().default(0),
});

type StoredKey = z.infer<typeof storedKey>;

function keyOf(raw: StoredKey): QuoteKey & Pick<Dismissal, 'by' | 'at'> {
  return { ticketId: raw.t, commentId: raw.c, signal: raw.s, quote: raw.q, by: { id: raw.b[0], name: raw.b[1] }, at: raw.a };
}

/** What the field holds, and what in it could not be read. */
export interface ParsedDismissals {
  stored: StoredDismissals;
  /** True when the field's text is not the app's format at all: it must not be overwritten. */
  unreadable: boolean;
  /** Plain-language problems; nothing is thrown. */
  problems: string[];
}

/**
 * Reads the dismissals from a user's `user_fields`. Never throws: an entry that is not valid is left
 * out and named, a field that is not the app's JSON at all is reported, and the rating still shows.
 *
 * @param userFields - the user's `user_fields` (other fields are ignored)
 * @returns the dismissals, restores and dropped count, and any problems
 * @example parseDismissals({ customer_fit_dismissals: '{"v":1,"d":[],"x":[],"n":0}' }).stored.dismissed // => []
 */
export function parseDismissals(userFields: Record<string, unknown> | null | undefined): ParsedDismissals {
  const raw = userFields?.[DISMISSALS_FIELD];
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return { stored: { ...EMPTY, dismissed: [], restored: [] }, unreadable: false, problems: [] };
  let json: unknown;
  try {
    json = typeof raw === 'string' ? JSON.parse(raw) : undefined;
  } catch {
    json = undefined;
  }
  const field = storedField.safeParse(json);
  if (!field.success) {
    return {
      stored: { ...EMPTY, dismissed: [], restored: [] },
      unreadable: true,
      problems: ['The dismissed-quotes field could not be read, so every quote counts. Someone may have edited it by hand; a team lead can clear it.'],
    };
  }
  const problems: string[] = [];
  const dismissed: Dismissal[] = [];
  for (const item of field.data.d) {
    const entry = storedDismissal.safeParse(item);
    if (!entry.success) {
      problems.push('One dismissed quote could not be read; that quote counts again.');
      continue;
    }
    const { r, w } = entry.data;
    dismissed.push({ ...keyOf(entry.data), reason: r.slice(0, MAX_DISMISS_REASON), ...(w ? { warning: w } : {}) });
  }
  const restored: Restore[] = [];
  for (const item of field.data.x) {
    const entry = storedKey.safeParse(item);
    if (entry.success) restored.push(keyOf(entry.data));
  }
  return { stored: { v: 1, dismissed, restored, dropped: field.data.n }, unreadable: false, problems };
}

/**
 * Merges two copies of the field: per quote, the newest dismissal or restore wins, so two agents'
 * dismissals of different quotes both survive, and a restore stays a restore. Commutative and
 * idempotent: merging again changes nothing.
 *
 * @param a - one copy (say, what Zendesk holds now)
 * @param b - the other (say, the change to write)
 * @returns the merged dismissals, oldest first, not yet bounded (see `encodeDismissals`)
 * @example mergeDismissals(stored, { v: 1, dismissed: [mine], restored: [], dropped: 0 }).dismissed.length // => stored.dismissed.length + 1
 */
export function mergeDismissals(a: StoredDismissals, b: StoredDismissals): StoredDismissals {
  const newest = new Map<string, { kind: 'dismissed'; entry: Dismissal } | { kind: 'restored'; entry: Restore }>();
  const consider = (kind: 'dismissed' | 'restored', entry: Dismissal | Restore) => {
    const id = quoteId(entry);
    const known = newest.get(id);
    // A tie goes to the restore: it can only come after the dismissal it restores.
    if (!known || entry.at > known.entry.at || (entry.at === known.entry.at && kind === 'restored')) {
      newest.set(id, kind === 'dismissed' ? { kind, entry: entry as Dismissal } : { kind, entry });
    }
  };
  for (const copy of [a, b]) {
    for (const d of copy.dismissed) consider('dismissed', d);
    for (const r of copy.restored) consider('restored', r);
  }
  const dismissed: Dismissal[] = [];
  const restored: Restore[] = [];
  for (const item of newest.values()) {
    if (item.kind === 'dismissed') dismissed.push(item.entry);
    else restored.push(item.entry);
  }
  return { v: 1, dismissed: dismissed.toSorted(byTime), restored: restored.toSorted(byTime), dropped: Math.max(a.dropped, b.dropped) };
}

function byTime(x: { at: string }, y: { at: string }): number {
  return x.at.localeCompare(y.at);
}

function encodeKey(e: QuoteKey & Pick<Dismissal, 'by' | 'at'>): StoredKey {
  return { t: e.ticketId, c: e.commentId, s: e.signal, q: e.quote, b: [e.by.id, e.by.name.slice(0, 200)], a: e.at };
}

/**
 * The field's text: compact JSON, the newest {@link MAX_DISMISSALS} dismissals and
 * {@link MAX_RESTORES} restores, at most {@link MAX_FIELD_CHARS} characters; dismissals left out are
 * counted in `n`.
 *
 * @param stored - the dismissals to write
 * @returns the JSON text, or null when nothing is dismissed, restored or dropped (clears the field)
 * @example encodeDismissals({ v: 1, dismissed: [], restored: [], dropped: 0 }) // => null
 */
export function encodeDismissals(stored: StoredDismissals): string | null {
  let dismissed = stored.dismissed.slice(-MAX_DISMISSALS);
  let dropped = stored.dropped + (stored.dismissed.length - dismissed.length);
  const restored = stored.restored.slice(-MAX_RESTORES);
  const text = () =>
    JSON.stringify({
      v: 1,
      d: dismissed.map((d) => ({ ...encodeKey(d), r: d.reason.slice(0, MAX_DISMISS_REASON), ...(d.warning ? { w: d.warning } : {}) })),
      x: restored.map(encodeKey),
      n: dropped,
    });
  let out = text();
  while (out.length > MAX_FIELD_CHARS && dismissed.length > 0) {
    dismissed = dismissed.slice(1);
    dropped += 1;
    out = text();
  }
  if (dismissed.length === 0 && restored.length === 0 && dropped === 0) return null;
  return out;
}

/**
 * Whether a copy of the field has a change in force: the quote's newest entry is this one, or newer.
 *
 * @param stored - the field as read back
 * @param change - the dismissal or restore written
 * @param kind - which it was
 * @returns true when the change is in force (or a newer one for the same quote is)
 * @example holds(mergeDismissals(stored, only(mine)), mine, 'dismissed') // => true
 */
export function holds(stored: StoredDismissals, change: Dismissal | Restore, kind: 'dismissed' | 'restored'): boolean {
  const id = quoteId(change);
  const same = [...stored.dismissed.map((d) => ({ kind: 'dismissed', at: d.at, id: quoteId(d) })), ...stored.restored.map((r) => ({ kind: 'restored', at: r.at, id: quoteId(r) }))].filter(
    (e) => e.id === id,
  );
  return same.some((e) => e.at > change.at || (e.at === change.at && e.kind === kind));
}
