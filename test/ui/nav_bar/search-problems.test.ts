import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../src/ui/i18n/catalogs';
import { createTranslator } from '../../../src/ui/i18n/translate';
import { emptySearchSentence, searchProblemSentence } from '../../../src/ui/nav_bar/search-problems';

const en = createTranslator('en-US', catalogs);
const de = createTranslator('de', catalogs);

describe('searchProblemSentence', () => {
  it('names the page and the tag that could not be listed, and why', () => {
    expect(searchProblemSentence({ tag: 'customer_fit_concern', page: 2, cause: 'server' }, en)).toBe(
      'Page 2 of the customers with an open concern (Zendesk answered with an error).',
    );
    expect(searchProblemSentence({ tag: 'customer_fit_final_notice', page: 1, cause: 'forbidden' }, en)).toBe(
      'Page 1 of the customers with a final notice (your role may not see it).',
    );
  });

  it('speaks of the whole export when the cursor pages failed, or there were too many', () => {
    expect(searchProblemSentence({ tag: 'customer_fit_strike_1', page: null, cause: 'too-many' }, en)).toBe(
      'The customers with strike 1 (there are too many to list).',
    );
    expect(searchProblemSentence({ tag: 'customer_fit_strike_2', page: null, cause: 'rate-limited' }, en)).toBe(
      'The customers with strike 2 (Zendesk asked the app to slow down).',
    );
  });

  it('speaks German', () => {
    expect(searchProblemSentence({ tag: 'customer_fit_concern', page: 3, cause: 'timeout' }, de)).toBe(
      'Seite 3 der Kunden mit offener Meldung (Zendesk hat nicht rechtzeitig geantwortet).',
    );
  });
});

const failed = (tag: string) => ({ tag, page: 1, cause: 'server' as const });

describe('emptySearchSentence', () => {
  it('says that no customer is flagged only when every search answered', () => {
    expect(emptySearchSentence({ problems: [], unreadable: 0, pagesAnswered: 4 }, en)).toBe('No customer has an open concern or a warning.');
  });

  it('says it could not look when no search answered', () => {
    const update = { problems: ['customer_fit_concern', 'customer_fit_strike_1', 'customer_fit_strike_2', 'customer_fit_final_notice'].map(failed), unreadable: 0, pagesAnswered: 0 };
    expect(emptySearchSentence(update, en)).toBe('Zendesk did not answer the search, so it is not known who is on the watchlist.');
    expect(emptySearchSentence(update, de)).toBe('Zendesk hat auf die Suche nicht geantwortet; daher ist nicht bekannt, wer auf der Beobachtungsliste steht.');
  });

  it('says that part of the answer is missing when some searches failed or held unreadable records', () => {
    const sentence = 'No flagged customer in what Zendesk answered, but part of it could not be read (below).';
    expect(emptySearchSentence({ problems: [failed('customer_fit_concern')], unreadable: 0, pagesAnswered: 3 }, en)).toBe(sentence);
    expect(emptySearchSentence({ problems: [], unreadable: 2, pagesAnswered: 4 }, en)).toBe(sentence);
  });
});
