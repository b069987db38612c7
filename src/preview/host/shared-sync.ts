import type { PreviewAccount } from './account';
import type { ZafRequestOptions } from './mock-request';

/** What the host does around each request the app makes, to share writes with other tabs. */
export interface RequestSync {
  /** Runs before the mock API answers. */
  before(options: ZafRequestOptions): Promise<void>;
  /** Runs after it answered; `done` is whether the request succeeded. */
  after(options: ZafRequestOptions, done: boolean): Promise<void>;
}

const USER_PATH = /^\/api\/v2\/users\/(\d+)(?:\.json|\/tags(?:\.json)?)?$/;

function address(id: number): string {
  return `/__shared/users/${id}`;
}

async function push(account: PreviewAccount, id: number): Promise<void> {
  const record = account.userRecord(id);
  if (record) await fetch(address(id), { method: 'PUT', body: JSON.stringify(record), headers: { 'Content-Type': 'application/json' } }).catch(() => null);
}

function userIdOf(url: string, baseUrl: string): number | null {
  try {
    const match = USER_PATH.exec(new URL(url, baseUrl).pathname);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/**
 * Keeps the demo customers' fields and tags in common with every tab opened with `share=1`: before
 * the mock API reads or writes a user it takes the preview server's copy, and after a write it
 * gives the server the new one. So a second browser sees a dismissal the first one saved, and a
 * reload keeps it.
 *
 * @param account - the demo account the mock API serves
 * @returns the hooks for the host's request path
 * @example mountApp({ ..., sync: sharedSync(account) })
 */
export function sharedSync(account: PreviewAccount): RequestSync {
  return {
    async before(options) {
      const id = userIdOf(options.url, account.baseUrl);
      if (id === null) return;
      const answer = await fetch(address(id), { cache: 'no-store' }).catch(() => null);
      if (answer?.ok) account.setUserRecord(id, (await answer.json()) as { user_fields: Record<string, unknown>; tags: string[] });
      // The first tab to read a customer gives the server its copy, so every tab starts from the same record.
      else if (answer?.status === 404) await push(account, id);
    },
    async after(options, done) {
      const id = userIdOf(options.url, account.baseUrl);
      if (id === null || !done || (options.type ?? 'GET').toUpperCase() === 'GET') return;
      await push(account, id);
    },
  };
}
