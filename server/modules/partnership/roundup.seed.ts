import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { createCalendarEvent } from './calendar.service';
import { addContact } from './roundup.contacts';
import { setWorkPackageDetails } from './work-packages.service';

/**
 * Demo coordination data: round-up contacts for a few partners (one reads Polish), the social-enterprise work
 * package's members, objectives and milestones, and a public event. The people are fictional (example.org).
 */
export async function seedCoordinationDemo(deps: Deps, ctx: RequestContext): Promise<void> {
  const contacts = [
    { partner: 'swbh-nhs-trust', name: 'Harriet Example', email: 'harriet.example@example.org', language: 'en' },
    { partner: 'ise', name: 'Idris Example', email: 'idris.example@example.org', language: 'en' },
    {
      partner: 'birmingham-settlement',
      name: 'Zofia Przykładowa',
      email: 'zofia.przykladowa@example.org',
      language: 'pl',
    },
  ];
  for (const c of contacts) await addContact(deps, ctx, c);
  await setWorkPackageDetails(deps, ctx, 'social-enterprise', {
    members: ['ise', 'co-operative-futures', 'localise-west-midlands', 'birmingham-city-council'],
    objectives: [
      'Support new and established social enterprises in the locality',
      'Form consortia that can bid for contracts from the macro-assets',
    ],
    milestones: [
      { title: 'First start-up programme cohort completes', due: '2027-03-31', done: false },
      { title: 'First consortium bids for a hospital contract', due: '2027-06-30', done: false },
    ],
  });
  const start = new Date(Date.now() + 10 * 86_400_000);
  start.setUTCHours(10, 0, 0, 0);
  await createCalendarEvent(deps, ctx, {
    title: 'Open day at Edgbaston Reservoir',
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 4 * 3_600_000).toISOString(),
    location: 'Edgbaston Reservoir',
    public: true,
    partner: 'canal-and-river-trust',
  });
}
