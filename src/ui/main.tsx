import './zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { sweepExpiredEntries } from '../zendesk/cache/history-cache';
import { loadModel, MODEL_ASSET } from '../zendesk/model/load-model';
import { initZafClient } from '../zendesk/sdk';
import { App } from './app/App';

const root = createRoot(document.getElementById('root')!);
const client = initZafClient();

if (client) {
  // Expired cache entries go now, whoever stored them, not when their requester is next opened.
  sweepExpiredEntries();
  // Started now, so the weights arrive while the app registers and reads the first page of tickets.
  const model = loadModel(new URL(MODEL_ASSET, window.location.href).href);
  root.render(
    <StrictMode>
      <App client={client} model={model} />
    </StrictMode>,
  );
} else {
  // Opened outside Zendesk: say so rather than hang on a handshake that will never come.
  document.getElementById('root')!.textContent =
    'Customer Fit runs inside Zendesk Support. Open it from a ticket, or run `npm start` for the local preview.';
}
