import type { LearnedModel } from '../../core/signals';

/** Where the learned detectors' weights stand: still loading, ready, or not to be had (and why). */
export type ModelState = { status: 'loading' } | { status: 'ready'; model: LearnedModel } | { status: 'failed'; reason: string };

/** The weights file's name, next to the app's page in the package's assets. */
export const MODEL_ASSET = 'signals.json';

/**
 * Loads and decodes the weights file. Never throws: a missing, unreadable or corrupt file is a
 * `failed` state with its reason, and the app goes on with the patterns alone.
 *
 * @param url - the file's address (the app's own asset, not a Zendesk API path)
 * @param fetchText - how to fetch it (the browser's fetch by default)
 * @returns the state once settled
 * @example await loadModel('signals.json', async () => 'not json') // => { status: 'failed', reason: 'the weights file is not JSON' }
 */
export async function loadModel(url: string, fetchText: (url: string) => Promise<string> = fetchAsset): Promise<ModelState> {
  // The detectors' code comes in its own chunk, fetched beside the weights.
  const code = import('../../core/signals/learned/load');
  let text: string;
  try {
    text = await fetchText(url);
  } catch (cause) {
    return { status: 'failed', reason: `the weights file could not be loaded (${(cause as Error).message})` };
  }
  let decodeModel: (typeof import('../../core/signals/learned/load'))['decodeModel'];
  try {
    ({ decodeModel } = await code);
  } catch (cause) {
    return { status: 'failed', reason: `the detectors' code could not be loaded (${(cause as Error).message})` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { status: 'failed', reason: 'the weights file is not JSON' };
  }
  const model = decodeModel(json);
  return 'error' in model ? { status: 'failed', reason: model.error } : { status: 'ready', model };
}

async function fetchAsset(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}
