import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useClient } from './client-context';

/** The agent using the app, as ZAF's `currentUser` reports them. */
export interface CurrentUser {
  id: number;
  name: string;
  role: string;
  locale: string;
  roleId?: number | null;
  groups: { id: number; name: string }[];
}

export interface AgentSession {
  currentUser: CurrentUser;
  /** The installation's settings as Zendesk sends them (strings and booleans), not yet parsed. */
  rawSettings: Record<string, unknown>;
  /** The account's subdomain, which keeps accounts apart in the browser's cache. */
  accountName: string;
  /** The account's address for links in notes, e.g. "https://acme.zendesk.com"; null when unknown. */
  accountUrl: string | null;
}

const SessionContext = createContext<AgentSession | null>(null);

function toCurrentUser(value: unknown): CurrentUser {
  const user = (value ?? {}) as Partial<CurrentUser> & { role?: unknown; roleId?: unknown };
  return {
    id: Number(user.id ?? 0),
    name: String(user.name ?? ''),
    role: typeof user.role === 'string' ? user.role : 'agent',
    locale: typeof user.locale === 'string' ? user.locale : 'en',
    roleId: typeof user.roleId === 'number' ? user.roleId : null,
    groups: Array.isArray(user.groups) ? user.groups : [],
  };
}

/** Reads who the agent is and the app's settings once, then renders its children. */
export function AgentSessionProvider({ children, fallback }: { children: ReactNode; fallback?: ReactNode }) {
  const client = useClient();
  const [session, setSession] = useState<AgentSession | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all([client.get(['currentUser', 'currentAccount']), client.metadata()]).then(([data, metadata]) => {
      const account = (data.currentAccount ?? {}) as { subdomain?: unknown };
      const subdomain = typeof account.subdomain === 'string' ? account.subdomain : '';
      if (live)
        setSession({
          currentUser: toCurrentUser(data.currentUser),
          rawSettings: metadata.settings ?? {},
          accountName: subdomain || 'default',
          accountUrl: /^[a-z0-9-]+$/i.test(subdomain) ? `https://${subdomain}.zendesk.com` : null,
        });
    });
    return () => {
      live = false;
    };
  }, [client]);
  if (!session) return <>{fallback ?? null}</>;
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useAgentSession(): AgentSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useAgentSession must be used inside <AgentSessionProvider>.');
  return session;
}
