/** The command's readers of untrusted input, one case a line where a wrong answer would mislead a user. */
import { describe, expect, it } from 'vitest';
import { closest } from '../../src/cli/closest';
import { isoDateTimeProblem } from '../../src/cli/iso-date';
import { jsonFaultAt } from '../../src/cli/json-fault';
import { linesOf, memberSource, unsafeIds } from '../../src/cli/json-source';
import { forTerminal, jsonForTerminal, oneLine, oneLineMarked } from '../../src/cli/terminal';
import { decodeUtf8, firstInvalidByte } from '../../src/cli/utf8';

describe('isoDateTimeProblem', () => {
  it.each([
    ['2026-11-23T10:00:00Z', null],
    ['2026-11-23T10:00:00.123Z', null],
    ['2026-11-23T10:00+01:00', null],
    ['2024-02-29T00:00:00Z', null],
    ['2026-02-29T00:00:00Z', 'February 2026 has 28 days'],
    ['2026-04-31T00:00:00Z', 'April 2026 has 30 days'],
    ['2026-13-01T00:00:00Z', 'there is no month 13'],
    ['2026-11-23T24:00:00Z', 'there is no time 24:00:00'],
    ['2026-11-23T10:00:00', 'no time zone: add Z or an offset such as +01:00'],
    ['2026-11-23', 'a time is missing: add T00:00:00Z for midnight UTC'],
    ['+275760-09-13T00:00:00Z', 'the year must have four digits'],
    ['2', ''],
    ['not a date 1', ''],
    ['2026-11-23T10:00:00Z ', ''],
  ])('%s', (value, problem) => {
    expect(isoDateTimeProblem(value)).toBe(problem);
  });
});

describe('oneLine and forTerminal', () => {
  it('remove what a terminal would act on, with its contents, and keep the words', () => {
    expect(oneLine('Ann\u001b]0;title\u0007 \u001b[1;31mLee\u001b[0m')).toBe('Ann Lee');
    expect(oneLine('see \u001b]8;;https://x.example/\u001b\\here\u001b]8;;\u001b\\')).toBe('see here');
    expect(oneLine('a\u009b2Jb\u009d0;t\u009cc')).toBe('abc');
    expect(oneLine('one\ntwo\tthree\u2028four')).toBe('one two three four');
    expect(oneLine('\u202enimda\u202c and zero\u200bwidth')).toBe('nimda and zerowidth');
    expect(oneLine('Ünïcödé “quotes” 😀')).toBe('Ünïcödé “quotes” 😀');
  });
  it('jsonForTerminal writes what a terminal would act on or hide as escapes, the value unchanged', () => {
    const value = { text: 'a\u009b2Jb\u202ec\u2028d\u{e0041}\u001b[0m', n: 1 };
    const json = jsonForTerminal(value, 2);
    expect(json).not.toMatch(/[\u007f-\u009f\u2028\u2029]|\p{Cf}|[^\P{Cc}\n]/u);
    expect(json).toContain('a\\u009b2Jb\\u202ec\\u2028d\\udb40\\udc41\\u001b[0m');
    expect(JSON.parse(json)).toEqual(value);
  });
  it('oneLineMarked puts the marks around the same words, even where a span ends inside a sequence', () => {
    const text = 'I \u001b[31mwill sue\u001b[0m you';
    expect(oneLineMarked(text, 7, 15, '«', '»')).toBe('I «will sue» you');
    expect(oneLineMarked(text, 3, 19, '«', '»')).toBe('I «will sue» you');
    expect(oneLineMarked(text, 4, 17, '«', '»')).toBe('I «will sue» you');
    expect(oneLineMarked('a\u009b31mb', 2, 4, '«', '»')).toBe('a«»b');
    expect(oneLineMarked('x \u202eeus\u202c y', 2, 7, '[', ']')).toBe('x [eus] y');
    expect(oneLineMarked('plain text', 0, 5, '«', '»')).toBe('«plain» text');
  });
  it('forTerminal keeps line breaks and tabs', () => {
    expect(forTerminal('line 1: "\u001b[2Jx"\n\tnext\u0007\n')).toBe('line 1: "x"\n\tnext \n');
  });
});

const bytes = (...b: number[]) => new Uint8Array(b);

describe('decodeUtf8', () => {
  it('names the first byte that is not UTF-8', () => {
    expect(decodeUtf8(bytes(0x68, 0xc3, 0xa9))).toEqual({ text: 'hé' });
    expect(decodeUtf8(bytes(0x68, 0xe9, 0x21))).toEqual({ invalidAt: 1 });
    expect(firstInvalidByte(bytes(0xc0, 0xaf))).toBe(0); // an overlong "/"
    expect(firstInvalidByte(bytes(0x61, 0xed, 0xa0, 0x80))).toBe(1); // a surrogate
    expect(firstInvalidByte(bytes(0x61, 0x62, 0xf0, 0x9f, 0x98))).toBe(2); // cut short
    expect(firstInvalidByte(bytes(0xf0, 0x9f, 0x98, 0x80))).toBe(-1);
  });
});

describe('json-source', () => {
  const text = '{\n  "tickets": [\n    {"id": 1},\n    {"id": 12345678901234567890, "collaborator_ids": [99999999999999999, 3]}\n  ],\n  "value": 12345678901234567890,\n  "name": "12345678901234567890"\n}';
  it('finds the line of a field by its path', () => {
    expect(linesOf(text, ['tickets[1].id', 'value', 'tickets', 'missing'])).toEqual(
      new Map([
        ['tickets', 2],
        ['tickets[1].id', 4],
        ['value', 6],
      ]),
    );
  });
  it('finds the ids JSON.parse would round, and only ids', () => {
    expect(unsafeIds(text)).toEqual([
      { path: 'tickets[1].id', source: '12345678901234567890' },
      { path: 'tickets[1].collaborator_ids[0]', source: '99999999999999999' },
    ]);
  });
  it('finds where a text stops being JSON', () => {
    for (const good of ['{"a": [1, -2.5e3, true, null, "x\\u00e9\\n"]}', ' 0 ', '"\\""']) {
      expect(() => JSON.parse(good)).not.toThrow();
      expect(jsonFaultAt(good)).toBeNull();
    }
    expect(jsonFaultAt('{"a": 1,}')).toBe(8);
    expect(jsonFaultAt('{"a": [1 2]}')).toBe(9);
    expect(jsonFaultAt('{"a": tru}')).toBe(6);
    expect(jsonFaultAt('{"a": 01}')).toBe(7);
    expect(jsonFaultAt('{"a": "\\x"}')).toBe(7);
    expect(jsonFaultAt('{"a": "b')).toBe(8);
    expect(jsonFaultAt('{"a": 1} x')).toBe(9);
    expect(jsonFaultAt("{'a': 1}")).toBe(1);
  });
  it('reads a member as written', () => {
    expect(memberSource('{"text": "{\\"id\\": 1}", "id": 12345678901234567890}', 'id')).toBe('12345678901234567890');
    expect(memberSource('{"id": "a\\"b"}', 'id')).toBe('"a\\"b"');
    expect(memberSource('{"nested": {"id": 1}}', 'id')).toBeUndefined();
  });
});

describe('closest', () => {
  it('finds the name that was meant', () => {
    const known = ['weight_abuse', 'weight_review_threat', 'window_days', 'half_life_days'];
    expect(closest('weight_abuze', known)).toBe('weight_abuse');
    expect(closest('Window_Days', known)).toBe('window_days');
    expect(closest('halflife_days', known)).toBe('half_life_days');
    expect(closest('wieght_abuse', known)).toBe('weight_abuse');
  });
});
