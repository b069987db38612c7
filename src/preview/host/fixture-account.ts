import { http, HttpResponse } from 'msw';
import type { PreviewAccount, PreviewComment, PreviewRequester, PreviewTicket, PreviewUser } from './account';
import { TEAM_LEADS_GROUP } from './agents';

/** `101` or `101.json`: the id in a path, suffix or not. */
const idFrom = (params: Record<string, unknown>) => Number.parseInt(String(params.id), 10);
const byId = <T extends { id: number }>(list: T[], id: number) => list.find((item) => item.id === id);
const notFound = () => HttpResponse.json({ error: 'RecordNotFound', description: 'Not found' }, { status: 404 });
/** One page of a cursor-paginated list, the last one. */
const page = (key: string, records: unknown[]) => ({
  [key]: records,
  meta: { has_more: false, after_cursor: null, before_cursor: null },
  links: { next: null, prev: null },
});
/** A ticket as the REST API lists it: no comments inline, their count with `include=comment_count`. */
const ticketRecord = ({ comments, ...rest }: PreviewTicket) => ({ ...rest, comment_count: comments.length });

/**
 * A small built-in account for when the generated demo account is not available. It answers the
 * same Zendesk endpoints with the same envelopes, so the app behaves the same against it.
 */
export function createFixtureAccount(now: Date): PreviewAccount {
  const baseUrl = 'https://customer-fit-demo.zendesk.com';
  const daysAgo = (days: number, hours = 0) =>
    new Date(now.getTime() - (days * 24 + hours) * 3_600_000).toISOString();

  const agents: PreviewUser[] = [
    { id: 9001, name: 'Sam Rivera', role: 'agent', email: 'sam@customer-fit-demo.example' },
    { id: 9002, name: 'Alex Morgan', role: 'admin', email: 'alex@customer-fit-demo.example' },
  ];
  const support = { id: 360_001, name: 'Support' };
  const users: PreviewUser[] = [
    { id: 101, name: 'Dana Whitfield', email: 'dana@whitfield.example', role: 'end-user', created_at: daysAgo(400), tags: [] },
    { id: 102, name: 'Marco Ibáñez', email: 'marco@ibanez.example', role: 'end-user', created_at: daysAgo(200), tags: ['vip'] },
    { id: 103, name: 'Priya <b>Nair</b>', email: 'priya@nair.example', role: 'end-user', created_at: daysAgo(3), tags: [] },
  ];

  let nextCommentId = 50_000;
  const comment = (author_id: number, days: number, body: string): PreviewComment => ({
    id: nextCommentId++,
    author_id,
    body,
    public: true,
    created_at: daysAgo(days),
  });
  const ticket = (id: number, requester_id: number, days: number, subject: string, status: string, comments: PreviewComment[]): PreviewTicket => ({
    id,
    subject,
    status,
    priority: 'normal',
    requester_id,
    created_at: daysAgo(days),
    updated_at: comments.at(-1)?.created_at ?? daysAgo(days),
    tags: [],
    comments,
  });

  const tickets: PreviewTicket[] = [
    ticket(1001, 101, 2, 'Invoice shows the old address', 'open', [
      comment(101, 2, 'Hi, our last invoice still shows our old address. Could you update it?\nThanks, Dana'),
      comment(9001, 1, 'Hi Dana, done: the next invoice will carry the new address.'),
    ]),
    ticket(1002, 101, 120, 'How do I add a second user?', 'solved', [comment(101, 120, 'Where do I add a colleague?')]),
    ticket(1003, 102, 1, 'This is the third time I ask!!!', 'open', [
      comment(102, 1, 'Still not fixed. I will leave a review everywhere if this is not solved today.'),
    ]),
    ticket(1004, 102, 6, 'Refund, again', 'solved', [comment(102, 6, 'I want my money back. Again.')]),
    ticket(1005, 102, 12, 'Your phone line is useless', 'solved', [comment(102, 12, 'Nobody answers the phone.')]),
    ticket(1006, 103, 0, 'Getting started <script>alert(1)</script>', 'new', [
      comment(103, 0, 'Hello! <img src=x onerror=alert(1)> How do I import my contacts?'),
    ]),
  ];

  const requesters: PreviewRequester[] = [
    { key: 'steady', label: 'long-standing, few tickets', user: users[0]!, ticketId: 1001 },
    { key: 'demanding', label: 'many tickets, threats', user: users[1]!, ticketId: 1003 },
    { key: 'newcomer', label: 'first ticket, markup in text', user: users[2]!, ticketId: 1006 },
  ];

  const faults = ['server-error', 'rate-limited'];
  let fault: string | null = null;

  const injected = () => {
    if (fault === 'server-error') return HttpResponse.json({ error: 'InternalError' }, { status: 500, statusText: 'Internal Server Error' });
    if (fault === 'rate-limited')
      return HttpResponse.json({ error: 'TooManyRequests' }, { status: 429, statusText: 'Too Many Requests', headers: { 'Retry-After': '1' } });
    return undefined;
  };

  // Zendesk answers each endpoint with or without the `.json` suffix.
  const get = (path: string, resolver: Parameters<typeof http.get>[1]) => [
    http.get(`${baseUrl}${path}`, resolver),
    http.get(`${baseUrl}${path}.json`, resolver),
  ];
  const handlers = [
    http.all(`${baseUrl}/api/v2/*`, () => injected()),
    ...get('/api/v2/users/:id', ({ params }) => {
      const user = byId([...users, ...agents], idFrom(params));
      return user ? HttpResponse.json({ user }) : notFound();
    }),
    ...get('/api/v2/users/:id/tickets/requested', ({ params }) => {
      const id = idFrom(params);
      if (!byId(users, id)) return notFound();
      return HttpResponse.json(page('tickets', tickets.filter((t) => t.requester_id === id).map(ticketRecord)));
    }),
    ...get('/api/v2/tickets/:id', ({ params }) => {
      const found = byId(tickets, idFrom(params));
      return found ? HttpResponse.json({ ticket: ticketRecord(found) }) : notFound();
    }),
    ...get('/api/v2/tickets/:id/comments', ({ params }) => {
      const found = byId(tickets, idFrom(params));
      return found ? HttpResponse.json(page('comments', found.comments)) : notFound();
    }),
  ];

  return {
    subdomain: 'customer-fit-demo',
    baseUrl,
    requesters,
    personas: {
      agent: { role: 'agent', id: 9001, name: 'Sam Rivera', email: 'sam@customer-fit-demo.example', groups: [support] },
      admin: { role: 'admin', id: 9002, name: 'Alex Morgan', email: 'alex@customer-fit-demo.example', groups: [support, TEAM_LEADS_GROUP] },
    },
    ticket: (id) => byId(tickets, id),
    user: (id) => byId([...users, ...agents], id),
    handlers,
    faults,
    setFault: (name) => {
      fault = name && faults.includes(name) ? name : null;
    },
  };
}
