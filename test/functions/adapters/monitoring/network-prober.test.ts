import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failureResult, NetworkProber } from '../../../../functions/adapters/monitoring/network-prober.js';
import { monitorOf } from './monitor-fixture.js';

let dir: string;
let server: http.Server;
let base: string;
let hits: string[];
let tlsServer: https.Server;
let tlsPort: number;
let cert: string;

const listen = async (target: net.Server): Promise<number> => {
  await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
  return (target.address() as AddressInfo).port;
};
const close = (target: net.Server) =>
  new Promise<void>((resolve) => {
    (target as http.Server).closeAllConnections?.();
    target.close(() => resolve());
  });

const routes: Record<string, (request: http.IncomingMessage, response: http.ServerResponse) => void> = {
  '/ok': (_, response) => response.end('<h1>Welcome</h1>'),
  '/error': (_, response) => {
    response.statusCode = 500;
    response.end('Internal error');
  },
  '/slow': (_, response) => {
    setTimeout(() => response.end('Welcome, slowly'), 400);
  },
  '/hang': () => undefined,
  '/to-private': (_, response) => {
    response.writeHead(302, { location: 'http://10.0.0.1/admin' });
    response.end();
  },
  '/to-metadata': (_, response) => {
    response.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/' });
    response.end();
  },
  '/loop': (_, response) => {
    response.writeHead(302, { location: '/loop' });
    response.end();
  },
  '/to-ok': (_, response) => {
    response.writeHead(303, { location: '/ok' });
    response.end();
  },
  '/echo': (request, response) => response.end(`${request.method} ${request.headers['x-probe'] ?? 'none'}`),
  '/big': (_, response) => {
    response.write('x'.repeat(2 * 1024 * 1024));
    response.end('NEEDLE');
  },
};

beforeAll(async () => {
  hits = [];
  server = http.createServer((request, response) => {
    hits.push(request.url ?? '');
    const route = routes[request.url ?? ''];
    if (route) route(request, response);
    else {
      response.statusCode = 404;
      response.end();
    }
  });
  base = `http://127.0.0.1:${await listen(server)}`;

  dir = mkdtempSync(join(tmpdir(), 'opsdesk-tls-'));
  const made = spawnSync('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '3',
    '-subj',
    '/CN=localhost',
    '-addext',
    'subjectAltName=DNS:localhost,IP:127.0.0.1',
    '-keyout',
    join(dir, 'key.pem'),
    '-out',
    join(dir, 'cert.pem'),
  ]);
  if (made.status !== 0) throw new Error(made.stderr.toString());
  cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
  tlsServer = https.createServer({ key: readFileSync(join(dir, 'key.pem')), cert }, (_, response) =>
    response.end('Welcome over TLS'),
  );
  tlsPort = await listen(tlsServer);
});

afterAll(async () => {
  await close(server);
  await close(tlsServer);
  rmSync(dir, { recursive: true, force: true });
});

const local = new NetworkProber({ allowLoopback: true });
const httpMonitor = (path: string, overrides = {}) =>
  monitorOf({ kind: 'http', target: `${base}${path}`, ...overrides });

