import { type Plan, PlanCatalogueSchema } from './plan.js';

const eur = (amount: number) => ({ amount, currency: 'EUR' });

/**
 * The provider's plan catalogue (PRODUCT.md, "What it sells"). Prices are net, in cents.
 * Parsed at module load, so a bad edit fails the first test and every cold start, not a customer.
 */
export const PLANS: readonly Plan[] = PlanCatalogueSchema.parse([
  {
    id: 'webmaster-eighth',
    name: 'Webmaster share — an eighth',
    kind: 'webmaster-share',
    description: 'An eighth of a webmaster position: 20 hours a month, one managed host, emergency call-outs.',
    monthlyFee: eur(119_000),
    included: { webmasterHours: 20, hosts: 1, taskRuns: 30, callOuts: 0 },
    perHost: null,
    overage: { webmasterHour: eur(8_000), taskRun: eur(500), callOut: eur(15_000) },
    callOutsAllowed: true,
    taskSlaHours: 48,
    monitoring: {
      includedMonitors: 5,
      maxMonitors: 20,
      minIntervalMinutes: 5,
      extraMonitor: eur(300),
      coverage: 'business-hours',
      businessHours: {
        timeZone: 'Europe/Berlin',
        days: ['mon', 'tue', 'wed', 'thu', 'fri'],
        start: '08:00',
        end: '18:00',
      },
      acknowledgeMinutes: 60,
      resolveMinutes: 480,
    },
  },
  {
    id: 'webmaster-quarter',
    name: 'Webmaster share — a quarter',
    kind: 'webmaster-share',
    description: 'A quarter of a webmaster position: 40 hours a month, three managed hosts, emergency call-outs.',
    monthlyFee: eur(229_000),
    included: { webmasterHours: 40, hosts: 3, taskRuns: 90, callOuts: 1 },
    perHost: null,
    overage: { webmasterHour: eur(7_600), taskRun: eur(500), callOut: eur(15_000) },
    callOutsAllowed: true,
    taskSlaHours: 24,
    monitoring: {
      includedMonitors: 15,
      maxMonitors: 50,
      minIntervalMinutes: 1,
      extraMonitor: eur(250),
      coverage: '24x7',
      businessHours: null,
      acknowledgeMinutes: 15,
      resolveMinutes: 240,
    },
  },
  {
    id: 'on-demand',
    name: 'On demand',
    kind: 'on-demand',
    description: 'No base fee: every engagement is billed by the quarter hour.',
    monthlyFee: eur(0),
    included: { webmasterHours: 0, hosts: 0, taskRuns: 0, callOuts: 0 },
    perHost: null,
    overage: { webmasterHour: eur(9_600), taskRun: eur(800), callOut: eur(19_000) },
    callOutsAllowed: true,
    taskSlaHours: 72,
    monitoring: {
      includedMonitors: 2,
      maxMonitors: 10,
      minIntervalMinutes: 10,
      extraMonitor: eur(400),
      coverage: 'business-hours',
      businessHours: {
        timeZone: 'Europe/Berlin',
        days: ['mon', 'tue', 'wed', 'thu', 'fri'],
        start: '08:00',
        end: '18:00',
      },
      acknowledgeMinutes: 120,
      resolveMinutes: 1440,
    },
  },
  {
    id: 'managed-host',
    name: 'Managed host',
    kind: 'managed-host',
    description: 'Automated operations per server: patching, certificates, backups and health checks.',
    monthlyFee: eur(0),
    included: { webmasterHours: 0, hosts: 0, taskRuns: 0, callOuts: 0 },
    perHost: { monthlyFee: eur(4_900), includedTaskRuns: 30, maxHosts: 25 },
    overage: { webmasterHour: eur(9_600), taskRun: eur(500), callOut: null },
    callOutsAllowed: false,
    taskSlaHours: 24,
    monitoring: {
      includedMonitors: 10,
      maxMonitors: 100,
      minIntervalMinutes: 1,
      extraMonitor: eur(200),
      coverage: '24x7',
      businessHours: null,
      acknowledgeMinutes: 15,
      resolveMinutes: 240,
    },
  },
]);

export const findPlan = (id: string): Plan | undefined => PLANS.find((plan) => plan.id === id);
