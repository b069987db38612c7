import { describe, expect, it } from 'vitest';
import de from '../../translations/de.json';
import en from '../../translations/en.json';
import { rate } from '../../src/core/rating';
import { parseSettings } from '../../src/core/settings';
import { explanationText } from '../../src/ui/fit/explanation';
import { NOTHING_READ, requesterHeading } from '../../src/ui/fit/requester-heading';
import { createTranslator } from '../../src/ui/i18n/translate';
import { history, NOW } from '../core/rating/builders';

const english = createTranslator('en', { en, de });
// An override shows "nimda" as "admin"; an isolate, a word joiner and a byte-order mark hide in it too.
const TRICKED = '\u202enimda\u202c \u2067Kyle\u2069\u2060\ufeff';

describe('a customer\'s name as the sidebar shows it', () => {
  it('heads the sidebar without invisible formatting, with and without the ticket count', () => {
    expect(requesterHeading(TRICKED, NOTHING_READ, english)).toBe('nimda Kyle');
    const counted = requesterHeading(TRICKED, { failed: false, ratedTickets: 12, coverage: { read: 12, total: 12, provisional: false }, done: true }, english);
    expect(counted).not.toMatch(/\p{Cf}/u);
    expect(counted).toContain('nimda Kyle');
  });

  it('opens the explanation a lead copies to the customer without invisible formatting', () => {
    const rating = rate(history([{ daysAgo: 10, messages: ['I will \u202esue\u202c you if this is not fixed.'] }]), parseSettings({}).settings, NOW);
    const text = explanationText(rating, TRICKED, english);
    expect(text).not.toMatch(/\p{Cf}/u);
    expect(text.split('\n')[0]).toMatch(/^nimda Kyle: /);
  });
});