describe('NetworkProber http against a server on loopback', () => {
  it('is up with the status and the response time', async () => {
    const result = await local.probe(httpMonitor('/ok'), 5000);
    expect(result.outcome).toBe('up');
    expect(result.message).toMatch(/^HTTP 200 in \d+ ms$/);
    expect(result.responseMs).toBeGreaterThanOrEqual(0);
  });

  it('is down on a status outside the expected range, up when the range takes it', async () => {
    expect(await local.probe(httpMonitor('/error'), 5000)).toMatchObject({ outcome: 'down', message: 'HTTP 500' });
    expect((await local.probe(httpMonitor('/error', { expectedStatus: [500, 500] }), 5000)).outcome).toBe('up');
  });

  it('checks the keyword present and absent', async () => {
    expect((await local.probe(httpMonitor('/ok', { keyword: 'Welcome' }), 5000)).outcome).toBe('up');
    expect(await local.probe(httpMonitor('/ok', { keyword: 'Add to cart' }), 5000)).toMatchObject({
      outcome: 'down',
      message: 'keyword "Add to cart" missing',
    });
    expect(
      await local.probe(
        httpMonitor('/error', { keyword: 'Internal error', keywordAbsent: true, expectedStatus: [200, 599] }),
        5000,
      ),
    ).toMatchObject({
      outcome: 'down',
      message: 'keyword "Internal error" present',
    });
    expect((await local.probe(httpMonitor('/ok', { keyword: 'Fatal', keywordAbsent: true }), 5000)).outcome).toBe('up');
  });

  it('reads only the first MiB of the body for the keyword', async () => {
    expect(await local.probe(httpMonitor('/big', { keyword: 'NEEDLE' }), 5000)).toMatchObject({
      outcome: 'down',
      message: 'keyword "NEEDLE" missing',
    });
    expect((await local.probe(httpMonitor('/big', { keyword: 'xxxx' }), 5000)).outcome).toBe('up');
  });

  it('is down when slower than maxResponseMs, and when no answer comes within the timeout', async () => {
    const slow = await local.probe(httpMonitor('/slow', { maxResponseMs: 100 }), 5000);
    expect(slow.outcome).toBe('down');
    expect(slow.message).toMatch(/^response took \d+ ms \(limit 100 ms\)$/);
    expect(slow.responseMs).toBeGreaterThanOrEqual(350);
    expect(await local.probe(httpMonitor('/hang'), 300)).toEqual({
      outcome: 'down',
      responseMs: null,
      message: 'no answer within 300 ms',
    });
  });

  it('sends the method and the headers', async () => {
    const seen: string[] = [];
    const echo = http.createServer((request, response) => {
      seen.push(`${request.method} ${request.headers['x-probe']} ${request.headers['user-agent']}`);
      response.end('ok');
    });
    const port = await listen(echo);
    try {
      const monitor = monitorOf({
        kind: 'http',
        target: `http://127.0.0.1:${port}/`,
        method: 'POST',
        headers: { 'X-Probe': 'yes' },
      });
      expect((await local.probe(monitor, 5000)).outcome).toBe('up');
      expect(seen).toEqual([expect.stringMatching(/^POST yes Opsdesk-Monitor/)]);
    } finally {
      await close(echo);
    }
  });

  it('is down, naming the header, when a header value cannot be sent (every request would fail)', async () => {
    const echo = http.createServer((_, response) => response.end('ok'));
    const port = await listen(echo);
    try {
      for (const value of ['5 \u20ac', 'a\u0001b']) {
        const monitor = monitorOf({ kind: 'http', target: `http://127.0.0.1:${port}/`, headers: { 'X-Token': value } });
        expect(await local.probe(monitor, 5000)).toEqual({
          outcome: 'down',
          responseMs: null,
          message: 'Invalid character in header content ["X-Token"] (ERR_INVALID_CHAR)',
        });
      }
    } finally {
      await close(echo);
    }
  });

  it('is down with connection refused once the server is stopped', async () => {
    const gone = http.createServer((_, response) => response.end('ok'));
    const port = await listen(gone);
    const monitor = monitorOf({ kind: 'http', target: `http://127.0.0.1:${port}/` });
    expect((await local.probe(monitor, 5000)).outcome).toBe('up');
    await close(gone);
    expect(await local.probe(monitor, 5000)).toEqual({
      outcome: 'down',
      responseMs: null,
      message: 'connection refused',
    });
  });

  it('follows redirects and refuses one into a private range or the metadata service', async () => {
    expect(await local.probe(httpMonitor('/to-ok', { keyword: 'Welcome' }), 5000)).toMatchObject({ outcome: 'up' });
    expect(await local.probe(httpMonitor('/to-private'), 5000)).toEqual({
      outcome: 'down',
      responseMs: null,
      message: 'redirect to http://10.0.0.1/admin refused: the address 10.0.0.1 (private network) may not be checked',
    });
    expect((await local.probe(httpMonitor('/to-metadata'), 5000)).message).toMatch(
      /^redirect to http:\/\/169\.254\.169\.254\/latest\/meta-data\/ refused: .*cloud metadata service/,
    );
  });

  it('gives up on a redirect loop after 5 redirects', async () => {
    hits = [];
    expect(await local.probe(httpMonitor('/loop'), 5000)).toMatchObject({
      outcome: 'down',
      message: 'more than 5 redirects',
    });
    expect(hits).toEqual(Array(6).fill('/loop'));
  });

  it('without followRedirects judges the redirect itself', async () => {
    expect(await local.probe(httpMonitor('/to-private', { followRedirects: false }), 5000)).toMatchObject({
      outcome: 'up',
      message: expect.stringMatching(/^HTTP 302/),
    });
  });

  it('refuses loopback where the stage does not allow it (AWS)', async () => {
    hits = [];
    const aws = new NetworkProber({ allowLoopback: false });
    expect(await aws.probe(httpMonitor('/ok'), 5000)).toEqual({
      outcome: 'down',
      responseMs: null,
      message: 'the address 127.0.0.1 (loopback) may not be checked',
    });
    expect(hits).toEqual([]);
  });

  it('never throws: a monitor without a target is no data', async () => {
    expect(await local.probe(monitorOf({ kind: 'http', target: null }), 1000)).toMatchObject({ outcome: 'no_data' });
    expect(await local.probe(monitorOf({ kind: 'heartbeat' }), 1000)).toMatchObject({ outcome: 'no_data' });
  });
});

