import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ClientProvider, useClient } from '../../src/ui/app/client-context';
import type { ZafClient } from '../../src/zendesk/zaf-client';

const client: ZafClient = {
  get: async () => ({}),
  invoke: async () => undefined,
  request: async () => ({}) as never,
  on: () => undefined,
  metadata: async () => ({ settings: {} }),
  context: async () => ({ location: 'ticket_sidebar' }),
};

function UsesClient() {
  useClient();
  return <span>has client</span>;
}

describe('ClientProvider', () => {
  it('makes useClient throw outside the provider instead of handing out a client that does nothing', () => {
    expect(() => renderToString(<UsesClient />)).toThrow(/inside <ClientProvider>/);
  });

  it('renders nothing until Zendesk has registered the app', () => {
    expect(renderToString(<ClientProvider client={client}><UsesClient /></ClientProvider>)).toBe('');
  });
});
