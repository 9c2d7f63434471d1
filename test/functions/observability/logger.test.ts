import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { logger } from '../../../functions/observability/logger.js';
import { isSensitiveKey, REDACTED, redactText } from '../../../functions/observability/redaction.js';
import {
  acceptedCorrelationId,
  identifyCaller,
  runInRequestContext,
} from '../../../functions/observability/request-context.js';
import { DomainError } from '../../../shared/errors.js';
import { captureOutput } from './capture.js';

beforeEach(() => logger.setLogLevel('INFO'));
afterEach(() => {
  logger.setLogLevel('SILENT');
  logger.resetKeys();
});

// Realistic shapes, none of them real.
const JWT =
  'eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiJ1LTEiLCJjdXN0b206dGVuYW50SWQiOiJ0LTEifQ.c2lnbmF0dXJlLWJ5dGVzLWhlcmU';
const STRIPE_KEY = 'sk_live_51HxYzAbCdEfGhIjKlMnOpQr';
const WEBHOOK_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSz';
const EMAIL = 'jane.doe+ops@example.co.uk';
const PHONE = '+49 30 1234 5678';

const one = async (fn: () => void) => {
  const lines = await captureOutput(fn);
  expect(lines).toHaveLength(1);
  return { line: lines[0] as Record<string, unknown>, text: JSON.stringify(lines[0]) };
};

describe('redaction in the logger', () => {
  it('keeps tokens out: Authorization headers, bearer tokens in text, bare JWTs, cookies', async () => {
    const { line, text } = await one(() =>
      logger.info(`Calling with Bearer ${JWT}`, {
        headers: { Authorization: `Bearer ${JWT}`, cookie: 'session=abc123', 'x-opsdesk-origin-verify': 'o-secret' },
        idToken: JWT,
        note: `the token was ${JWT} yesterday`,
        refreshToken: 'opaque-refresh-value',
      }),
    );
    expect(text).not.toContain(JWT.slice(0, 40));
    expect(text).not.toContain('abc123');
    expect(text).not.toContain('o-secret');
    expect(text).not.toContain('opaque-refresh-value');
    expect(line.message).toBe(`Calling with Bearer ${REDACTED}`);
    expect(line.headers).toEqual({
      Authorization: REDACTED,
      cookie: REDACTED,
      'x-opsdesk-origin-verify': REDACTED,
    });
    expect(line.note).toBe(`the token was ${REDACTED} yesterday`);
  });

  it('keeps API keys out wherever they appear, bare in a text as well as after Bearer', async () => {
    const key = `odk_${'A1b2C3d4_-'.repeat(4)}xyz`;
    const { line, text } = await one(() =>
      logger.warn(`Refused ${key}`, { body: { note: `use ${key} in the pipeline` }, keyId: 'k-1' }),
    );
    expect(text).not.toContain(key.slice(4, 30));
    expect(line.message).toBe(`Refused ${REDACTED}`);
    expect(line.keyId).toBe('k-1');
  });

  it('keeps secrets out: Stripe keys and webhook secrets by key and by value, wherever they appear', async () => {
    const { line, text } = await one(() =>
      logger.warn('Stripe refused', {
        stripeSecretKey: STRIPE_KEY,
        config: { webhookSecret: WEBHOOK_SECRET, 'stripe-signature': 't=1,v1=abc' },
        detail: `Invalid API Key provided: ${STRIPE_KEY}; signed with ${WEBHOOK_SECRET}`,
        password: 'hunter2',
      }),
    );
    for (const secret of [STRIPE_KEY, WEBHOOK_SECRET, 't=1,v1=abc', 'hunter2']) expect(text).not.toContain(secret);
    expect(line.detail).toBe(`Invalid API Key provided: ${REDACTED}; signed with ${REDACTED}`);
  });

  it('keeps personal data out: e-mail addresses, names, phone numbers, postal addresses, message bodies', async () => {
    const { line, text } = await one(() =>
      logger.info(`Invited ${EMAIL}`, {
        user: { id: 'u-1', email: EMAIL, name: 'Jane Doe', firstName: 'Jane', lastName: 'Doe', phone: PHONE },
        buyer: {
          legalName: 'Doe Consulting',
          addressLines: ['Hauptstraße 1'],
          postalCode: '10115',
          city: 'Berlin',
          country: 'DE',
        },
        to: EMAIL,
        body: '{"email":"x"}',
        remark: `call ${PHONE} or write to ${EMAIL}`,
        sourceIp: '198.51.100.7',
      }),
    );
    for (const datum of [EMAIL, 'Jane', 'Doe', PHONE, 'Hauptstraße', '10115', 'Berlin', '198.51.100.7']) {
      expect(text).not.toContain(datum);
    }
    expect(line.message).toBe(`Invited ${REDACTED}`);
    // What is not personal stays, so the line is still useful.
    expect(line.user).toMatchObject({ id: 'u-1' });
    expect(line.buyer).toMatchObject({ country: 'DE' });
    expect(line.remark).toBe(`call ${REDACTED} or write to ${REDACTED}`);
  });

  it('keeps IP addresses out, under any name and inside text', async () => {
    const { line, text } = await one(() =>
      logger.info('Request from 203.0.113.9 refused', {
        clientIp: '198.51.100.21',
        viewerIP: '198.51.100.22',
        'x-opsdesk-viewer-ip': '198.51.100.23',
        zip: '10115',
        membership: 'gold',
        version: '20.20.2',
      }),
    );
    for (const ip of ['203.0.113.9', '198.51.100.21', '198.51.100.22', '198.51.100.23']) expect(text).not.toContain(ip);
    expect(line.message).toBe(`Request from ${REDACTED} refused`);
    // Not an IP: a three-part version, and keys that merely end in the letters.
    expect(line).toMatchObject({ membership: 'gold', version: '20.20.2' });
  });

  it('formats errors with their name and code kept, and their message, stack and cause redacted', async () => {
    const cause = new Error(`lookup of ${EMAIL} failed`);
    const error = new DomainError('REQUEST.INVALID', `No account for ${EMAIL}`, undefined, { cause });
    const { line, text } = await one(() => logger.error('Refused', { error }));
    expect(text).not.toContain(EMAIL);
    expect(line.error).toMatchObject({
      name: 'DomainError',
      code: 'REQUEST.INVALID',
      message: `No account for ${REDACTED}`,
      cause: { name: 'Error', message: `lookup of ${REDACTED} failed` },
    });
    expect(String((line.error as { stack: string }).stack)).toContain('DomainError');
  });

  it('leaves ordinary operational values alone (ids, dates, amounts, function names)', async () => {
    const { line } = await one(() =>
      logger.info('Period close', {
        tenantId: 't-1',
        periodId: '2026-03',
        at: new Date('2026-03-01T09:00:00.000Z'),
        gross: { amount: 12_345, currency: 'EUR' },
        functionName: 'opsdesk-billing-http',
        tableName: 'opsdesk',
        receiveCount: '3',
      }),
    );
    expect(line).toMatchObject({
      tenantId: 't-1',
      periodId: '2026-03',
      at: '2026-03-01T09:00:00.000Z',
      gross: { amount: 12_345, currency: 'EUR' },
      functionName: 'opsdesk-billing-http',
      tableName: 'opsdesk',
      receiveCount: '3',
    });
  });

  it('survives cycles and binary data', async () => {
    const looped: Record<string, unknown> = { id: 'a' };
    looped.self = looped;
    const { line } = await one(() => logger.info('odd', { looped, bytes: new Uint8Array(2048) }));
    expect(line.looped).toEqual({ id: 'a', self: '[Circular]' });
    expect(line.bytes).toBe('[2048 bytes]');
  });

  it('names the sensitive keys it knows, and not their look-alikes', () => {
    for (const key of [
      'authorization',
      'Authorization',
      'x-api-key',
      'accessToken',
      'e-mail',
      'billingEmail',
      'name',
    ]) {
      expect(isSensitiveKey(key), key).toBe(true);
    }
    for (const key of ['functionName', 'tenantId', 'messageId', 'correlationId', 'status', 'idempotencyKey']) {
      expect(isSensitiveKey(key), key).toBe(false);
    }
    expect(redactText('2026-03-01T09:00:00+01:00 order 4711 of 12.50 EUR')).toBe(
      '2026-03-01T09:00:00+01:00 order 4711 of 12.50 EUR',
    );
  });
});

