/** The five Cognito groups. Customers carry a tenant; provider staff do not. */
export const ROLES = ['provider-admin', 'operator', 'finance', 'customer-admin', 'customer-member'] as const;
export type Role = (typeof ROLES)[number];

export const CUSTOMER_ROLES = ['customer-admin', 'customer-member'] as const satisfies readonly Role[];
export const STAFF_ROLES = ['provider-admin', 'operator', 'finance'] as const satisfies readonly Role[];

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
export const isCustomerRole = (role: Role): boolean => (CUSTOMER_ROLES as readonly Role[]).includes(role);

/** The OAuth scope that carries a role through API Gateway's JWT authorizer (`opsdesk/customer-admin`). */
export const ROLE_SCOPE_PREFIX = 'opsdesk/';
export const scopeForRole = (role: Role): string => `${ROLE_SCOPE_PREFIX}${role}`;
