import { describe, expect, it } from 'vitest';
import { units } from '../../../src/core/signals/learned/features';
import { hashtagSplitter } from '../../../src/core/signals/learned/hashtags';
import { decodeModel } from '../../../src/core/signals/learned/load';
import { prepare } from '../../../src/core/text/prepare';
import { encodeWeights } from '../../../scripts/train/encode';
import { wordFeature } from '../../helpers/model';

// Most frequent first, as the weights file lists them.
const WORDS = ['the', 'worst', 'rude', 'staff', 'service', 'customer', 'never', 'again', 'rudest', 'aff', 'a'];
const split = hashtagSplitter(WORDS);

describe('hashtagSplitter', () => {
  it.each([
    ['worstservice', ['worst', 'service']],
    ['worstcustomerservice', ['worst', 'customer', 'service']],
    ['neveragain', ['never', 'again']],
    // "rude staff" and "rudest aff" both read; the likelier words win.
    ['rudestaff', ['rude', 'staff']],
  ])('splits #%s into the words a reader sees', (tag, parts) => {
    expect(split(tag)).toEqual(parts);
  });

  it.each([
    ['customer', 'a listed word is one word'],
    ['worstxservice', 'a part is no listed word'],
    ['worst0service', 'digits are no word'],
    ['rude', 'shorter than five letters'],
    ['worst'.repeat(9), 'longer than forty letters'],
    ['', 'empty'],
  ])('leaves #%s whole: %s', (tag) => {
    expect(split(tag)).toBeNull();
  });

  it('splits nothing with no words', () => {
    expect(hashtagSplitter([])('worstservice')).toBeNull();
  });
});

describe('units with a splitter', () => {
  it('follows a split hashtag with its words, each spanning the hashtag', () => {
    const [unit] = units('so #rudestaff today', split);
    expect(unit!.words.map((w) => [w.form, w.start, w.end])).toEqual([
      ['so', 0, 2],
      ['#rudestaff', 3, 13],
      ['rude', 3, 13],
      ['staff', 3, 13],
      ['today', 14, 19],
    ]);
  });

  it('reads a hashtag as before without a splitter', () => {
    expect(units('#rudestaff')[0]!.words.map((w) => w.form)).toEqual(['#rudestaff']);
  });
});

describe('a hashtag read by the learned detectors', () => {
  const [rude, staff] = [wordFeature('rude'), wordFeature('staff')];
  const weights = new Float32Array(1 << 20);
  weights[rude] = 4;
  weights[staff] = 2;
  const file = (words?: string[]) => ({
    format: 1,
    hashBits: 20,
    cues: {},
    ...(words ? { words } : {}),
    signals: { abuse: { bias: -2, scale: 127 / 4, thresholds: { precise: 0, balanced: 0, sensitive: 0 }, ...encodeWeights([rude, staff].toSorted((a, b) => a - b), weights, 127 / 4) } },
  });
  const text = 'Again. #RudeStaff';
  const hits = (words?: string[]) => {
    const decoded = decodeModel(file(words));
    if ('error' in decoded) throw new Error(decoded.error);
    return decoded.hits(prepare(text), [], 'balanced');
  };

  it('finds the words of a hashtag the weights list, and marks the hashtag once', () => {
    expect(hits()).toEqual([]);
    const [hit, ...rest] = hits(WORDS);
    expect(rest).toEqual([]);
    expect(text.slice(hit!.start, hit!.end)).toBe('#RudeStaff');
    expect(hit!.focus!.map((f) => text.slice(f.start, f.end))).toEqual(['#RudeStaff']);
  });

  it('says so when the words are not a list of words', () => {
    const decoded = decodeModel({ ...file(), words: 'rude staff' });
    expect('error' in decoded && decoded.error).toContain('not a list of words');
  });
});
