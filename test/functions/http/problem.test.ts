import { describe, expect, it } from 'vitest';
import {
  allowedMethods,
  domainErrorToProblem,
  MAX_PROBLEM_TEXT,
  MethodNotAllowedError,
} from '../../../functions/http/problem.js';
import { DomainError } from '../../../shared/errors.js';

describe('domainErrorToProblem', () => {
  it('never echoes a huge bad value back whole (a 900 KB plan id)', () => {
    const huge = 'x'.repeat(900 * 1024);
    const problem = domainErrorToProblem(
      new DomainError('REQUEST.INVALID', `No plan ${huge}.`, [{ path: 'body.planId', message: `unknown: ${huge}` }]),
      `/api/subscription/${huge}`,
    );
    expect(JSON.stringify(problem).length).toBeLessThan(4 * MAX_PROBLEM_TEXT);
    expect(problem.detail.startsWith('No plan xxx')).toBe(true);
    expect(problem.errors?.[0]?.path).toBe('body.planId');
  });
});

describe('allowedMethods', () => {
  it('names the methods of a known path, none for an unknown one, local-only routes only when asked', () => {
    expect(allowedMethods('/api/users/u-1')).toEqual(['DELETE', 'GET', 'PATCH']);
    expect(allowedMethods('/api/heartbeats/abcdefghijklmnopqrstu')).toEqual(['GET', 'POST']);
    expect(allowedMethods('/api/nope')).toEqual([]);
    expect(allowedMethods('/auth/dev/login')).toEqual([]);
    expect(allowedMethods('/auth/dev/login', true)).toEqual(['POST']);
    expect(new MethodNotAllowedError('PUT', '/api/users/u-1', ['GET']).code).toBe('ROUTE.METHOD_NOT_ALLOWED');
  });

  it('finds no methods, rather than throwing, for a path whose %-escapes do not decode (404, never 500)', () => {
    expect(allowedMethods('/api/tasks/%ZZ')).toEqual([]);
    expect(allowedMethods('/api/users/%E0%A4%A')).toEqual([]);
  });
});
