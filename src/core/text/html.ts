// Named entities seen in mail and Zendesk bodies; numeric ones are decoded by code.
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '-', mdash: '-', hellip: '.',
  rsquo: "'", lsquo: "'", rdquo: '"', ldquo: '"', copy: '(c)', reg: '(r)', trade: '(tm)', euro: 'EUR',
  pound: 'GBP', middot: '.', bull: '*', zwnj: '', zwj: '', shy: '',
};

/** Block-level tags: their boundary ends a sentence, so it becomes a line break. */
const BLOCK = /^\/?(?:p|br|div|li|ul|ol|tr|td|th|table|h[1-6]|hr|pre|section|article|header|footer)\b/i;
/** Tags whose whole content is not the customer's own words (quoted mail, code, styles). */
const SKIP_CONTENT = /^(?:blockquote|script|style|head|title)\b/i;
/** Containers that mail clients put around the quoted earlier thread; everything after is quoted. */
const QUOTE_CONTAINER = /\bclass\s*=\s*["']?[^"'>]*\b(?:gmail_quote|gmail_extra|yahoo_quoted|moz-cite-prefix|OutlookMessageHeader|divRplyFwdMsg|zd-quoted)\b|\bid\s*=\s*["']?(?:divRplyFwdMsg|appendonsend)\b/i;

/** Decodes one entity body (between & and ;), or returns null when it is not one. */
export function decodeEntity(body: string): string | null {
  if (body.charCodeAt(0) === 35 /* # */) {
    const hex = body.charCodeAt(1) === 120 || body.charCodeAt(1) === 88;
    const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    if (!Number.isFinite(code) || code < 0 || code > 0x10ffff) return null;
    return String.fromCodePoint(code);
  }
  return ENTITIES[body.toLowerCase()] ?? null;
}

/**
 * A sink for the characters the HTML scanner keeps: each is given with the span of the
 * original text it came from.
 */
export type Emit = (chars: string, start: number, end: number) => void;

/** A sink for a run of the original text kept as it is: `raw.slice(from, to)`, one character each. */
export type EmitRun = (from: number, to: number) => void;

/**
 * Scans HTML (or text with entities), emitting the visible text with original offsets:
 * tags vanish (block tags become a line break), entities decode, quoted blocks are skipped.
 *
 * @param raw - the original text
 * @param emit - receives each kept piece with its original span
 * @param emitRun - when given, receives each run of plain characters at once, instead of `emit`
 *   receiving them one by one (a call per character is most of the scan's cost)
 * @example stripHtml('<p>Hi&amp;bye</p>', emit) // emits '\n','H','i','&','b','y','e','\n'
 */
export function stripHtml(raw: string, emit: Emit, emitRun?: EmitRun): void {
  const n = raw.length;
  // Where the next "<" and "&" are, found by indexOf (far faster than a loop over the
  // characters) and kept until the scan passes them.
  let nextTag = -1;
  let nextEntity = -1;
  let i = 0;
  while (i < n) {
    const c = raw.charCodeAt(i);
    if (emitRun && c !== 60 && c !== 38) {
      if (nextTag < i) nextTag = indexOrEnd(raw, '<', i);
      if (nextEntity < i) nextEntity = indexOrEnd(raw, '&', i);
      const j = Math.min(nextTag, nextEntity);
      emitRun(i, j);
      i = j;
      continue;
    }
    if (c === 60 /* < */) {
      const close = raw.indexOf('>', i + 1);
      const next = raw.charCodeAt(i + 1);
      const isTag = close > 0 && (isAsciiLetter(next) || next === 47 || next === 33);
      if (!isTag) {
        emit('<', i, i + 1);
        i++;
        continue;
      }
      const tag = raw.slice(i + 1, close);
      if (tag.startsWith('!--')) {
        const end = raw.indexOf('-->', i + 4);
        i = end < 0 ? n : end + 3;
        continue;
      }
      // Cheap tests first: a quote container has an attribute ("="), and the tags whose content
      // is skipped start with b, s, h or t. Most tags, and every closing tag, fail them.
      if (tag.includes('=') && QUOTE_CONTAINER.test(tag)) return;
      const skip = mayBeSkipped(tag.charCodeAt(0)) ? SKIP_CONTENT.exec(tag) : null;
      if (skip) {
        i = skipElement(raw, close + 1, skip[0].toLowerCase());
        emit('\n', close, close + 1);
        continue;
      }
      if (BLOCK.test(tag)) emit('\n', i, close + 1);
      i = close + 1;
      continue;
    }
    if (c === 38 /* & */) {
      const semi = raw.indexOf(';', i + 1);
      if (semi > 0 && semi - i <= 10) {
        const decoded = decodeEntity(raw.slice(i + 1, semi));
        if (decoded !== null) {
          emit(decoded, i, semi + 1);
          i = semi + 1;
          continue;
        }
      }
    }
    emit(raw[i]!, i, i + 1);
    i++;
  }
}

function indexOrEnd(raw: string, char: string, from: number): number {
  const at = raw.indexOf(char, from);
  return at < 0 ? raw.length : at;
}

/** Whether a tag starting with this character can be one of SKIP_CONTENT's (b, s, h, t in either case). */
function mayBeSkipped(c: number): boolean {
  const lower = c | 32;
  return lower === 98 || lower === 115 || lower === 104 || lower === 116;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Returns the index just past the element's closing tag, nesting counted (or the end of the text). */
function skipElement(raw: string, from: number, name: string): number {
  const open = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  open.lastIndex = from;
  let depth = 1;
  for (let m = open.exec(raw); m; m = open.exec(raw)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return raw.length;
}
