import { MARCUS, PRIYA, type PersonaDraft } from './types';

/**
 * Sam is an ordinary customer whose messages happen to carry markup: a pasted `<script>`, an
 * `<img onerror>`, a `javascript:` link and HTML entities. Every rendering of these must stay inert.
 */
export function unsafe(): PersonaDraft {
  return {
    organizations: [],
    people: [
      {
        ref: 'unsafe',
        name: 'Sam Rivera <b>Photo</b>',
        email: 'sam@riveraphoto.example',
        createdDaysAgo: 400,
        userFields: { payment_overdue_days: 0 },
        signature: ['Sam Rivera &amp; Co — <i>photography</i>'],
      },
    ],
    tickets: [
      {
        requesterRef: 'unsafe',
        subject: 'Footer code <script>alert("subject")</script> broke my page',
        channel: 'email',
        daysAgo: 80,
        messages: [
          { by: 'customer', rawHtml: true, text: "Hi, I pasted this into the footer widget and now the page is blank:\n\n<script>document.body.innerHTML='';alert(document.cookie)</script>\n\nWhat did I do wrong?" },
          { by: 'agent', agent: MARCUS, text: 'Hi Sam, the footer widget runs scripts as they are, and that snippet empties the page. I removed it and the page is back. If you need a tracking code in the footer, send it to me and I will add it.' },
          { by: 'customer', text: 'Thanks, that makes sense!' },
        ],
      },
      {
        requesterRef: 'unsafe',
        subject: 'Gallery thumbnail broken',
        channel: 'email',
        daysAgo: 30,
        messages: [
          { by: 'customer', rawHtml: true, text: 'My gallery thumbnail is broken, the code is <img src=x onerror="alert(\'gallery\')"> and the src was supposed to be the photo.\n\nAlso the button to my booking page is <a href="javascript:alert(\'book\')">Book a shoot</a>, the designer said that was fine?' },
          { by: 'agent', agent: PRIYA, text: "Hi Sam, the image points at 'x', which doesn't exist, so the browser shows it as broken. I set it to the photo from your media library. The booking button didn't go anywhere either: I pointed it at your booking page." },
          { by: 'customer', text: 'You rock, thanks.' },
        ],
        satisfaction: { score: 'good', comment: 'Thanks! <3 <script>alert("csat")</script>' },
      },
      {
        requesterRef: 'unsafe',
        subject: 'Caf&eacute; client name &amp; receipts',
        channel: 'web',
        daysAgo: 2,
        primary: true,
        messages: [
          { by: 'customer', rawHtml: true, text: 'Quick one: my client is Caf&eacute; Lumi&egrave;re &amp; Co and the name shows up with weird codes on my receipts. Also &lt;b&gt;bold&lt;/b&gt; tags show up literally. Is that on your end? Thanks!' },
        ],
        status: 'open',
      },
    ],
  };
}
