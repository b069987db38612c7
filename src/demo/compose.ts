/**
 * Renders one comment's text the three ways Zendesk serves it: `body` (text as typed, quotes with
 * "> "), `html_body` (the HTML rendering, wrapped like Zendesk's `zd-comment` div) and `plain_body`
 * (text without formatting).
 */

export interface CommentTexts {
  body: string;
  html_body: string;
  plain_body: string;
}

export interface ComposeInput {
  /** The message as typed: paragraphs separated by blank lines. */
  text: string;
  /** Lines added under the message (a signature). */
  signature?: string[];
  /** An earlier email quoted under the reply, as mail clients do. */
  quote?: { header: string; text: string };
  /**
   * When true the text goes into `html_body` without escaping: a hostile or broken HTML email.
   * The app must treat every body as untrusted, so the demo includes such payloads on purpose.
   */
  rawHtml?: boolean;
}

/** Escapes text for an HTML text node or attribute. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * One paragraph as HTML. Light markup as agents type it in Zendesk's editor: `**bold**` becomes
 * `<strong>`, and a paragraph whose lines all start with "- " becomes a bulleted list.
 */
function paragraphHtml(paragraph: string, raw: boolean): string {
  const html = (s: string): string => {
    const escaped = raw ? s : escapeHtml(s);
    return raw ? escaped : escaped.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
  };
  const lines = paragraph.split('\n');
  if (!raw && lines.length > 1 && lines.every((l) => l.startsWith('- '))) {
    return `<ul>${lines.map((l) => `<li>${html(l.slice(2))}</li>`).join('')}</ul>`;
  }
  return `<p dir="auto">${html(paragraph).replace(/\n/g, '<br>')}</p>`;
}

/** Builds body, html_body and plain_body from one message. */
export function composeComment(input: ComposeInput): CommentTexts {
  const raw = input.rawHtml === true;
  // The text renderings drop the bold markers, as Zendesk's body drops the HTML formatting.
  const paragraphs = input.text.trim().split(/\n{2,}/);
  const textParts = paragraphs.map((p) => (raw ? p : p.replace(/\*\*([^*]+)\*\*/g, '$1')));
  const htmlParts = paragraphs.map((p) => paragraphHtml(p, raw));
  if (input.signature && input.signature.length > 0) {
    textParts.push(input.signature.join('\n'));
    htmlParts.push(`<p dir="auto">${input.signature.map(escapeHtml).join('<br>')}</p>`);
  }
  if (input.quote) {
    const quotedText = input.quote.text.trim().replace(/\*\*([^*]+)\*\*/g, '$1');
    const quoted = quotedText.split('\n').map((line) => (line.length > 0 ? `> ${line}` : '>'));
    textParts.push(`${input.quote.header}\n${quoted.join('\n')}`);
    const inner = input.quote.text
      .trim()
      .split(/\n{2,}/)
      .map((p) => paragraphHtml(p, false))
      .join('');
    htmlParts.push(
      `<div class="zd-quote"><p dir="auto">${escapeHtml(input.quote.header)}</p><blockquote>${inner}</blockquote></div>`,
    );
  }
  const body = textParts.join('\n\n');
  return {
    body,
    html_body: `<div class="zd-comment" dir="auto">${htmlParts.join('')}</div>`,
    plain_body: body.replace(/[ \t]+\n/g, '\n'),
  };
}
