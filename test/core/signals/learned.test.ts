import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, LEVELS, type Detector, type SignalHit } from '../../../src/core/signals/index';
import { decodeModel } from '../../../src/core/signals/learned/load';
import { cueTable, units, unitFeatures } from '../../../src/core/signals/learned/features';
import { unitSums } from '../../../src/core/signals/learned/model';
import { prepare } from '../../../src/core/text/prepare';
import { encodeWeights } from '../../../scripts/train/encode';
import { committedModel, wordFeature } from '../../helpers/model';

const model = committedModel();
const balanced: Detector = { model, level: 'balanced' };
const found = (text: string, detector: Detector = balanced): string[] => [...new Set(classify(text, detector).map((h) => h.signal))];

describe('the learned detectors, read with the committed weights', () => {
  // Written here in the words customers use; none of these wordings is in the training rows.
  it.each([
    ['Your team are a bunch of clueless idiots.', 'abuse'],
    ['I wasted three whole months with you morons.', 'abuse'],
    ['How would I go about leaving a Google review for the worst plumber in town?', 'review-threat'],
    ["I'll make sure everyone in my running club hears how you treated me.", 'review-threat'],
    ['Who do I talk to about escalating a complaint?', 'escalation-demand'],
    ['The gate agents have no idea what they are doing.', 'expertise-disrespect'],
    // Told over two sentences: found only because late payment reads the whole message.
    ['I get paid next Friday. Can I settle the bill after that?', 'late-payment'],
    // Said in a hashtag: found only because hashtags are read as their words too.
    ['Second cancelled booking this month. #idiotsrunningthisshop', 'abuse'],
  ])('finds what a person would in %j', (text, signal) => {
    expect(found(text)).toContain(signal);
  });

  it('underlines a hashtag once, as the customer wrote it, when its words weighed most', () => {
    const text = 'Second cancelled booking this month. #IdiotsRunningThisShop';
    const hit = classify(text, balanced).find((h) => h.signal === 'abuse' && h.confidence !== undefined)!;
    expect(hit.focus!.map((f) => text.slice(f.start, f.end))).toEqual(['#IdiotsRunningThisShop']);
  });

  it.each([
    'Could you help me connect the signup form on the homepage to our Mailchimp list?',
    'Our office manager will send over the logo files tomorrow.',
    'What time do you open on Sunday?',
    'The courier was late with the parts, not your fault at all.',
  ])('flags no red flag in the polite %j', (text) => {
    expect(found(text).filter((s) => s !== 'gratitude' && s !== 'complaint')).toEqual([]);
  });

  it('marks its hits with how sure it is and the words that weighed most, inside the span', () => {
    const text = 'Morning. Honestly your whole support team is a bunch of clueless idiots. Sort it out.';
    const hits = classify(text, balanced).filter((h) => h.confidence !== undefined);
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      expect(hit.messageId).toBe('model');
      expect(hit.confidence).toBeGreaterThan(0);
      expect(hit.confidence).toBeLessThanOrEqual(1);
      for (const word of hit.focus ?? []) {
        expect(word.start).toBeGreaterThanOrEqual(hit.start);
        expect(word.end).toBeLessThanOrEqual(hit.end);
        expect(text.slice(word.start, word.end)).toMatch(/^\S+$/);
      }
    }
  });

  it('points its spans at the original characters of HTML', () => {
    const html = '<p>Hi,</p><p>Honestly&nbsp;your <b>whole team</b> is a bunch of clueless idiots &amp; liars.</p>';
    for (const hit of classify(html, balanced)) {
      const shown = html.slice(hit.start, hit.end);
      expect(shown).not.toMatch(/^[<>;]/);
      expect(shown.length).toBeGreaterThan(2);
    }
  });

  it('reads no quoted mail and no other language', () => {
    const quoted = 'Thanks, that works.\n\nOn Mon, 2 Mar 2026, Support <help@acme.test> wrote:\n> you people are clueless idiots and I will leave a one star review';
    expect(found(quoted).filter((s) => s !== 'gratitude')).toEqual([]);
    expect(found('Ihr seid alle völlig unfähig und ich werde eine schlechte Bewertung schreiben, das ist die Wahrheit.')).toEqual([]);
  });

  it('finds more at a more sensitive level, never less', () => {
    fc.assert(
      fc.property(fc.constantFrom('you lot are useless and I am done', 'still waiting on my refund, third email', 'my card got declined again', 'thank you so much for sorting it'), (text) => {
        const precise = new Set(found(text, { model, level: 'precise' }));
        const sensitive = new Set(found(text, { model, level: 'sensitive' }));
        for (const s of precise) expect(sensitive.has(s)).toBe(true);
      }),
    );
  });

  it('gives the same answer for a text whatever was read before it', () => {
    const a = 'You people are clueless. I will post this on every review site.';
    const b = '<p>I&#39;m still waiting, <i>fourth</i> email now.</p>';
    const first = JSON.stringify(classify(a, balanced));
    classify(b, balanced);
    classify(b);
    expect(JSON.stringify(classify(a, balanced))).toBe(first);
  });
});

