import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../src/ui/i18n/catalogs';
import { createTranslator } from '../../../src/ui/i18n/translate';
import { searchProblemSentence } from '../../../src/ui/nav_bar/search-problems';

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
