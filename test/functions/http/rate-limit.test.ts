import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { errorToResponse } from '../../../functions/http/problem.js';
import {
  addressBucketKey,
  bucketOwner,
  clientAddress,
  enforceRateLimit,
  type HttpRateLimiting,
} from '../../../functions/http/rate-limit.js';
import { RateLimitedError } from '../../../shared/errors.js';
import type { Actor } from '../../../shared/platform/actor.js';
import { RATE_LIMITS, type RateBucket, type RateLimit } from '../../../shared/platform/rate-limits.js';

const event = (sourceIp: string | undefined, headers: Record<string, string> = {}) =>
  ({
    headers,
    requestContext: sourceIp === undefined ? {} : { http: { sourceIp } },
  }) as unknown as APIGatewayProxyEventV2;

const customer: Actor = { userId: 'u-1', email: 'a@example.com', roles: ['customer-admin'], tenantId: 't-1' };
const operator: Actor = { userId: 's-1', email: 'o@opsdesk.local', roles: ['operator'], tenantId: null };

describe('the client address a bucket is keyed by', () => {
  it.each([
    ['198.51.100.7', '198.51.100.7'],
    ['::ffff:127.0.0.1', '127.0.0.1'],
    ['::FFFF:c633:6407', '198.51.100.7'],
    ['2001:db8:abcd:12::1', '2001:db8:abcd:12::/64'],
    ['2001:0db8:abcd:0012:ffff:0000:0000:0001', '2001:db8:abcd:12::/64'],
    ['2001:db8::', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['not-an-address', 'unknown'],
    ['198.51.100.7#x', 'unknown'],
    ['', 'unknown'],
  ])('%j → %j (IPv6 by its /64)', (address, key) => {
    expect(addressBucketKey(address)).toBe(key);
  });

  it('is the source IP unless a header is configured and present', () => {
    expect(clientAddress(event('198.51.100.7', { 'x-forwarded-for': '203.0.113.9' }))).toBe('198.51.100.7');
    expect(clientAddress(event('198.51.100.7'), 'x-viewer-ip')).toBe('198.51.100.7');
    expect(clientAddress(event('198.51.100.7', { 'x-viewer-ip': '203.0.113.9' }), 'x-viewer-ip')).toBe('203.0.113.9');
    expect(clientAddress(event(undefined))).toBe('unknown');
  });

  it('reads the last entry of a list (the nearest proxy’s), ports and brackets aside', () => {
    const header = 'x-forwarded-for';
    expect(clientAddress(event('10.0.0.1', { [header]: '1.2.3.4, 203.0.113.9' }), header)).toBe('203.0.113.9');
    expect(clientAddress(event('10.0.0.1', { [header]: '203.0.113.9:443' }), header)).toBe('203.0.113.9');
    expect(clientAddress(event('10.0.0.1', { [header]: '[2001:db8:1:2::7]:443' }), header)).toBe('2001:db8:1:2::/64');
  });

  it('understands CloudFront-Viewer-Address (address:port, IPv6 without brackets)', () => {
    const header = 'cloudfront-viewer-address';
    expect(clientAddress(event('10.0.0.1', { [header]: '198.51.100.10:46532' }), header)).toBe('198.51.100.10');
    expect(clientAddress(event('10.0.0.1', { [header]: '2001:db8:1:2::1:443' }), header)).toBe('2001:db8:1:2::/64');
  });
});

describe('whose bucket', () => {
  it('a customer’s tenant, a staff member, or an anonymous caller’s address', () => {
    expect(bucketOwner(customer, event('198.51.100.7'))).toEqual({ kind: 'tenant', tenantId: 't-1' });
    expect(bucketOwner(operator, event('198.51.100.7'))).toEqual({ kind: 'staff', userId: 's-1' });
    expect(bucketOwner(null, event('198.51.100.7'))).toEqual({ kind: 'ip', ip: '198.51.100.7' });
  });
});

describe('enforceRateLimit', () => {
  const limiting = (retryAfterMs: number) => {
    const taken: { bucket: RateBucket; limit: RateLimit }[] = [];
    const value: HttpRateLimiting = {
      limits: RATE_LIMITS,
      limiter: {
        take: async (bucket, limit) => {
          taken.push({ bucket, limit });
          return { allowed: retryAfterMs === 0, tat: 0, retryAfterMs };
        },
      },
    };
    return { value, taken };
  };

  it('takes a token of the named limit from the caller’s bucket', async () => {
    const { value, taken } = limiting(0);
    await enforceRateLimit(value, 'taskRequests', customer, event('198.51.100.7'));
    expect(taken).toEqual([
      { bucket: { owner: { kind: 'tenant', tenantId: 't-1' }, name: 'taskRequests' }, limit: RATE_LIMITS.taskRequests },
    ]);
  });

  it('refuses with RATE.LIMITED carrying Retry-After in whole seconds, which becomes a 429 problem with the header', async () => {
    const { value } = limiting(4_001);
    const error = await enforceRateLimit(value, 'anonymousWrites', null, event('198.51.100.7')).catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ code: 'RATE.LIMITED', retryAfterSeconds: 5 });

    const response = errorToResponse(error, 'req-1', '/api/signup');
    expect(response.statusCode).toBe(429);
    expect(response.headers).toEqual({ 'content-type': 'application/problem+json', 'retry-after': '5' });
    expect(JSON.parse(String(response.body))).toEqual({
      type: 'https://opsdesk.dev/problems/rate-limited',
      title: 'Too many requests',
      status: 429,
      detail: 'Too many sign-ups from your network in a short time: try again in 5 s.',
      code: 'RATE.LIMITED',
      instance: '/api/signup',
    });
  });
});
