import { describe, expect, it } from 'vitest';
import { MonitorRequestSchema } from '../../../shared/monitoring/model.js';

const httpMonitor = (headers: Record<string, string>) => ({
  name: 'Shop',
  kind: 'http',
  target: 'https://shop.example.org/',
  intervalMinutes: 5,
  headers,
});

/** The issues as the HTTP handler reports them in a 422: `body.` and the zod path joined with dots. */
const fieldErrors = (headers: Record<string, string>) => {
  const parsed = MonitorRequestSchema.safeParse(httpMonitor(headers));
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ field: ['body', ...issue.path.map(String)].join('.'), issue }));
};

describe('MonitorRequestSchema header values', () => {
  it('accepts visible ASCII, spaces, tabs and Latin-1 characters', () => {
    expect(fieldErrors({ Authorization: 'Bearer abc.DEF_123~', 'X-Note': 'caf\u00e9 \u00c0 la carte\tok' })).toEqual(
      [],
    );
    expect(fieldErrors({ 'X-Empty': '' })).toEqual([]);
  });

  it('refuses a value HTTP cannot carry, naming the header under body.headers', () => {
    for (const value of [
      '5 \u20ac',
      'a\u0001b',
      'line\r\nX-Injected: 1',
      'del\u007f',
      'emoji \u{1f600}',
      'nul\u0000',
    ]) {
      const errors = fieldErrors({ 'X-Token': value });
      expect(errors.map((e) => e.field)).toEqual(['body.headers.X-Token']);
      expect(errors[0]?.issue.message).toMatch(/visible ASCII, spaces, tabs and Latin-1/);
    }
  });

  it('names only the bad header among good ones', () => {
    expect(fieldErrors({ 'X-Good': 'fine', 'X-Bad': 'price \u20ac' }).map((e) => e.field)).toEqual([
      'body.headers.X-Bad',
    ]);
  });
});
