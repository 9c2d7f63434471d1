import type { ComponentType } from 'react';
import { CUSTOMER_ROLES, ROLES, type Role } from '../../shared/contracts/roles.js';
import type { IdentityConfig } from './lib/identity-config.js';
import { matchPath } from './lib/router.js';
import { ApiKeysPage } from './pages/api-keys-page.js';
import { AuditPage } from './pages/audit-page.js';
import { AuthCallbackPage } from './pages/auth-callback-page.js';
import { BookPage } from './pages/book-page.js';
import { BookingsPage } from './pages/bookings-page.js';
import { DashboardPage } from './pages/dashboard-page.js';
import { FinanceInvoicePage } from './pages/finance-invoice-page.js';
import { FinancePeriodsPage } from './pages/finance-periods-page.js';
import { FinanceReconciliationPage } from './pages/finance-reconciliation-page.js';
import { HostsPage } from './pages/hosts-page.js';
import { IncidentAckPage } from './pages/incident-ack-page.js';
import { IncidentPage } from './pages/incident-page.js';
import { IncidentsPage } from './pages/incidents-page.js';
import { InvoicesPage } from './pages/invoices-page.js';
import { LandingPage } from './pages/landing-page.js';
import { LoginPage } from './pages/login-page.js';
import { MailboxPage } from './pages/mailbox-page.js';
import { MonitorPage } from './pages/monitor-page.js';
import { MonitorsPage } from './pages/monitors-page.js';
import { OperationsPage } from './pages/operations-page.js';
import { OpsAvailabilityPage } from './pages/ops-availability-page.js';
import { OpsCalendarPage } from './pages/ops-calendar-page.js';
import { OpsDeadLettersPage } from './pages/ops-dead-letters-page.js';
import { OpsIncidentsPage } from './pages/ops-incidents-page.js';
import { OpsOnCallPage } from './pages/ops-on-call-page.js';
import { OpsQueuePage } from './pages/ops-queue-page.js';
import { OpsTaskPage } from './pages/ops-task-page.js';
import { OrganisationPage } from './pages/organisation-page.js';
import { PlansPage } from './pages/plans-page.js';
import { ReportPage } from './pages/report-page.js';
import { ReportsPage } from './pages/reports-page.js';
import { SignupPage } from './pages/signup-page.js';
import { StatusPageSettingsPage } from './pages/status-page-settings-page.js';
import { SubscriptionPage } from './pages/subscription-page.js';
import { TaskPage } from './pages/task-page.js';
import { TasksPage } from './pages/tasks-page.js';
import { TenantsPage } from './pages/tenants-page.js';
import { UsagePage } from './pages/usage-page.js';
import { UsersPage } from './pages/users-page.js';

/** The navigation's groups, by task, in the order they are shown. */
export const NAV_GROUPS = ['Work', 'Monitoring', 'Billing', 'Organisation', 'System'] as const;
export type NavGroup = (typeof NAV_GROUPS)[number];

export interface AppRoute {
  /** Exact path, or a template with `{param}` segments as in shared/contracts/routes.ts. */
  path: string;
  /** Navigation text and document title. */
  label: string;
  /**
   * The part of the navigation the page belongs to (docs/decisions.md, "Navigation grouped by task"): its link sits
   * in that group's menu, and the group is marked while one of its pages is open. null: a link of its own at the
   * top level (the dashboard, local tools) or not in the navigation at all.
   */
  group: NavGroup | null;
  /** `public`: anyone, signed in or not. Otherwise signed-in users holding any one of these roles. */
  roles: 'public' | readonly Role[];
  /** Listed in the header navigation (for the roles above). */
  nav: boolean;
  /** Listed only when `/config.json` names this identity mode (e.g. local-stack tools for `dev`). */
  navIdentity?: IdentityConfig['identity'];
  page: ComponentType<{ params: Record<string, string> }>;
}

/**
 * Every page of the app, once: routing, access control and the role-aware navigation all come from here.
 * A new page is a new entry.
 */
