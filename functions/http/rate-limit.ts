import { isIPv4, isIPv6 } from 'node:net';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { RateLimitedError } from '../../shared/errors.js';
import type { Actor } from '../../shared/platform/actor.js';
import {
  type RateBucketOwner,
  type RateLimiter,
  type RateLimitName,
  type RateLimits,
  retryAfterSeconds,
} from '../../shared/platform/rate-limits.js';
import { logger } from '../observability/logger.js';

/** What createHttpHandler needs to limit writes: the buckets, the numbers, and where the client address is. */
export interface HttpRateLimiting {
  limiter: RateLimiter;
  limits: RateLimits;
  /** A header the edge sets to the viewer's address (lower case); otherwise the event's source IP counts. */
  clientIpHeader?: string | undefined;
}

const UNKNOWN = 'unknown';

/** An IPv6 address's eight groups, without leading zeros; null if it is not one. */
const ipv6Groups = (address: string): string[] | null => {
  if (!isIPv6(address)) return null;
  let text = address.toLowerCase();
  // An embedded IPv4 tail (::ffff:192.0.2.1) becomes two groups.
  const v4 = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4?.[1] && v4[2]) {
    const [a = 0, b = 0, c = 0, d = 0] = v4[2].split('.').map(Number);
    text = `${v4[1]}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const groupsOf = (part: string | undefined) => (part ? part.split(':') : []);
  const front = groupsOf(head);
  const back = groupsOf(tail);
  const zeros = tail === undefined ? [] : Array.from({ length: 8 - front.length - back.length }, () => '0');
  return [...front, ...zeros, ...back].map((group) => group.replace(/^0+(?=.)/, ''));
};

/**
 * The bucket key of a client address: an IPv4 address as it is; an IPv6 address by its /64 (one subscriber's
 * network: anyone holding one has 2^64 addresses to rotate through); IPv4-mapped IPv6 as the IPv4 address.
 * Anything else shares one bucket, `unknown`.
 */
export const addressBucketKey = (address: string): string => {
  if (isIPv4(address)) return address;
  const groups = ipv6Groups(address);
  if (!groups) return UNKNOWN;
  if (groups.slice(0, 5).every((group) => group === '0') && groups[5] === 'ffff') {
    const [high = 0, low = 0] = groups.slice(6).map((group) => Number.parseInt(group, 16));
    return [high >> 8, high & 255, low >> 8, low & 255].join('.');
  }
  return `${groups.slice(0, 4).join(':')}::/64`;
};

/** CloudFront's viewer-address header, `<address>:<port>` — IPv6 addresses without brackets. */
const CLOUDFRONT_VIEWER_ADDRESS = 'cloudfront-viewer-address';

/**
 * An address as a header carries it: `ip`, `ip:port`, `[ipv6]:port`, or CloudFront's form. Of a list
 * (X-Forwarded-For) the last entry: the one the nearest proxy added; the first is whatever the client sent.
 */
const addressOf = (value: string, header: string): string => {
  const text = value.split(',').at(-1)?.trim() ?? '';
  if (header === CLOUDFRONT_VIEWER_ADDRESS) {
    const lastColon = text.lastIndexOf(':');
    return lastColon > 0 ? text.slice(0, lastColon) : text;
  }
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed?.[1]) return bracketed[1];
  return /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(text)?.[1] ?? text;
};

/** The caller's address: the edge's header when configured and present, else API Gateway's source IP. */
export const clientAddress = (event: APIGatewayProxyEventV2, clientIpHeader?: string): string => {
  const header = clientIpHeader ? event.headers?.[clientIpHeader] : undefined;
  const raw = header && clientIpHeader ? addressOf(header, clientIpHeader) : event.requestContext?.http?.sourceIp;
  return addressBucketKey(raw ?? '');
};

/** Customers share their tenant's bucket; staff have one each; anonymous callers one per address. */
export const bucketOwner = (
  actor: Actor | null,
  event: APIGatewayProxyEventV2,
  clientIpHeader?: string,
): RateBucketOwner => {
  if (actor?.tenantId) return { kind: 'tenant', tenantId: actor.tenantId };
  if (actor) return { kind: 'staff', userId: actor.userId };
  return { kind: 'ip', ip: clientAddress(event, clientIpHeader) };
};

const WHAT: Record<RateLimitName, string> = {
  writes: 'Too many changes in a short time',
  taskRequests: 'Too many task requests in a short time',
  anonymousWrites: 'Too many sign-ups from your network in a short time',
};

/** Takes a token from the caller's bucket, or refuses with 429 and `Retry-After`. */
export const enforceRateLimit = async (
  limiting: HttpRateLimiting,
  name: RateLimitName,
  actor: Actor | null,
  event: APIGatewayProxyEventV2,
): Promise<void> => {
  const owner = bucketOwner(actor, event, limiting.clientIpHeader);
  const decision = await limiting.limiter.take({ owner, name }, limiting.limits[name]);
  if (decision.allowed) return;
  const seconds = retryAfterSeconds(decision.retryAfterMs);
  logger.warn('Rate limited', {
    bucket: name,
    owner: owner.kind,
    ...(owner.kind === 'tenant'
      ? { tenantId: owner.tenantId }
      : owner.kind === 'staff'
        ? { userId: owner.userId }
        : {}),
    retryAfterSeconds: seconds,
  });
  throw new RateLimitedError(`${WHAT[name]}: try again in ${seconds} s.`, seconds);
};
