import { PRIYA, type PersonaDraft } from './types';

/** Leila signed up two days ago; one question so far. */
export function newcomer(): PersonaDraft {
  return {
    organizations: [],
    people: [
      {
        ref: 'newcomer',
        name: 'Leila Haddad',
        email: 'leila@haddadceramics.example',
        createdDaysAgo: 2,
        userFields: { payment_overdue_days: 0 },
      },
    ],
    tickets: [
      {
        requesterRef: 'newcomer',
        subject: 'Pointing my domain from my old registrar',
        channel: 'web',
        daysAgo: 1,
        primary: true,
        product: 'domains',
        messages: [
          { by: 'customer', text: "Hi! I just signed up (first time having a website, so bear with me). I bought my domain at another registrar last year. What do I need to change there so it shows the site I'm building here? Thanks a lot!" },
          { by: 'agent', agent: PRIYA, text: "Welcome, Leila! At your registrar, look for 'Nameservers' and replace them with ns1.harborlighthosting.example and ns2.harborlighthosting.example. It can take a few hours to switch over. Reply here if anything looks different from what I described." },
        ],
        status: 'pending',
      },
    ],
  };
}
