import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { ZafClient, ZafContext } from '../../zendesk/zaf-client';

interface ClientState {
  client: ZafClient;
  context: ZafContext;
}

// Created with null, not a default client, so that useClient really throws outside the provider.
const ClientContext = createContext<ClientState | null>(null);

/** Renders nothing until ZAF has registered the app, then gives its children the client. */
export function ClientProvider({ client, children }: { client: ZafClient; children: ReactNode }) {
  const [context, setContext] = useState<ZafContext | null>(null);

  useEffect(() => {
    const onRegistered = (data: unknown) => {
      const registered = data as { context?: ZafContext } | undefined;
      if (registered?.context) setContext(registered.context);
      else void client.context().then(setContext);
    };
    client.on('app.registered', onRegistered);
    // Registration may have happened before this effect ran; then the event will not come again.
    if (client.ready) void client.context().then(setContext);
    return () => client.off?.('app.registered', onRegistered);
  }, [client]);

  if (!context) return null;
  return <ClientContext.Provider value={{ client, context }}>{children}</ClientContext.Provider>;
}

export function useClient(): ZafClient {
  const state = useContext(ClientContext);
  if (!state) throw new Error('useClient must be used inside <ClientProvider>.');
  return state.client;
}

export function useZafContext(): ZafContext {
  const state = useContext(ClientContext);
  if (!state) throw new Error('useZafContext must be used inside <ClientProvider>.');
  return state.context;
}