describe('the request context on every log line', () => {
  it('adds requestId, correlationId and, once the caller is known, tenantId and userId', async () => {
    const lines = await captureOutput(() =>
      runInRequestContext({ requestId: 'req-1', correlationId: 'corr-1', tenantId: null, userId: null }, () => {
        logger.info('before the caller is known');
        identifyCaller({ tenantId: 't-1', userId: 'u-1' });
        logger.info('after');
      }),
    );
    expect(lines[0]).toMatchObject({ requestId: 'req-1', correlationId: 'corr-1' });
    expect(lines[0]).not.toHaveProperty('tenantId');
    expect(lines[1]).toMatchObject({ requestId: 'req-1', correlationId: 'corr-1', tenantId: 't-1', userId: 'u-1' });
  });

  it('keeps concurrent requests apart (one process, one logger, as in the local stack)', async () => {
    const lines = await captureOutput(() =>
      Promise.all(
        ['a', 'b'].map((name) =>
          runInRequestContext(
            { requestId: name, correlationId: `corr-${name}`, tenantId: null, userId: null },
            async () => {
              identifyCaller({ tenantId: `t-${name}`, userId: `u-${name}` });
              await new Promise((resolve) => setTimeout(resolve, name === 'a' ? 20 : 1));
              logger.info(name);
            },
          ),
        ),
      ),
    );
    for (const line of lines) {
      expect(line).toMatchObject({ correlationId: `corr-${line.message}`, tenantId: `t-${line.message}` });
    }
  });

  it('accepts a correlation id of at most 100 letters, digits, dots, underscores and dashes, nothing else', () => {
    expect(acceptedCorrelationId('checkout-2026.03_01')).toBe('checkout-2026.03_01');
    expect(acceptedCorrelationId('a'.repeat(100))).toBe('a'.repeat(100));
    for (const bad of ['a'.repeat(101), '', 'x y', 'a\nb', '{"level":"ERROR"}', 'é', undefined, 42]) {
      expect(acceptedCorrelationId(bad)).toBeUndefined();
    }
  });
});
