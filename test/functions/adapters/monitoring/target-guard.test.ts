import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NetworkProber } from '../../../../functions/adapters/monitoring/network-prober.js';
import {
  type ResolvedAddress,
  ResolvingTargetGuard,
  targetEndpoint,
} from '../../../../functions/adapters/monitoring/target-guard.js';
import { monitorOf } from './monitor-fixture.js';

const answers =
  (table: Record<string, string[]>) =>
  async (host: string): Promise<ResolvedAddress[]> => {
    const addresses = table[host];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };

const CLASSES: [string, string][] = [
  ['10.0.0.1', 'private network'],
  ['172.16.0.1', 'private network'],
  ['192.168.1.1', 'private network'],
  ['100.64.0.1', 'shared address space (CGNAT)'],
  ['169.254.169.254', 'cloud metadata service'],
  ['fd00::1', 'private network'],
  ['fe80::1', 'link-local'],
  ['::ffff:10.0.0.1', 'private network'],
  ['0.0.0.0', 'unspecified'],
  ['224.0.0.1', 'multicast'],
  ['ff02::1', 'multicast'],
];

describe('ResolvingTargetGuard', () => {
  for (const allowLoopback of [false, true]) {
    describe(`allowLoopback ${allowLoopback}`, () => {
      const table = Object.fromEntries(CLASSES.map(([address], index) => [`h${index}.example.org`, [address]]));
      const guard = new ResolvingTargetGuard({ allowLoopback, resolve: answers(table) });

      it.each(CLASSES.map(([address, name], index) => [address, name, index] as const))(
        'refuses %s (%s) as a literal and behind a name, for every kind',
        async (address, name, index) => {
          const host = address.includes(':') ? `[${address}]` : address;
          const reason = `the address ${address} (${name}) may not be checked`;
          // A URL writes IPv6 its own way (`[::ffff:a00:1]`): the refusal names the address as the URL has it.
          const inUrl = new URL(`http://${host}/`).hostname.replace(/^\[(.*)\]$/, '$1');
          const urlReason = `the address ${inUrl} (${name}) may not be checked`;
          expect(await guard.refusal('http', `http://${host}/`)).toBe(urlReason);
          expect(await guard.refusal('tls', `https://${host}:8443/`)).toBe(urlReason);
          expect(await guard.refusal('tcp', `${host}:22`)).toBe(reason);
          expect(await guard.refusal('http', `https://h${index}.example.org/`)).toBe(
            `h${index}.example.org resolves to ${address}: ${reason}`,
          );
        },
      );
    });
  }

  it('allows loopback only with allowLoopback (127.0.0.0/8 and ::1)', async () => {
    const resolve = answers({ localhost: ['127.0.0.1', '::1'] });
    const local = new ResolvingTargetGuard({ allowLoopback: true, resolve });
    const aws = new ResolvingTargetGuard({ allowLoopback: false, resolve });
    expect(await local.refusal('http', 'http://localhost:3000/')).toBeNull();
    expect(await local.refusal('tcp', '[::1]:5432')).toBeNull();
    expect(await local.refusal('tcp', '127.1.2.3:5432')).toBeNull();
    expect(await aws.refusal('http', 'http://localhost:3000/')).toBe(
      'localhost resolves to 127.0.0.1: the address 127.0.0.1 (loopback) may not be checked',
    );
    expect(await aws.refusal('tcp', '[::1]:5432')).toBe('the address ::1 (loopback) may not be checked');
  });

  it('refuses a name when any one of its answers may not be reached', async () => {
    const guard = new ResolvingTargetGuard({
      allowLoopback: false,
      resolve: answers({ 'mixed.example.org': ['93.184.216.34', '10.0.0.7'] }),
    });
    expect(await guard.refusal('http', 'https://mixed.example.org/')).toBe(
      'mixed.example.org resolves to 10.0.0.7: the address 10.0.0.7 (private network) may not be checked',
    );
  });

  it('refuses the provider’s own endpoints, whatever they resolve to', async () => {
    const guard = new ResolvingTargetGuard({
      allowLoopback: false,
      refuseHosts: ['api.opsdesk.example', 'app.opsdesk.example'],
      resolve: answers({ 'api.opsdesk.example': ['93.184.216.34'] }),
    });
    expect(await guard.refusal('http', 'https://API.opsdesk.example./health')).toBe(
      'api.opsdesk.example is Opsdesk’s own endpoint and may not be checked',
    );
    expect(await guard.refusal('dns', 'app.opsdesk.example')).toMatch(/own endpoint/);
  });

  it('lets a name that does not resolve (yet) through: the check reports it', async () => {
    const guard = new ResolvingTargetGuard({ allowLoopback: false, resolve: answers({}) });
    expect(await guard.refusal('http', 'https://soon.example.org/')).toBeNull();
    expect(await guard.vet('soon.example.org')).toEqual({
      ok: false,
      reason: 'soon.example.org does not resolve',
      unresolved: true,
    });
  });

  it('refuses targets that are not of the kind’s shape', async () => {
    const guard = new ResolvingTargetGuard({ allowLoopback: false, resolve: answers({}) });
    expect(await guard.refusal('http', 'ftp://example.org/')).toBe('the target must be an http:// or https:// URL');
    expect(await guard.refusal('http', 'https://user:pw@example.org/')).toMatch(/without user name/);
    expect(await guard.refusal('tls', 'http://example.org/')).toBe('the target must be an https:// URL');
    expect(await guard.refusal('tcp', 'example.org')).toMatch(/host:port/);
    expect(await guard.refusal('tcp', 'example.org:70000')).toMatch(/host:port/);
    expect(await guard.refusal('dns', '10.0.0.1')).toMatch(/a host name/);
    expect(targetEndpoint('tls', 'example.org:8443')).toEqual({ host: 'example.org', port: 8443 });
  });
});

