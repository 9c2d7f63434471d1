/**
 * How long a tenant that asked to be deleted can still change its mind (docs/decisions.md).
 * Its own module, free of zod, so the web app can show it without loading the schemas.
 */
export const DELETION_GRACE_DAYS = 30;
