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

/** Builds body, html_body and plain_body from one message. */
export function composeComment(input: ComposeInput): CommentTexts {
  const paragraphs = input.text.trim().split(/\n{2,}/);
  const html = (s: string): string => (input.rawHtml ? s : escapeHtml(s));
  const textParts = [...paragraphs];
  const htmlParts = paragraphs.map((p) => `<p dir="auto">${html(p).replace(/\n/g, '<br>')}</p>`);
  if (input.signature && input.signature.length > 0) {
    textParts.push(input.signature.join('\n'));
    htmlParts.push(`<p dir="auto">${input.signature.map(escapeHtml).join('<br>')}</p>`);
  }
  if (input.quote) {
    const quoted = input.quote.text
      .trim()
      .split('\n')
      .map((line) => (line.length > 0 ? `> ${line}` : '>'));
    textParts.push(`${input.quote.header}\n${quoted.join('\n')}`);
    const inner = input.quote.text
      .trim()
      .split(/\n{2,}/)
      .map((p) => `<p dir="auto">${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
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
