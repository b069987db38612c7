import { ThemeProvider, DEFAULT_THEME } from '@zendeskgarden/react-theming';
import type { ZafClient } from '../../zendesk/zaf-client';
import { ClientProvider, useZafContext } from './client-context';
import { locations } from './locations';

function LocationRouter() {
  const { location } = useZafContext();
  const Component = locations[location];
  return Component ? <Component /> : null;
}

export function App({ client }: { client: ZafClient }) {
  return (
    <ThemeProvider theme={DEFAULT_THEME}>
      <ClientProvider client={client}>
        <LocationRouter />
      </ClientProvider>
    </ThemeProvider>
  );
}
