/**
 * Where the cache keeps its entries. In a Zendesk iframe localStorage may be partitioned, blocked by
 * the browser's third-party storage rules, or full; every access is wrapped so the app works without it.
 */
export interface StorageAdapter {
  getItem(key: string): string | null;
  /** Returns false when the value could not be stored (quota, blocked). */
  setItem(key: string, value: string): boolean;
  removeItem(key: string): void;
  /** Every key stored, for clearing and the size bound. */
  keys(): string[];
}

/** Storage that lives as long as the page: the fallback when the browser's storage is unusable. */
export function createMemoryStorage(): StorageAdapter {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
      return true;
    },
    removeItem: (key) => {
      items.delete(key);
    },
    keys: () => [...items.keys()],
  };
}

/**
 * Wraps a Web Storage object (localStorage) so no access ever throws. Returns null when the storage
 * cannot be reached or does not keep a value, so the caller falls back to memory.
 *
 * @param get - returns the storage; merely reading `window.localStorage` throws when it is blocked
 */
export function createWebStorage(get: () => Storage | undefined | null): StorageAdapter | null {
  let storage: Storage;
  try {
    const found = get();
    if (!found) return null;
    storage = found;
    const probe = '__customer-fit-probe__';
    storage.setItem(probe, '1');
    const kept = storage.getItem(probe) === '1';
    storage.removeItem(probe);
    if (!kept) return null;
  } catch {
    return null;
  }
  return {
    getItem(key) {
      try {
        return storage.getItem(key);
      } catch {
        return null;
      }
    },
    setItem(key, value) {
      try {
        storage.setItem(key, value);
        return true;
      } catch {
        return false;
      }
    },
    removeItem(key) {
      try {
        storage.removeItem(key);
      } catch {
        // A blocked storage has nothing to remove.
      }
    },
    keys() {
      try {
        const keys: string[] = [];
        for (let i = 0; i < storage.length; i++) {
          const key = storage.key(i);
          if (key !== null) keys.push(key);
        }
        return keys;
      } catch {
        return [];
      }
    },
  };
}