describe('decodeModel', () => {
  const good = { format: 1, hashBits: 20, cues: { you: ['you'] }, signals: { abuse: { bias: -1, scale: 10, thresholds: { precise: 1, balanced: 0, sensitive: null }, ...encodeWeights([5, 300], Float32Array.from({ length: 301 }, (_, i) => (i === 5 ? 1 : i === 300 ? -2 : 0)), 10) } } };

  it('reads back the weights it was given', () => {
    const decoded = decodeModel(good);
    if ('error' in decoded) throw new Error(decoded.error);
    expect(decoded.signals).toEqual(['abuse']);
    expect(decoded.weights[decoded.rows[5]!]).toBeCloseTo(1, 5);
    expect(decoded.weights[decoded.rows[300]!]).toBeCloseTo(-2, 5);
    expect(decoded.rows[6]).toBe(0);
    expect(decoded.thresholds.sensitive[0]).toBe(Infinity);
  });

  it.each([
    [null, 'not a JSON object'],
    [{ ...good, format: 2 }, 'format 2'],
    [{ ...good, hashBits: 16 }, 'hashes to 16 bits'],
    [{ ...good, cues: undefined }, 'no word families'],
    [{ ...good, signals: {} }, 'no signal'],
    [{ ...good, signals: { abuse: { ...good.signals.abuse, weights: '!!' } } }, 'not base64'],
    [{ ...good, signals: { abuse: { ...good.signals.abuse, weights: 'AQ==' } } }, 'do not match'],
  ])('says what is wrong with a broken file instead of throwing (%#)', (file, reason) => {
    const decoded = decodeModel(file);
    expect('error' in decoded && decoded.error).toContain(reason);
  });

  it('sums a sentence\'s feature weights and counts its features', () => {
    const decoded = decodeModel(good);
    if ('error' in decoded) throw new Error(decoded.error);
    const unit = units('hello you')[0]!;
    const features: number[] = [];
    unitFeatures(unit, (f) => features.push(f), [], cueTable({ you: ['you'] }));
    const { sums, count } = unitSums(decoded, unit, []);
    expect(count).toBe(features.length);
    expect(sums[0]).toBeCloseTo(features.reduce((sum, f) => sum + (f === 5 ? 1 : f === 300 ? -2 : 0), 0), 5);
  });

  it('says so when a signal is read in a way it does not know', () => {
    const decoded = decodeModel({ ...good, signals: { abuse: { ...good.signals.abuse, reads: 'paragraph' } } });
    expect('error' in decoded && decoded.error).toContain('read paragraph');
  });
});

describe('a signal read as a whole message', () => {
  // "pay" and "friday" each weigh for late payment; neither sentence alone reaches the threshold,
  // the two together do.
  const pay = wordFeature('pay');
  const friday = wordFeature('friday');
  const weights = new Float32Array(1 << 20);
  weights[pay] = 6;
  weights[friday] = 5;
  const file = (reads?: 'message') => ({
    format: 1,
    hashBits: 20,
    cues: {},
    signals: {
      'late-payment': { bias: -2.5, scale: 127 / 6, thresholds: { precise: 0, balanced: 0, sensitive: 0 }, ...(reads ? { reads } : {}), ...encodeWeights([pay, friday].toSorted((a, b) => a - b), weights, 127 / 6) },
    },
  });
  const text = 'I will pay. It is Friday.';
  const hits = (reads?: 'message', ruleHits: readonly SignalHit[] = []) => {
    const decoded = decodeModel(file(reads));
    if ('error' in decoded) throw new Error(decoded.error);
    return decoded.hits(prepare(text), ruleHits, 'balanced');
  };

  it('finds a signal told over two sentences, and shows the sentence that weighed most', () => {
    expect(hits()).toEqual([]);
    const [hit, ...rest] = hits('message');
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({ signal: 'late-payment', start: 0, end: 'I will pay'.length });
    expect(hit!.focus!.map((f) => text.slice(f.start, f.end))).toEqual(['pay']);
    // -2.5 + (6 + 5) / sqrt(12 features): three words and three word pairs in each sentence.
    expect(hit!.confidence).toBeCloseTo(1 / (1 + Math.exp(-(-2.5 + 11 / Math.sqrt(12)))), 1);
  });

  it('adds nothing where a pattern already found the signal in the message', () => {
    expect(hits('message', [{ signal: 'late-payment', start: 12, end: 24, messageId: 'pattern' }])).toEqual([]);
  });
});

describe('units', () => {
  it('cuts sentences at their ends, keeps decimals and reads digits as 0', () => {
    const cut = units('it costs 3.5 pounds. you idiots! 4th time');
    expect(cut.map((u) => u.words.map((w) => w.form).join(' '))).toEqual(['it costs 0 0 pounds', 'you idiots', '0th time']);
  });
  it('gives every word a span of the text it was read from', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const lower = text.toLowerCase();
        for (const unit of units(lower)) for (const word of unit.words) expect(word.end).toBeGreaterThan(word.start);
      }),
    );
  });
});

it('keeps every level of the committed file', () => {
  for (const level of LEVELS) expect(model.thresholds[level].length).toBe(model.signals.length);
});
