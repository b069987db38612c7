import { useEffect, useRef, type ReactNode } from 'react';
import { createGlobalStyle } from 'styled-components';
import { ThemeProvider, DEFAULT_THEME, getColor, type IGardenTheme } from '@zendeskgarden/react-theming';
import type { ModelState } from '../../zendesk/model/load-model';
import type { ZafClient } from '../../zendesk/zaf-client';
import { I18nProvider } from '../i18n/I18nProvider';
import { AgentSessionProvider, useAgentSession } from './agent-session';
import { ClientProvider, useClient, useZafContext } from './client-context';
import { useColorScheme } from './color-scheme';
import { locations } from './locations';
import { ModelProvider } from './model-context';
import { useAutoResize } from './useAutoResize';

const GlobalStyle = createGlobalStyle`
  body {
    margin: 0;
    font-family: ${(p) => p.theme.fonts.system};
    font-size: ${(p) => p.theme.fontSizes.md};
    line-height: ${(p) => p.theme.lineHeights.md};
    background: ${(p) => getColor({ theme: p.theme, variable: 'background.default' })};
    color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.default' })};
    /* On body, not main, so menus and tooltips that Garden portals out of main hyphenate too. */
    hyphens: auto;
  }
  main {
    overflow-wrap: anywhere;
  }
  .cf-visually-hidden {
    position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
    clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }
`;

function Themed({ children }: { children: ReactNode }) {
  const client = useClient();
  const scheme = useColorScheme(client);
  const theme: IGardenTheme = { ...DEFAULT_THEME, colors: { ...DEFAULT_THEME.colors, base: scheme } };
  return (
    <ThemeProvider theme={theme}>
      <GlobalStyle />
      {children}
    </ThemeProvider>
  );
}

function LocationRouter() {
  const client = useClient();
  const { location } = useZafContext();
  const { currentUser } = useAgentSession();
  const ref = useRef<HTMLDivElement>(null);
  useAutoResize(client, ref);
  // Hyphenation, spelling and screen-reader voices follow the document's language; the portals
  // Garden renders outside main only see this one.
  useEffect(() => {
    document.documentElement.lang = currentUser.locale;
  }, [currentUser.locale]);
  const Component = locations[location];
  return (
    <I18nProvider locale={currentUser.locale}>
      <main ref={ref} lang={currentUser.locale} data-location={location} style={{ padding: location === 'nav_bar' ? 24 : 0 }}>
        {Component ? <Component /> : null}
      </main>
    </I18nProvider>
  );
}

export function App({ client, model }: { client: ZafClient; model: Promise<ModelState> }) {
  return (
    <ModelProvider loading={model}>
      <ClientProvider client={client}>
        <Themed>
          <AgentSessionProvider>
            <LocationRouter />
          </AgentSessionProvider>
        </Themed>
      </ClientProvider>
    </ModelProvider>
  );
}
