import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initZafClient } from '../zendesk/sdk';
import { App } from './app/App';

const root = createRoot(document.getElementById('root')!);
const client = initZafClient();

if (client) {
  root.render(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  );
} else {
  // Opened outside Zendesk: say so rather than hang on a handshake that will never come.
  document.getElementById('root')!.textContent =
    'Customer Fit runs inside Zendesk Support. Open it from a ticket, or run `npm start` for the local preview.';
}
