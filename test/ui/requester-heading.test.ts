import { describe, expect, it } from 'vitest';
import { catalogs } from '../../src/ui/i18n/catalogs';
import { createTranslator } from '../../src/ui/i18n/translate';
import { requesterHeading, type HeadingState } from '../../src/ui/fit/requester-heading';

const en = createTranslator('en-US', catalogs);
const de = createTranslator('de', catalogs);
const state = (over: Partial<HeadingState>): HeadingState => ({ failed: false, ratedTickets: 100, coverage: null, done: true, ...over });

describe('the heading never says more tickets than are known', () => {
  it.each([
    ['a complete history', state({ ratedTickets: 1500, coverage: { read: 1500, total: 1500, provisional: false } }), 'Pat · 1,500 tickets', 'Pat · 1.500 Tickets'],
    ['a list cut short', state({ coverage: { read: 100, total: null, provisional: true } }), 'Pat · at least 100 tickets', 'Pat · mindestens 100 Tickets'],
    ['too little of a known total', state({ ratedTickets: 1000, coverage: { read: 1000, total: 2600, provisional: true } }), 'Pat · 1,000 of 2,600 tickets read', 'Pat · 1.000 von 2.600 Tickets gelesen'],
    ['a few tickets missing of a known total', state({ ratedTickets: 1486, coverage: { read: 1486, total: 1500, provisional: false } }), 'Pat · 1,500 tickets', 'Pat · 1.500 Tickets'],
    ['nothing rated yet', state({ ratedTickets: null, coverage: { read: 0, total: null, provisional: true }, done: false }), 'Pat', 'Pat'],
    ['nothing could be read', state({ failed: true, coverage: { read: 0, total: null, provisional: true } }), 'Pat', 'Pat'],
  ])('%s', (_name, given, english, german) => {
    expect(requesterHeading('Pat', given, en)).toBe(english);
    expect(requesterHeading('Pat', given, de)).toBe(german);
  });
});