describe('NetworkProber tls: a self-signed certificate that expires in 3 days', () => {
  const tlsMonitor = (warnDays: number) =>
    monitorOf({ kind: 'tls', target: `https://localhost:${tlsPort}/`, warnDays });

  it('is down with the days left, and says the chain is not trusted', async () => {
    const result = await local.probe(tlsMonitor(14), 5000);
    expect(result.outcome).toBe('down');
    expect(result.message).toMatch(
      /^certificate expires in 3 days \(\d{4}-\d\d-\d\d\); certificate not trusted \(self-signed\)$/,
    );
  });

  it('trusted (its CA configured): down only for the expiry under warnDays, up above it', async () => {
    const trusting = new NetworkProber({ allowLoopback: true, ca: [cert] });
    expect(await trusting.probe(tlsMonitor(14), 5000)).toMatchObject({
      outcome: 'down',
      message: expect.stringMatching(/^certificate expires in 3 days \(\d{4}-\d\d-\d\d\)$/),
    });
    expect(await trusting.probe(tlsMonitor(2), 5000)).toMatchObject({
      outcome: 'up',
      message: expect.stringMatching(/^certificate expires in 3 days/),
    });
  });

  it('untrusted but far from expiry is still down, the reason first', async () => {
    expect(await local.probe(tlsMonitor(2), 5000)).toMatchObject({
      outcome: 'down',
      message: expect.stringMatching(/^certificate not trusted \(self-signed\); certificate expires in 3 days/),
    });
  });

  it('an https http monitor is down on the untrusted chain, up when its CA is configured', async () => {
    const monitor = monitorOf({ kind: 'http', target: `https://localhost:${tlsPort}/`, keyword: 'Welcome' });
    expect(await local.probe(monitor, 5000)).toMatchObject({
      outcome: 'down',
      message: 'certificate not trusted (self-signed)',
    });
    expect((await new NetworkProber({ allowLoopback: true, ca: [cert] }).probe(monitor, 5000)).outcome).toBe('up');
  });

  it('a clock past the expiry says it expired', async () => {
    const later = new NetworkProber({
      allowLoopback: true,
      ca: [cert],
      clock: { now: () => new Date(Date.parse('2099-01-01T00:00:00Z')) },
    });
    expect((await later.probe(tlsMonitor(14), 5000)).message).toMatch(/^certificate expired on \d{4}-\d\d-\d\d$/);
  });
});

