import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../../src/zendesk/model/load-model';

const committed = readFileSync(new URL('../../../model/signals.json', import.meta.url), 'utf8');

describe('loadModel, the weights the sidebar fetches', () => {
  it('decodes the committed file', async () => {
    const state = await loadModel('signals.json', async () => committed);
    expect(state.status).toBe('ready');
  });
  it.each([
    ['a missing file', async () => Promise.reject(new Error('HTTP 404')), 'could not be loaded (HTTP 404)'],
    ['a file that is not JSON', async () => '<html>', 'not JSON'],
    ['a truncated file', async () => committed.slice(0, 1000), 'not JSON'],
    ['a file of another format', async () => JSON.stringify({ format: 9 }), 'format 9'],
  ])('gives the reason, never throws, for %s', async (_, fetchText, reason) => {
    const state = await loadModel('signals.json', fetchText);
    expect(state).toEqual({ status: 'failed', reason: expect.stringContaining(reason) });
  });
});
