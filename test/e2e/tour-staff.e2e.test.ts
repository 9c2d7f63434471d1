import { beforeAll, describe, expect, it } from 'vitest';
import { stackAndBrowserFixture } from '../support/e2e.js';
import { seedTourFacts, tourPersona } from '../support/tour.js';

// The provider's staff's web app as they see it: every page of their navigation at 1280×800 and 375×812,
// screenshotted under test-results/tour/, with no console error, error alert, id where a name belongs, overflow or
// axe violation.
const e2e = stackAndBrowserFixture();

beforeAll(async () => {
  await seedTourFacts(e2e.stack);
}, 120_000);

const PERSONAS = [
  {
    name: 'operator',
    email: 'operator@opsdesk.local',
    expectedNav: [
      '/dashboard',
      '/ops/calendar',
      '/ops/availability',
      '/ops/on-call',
      '/ops/queue',
      '/ops/dead-letters',
      '/ops/incidents',
      '/reports',
      '/operations',
      '/plans',
      '/dev/mailbox',
    ],
  },
  {
    name: 'finance',
    email: 'finance@opsdesk.local',
    expectedNav: [
      '/dashboard',
      '/finance/periods',
      '/finance/reconciliation',
      '/reports',
      '/operations',
      '/plans',
      '/dev/mailbox',
    ],
  },
  {
    name: 'provider-admin',
    email: 'admin@opsdesk.local',
    expectedNav: [
      '/dashboard',
      '/admin/tenants',
      '/audit',
      '/ops/on-call',
      '/ops/queue',
      '/ops/dead-letters',
      '/ops/incidents',
      '/reports',
      '/operations',
      '/plans',
      '/dev/mailbox',
    ],
  },
] as const;

describe('the staff’s tour of the web app', () => {
  for (const persona of PERSONAS) {
    it(`${persona.name}: every page of the navigation reads as a product at desktop and phone width`, async () => {
      const tour = await tourPersona(e2e.browser, e2e.signIn, persona);
      expect([...tour.nav].sort()).toEqual([...persona.expectedNav].sort());
      expect(tour.defects).toEqual([]);
    });
  }
});
