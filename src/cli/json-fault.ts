const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/**
 * Where a text stops being JSON (RFC 8259): the offset of the first character that cannot be
 * there, or the text's length when it ends too early. JSON.parse's message gives no position in
 * every Node version; this does, so the user can be sent to the line.
 *
 * @param text - text that JSON.parse refused
 * @returns the offset, or null when it is JSON after all (or nested too deep to follow)
 * @example jsonFaultAt('{"a": 1,}') // => 8
 */
export function jsonFaultAt(text: string): number | null {
  let i = 0;
  const fault = (): never => {
    throw new JsonFault(i);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const string = () => {
    i++;
    for (;;) {
      if (i >= text.length) fault();
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 0x20) fault();
      if (c === 92) {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(text)) fault();
        i = ESCAPE.lastIndex;
      } else i++;
    }
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === '{') {
          ws();
          if (text[i] !== '"') fault();
          string();
          ws();
          if (text[i] !== ':') fault();
          i++;
        }
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === close) {
          i++;
          return;
        } else fault();
      }
    }
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (c === word[0]) {
        if (!text.startsWith(word, i)) fault();
        i += word.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    if (!NUMBER.test(text)) fault();
    i = NUMBER.lastIndex;
  };
  try {
    value();
    ws();
    return i < text.length ? i : null;
  } catch (error) {
    if (error instanceof JsonFault) return Math.min(error.at, text.length);
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/** Thrown inside jsonFaultAt to stop at the first fault. */
class JsonFault {
  constructor(readonly at: number) {}
}
