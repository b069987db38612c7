/**
 * What the built command reads and writes as a user meets it in a shell: a reader that stops early
 * (`| head -1`), bytes that are not UTF-8, ids longer than a double keeps, and a customer's terminal
 * escape sequences in text meant for a person.
 */
import { describe, expect, it } from 'vitest';
import { bundleText, cli, cliClosedPipe, demoBundle, file, lineOf, type Scored } from './helpers/run';

const STACK = /\n\s+at /;
const encode = (text: string) => new TextEncoder().encode(text);
const join = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

describe('customer-fit score --format text shows the customer\'s text, not their terminal codes', () => {
  // Clear the screen, set the window title, a hyperlink, a C1 CSI, a bell and a direction override.
  const CODES = '\u001b[2J\u001b[H\u001b]0;owned\u0007\u001b]8;;https://evil.example/\u001b\\click\u001b]8;;\u001b\\\u009b31m\u0007\u202e';
  // Any control character but the line breaks, and any format character.
  const SEEN = /[^\P{Cc}\n]|\p{Cf}/u;

  const spoiled = () => {
    const bundle = demoBundle('abusive');
    bundle.user.name = `Ann${CODES} Lee`;
    for (const thread of Object.values(bundle.comments)) {
      for (const comment of thread) {
        for (const field of ['body', 'plain_body', 'html_body'] as const) {
          const text = comment[field];
          if (typeof text === 'string') comment[field] = text.replaceAll('. ', `. ${CODES}`).replaceAll(', ', `, ${CODES}`);
        }
      }
    }
    for (const ticket of bundle.tickets) if (typeof ticket.description === 'string') ticket.description = ticket.description.replaceAll('. ', `. ${CODES}`);
    return file('codes.json', bundleText(bundle));
  };

  it('strips escape sequences, control and format characters from the name and every quote', () => {
    const run = cli(['score', spoiled(), '--format', 'text']);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Ann ?click Lee \(requester \d+\): \d+\/100, poor fit\n/);
    expect(run.out).toMatch(/«[^»]+»/);
    expect(run.out).not.toMatch(SEEN);
    expect(run.out).not.toMatch(/owned|evil\.example|\[2J|31m/);
  });

  it('the JSON of score and classify writes them as escapes, so a terminal shows it as it is', () => {
    const scored = cli(['score', spoiled()]);
    expect(scored.code).toBe(0);
    expect(scored.out).not.toMatch(SEEN);
    expect(scored.out).toContain('\\u009b31m');
    const id = `ticket-1 ${CODES}`;
    const classified = cli(['classify'], `${JSON.stringify({ id, text: 'I will sue you.' })}\n`);
    expect(classified.out).not.toMatch(SEEN);
    expect(JSON.parse(classified.out)).toMatchObject({ id, signals: [{ signal: 'legal-threat' }] });
  });
});

describe('messages on stderr quote the input without its terminal codes', () => {
  it('classify names a bad line without letting it set the window title', () => {
    const run = cli(['classify'], 'x\u001b]0;owned\u0007 \u001b[2J\n{"id":"2","text":"hi"}\n');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^customer-fit classify: line 1: not valid JSON \(.*\)\n$/);
    expect(run.err).not.toMatch(/[^\P{Cc}\n]|owned/u);
  });
});

describe('a reader that stops early (| head -1)', () => {
  const lines = Array.from({ length: 5000 }, (_, i) => JSON.stringify({ id: String(i), text: 'I will leave a 1-star review on Yelp.' })).join('\n');

  it('classify stops quietly with exit 0', async () => {
    const run = await cliClosedPipe(['classify'], lines, 1);
    expect(run.out.split('\n')[0]).toMatch(/^\{"id":"0"/);
    expect({ code: run.code, signal: run.signal, err: run.err }).toEqual({ code: 0, signal: null, err: '' });
  });

  it('score stops quietly with exit 0', async () => {
    const run = await cliClosedPipe(['score', '--format', 'text'], bundleText(demoBundle('late-payer')), 0);
    expect({ code: run.code, signal: run.signal, err: run.err }).toEqual({ code: 0, signal: null, err: '' });
  });
});

describe('bytes that are not UTF-8 are named by file and byte, never replaced', () => {
  it('score refuses the bundle with exit 1 and says where the bad byte is', () => {
    const text = bundleText(demoBundle('late-payer'));
    const at = text.indexOf('"name"') + 9;
    const before = encode(text.slice(0, at));
    const bytes = join(before, new Uint8Array([0xff]), encode(text.slice(at)));
    const path = file('latin.json', bytes);
    const run = cli(['score', path]);
    expect({ code: run.code, out: run.out }).toEqual({ code: 1, out: '' });
    expect(run.err).toBe(
      `customer-fit score: ${path}: not valid UTF-8 at byte ${before.length} (line ${lineOf(text, '"name"')}); expected a history bundle (JSON) in UTF-8.\n`,
    );
  });

  it('score says so for stdin too', () => {
    const run = cli(['score'], join(encode('{"user": "'), new Uint8Array([0xc3, 0x28]), encode('"}')));
    expect(run.code).toBe(1);
    expect(run.err).toBe('customer-fit score: stdin: not valid UTF-8 at byte 10 (line 1); expected a history bundle (JSON) in UTF-8.\n');
  });

  it('classify reports the line and byte, and still reads the other lines', () => {
    const first = encode('{"id":"1","text":"I will sue you."}\n');
    const start = encode('{"id":"2","text":"caf');
    const bad = join(start, new Uint8Array([0xe9]), encode(' is closed"}\n'));
    const last = encode('{"id":"3","text":"thank you so much"}\n');
    const input = join(first, bad, last);
    for (const args of [[], [file('latin.ndjson', input)]]) {
      const run = cli(['classify', ...args], input);
      expect(run.code).toBe(1);
      expect(run.out.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['1', '3']);
      expect(run.err).toBe(`customer-fit classify: line 2: not valid UTF-8 at byte ${first.length + start.length}; the line is skipped.\n`);
    }
  });
});

describe('ids are kept as given', () => {
  it('classify prints a 20-digit numeric id with every digit', () => {
    const run = cli(['classify'], '{"id": 12345678901234567890, "text": "I will sue you."}\n{"id": "00042", "text": "hi"}\n');
    expect(run.code).toBe(0);
    expect(run.out.split('\n')[0]).toMatch(/^\{"id":"12345678901234567890","signals":\[/);
    expect(run.out.split('\n')[1]).toMatch(/^\{"id":"00042",/);
  });

  it('score refuses an id it cannot keep exactly, naming the field and its line', () => {
    const bundle = demoBundle('late-payer');
    const text = bundleText(bundle).replace(`"id":${bundle.tickets[3]!.id},`, '"id":12345678901234567890,');
    const path = file('long-id.json', text);
    const run = cli(['score', path]);
    expect({ code: run.code, out: run.out }).toEqual({ code: 1, out: '' });
    expect(run.err).not.toMatch(STACK);
    expect(run.err).toBe(
      `customer-fit score: ${path} is not a usable history bundle:\n  line ${lineOf(text, '12345678901234567890')}, tickets[3].id: 12345678901234567890 is larger than 9007199254740991, the largest id this command keeps exactly\n`,
    );
  });

  it('score prints the largest id it keeps exactly unchanged', () => {
    const bundle = demoBundle('late-payer');
    const id = '9007199254740991';
    const text = bundleText(bundle).replaceAll(String(bundle.user.id), id);
    const run = cli(['score', file('max-id.json', text)]);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`"requesterId": ${id},`);
    expect((JSON.parse(run.out) as Scored).stats.tickets).toBe(7);
  });
});
