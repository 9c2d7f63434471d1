/**
 * The shape of an API key (`odk_` and 32 random bytes in base64url), apart from the key schemas and use cases in
 * api-keys.ts: the logger's redaction and the API authorizer, which are in every function or before every call,
 * need only this and so do not load zod.
 */
export const API_KEY_PREFIX = 'odk_';
/** `odk_` and 32 random bytes in base64url (43 characters). */
export const API_KEY_PATTERN = /^odk_[A-Za-z0-9_-]{43}$/;
/** How much of the key is kept in clear to tell keys apart in lists (`odk_AbCd1234`): 8 of 43 random characters. */
export const API_KEY_VISIBLE_CHARS = API_KEY_PREFIX.length + 8;

export const isApiKeyToken = (token: string): boolean => token.startsWith(API_KEY_PREFIX);
