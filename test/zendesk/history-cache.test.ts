import { describe, expect, it } from 'vitest';
import { HistoryCache, createMemoryStorage, createWebStorage, sweepExpiredEntries, type CachedHistory } from '../../src/zendesk/history';
import { manualClock } from './helpers/manual-clock';

function entry(requesterId: number, extra: Partial<CachedHistory> = {}): Omit<CachedHistory, 'savedAt'> {
  return {
    requesterId,
    user: { id: requesterId, name: 'Pat', created_at: '2025-01-01T00:00:00Z' },
    organization: null,
    tickets: [{ id: 1, status: 'open', created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-02T00:00:00Z', requester_id: requesterId, metric_set: null }],
    ticketsTotal: 1,
    comments: { '1': { updatedAt: '2026-01-02T00:00:00Z', comments: [{ id: 11, author_id: requesterId, public: true, created_at: '2026-01-01T00:00:00Z', body: 'hi' }] } },
    ...extra,
  };
}

/** A localStorage stand-in that can be made to fail like a partitioned or full one. */
function fakeLocalStorage(mode: { blocked?: boolean; full?: boolean } = {}): Storage {
  const items = new Map<string, string>();
  const guard = () => {
    if (mode.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return {
    get length() {
      guard();
      return items.size;
    },
    key: (i) => (guard(), [...items.keys()][i] ?? null),
    getItem: (k) => (guard(), items.get(k) ?? null),
    setItem: (k, v) => {
      guard();
      if (mode.full && !k.includes('probe')) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      items.set(k, v);
    },
    removeItem: (k) => (guard(), void items.delete(k)),
    clear: () => items.clear(),
  };
}

describe('HistoryCache', () => {
  it('keeps what could not be read with the history, and reads an entry written before that as nothing unread', () => {
    const storage = createMemoryStorage();
    const cache = new HistoryCache({ storage });
    const unread = {
      unreadable: [
        { key: 'id:7', id: 7, cause: 'unreadable' as const },
        { key: 'start#3', id: null, cause: 'unreadable' as const },
      ],
      commentFailures: [{ id: 1, updatedAt: '2026-01-02T00:00:00Z', cause: 'forbidden' as const, partly: false }],
    };
    expect(cache.write(entry(5, unread))).toBe(true);
    expect(cache.read(5)).toMatchObject(unread);

    const older = JSON.parse(storage.getItem(storage.keys()[0]!)!) as Record<string, unknown>;
    delete older.unreadable;
    delete older.commentFailures;
    storage.setItem(storage.keys()[0]!, JSON.stringify(older));
    const read = cache.read(5)!;
    expect(read.tickets).toHaveLength(1);
    expect(read.unreadable).toBeUndefined();
    // A cause the app does not know is a corrupt entry: a miss, not a guess.
    storage.setItem(storage.keys()[0]!, JSON.stringify({ ...older, unreadable: [{ key: 'id:7', id: 7, cause: 'gremlins' }] }));
    expect(cache.read(5)).toBeNull();
  });

  it('gives back what it stored, for the same requester only', () => {
    const cache = new HistoryCache({ storage: createMemoryStorage() });
    expect(cache.write(entry(5))).toBe(true);
    expect(cache.read(5)).toMatchObject({ requesterId: 5, ticketsTotal: 1, tickets: [{ id: 1 }] });
    expect(cache.read(6)).toBeNull();
  });

  it('forgets an entry older than its time limit', async () => {
    const clock = manualClock(Date.parse('2026-11-23T10:00:00Z'));
    const cache = new HistoryCache({ storage: createMemoryStorage(), ttlMs: 60_000, clock });
    cache.write(entry(5));
    await clock.advance(59_000);
    expect(cache.read(5)).not.toBeNull();
    await clock.advance(2_000);
    expect(cache.read(5)).toBeNull();
  });

  it('keeps at most `maxEntries` requesters, dropping the oldest saved', async () => {
    const clock = manualClock(1_000_000);
    const storage = createMemoryStorage();
    const cache = new HistoryCache({ storage, maxEntries: 2, clock });
    for (const id of [1, 2, 3]) {
      cache.write(entry(id));
      await clock.advance(1_000);
    }
    expect(cache.read(1)).toBeNull();
    expect(cache.read(2)).not.toBeNull();
    expect(cache.read(3)).not.toBeNull();
  });

  it('does not store an entry over the size bound', () => {
    const cache = new HistoryCache({ storage: createMemoryStorage(), maxEntryChars: 200 });
    expect(cache.write(entry(5))).toBe(false);
    expect(cache.read(5)).toBeNull();
  });

  it('treats a corrupt or foreign entry as a miss and removes it', () => {
    const storage = createMemoryStorage();
    const cache = new HistoryCache({ storage });
    storage.setItem('customer-fit:default:any:history:5', '{"v":1,"savedAt":');
    storage.setItem('customer-fit:default:any:history:6', JSON.stringify({ v: 0, requesterId: 6 }));
    expect(cache.read(5)).toBeNull();
    expect(cache.read(6)).toBeNull();
    expect(storage.keys()).toEqual([]);
  });

  it('clears one requester, or everything it stored and nothing else', () => {
    const storage = createMemoryStorage();
    storage.setItem('other-app', 'keep');
    const cache = new HistoryCache({ storage });
    cache.write(entry(1));
    cache.write(entry(2));
    cache.writeBaseline({ tickets: 10, requesters: 2, windowDays: 90 });
    cache.clear(1);
    expect(cache.read(1)).toBeNull();
    expect(cache.read(2)).not.toBeNull();
    cache.clear();
    expect(cache.read(2)).toBeNull();
    expect(cache.readBaseline(90)).toBeNull();
    expect(storage.keys()).toEqual(['other-app']);
  });

  it('keeps accounts apart by namespace', () => {
    const storage = createMemoryStorage();
    new HistoryCache({ storage, namespace: 'acme' }).write(entry(5));
    expect(new HistoryCache({ storage, namespace: 'globex' }).read(5)).toBeNull();
    expect(new HistoryCache({ storage, namespace: 'acme' }).read(5)).not.toBeNull();
  });
});

describe('whose entries, and for how long', () => {
  it('keeps agents apart: an entry read for one agent is a miss for the next at the same browser', () => {
    const storage = createMemoryStorage();
    new HistoryCache({ storage, namespace: 'acme', agentId: 11 }).write(entry(5));
    expect(new HistoryCache({ storage, namespace: 'acme', agentId: 12 }).read(5)).toBeNull();
    expect(new HistoryCache({ storage, namespace: 'acme', agentId: 11 }).read(5)).not.toBeNull();
    new HistoryCache({ storage, namespace: 'acme', agentId: 12 }).clear();
    expect(new HistoryCache({ storage, namespace: 'acme', agentId: 11 }).read(5)).not.toBeNull();
  });

  it('drops, when the app starts, every expired entry of any account and agent without reading it, and entries of older versions', async () => {
    const clock = manualClock(Date.parse('2026-11-23T10:00:00Z'));
    const storage = createMemoryStorage();
    storage.setItem('other-app:keep', 'x');
    new HistoryCache({ storage, namespace: 'acme', agentId: 11, ttlMs: 60_000, clock }).write(entry(5));
    new HistoryCache({ storage, namespace: 'globex', agentId: 12, ttlMs: 60_000, clock }).write(entry(6));
    new HistoryCache({ storage, namespace: 'acme', agentId: 11, ttlMs: 3_600_000, clock }).write(entry(7));
    new HistoryCache({ storage, namespace: 'acme', agentId: 11, ttlMs: 60_000, baselineTtlMs: 60_000, clock }).writeBaseline({ tickets: 10, requesters: 2, windowDays: 90 });
    // As an earlier version wrote it: no expiry, the whole comment.
    storage.setItem('customer-fit:acme:history:8', JSON.stringify({ v: 1, savedAt: clock.now(), requesterId: 8 }));
    await clock.advance(61_000);
    expect(sweepExpiredEntries(storage, clock.now())).toBe(4);
    expect(storage.keys().toSorted()).toEqual(['customer-fit:acme:11:history:7', 'other-app:keep']);
    await clock.advance(3_600_000);
    expect(sweepExpiredEntries(storage, clock.now())).toBe(1);
    expect(storage.keys()).toEqual(['other-app:keep']);
  });
});

describe('storage in an iframe', () => {
  it('uses localStorage when it works', () => {
    const local = fakeLocalStorage();
    const storage = createWebStorage(() => local)!;
    new HistoryCache({ storage }).write(entry(5));
    expect(local.length).toBe(1);
  });

  it('is unavailable when localStorage is blocked or missing, so the cache falls back to memory', () => {
    expect(createWebStorage(() => fakeLocalStorage({ blocked: true }))).toBeNull();
    expect(
      createWebStorage(() => {
        throw new DOMException('denied', 'SecurityError');
      }),
    ).toBeNull();
    expect(createWebStorage(() => undefined)).toBeNull();
    // Node has no localStorage: the default cache still works, in memory.
    const cache = new HistoryCache();
    expect(cache.write(entry(5))).toBe(true);
    expect(cache.read(5)).not.toBeNull();
  });

  it('reports a full storage as "not kept" instead of throwing', () => {
    const storage = createWebStorage(() => fakeLocalStorage({ full: true }))!;
    expect(new HistoryCache({ storage }).write(entry(5))).toBe(false);
  });
});
