import { isCustomerRole, type Role } from '../../../shared/contracts/roles.js';
import type { Tenant } from '../../../shared/tenancy/model.js';

export const ROLE_LABELS: Record<Role, string> = {
  'provider-admin': 'Provider admin',
  operator: 'Operator',
  finance: 'Finance',
  'customer-admin': 'Customer admin',
  'customer-member': 'Customer member',
};

/** What each role is for (PRODUCT.md, "Who uses it"); the dashboard tells staff what they can do. */
export const ROLE_DUTIES: Record<Role, readonly string[]> = {
  'provider-admin': [
    'Manage the plan catalogue.',
    'Manage staff accounts.',
    'Look after tenants: suspend, reactivate and offboard organisations.',
  ],
  operator: [
    'Set your availability and take your turn on the on-call rota.',
    'Work the queue of tasks across customers and run automated tasks on their hosts.',
    'Log the time you spend, which becomes billable usage.',
  ],
  finance: [
    'Close billing periods and rate each tenant’s usage into invoices.',
    'Pull invoices as JSON, CSV or PDF.',
    'Reconcile invoices with Stripe and issue credits.',
  ],
  'customer-admin': [
    'Choose your organisation’s plan and manage payment.',
    'Invite colleagues, register servers, book webmaster hours and approve tasks.',
    'See usage and download invoices.',
  ],
  'customer-member': ['Book webmaster hours.', 'Request tasks on your organisation’s servers.'],
};

export const roleList = (roles: readonly Role[]): string => roles.map((role) => ROLE_LABELS[role]).join(', ');

export const isCustomer = (roles: readonly Role[]): boolean => roles.some(isCustomerRole);

export const TENANT_STATUS_LABELS: Record<Tenant['status'], string> = {
  active: 'Active',
  past_due: 'Payment past due',
  suspended: 'Suspended',
  pending_deletion: 'Scheduled for deletion',
};