export const APP_ROUTES: readonly AppRoute[] = [
  { path: '/', group: null, label: 'Home', roles: 'public', nav: false, page: LandingPage },
  { path: '/signup', group: null, label: 'Sign up', roles: 'public', nav: false, page: SignupPage },
  { path: '/login', group: null, label: 'Sign in', roles: 'public', nav: false, page: LoginPage },
  { path: '/auth/callback', group: null, label: 'Signing in', roles: 'public', nav: false, page: AuthCallbackPage },
  { path: '/dashboard', group: null, label: 'Dashboard', roles: ROLES, nav: true, page: DashboardPage },
  {
    path: '/subscription',
    group: 'Billing',
    label: 'Subscription',
    roles: ['customer-admin', 'customer-member'],
    nav: true,
    page: SubscriptionPage,
  },
  { path: '/usage', group: 'Billing', label: 'Usage', roles: ['customer-admin'], nav: true, page: UsagePage },
  { path: '/invoices', group: 'Billing', label: 'Invoices', roles: ['customer-admin'], nav: true, page: InvoicesPage },
  { path: '/book', group: 'Work', label: 'Book', roles: CUSTOMER_ROLES, nav: true, page: BookPage },
  { path: '/bookings', group: 'Work', label: 'Bookings', roles: CUSTOMER_ROLES, nav: true, page: BookingsPage },
  { path: '/tasks', group: 'Work', label: 'Tasks', roles: CUSTOMER_ROLES, nav: true, page: TasksPage },
  { path: '/tasks/{taskId}', group: 'Work', label: 'Task', roles: CUSTOMER_ROLES, nav: false, page: TaskPage },
  { path: '/hosts', group: 'Monitoring', label: 'Hosts', roles: CUSTOMER_ROLES, nav: true, page: HostsPage },
  { path: '/monitors', group: 'Monitoring', label: 'Monitors', roles: CUSTOMER_ROLES, nav: true, page: MonitorsPage },
  {
    path: '/monitors/{monitorId}',
    group: 'Monitoring',
    label: 'Monitor',
    roles: CUSTOMER_ROLES,
    nav: false,
    page: MonitorPage,
  },
  {
    path: '/incidents',
    group: 'Monitoring',
    label: 'Incidents',
    roles: CUSTOMER_ROLES,
    nav: true,
    page: IncidentsPage,
  },
  // Before `/incidents/{incidentId}`: the link of a page's e-mail, which works signed out (the token is the credential).
  {
    path: '/incidents/ack',
    group: null,
    label: 'Acknowledge incident',
    roles: 'public',
    nav: false,
    page: IncidentAckPage,
  },
  {
    path: '/incidents/{incidentId}',
    group: 'Monitoring',
    label: 'Incident',
    roles: [...CUSTOMER_ROLES, 'operator', 'provider-admin'],
    nav: false,
    page: IncidentPage,
  },
  {
    path: '/status-page',
    group: 'Monitoring',
    label: 'Status page',
    roles: CUSTOMER_ROLES,
    nav: true,
    page: StatusPageSettingsPage,
  },
  {
    path: '/ops/queue',
    group: 'Work',
    label: 'Task queue',
    roles: ['operator', 'provider-admin'],
    nav: true,
    page: OpsQueuePage,
  },
  {
    path: '/ops/incidents',
    group: 'Work',
    label: 'Incident queue',
    roles: ['operator', 'provider-admin'],
    nav: true,
    page: OpsIncidentsPage,
  },
  {
    path: '/ops/incident-history',
    group: 'Work',
    label: 'Incident history',
    roles: ['operator', 'provider-admin'],
    nav: false,
    page: IncidentsPage,
  },
  { path: '/ops/calendar', group: 'Work', label: 'Calendar', roles: ['operator'], nav: true, page: OpsCalendarPage },
  {
    path: '/ops/availability',
    group: 'Work',
    label: 'Availability',
    roles: ['operator'],
    nav: true,
    page: OpsAvailabilityPage,
  },
  {
    path: '/ops/on-call',
    group: 'Work',
    label: 'On-call rota',
    roles: ['operator', 'provider-admin'],
    nav: true,
    page: OpsOnCallPage,
  },
  {
    path: '/ops/tasks/{taskId}',
    group: 'Work',
    label: 'Task',
    roles: ['operator', 'provider-admin'],
    nav: false,
    page: OpsTaskPage,
  },
  {
    path: '/reports',
    group: 'Work',
    label: 'Reports',
    roles: [...CUSTOMER_ROLES, 'operator', 'finance', 'provider-admin'],
    nav: true,
    page: ReportsPage,
  },
  {
    path: '/reports/{periodId}',
    group: 'Work',
    label: 'Service report',
    roles: [...CUSTOMER_ROLES, 'operator', 'finance', 'provider-admin'],
    nav: false,
    page: ReportPage,
  },
  {
    path: '/ops/dead-letters',
    group: 'System',
    label: 'Dead letters',
    roles: ['operator', 'provider-admin'],
    nav: true,
    page: OpsDeadLettersPage,
  },
  {
    path: '/operations',
    group: 'System',
    label: 'Operations',
    roles: ['operator', 'finance', 'provider-admin'],
    nav: true,
    page: OperationsPage,
  },
  {
    path: '/finance/periods',
    group: 'Billing',
    label: 'Billing periods',
    roles: ['finance'],
    nav: true,
    page: FinancePeriodsPage,
  },
  {
    path: '/finance/invoices/{invoiceId}',
    group: 'Billing',
    label: 'Invoice',
    roles: ['finance'],
    nav: false,
    page: FinanceInvoicePage,
  },
  {
    path: '/finance/reconciliation',
    group: 'Billing',
    label: 'Reconciliation',
    roles: ['finance'],
    nav: true,
    page: FinanceReconciliationPage,
  },
  { path: '/users', group: 'Organisation', label: 'Users', roles: ['customer-admin'], nav: true, page: UsersPage },
  {
    path: '/organisation',
    group: 'Organisation',
    label: 'Organisation',
    roles: ['customer-admin'],
    nav: true,
    page: OrganisationPage,
  },
  {
    path: '/api-keys',
    group: 'Organisation',
    label: 'API keys',
    roles: ['customer-admin'],
    nav: true,
    page: ApiKeysPage,
  },
  {
    path: '/admin/tenants',
    group: 'Organisation',
    label: 'Tenants',
    roles: ['provider-admin'],
    nav: true,
    page: TenantsPage,
  },
  {
    path: '/audit',
    group: 'Organisation',
    label: 'Audit log',
    roles: ['customer-admin', 'provider-admin'],
    nav: true,
    page: AuditPage,
  },
  { path: '/plans', group: 'Billing', label: 'Plans', roles: 'public', nav: true, page: PlansPage },
  {
    path: '/dev/mailbox',
    group: null,
    label: 'Mailbox (local)',
    roles: 'public',
    nav: true,
    navIdentity: 'dev',
    page: MailboxPage,
  },
];