describe('pinning: the connection goes to the vetted address (DNS rebinding)', () => {
  let server: http.Server;
  let port: number;
  let requests: number;

  beforeAll(async () => {
    requests = 0;
    server = http.createServer((_, response) => {
      requests++;
      response.end('internal admin');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  /** Answers public first, then the address the attacker wants (a rebinding DNS server with TTL 0). */
  const rebinding = (first: string, then: string) => {
    const calls: string[] = [];
    const resolve = async (host: string): Promise<ResolvedAddress[]> => {
      const address = calls.length === 0 ? first : then;
      calls.push(host);
      return [{ address, family: 4 }];
    };
    return { calls, resolve };
  };

  it('a name that answered public is never connected to its second, loopback answer', async () => {
    requests = 0;
    const dns = rebinding('93.184.216.34', '127.0.0.1');
    const prober = new NetworkProber({ allowLoopback: false, resolve: dns.resolve });
    const result = await prober.probe(monitorOf({ kind: 'http', target: `http://rebind.example.org:${port}/` }), 500);
    expect(result.outcome).toBe('down');
    expect(dns.calls).toEqual(['rebind.example.org']);
    expect(requests).toBe(0);
  });

  it('the vetted address is used even when a second lookup would answer a private one', async () => {
    requests = 0;
    const dns = rebinding('127.0.0.1', '10.0.0.1');
    const prober = new NetworkProber({ allowLoopback: true, resolve: dns.resolve });
    const monitor = monitorOf({ kind: 'http', target: `http://rebind.example.org:${port}/`, keyword: 'admin' });
    expect(await prober.probe(monitor, 2000)).toMatchObject({ outcome: 'up' });
    expect(requests).toBe(1);
    expect(dns.calls).toEqual(['rebind.example.org']);
    // The next check resolves again and is refused: the name now points into a private range.
    expect(await prober.probe(monitor, 2000)).toMatchObject({
      outcome: 'down',
      message: 'rebind.example.org resolves to 10.0.0.1: the address 10.0.0.1 (private network) may not be checked',
    });
    expect(requests).toBe(1);
  });

  it('tcp and tls are pinned too', async () => {
    requests = 0;
    const dns = rebinding('93.184.216.34', '127.0.0.1');
    const prober = new NetworkProber({ allowLoopback: false, resolve: dns.resolve });
    await prober.probe(monitorOf({ kind: 'tcp', target: `rebind.example.org:${port}` }), 300);
    await prober.probe(monitorOf({ kind: 'tls', target: `https://rebind.example.org:${port}/` }), 300);
    expect(requests).toBe(0);
    expect(dns.calls).toEqual(['rebind.example.org', 'rebind.example.org']);
  });
});
