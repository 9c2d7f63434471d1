import { API_KEY_PATTERN } from '../../shared/tenancy/api-key-format.js';

/**
 * What never reaches a log line in clear: credentials (Authorization headers, bearer tokens, JWTs, Stripe and AWS
 * keys, webhook and origin secrets) and personal data (e-mail addresses, names, phone numbers, postal addresses,
 * IP addresses, message bodies). Two nets: the key a value is logged under, and patterns in any string value —
 * messages and error stacks included, where an address or a token turns up inside a sentence.
 */
export const REDACTED = '[REDACTED]';

/** Normalised key (lower case, letters and digits only) containing one of these: a credential. */
const SECRET_KEY_PARTS = [
  'authorization',
  'cookie',
  'token',
  'secret',
  'password',
  'passwd',
  'apikey',
  'signature',
  'credential',
  'originverify',
  'privatekey',
  'jwt',
  'bearer',
];

/** Normalised keys containing one of these: personal data (e-mail, phone, postal and IP addresses). */
const PERSONAL_KEY_PARTS = ['email', 'phone', 'address', 'postalcode', 'postcode'];

/**
 * Normalised keys that are personal data exactly — names, a recipient, the parts of a postal address, the text of a
 * message or request. Exact, because `functionName` or `tableName` are not personal.
 */
const PERSONAL_KEYS = new Set([
  'name',
  'firstname',
  'lastname',
  'fullname',
  'givenname',
  'familyname',
  'middlename',
  'displayname',
  'legalname',
  'contactname',
  'customername',
  'holdername',
  'to',
  'cc',
  'bcc',
  'replyto',
  'mobile',
  'telephone',
  'tel',
  'street',
  'line1',
  'line2',
  'city',
  'zip',
  'zipcode',
  'vatid',
  'birthdate',
  'dateofbirth',
  'ip',
  'sourceip',
  'xforwardedfor',
  'body',
  'rawbody',
  'text',
  'ics',
]);

const normalise = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Whether a value logged under `key` is a credential or personal data, whatever it looks like. */
export const isSensitiveKey = (key: string): boolean => {
  const normalised = normalise(key);
  return (
    PERSONAL_KEYS.has(normalised) ||
    SECRET_KEY_PARTS.some((part) => normalised.includes(part)) ||
    PERSONAL_KEY_PARTS.some((part) => normalised.includes(part)) ||
    // An IP address under any name: `clientIp`, `viewerIP`, `x-opsdesk-viewer-ip` (not `zip`, not `membership`).
    /(^|[-_.])ip$|[a-z0-9](Ip|IP)$/.test(key)
  );
};

/** Credentials and personal data recognisable by their shape, in any text. Order matters: bearer before JWT. */
const VALUE_PATTERNS: [RegExp, string][] = [
  [/\bBearer\s+[A-Za-z0-9\-._~+/]+=*/gi, `Bearer ${REDACTED}`],
  // An API key anywhere (pasted into a body, an error message): `odk_` and its 43 characters.
  [new RegExp(`\\b${API_KEY_PATTERN.source.replace(/^\^|\$$/g, '')}`, 'g'), REDACTED],
  [/\bBasic\s+[A-Za-z0-9+/]{8,}={0,2}/g, `Basic ${REDACTED}`],
  // A JWT (or JWE): a base64url JSON header, which always starts `eyJ`, then dot-separated segments.
  [/\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]*)*/g, REDACTED],
  // Stripe: secret and restricted keys, webhook signing secrets, client secrets of intents.
  [/\b(sk|rk)_(live|test)_[A-Za-z0-9]+/g, REDACTED],
  [/\bwhsec_[A-Za-z0-9+/=]+/g, REDACTED],
  [/\b[a-z]{2,5}_[A-Za-z0-9]+_secret_[A-Za-z0-9]+/g, REDACTED],
  // AWS access key ids (long-term and STS).
  [/\b(AKIA|ASIA)[A-Z0-9]{16}\b/g, REDACTED],
  [/[A-Za-z0-9.!#$%&'*+=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+/g, REDACTED],
  // IPv4 addresses (a client's, in a header or a message).
  [/\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/g, REDACTED],
  // International phone numbers (+ country code); a bare run of digits is as likely an id or an amount.
  [/\+\d[\d ().-]{6,}\d/g, REDACTED],
];

/** `text` with every credential and personal datum its shape gives away replaced. */
export const redactText = (text: string): string =>
  VALUE_PATTERNS.reduce((redacted, [pattern, replacement]) => redacted.replace(pattern, replacement), text);

/** The parts of a formatted error that are about the code, not the data: kept under their own names. */
const ERROR_KEYS = new Set(['name', 'location', 'stack', 'message', 'cause', 'code']);

const MAX_DEPTH = 12;

/**
 * A copy of `value` fit for a log line: sensitive keys' values replaced whole, strings redacted by pattern, errors
 * turned into plain objects by `formatError` first (so their `name` survives the key rule), cycles cut.
 */
export const redact = (value: unknown, formatError: (error: Error) => Record<string, unknown>): unknown => {
  const ancestors: object[] = [];
  const walk = (current: unknown, depth: number, inError: boolean): unknown => {
    if (typeof current === 'string') return redactText(current);
    if (current === null || typeof current !== 'object') return current;
    if (ancestors.includes(current)) return '[Circular]';
    if (depth > MAX_DEPTH) return '[Truncated]';
    if (current instanceof Error) return walk(formatError(current), depth, true);
    if (ArrayBuffer.isView(current) || current instanceof ArrayBuffer) return `[${current.byteLength} bytes]`;
    const json = (current as { toJSON?: unknown }).toJSON;
    if (typeof json === 'function') return walk(json.call(current), depth, false);
    ancestors.push(current);
    try {
      if (Array.isArray(current)) return current.map((item) => walk(item, depth + 1, false));
      const entries = current instanceof Map ? [...current.entries()] : Object.entries(current);
      return Object.fromEntries(
        entries.map(([key, item]) => {
          const name = String(key);
          const keep = inError && ERROR_KEYS.has(name);
          if (!keep && isSensitiveKey(name) && item != null) return [name, REDACTED];
          // A formatted error's cause is one too (formatError formats the chain).
          return [name, walk(item, depth + 1, keep && name === 'cause')];
        }),
      );
    } finally {
      ancestors.pop();
    }
  };
  return walk(value, 0, false);
};
