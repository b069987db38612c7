import type { ApiComment, ApiTicket, DemoAccount, RequesterKey } from '../../src/demo/types';

/** The requester's tickets, oldest first. */
export function ticketsOf(account: DemoAccount, key: RequesterKey): ApiTicket[] {
  const { userId } = account.requesters[key];
  return account.tickets.filter((t) => t.requester_id === userId);
}

/** Everything the requester wrote, across their tickets. */
export function customerComments(account: DemoAccount, key: RequesterKey): ApiComment[] {
  const { userId } = account.requesters[key];
  return ticketsOf(account, key).flatMap((t) => (account.comments[String(t.id)] ?? []).filter((c) => c.author_id === userId));
}

/** The customer's own words (quoted earlier emails removed), joined. */
export function customerText(account: DemoAccount, key: RequesterKey): string {
  return customerComments(account, key)
    .map((c) => c.body.split(/\n\nOn [A-Z][a-z]{2}, /)[0])
    .join('\n');
}

/** The visible text of an html_body: tags removed, entities decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<br>/g, '\n')
    .replace(/<li>/g, '- ')
    .replace(/<\/li>/g, '\n')
    .replace(/<\/p>/g, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}
