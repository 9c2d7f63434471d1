import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../scripts/local-stack/dispatcher.js';
import { createLocalServer } from '../../../scripts/local-stack/server.js';

/**
 * The local stack's HTTP server with the real dispatcher in front of it. No handler is reached here:
 * every request below is answered by the server or the dispatcher (route match, authorizer), so no
 * table is needed.
 */
let server: Server;
let base: string;
let webDir: string;

beforeAll(async () => {
  webDir = mkdtempSync(join(tmpdir(), 'opsdesk-web-'));
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>Opsdesk</title>');
  mkdirSync(join(webDir, 'assets'));
  writeFileSync(join(webDir, 'assets', 'app.js'), 'console.log("opsdesk");');
  server = createLocalServer({
    dispatch: createDispatcher(async () => ({ outcome: 'unauthenticated', reason: 'No credential is valid here.' })),
    webDir,
    webConfig: { identity: 'dev' },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(webDir, { recursive: true, force: true });
});

/** A raw request: the path goes out byte for byte (fetch would not send some of these). */
const get = (path: string, method = 'GET') =>
  new Promise<{ status: number; contentType: string; body: string }>((resolve, reject) => {
    const request = httpRequest(`${base}${path}`, { method }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          contentType: String(response.headers['content-type'] ?? ''),
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    request.on('error', reject);
    request.end();
  });

describe('malformed %-escapes in the path', () => {
  const malformed = [
    // API routes with a path parameter: the parameter cannot be decoded.
    '/api/users/%E0%A4%A',
    '/api/users/%',
    '/api/tasks/%zz',
    '/api/tasks/%zz/approve',
    '/api/bookings/%C3.ics',
    '/api/admin/tenants/%FF/suspend',
    // The dev identity provider's paths.
    '/auth/dev/%zz',
    '/auth/dev/login%',
    '/auth/dev/mailbox%E0%A4%A',
    // Web paths.
    '/%',
    '/%zz',
    '/%E0%A4%A',
    '/assets/%C3.js',
    '/dev/mailbox/%',
  ];

  it.each(malformed)('GET %s is a 400 problem, never a 500', async (path) => {
    const response = await get(path);
    expect(response.status, response.body).toBe(400);
    expect(response.contentType).toBe('application/problem+json');
    expect(JSON.parse(response.body)).toMatchObject({ status: 400, title: 'Bad request' });
    expect(JSON.parse(response.body).detail).toContain('%-escape');
  });

  it('HEAD and POST are refused the same way', async () => {
    expect((await get('/%', 'HEAD')).status).toBe(400);
    expect((await get('/api/users/%zz', 'POST')).status).toBe(400);
    expect((await get('/auth/dev/%zz', 'POST')).status).toBe(400);
  });

  it('well-formed escapes still work: the route matches, the file is served', async () => {
    // The route matched (its authorizer answers), so the parameter was decoded.
    const user = await get('/api/users/abc%2D1');
    expect(user.status).toBe(401);
    expect(user.contentType).toBe('application/problem+json');
    const asset = await get('/assets/app%2Ejs');
    expect(asset.status).toBe(200);
    expect(asset.body).toBe('console.log("opsdesk");');
    const fallback = await get('/dev/mail%62ox');
    expect(fallback.status).toBe(200);
    expect(fallback.contentType).toContain('text/html');
    // A NUL byte is a valid escape: no such file, so the app's page.
    expect((await get('/%00')).status).toBe(200);
  });
});

describe('the dispatcher on its own (as the API tests use it)', () => {
  it('answers a malformed %-escape with 400 before matching a route', async () => {
    const dispatch = createDispatcher(async () => ({
      outcome: 'unauthenticated',
      reason: 'No credential is valid here.',
    }));
    for (const url of ['/api/users/%E0%A4%A', '/api/tasks/%zz?limit=5', '/auth/dev/%']) {
      const response = await dispatch({ method: 'GET', url, headers: {} });
      expect(response.status, url).toBe(400);
      expect(response.headers['content-type']).toBe('application/problem+json');
    }
  });
});
