import { isCustomerRole, type Role } from '../../../shared/contracts/roles.js';
import type { Tenant } from '../../../shared/tenancy/model.js';

export const ROLE_LABELS: Record<Role, string> = {
  'provider-admin': 'Provider admin',
  operator: 'Operator',
  finance: 'Finance',
  'customer-admin': 'Customer admin',
  'customer-member': 'Customer member',
};

export const roleList = (roles: readonly Role[]): string => roles.map((role) => ROLE_LABELS[role]).join(', ');

export const isCustomer = (roles: readonly Role[]): boolean => roles.some(isCustomerRole);

export const TENANT_STATUS_LABELS: Record<Tenant['status'], string> = {
  active: 'Active',
  past_due: 'Payment past due',
  suspended: 'Suspended',
  pending_deletion: 'Scheduled for deletion',
};
