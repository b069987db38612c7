import { describe, expect, test } from 'vitest';
import { readState, writeState } from '../../src/preview/host/state';

describe('preview URL state', () => {
  test('reads every deep-link parameter', () => {
    const state = readState('?requester=abusive&role=admin&locale=de&location=user_sidebar&fault=timeout&colorScheme=dark&ticket=42&settings={"a":1}&share=1', 'loyal');
    expect(state).toEqual({
      requester: 'abusive',
      ticket: 42,
      role: 'admin',
      locale: 'de',
      location: 'user_sidebar',
      fault: 'timeout',
      colorScheme: 'dark',
      settings: { a: 1 },
      share: true,
    });
  });

  test('falls back to safe defaults for missing or unknown values', () => {
    expect(readState('?role=root&location=top_bar&locale=en&ticket=-3&settings=[1]', 'loyal')).toEqual({
      requester: 'loyal',
      ticket: null,
      role: 'agent',
      locale: 'en-US',
      location: 'ticket_sidebar',
      fault: null,
      colorScheme: 'light',
      settings: {},
      share: false,
    });
  });

  test('round-trips through the URL', () => {
    const state = readState('?requester=heavy&role=admin&locale=de-DE&fault=server-error&settings={"hourly_cost":40}&share=1', 'loyal');
    expect(state.share).toBe(true);
    expect(readState(writeState(state), 'loyal')).toEqual(state);
  });
});
