import { describe, expect, it } from 'vitest';
import { signDevToken, verifyDevToken } from '../../../../functions/adapters/local/dev-tokens.js';
import type { User } from '../../../../shared/tenancy/model.js';

const user: User = {
  id: 'u-1',
  tenantId: 't-1',
  email: 'owner@demo.example',
  name: 'Owner',
  roles: ['customer-admin'],
  createdAt: '2026-01-01T00:00:00.000Z',
};
const SECRET = 'test-secret-of-enough-length';
const HOUR = 3_600_000;

describe('dev tokens', () => {
  it('carry the claims a Cognito access token would, flattened as API Gateway hands them over', async () => {
    const now = new Date('2026-11-22T10:00:00Z');
    const verified = await verifyDevToken(await signDevToken(user, SECRET, now), SECRET, now);
    expect(verified?.claims).toMatchObject({
      sub: 'u-1',
      email: 'owner@demo.example',
      'custom:tenantId': 't-1',
      'cognito:groups': '[customer-admin]',
    });
    expect(verified?.scopes).toEqual(['opsdesk/customer-admin']);
  });

  it('live twelve hours on the clock that signed them, even one far from the machine’s (CLOCK_START)', async () => {
    const stackNow = new Date(Date.now() + 400 * 24 * HOUR);
    const token = await signDevToken(user, SECRET, stackNow);
    expect(await verifyDevToken(token, SECRET, new Date(stackNow.getTime() + 11 * HOUR))).not.toBeNull();
    expect(await verifyDevToken(token, SECRET, new Date(stackNow.getTime() + 13 * HOUR))).toBeNull();
  });

  it('signed on a clock in the past, still live twelve hours on the machine’s clock (the browser checks it there)', async () => {
    const stackNow = new Date(Date.now() - 30 * 24 * HOUR);
    const token = await signDevToken(user, SECRET, stackNow);
    const { exp } = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
    expect(exp * 1000).toBeGreaterThan(Date.now() + 11 * HOUR);
    expect(await verifyDevToken(token, SECRET, stackNow)).not.toBeNull();
  });

  it('refuse another secret', async () => {
    const now = new Date();
    expect(await verifyDevToken(await signDevToken(user, SECRET, now), 'another-secret-entirely', now)).toBeNull();
  });
});