const allows = (route: AppRoute, roles: readonly Role[]): boolean =>
  route.roles === 'public' || route.roles.some((role) => roles.includes(role));

/**
 * Navigation for a user with these roles (none when signed out). Pages tied to an identity mode are listed only
 * when `identity` (from `/config.json`; null while it loads or when not asked) is that mode.
 */
export const navItemsFor = (roles: readonly Role[], identity: IdentityConfig['identity'] | null = null): AppRoute[] =>
  APP_ROUTES.filter(
    (route) => route.nav && allows(route, roles) && (route.navIdentity === undefined || route.navIdentity === identity),
  );

export const canOpen = allows;

/** One item of the header navigation: a link of its own, or a group's menu of links. */
export type NavEntry = { kind: 'link'; route: AppRoute } | { kind: 'group'; group: NavGroup; routes: AppRoute[] };

/**
 * The header navigation for a user with these roles: the dashboard first, then each group that has links for them
 * (in NAV_GROUPS order), then the top-level tools. A group with one link for this user is that link by itself — a
 * menu of one is a click for nothing.
 */
export function navEntriesFor(roles: readonly Role[], identity: IdentityConfig['identity'] | null = null): NavEntry[] {
  const items = navItemsFor(roles, identity);
  const dashboard = items.filter((route) => route.path === '/dashboard');
  const tools = items.filter((route) => route.group === null && route.path !== '/dashboard');
  const grouped = NAV_GROUPS.flatMap((group): NavEntry[] => {
    const routes = items.filter((route) => route.group === group);
    if (routes.length === 0) return [];
    return routes.length === 1 && routes[0] ? [{ kind: 'link', route: routes[0] }] : [{ kind: 'group', group, routes }];
  });
  const link = (route: AppRoute): NavEntry => ({ kind: 'link', route });
  return [...dashboard.map(link), ...grouped, ...tools.map(link)];
}

export function matchRoute(pathname: string): { route: AppRoute; params: Record<string, string> } | null {
  for (const route of APP_ROUTES) {
    const params = matchPath(route.path, pathname);
    if (params) return { route, params };
  }
  return null;
}
