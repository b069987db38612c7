import { useEffect, useState } from 'react';
import type { ZafClient } from '../../zendesk/zaf-client';

export type ColorScheme = 'light' | 'dark';

const asScheme = (value: unknown): ColorScheme | null => (value === 'dark' || value === 'light' ? value : null);

/**
 * The agent's colour scheme as Zendesk reports it to apps: a `colorScheme` query parameter on the
 * iframe URL before ZAF starts, then the `colorScheme` property and its change event
 * (https://developer.zendesk.com/documentation/apps/app-developer-guide/dark-mode).
 */
export function useColorScheme(client: ZafClient): ColorScheme {
  const [scheme, setScheme] = useState<ColorScheme>(
    () => asScheme(new URLSearchParams(window.location.search).get('colorScheme')) ?? 'light',
  );
  useEffect(() => {
    const apply = (value: unknown) => {
      const next = asScheme(value);
      if (next) setScheme(next);
    };
    client.get('colorScheme').then((data) => apply(data.colorScheme), () => undefined);
    const onChange = (data: unknown) => apply(typeof data === 'object' && data ? (data as { colorScheme?: unknown }).colorScheme ?? data : data);
    client.on('colorScheme.changed', onChange);
    return () => client.off?.('colorScheme.changed', onChange);
  }, [client]);
  return scheme;
}