describe('NetworkProber tcp and dns', () => {
  it('tcp: an open port is up, a closed one down', async () => {
    const listener = net.createServer((socket) => socket.end());
    const port = await listen(listener);
    expect(await local.probe(monitorOf({ kind: 'tcp', target: `127.0.0.1:${port}` }), 2000)).toMatchObject({
      outcome: 'up',
      message: expect.stringMatching(new RegExp(`^port ${port} open in \\d+ ms$`)),
    });
    await close(listener);
    expect(await local.probe(monitorOf({ kind: 'tcp', target: `127.0.0.1:${port}` }), 2000)).toEqual({
      outcome: 'down',
      responseMs: null,
      message: `port ${port}: connection refused`,
    });
  });

  it('tcp: a private address is refused before any connection', async () => {
    expect(await local.probe(monitorOf({ kind: 'tcp', target: '192.168.1.1:22' }), 2000)).toMatchObject({
      outcome: 'down',
      message: 'the address 192.168.1.1 (private network) may not be checked',
    });
  });

  it('dns: localhost A resolves to 127.0.0.1', async () => {
    const monitor = monitorOf({ kind: 'dns', target: 'localhost', recordType: 'A', expected: '127.0.0.1' });
    expect(await local.probe(monitor, 2000)).toMatchObject({ outcome: 'up', message: 'A localhost → 127.0.0.1' });
    expect(await local.probe({ ...monitor, expected: '10.9.9.9' }, 2000)).toMatchObject({
      outcome: 'down',
      message: 'A localhost → 127.0.0.1, not 10.9.9.9',
    });
  });

  it('dns: a name without the record is down', async () => {
    const monitor = monitorOf({ kind: 'dns', target: 'no-such-name.invalid', recordType: 'A' });
    expect(await local.probe(monitor, 2000)).toMatchObject({
      outcome: 'down',
      message: 'no A record for no-such-name.invalid',
    });
  });
});

describe('NetworkProber tls: a certificate not yet valid (from 2099)', () => {
  let futureDir: string;
  let futureServer: https.Server;
  let futurePort: number;
  let futureCert: string;

  beforeAll(async () => {
    futureDir = mkdtempSync(join(tmpdir(), 'opsdesk-tls-future-'));
    const at = (name: string) => join(futureDir, name);
    const run = (args: string[]) => {
      const made = spawnSync('openssl', args, { cwd: futureDir });
      if (made.status !== 0) throw new Error(made.stderr.toString());
    };
    run(
      ['req', '-new', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost', '-addext'].concat([
        'subjectAltName=DNS:localhost,IP:127.0.0.1',
        '-keyout',
        at('key.pem'),
        '-out',
        at('req.pem'),
      ]),
    );
    // `openssl req -x509` cannot date a certificate in the future (OpenSSL 3.0 has no -not_before); `openssl ca` can.
    writeFileSync(at('index.txt'), '');
    writeFileSync(
      at('ca.cnf'),
      '[ca]\ndefault_ca = x\n[x]\ndatabase = index.txt\nnew_certs_dir = .\ndefault_md = sha256\npolicy = p\n' +
        'copy_extensions = copy\nrand_serial = yes\nunique_subject = no\n[p]\ncommonName = supplied\n',
    );
    run(
      ['ca', '-batch', '-config', at('ca.cnf'), '-selfsign', '-keyfile', at('key.pem'), '-in', at('req.pem')].concat([
        '-startdate',
        '20990101000000Z',
        '-enddate',
        '21000101000000Z',
        '-notext',
        '-out',
        at('cert.pem'),
      ]),
    );
    futureCert = readFileSync(at('cert.pem'), 'utf8');
    futureServer = https.createServer({ key: readFileSync(at('key.pem')), cert: futureCert }, (_, response) =>
      response.end('Welcome from the future'),
    );
    futurePort = await listen(futureServer);
  });

  afterAll(async () => {
    await close(futureServer);
    rmSync(futureDir, { recursive: true, force: true });
  });

  it('an https http monitor is down (not no data), trusted or not', async () => {
    const monitor = monitorOf({ kind: 'http', target: `https://localhost:${futurePort}/` });
    const expected = { outcome: 'down', responseMs: null, message: 'certificate not yet valid' };
    expect(await local.probe(monitor, 5000)).toEqual(expected);
    expect(await new NetworkProber({ allowLoopback: true, ca: [futureCert] }).probe(monitor, 5000)).toEqual(expected);
  });

  it('a tls monitor is down, saying so before the expiry', async () => {
    const trusting = new NetworkProber({ allowLoopback: true, ca: [futureCert] });
    const monitor = monitorOf({ kind: 'tls', target: `https://localhost:${futurePort}/`, warnDays: 14 });
    expect(await trusting.probe(monitor, 5000)).toMatchObject({
      outcome: 'down',
      message: expect.stringMatching(/^certificate not yet valid; certificate expires in \d+ days \(2100-01-01\)$/),
    });
  });
});

