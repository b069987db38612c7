import type { ZafClient } from './zaf-client';

/**
 * The one thing the loader needs from Zendesk: `client.request`. In the sidebar it is the ZAF client;
 * in Node (tests, bench, CLI) it is `createFetchPort`. Both resolve parsed JSON and reject with
 * ZAF's failure shape `{ status, statusText, responseText }`.
 */
export type RequestPort = Pick<ZafClient, 'request'>;