describe('failureResult: how a failed request is judged', () => {
  const failure = (code: string | undefined, message: string) => Object.assign(new Error(message), { code });

  it('the target’s TLS failures are down with a readable reason', () => {
    expect(
      ['CERT_REVOKED', 'INVALID_CA', 'UNABLE_TO_GET_ISSUER_CERT', 'CERT_SIGNATURE_FAILURE', 'CERT_NOT_YET_VALID'].map(
        (code) => failureResult(failure(code, 'openssl says no')),
      ),
    ).toEqual(
      [
        'certificate revoked',
        'certificate not trusted (invalid CA certificate)',
        'certificate not trusted (unknown issuer)',
        'certificate signature invalid',
        'certificate not yet valid',
      ].map((message) => ({ outcome: 'down', responseMs: null, message })),
    );
  });

  it('any other failure of the request is down with its message and code, in its context', () => {
    expect(
      failureResult(failure('CERT_CHAIN_TOO_LONG', 'certificate chain too long'), 'after a redirect to x'),
    ).toEqual({
      outcome: 'down',
      responseMs: null,
      message: 'after a redirect to x: certificate chain too long (CERT_CHAIN_TOO_LONG)',
    });
    expect(failureResult(failure('ERR_SOMETHING_NEW', ''))).toMatchObject({
      outcome: 'down',
      message: 'ERR_SOMETHING_NEW',
    });
    expect(failureResult(failure(undefined, 'socket hang up'))).toMatchObject({
      outcome: 'down',
      message: 'socket hang up',
    });
    expect(failureResult('a string thrown')).toMatchObject({ outcome: 'down', message: 'a string thrown' });
    expect(failureResult(failure('ECONNREFUSED', 'connect ECONNREFUSED'), 'port 9')).toMatchObject({
      outcome: 'down',
      message: 'port 9: connection refused',
    });
    expect(failureResult(failure('E2BIG', 'x'.repeat(500))).message).toHaveLength(200);
  });

  it('only the checker’s own resource failures are no data', () => {
    for (const code of ['EMFILE', 'ENFILE', 'ENOMEM', 'ENOBUFS', 'EAI_MEMORY', 'EAI_SYSTEM']) {
      expect(failureResult(failure(code, 'out of something'))).toEqual({
        outcome: 'no_data',
        responseMs: null,
        message: `the checker could not run the check (${code})`,
      });
    }
  });
});
