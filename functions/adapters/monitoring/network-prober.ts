import type { LookupAddress } from 'node:dns';
import { lookup as dnsLookup, Resolver } from 'node:dns/promises';
import * as http from 'node:http';
import * as https from 'node:https';
import * as net from 'node:net';
import * as tls from 'node:tls';
import { canonicalAddress, isIpLiteral } from '../../../shared/monitoring/addresses.js';
import type { Monitor } from '../../../shared/monitoring/model.js';
import type { ProbeResult, Prober } from '../../../shared/monitoring/ports.js';
import type { Clock } from '../../../shared/platform/ports.js';
import { SystemClock } from '../system/system-clock.js';
import { ResolvingTargetGuard, type TargetGuardOptions, targetEndpoint, type VettedHost } from './target-guard.js';

/** At most this many redirects are followed (each re-checked by the guard). */
export const MAX_REDIRECTS = 5;
/** The keyword is looked for in the first MiB of the body; the rest is not read. */
export const MAX_BODY_BYTES = 1024 * 1024;
const DEFAULT_WARN_DAYS = 14;
const DAY_MS = 86_400_000;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = 'Opsdesk-Monitor/1.0 (+uptime check)';

/**
 * Errors of the checker itself (out of file descriptors, memory or buffers): `no_data`, never the target's fault.
 * Every other failure of a request is the target's (or its monitor's) and is `down`: an error this list does not
 * name must never keep a monitor silent.
 */
const CHECKER_ERRORS = new Set(['EMFILE', 'ENFILE', 'ENOMEM', 'ENOBUFS', 'EAI_MEMORY', 'EAI_SYSTEM']);
/** How the target's failures read in a result; the others read as their own message. */
const TARGET_ERRORS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection closed',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  EPROTO: 'TLS handshake failed',
  ENOTFOUND: 'the name does not resolve',
  ERR_TLS_CERT_ALTNAME_INVALID: 'certificate not valid for this name',
  CERT_HAS_EXPIRED: 'certificate expired',
  CERT_NOT_YET_VALID: 'certificate not yet valid',
  CERT_REVOKED: 'certificate revoked',
  CERT_SIGNATURE_FAILURE: 'certificate signature invalid',
  INVALID_CA: 'certificate not trusted (invalid CA certificate)',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'certificate not trusted (self-signed)',
  SELF_SIGNED_CERT_IN_CHAIN: 'certificate not trusted (self-signed in chain)',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'certificate not trusted (incomplete chain)',
  UNABLE_TO_GET_ISSUER_CERT: 'certificate not trusted (unknown issuer)',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'certificate not trusted (unknown issuer)',
};
const MAX_MESSAGE = 200;

export interface NetworkProberOptions extends TargetGuardOptions {
  /** TLS days left are counted from the clock (default: the system clock). */
  clock?: Clock;
  /** CA certificates trusted besides Node's bundle (tests and local demos with their own CA); AWS: none. */
  ca?: string[];
  /** A and AAAA answers (default: the system resolver, as clients of the customer's site see them). */
  lookupAddresses?: (name: string, family: 4 | 6) => Promise<string[]>;
}

/** A check failed for a reason of its own making: `no_data`. */
class CheckerError extends Error {}

const down = (message: string, responseMs: number | null = null): ProbeResult => ({
  outcome: 'down',
  responseMs,
  message,
});
const up = (message: string, responseMs: number | null): ProbeResult => ({ outcome: 'up', responseMs, message });
const elapsed = (since: number): number => Math.round(performance.now() - since);

/**
 * The failure of a network request as a result: `down` with a reason a person can read, whatever the error, so a
 * target (or a monitor's own setting) that fails every request alerts; `no_data` only for the checker's own
 * resource failures (CHECKER_ERRORS).
 */
export const failureResult = (error: unknown, context = ''): ProbeResult => {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const prefix = context ? `${context}: ` : '';
  if (typeof code === 'string' && CHECKER_ERRORS.has(code)) {
    return { outcome: 'no_data', responseMs: null, message: `the checker could not run the check (${code})` };
  }
  return down(`${prefix}${failureReason(error, typeof code === 'string' ? code : undefined)}`.slice(0, MAX_MESSAGE));
};

/** A known code's wording; otherwise the error's own message, with its code when the message does not say it. */
const failureReason = (error: unknown, code: string | undefined): string => {
  if (code && TARGET_ERRORS[code]) return TARGET_ERRORS[code];
  if (code?.startsWith('HPE_')) return `invalid HTTP response (${code})`;
  if (code?.startsWith('ERR_SSL_') || code?.startsWith('ERR_TLS_')) return `TLS failed (${code})`;
  const message = (error instanceof Error ? error.message : String(error ?? '')).trim();
  if (!message) return code ?? 'the request failed';
  return code && !message.includes(code) ? `${message} (${code})` : message;
};

/**
 * The lookup handed to the socket: it answers the address the guard vetted and nothing else, so the connection
 * cannot follow a second, different DNS answer (rebinding). Node calls it with `all: true` when it races families.
 */
const pinnedLookup =
  (target: VettedHost): net.LookupFunction =>
  (_hostname, options, callback) => {
    const answer: LookupAddress = { address: target.address, family: target.family };
    if ((options as { all?: boolean }).all) {
      (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, [answer]);
    } else {
      callback(null, target.address, target.family);
    }
  };

interface HttpAnswer {
  status: number;
  location: string | null;
  body: string;
}

/**
 * Probes http, tls, dns and tcp monitors from this process: every address it connects to is vetted by the SSRF
 * guard first and then PINNED (the socket's lookup answers only that address); redirects are followed by hand, at
 * most five, each hop vetted again. Never throws: the target's failures are `down`, the checker's own `no_data`.
 */
export class NetworkProber implements Prober {
  readonly guard: ResolvingTargetGuard;
  private readonly clock: Clock;

  constructor(private readonly options: NetworkProberOptions) {
    this.guard = new ResolvingTargetGuard(options);
    this.clock = options.clock ?? new SystemClock();
  }

  async probe(monitor: Monitor, timeoutMs: number): Promise<ProbeResult> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<ProbeResult>((resolve) => {
      timer = setTimeout(() => {
        controller.abort();
        resolve(down(`no answer within ${timeoutMs} ms`));
      }, timeoutMs);
    });
    try {
      return await Promise.race([this.run(monitor, controller.signal, timeoutMs), timeout]);
    } catch (error) {
      // Every request's failure is judged where it happens (failureResult); what reaches here is the checker's own.
      const message = error instanceof CheckerError ? error.message : `the checker failed: ${String(error)}`;
      return { outcome: 'no_data', responseMs: null, message: message.slice(0, MAX_MESSAGE) };
    } finally {
      clearTimeout(timer);
      controller.abort();
    }
  }

  private run(monitor: Monitor, signal: AbortSignal, timeoutMs: number): Promise<ProbeResult> {
    if (!monitor.target) throw new CheckerError(`the ${monitor.kind} monitor has no target`);
    switch (monitor.kind) {
      case 'http':
        return this.http(monitor, monitor.target, signal);
      case 'tls':
        return this.tls(monitor, monitor.target, signal);
      case 'dns':
        return this.dns(monitor, monitor.target, timeoutMs);
      case 'tcp':
        return this.tcp(monitor.target, signal);
      default:
        throw new CheckerError(`a ${monitor.kind} monitor is not a network check`);
    }
  }

  private async http(monitor: Monitor, target: string, signal: AbortSignal): Promise<ProbeResult> {
    const started = performance.now();
    let url = new URL(target);
    const origin = url.origin;
    let method: string = monitor.method ?? 'GET';
    const wantsBody = monitor.keyword !== null && method !== 'HEAD';
    for (let hop = 0; ; hop++) {
      const vetting = await this.guard.vet(url.hostname);
      if (!vetting.ok) {
        return down(hop === 0 ? vetting.reason : `redirect to ${url.href} refused: ${vetting.reason}`);
      }
      let answer: HttpAnswer;
      try {
        // The monitor's headers (an Authorization, say) go to its own origin only, never to where it redirects.
        const headers = url.origin === origin ? monitor.headers : {};
        answer = await this.request(url, method, headers, vetting.target, wantsBody, signal);
      } catch (error) {
        return failureResult(error, hop === 0 ? '' : `after a redirect to ${url.href}`);
      }
      if (monitor.followRedirects && REDIRECT_STATUSES.has(answer.status) && answer.location) {
        if (hop === MAX_REDIRECTS) return down(`more than ${MAX_REDIRECTS} redirects`, elapsed(started));
        let next: URL;
        try {
          next = new URL(answer.location, url);
        } catch {
          return down(`HTTP ${answer.status} redirects to an invalid URL`, elapsed(started));
        }
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          return down(`HTTP ${answer.status} redirects to a ${next.protocol} URL`, elapsed(started));
        }
        if (answer.status === 303 || ((answer.status === 301 || answer.status === 302) && method === 'POST')) {
          method = 'GET';
        }
        url = next;
        continue;
      }
      return this.judgeHttp(monitor, answer, elapsed(started));
    }
  }

  private judgeHttp(monitor: Monitor, answer: HttpAnswer, responseMs: number): ProbeResult {
    const [low, high] = monitor.expectedStatus;
    if (answer.status < low || answer.status > high) return down(`HTTP ${answer.status}`, responseMs);
    if (monitor.keyword !== null) {
      const present = answer.body.includes(monitor.keyword);
      if (monitor.keywordAbsent && present) return down(`keyword "${monitor.keyword}" present`, responseMs);
      if (!monitor.keywordAbsent && !present) return down(`keyword "${monitor.keyword}" missing`, responseMs);
    }
    if (monitor.maxResponseMs !== null && responseMs > monitor.maxResponseMs) {
      return down(`response took ${responseMs} ms (limit ${monitor.maxResponseMs} ms)`, responseMs);
    }
    return up(`HTTP ${answer.status} in ${responseMs} ms`, responseMs);
  }

  private request(
    url: URL,
    method: string,
    headers: Record<string, string>,
    target: VettedHost,
    wantsBody: boolean,
    signal: AbortSignal,
  ): Promise<HttpAnswer> {
    const secure = url.protocol === 'https:';
    const options: https.RequestOptions = {
      host: target.host,
      port: url.port ? Number(url.port) : secure ? 443 : 80,
      path: `${url.pathname}${url.search}`,
      method,
      headers: { ...headers, 'user-agent': USER_AGENT, 'accept-encoding': 'identity', connection: 'close' },
      lookup: pinnedLookup(target),
      // No pooled sockets: a kept-alive socket was connected for another check, maybe to another address.
      agent: false,
      signal,
      ...(secure
        ? {
            servername: isIpLiteral(target.host) ? undefined : target.host,
            ca: this.trustedCa(),
            rejectUnauthorized: true,
          }
        : {}),
    };
    return new Promise<HttpAnswer>((resolve, reject) => {
      const request = (secure ? https : http).request(options, (response) => {
        const status = response.statusCode ?? 0;
        const location = typeof response.headers.location === 'string' ? response.headers.location : null;
        if (!wantsBody || REDIRECT_STATUSES.has(status)) {
          response.destroy();
          resolve({ status, location, body: '' });
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        const finish = () =>
          resolve({ status, location, body: Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES).toString('utf8') });
        response.on('data', (chunk: Buffer) => {
          chunks.push(chunk);
          size += chunk.length;
          if (size >= MAX_BODY_BYTES) {
            finish();
            response.destroy();
          }
        });
        response.on('end', finish);
        response.on('error', reject);
        response.on('aborted', finish);
      });
      request.on('error', reject);
      request.end();
    });
  }

  /** Node's bundled CAs plus the configured ones (giving `ca` alone would replace the bundle). */
  private trustedCa(): string[] | undefined {
    return this.options.ca?.length ? [...tls.rootCertificates, ...this.options.ca] : undefined;
  }

  private async tls(monitor: Monitor, target: string, signal: AbortSignal): Promise<ProbeResult> {
    const endpoint = targetEndpoint('tls', target);
    if ('error' in endpoint) return down(`the target must be ${endpoint.error}`);
    const started = performance.now();
    const vetting = await this.guard.vet(endpoint.host);
    if (!vetting.ok) return down(vetting.reason);
    const { host } = vetting.target;
    let peer: { validTo: number; authorized: boolean; reason: string | null };
    try {
      peer = await new Promise((resolve, reject) => {
        const socket = tls.connect({
          host,
          port: endpoint.port ?? 443,
          servername: isIpLiteral(host) ? undefined : host,
          lookup: pinnedLookup(vetting.target),
          ca: this.trustedCa(),
          // The chain is judged below: an untrusted certificate's expiry is still reported.
          rejectUnauthorized: false,
        });
        const abort = () => socket.destroy(Object.assign(new Error('aborted'), { code: 'ABORT_ERR' }));
        signal.addEventListener('abort', abort, { once: true });
        socket.once('secureConnect', () => {
          const certificate = socket.getPeerCertificate();
          const authorizationError = socket.authorizationError as unknown as Error | string | null;
          resolve({
            validTo: Date.parse(certificate.valid_to),
            authorized: socket.authorized,
            reason:
              authorizationError === null || authorizationError === undefined
                ? null
                : typeof authorizationError === 'string'
                  ? authorizationError
                  : ((authorizationError as NodeJS.ErrnoException).code ?? authorizationError.message),
          });
          signal.removeEventListener('abort', abort);
          socket.end();
        });
        socket.once('error', reject);
      });
    } catch (error) {
      return failureResult(error);
    }
    return this.judgeCertificate(monitor, peer, elapsed(started));
  }

  private judgeCertificate(
    monitor: Monitor,
    peer: { validTo: number; authorized: boolean; reason: string | null },
    responseMs: number,
  ): ProbeResult {
    if (!Number.isFinite(peer.validTo)) return down('the server sent no certificate', responseMs);
    const until = new Date(peer.validTo).toISOString().slice(0, 10);
    const left = peer.validTo - this.clock.now().getTime();
    if (left <= 0) return down(`certificate expired on ${until}`, responseMs);
    // Rounded up: a certificate valid for 2.9 more days "expires in 3 days".
    const days = Math.ceil(left / DAY_MS);
    const expiry = `certificate expires in ${days} day${days === 1 ? '' : 's'} (${until})`;
    const trust = peer.authorized
      ? ''
      : `; ${TARGET_ERRORS[peer.reason ?? ''] ?? `certificate not trusted (${peer.reason})`}`;
    if (days < (monitor.warnDays ?? DEFAULT_WARN_DAYS)) return down(`${expiry}${trust}`, responseMs);
    if (!peer.authorized) return down(`${trust.slice(2)}; ${expiry}`, responseMs);
    return up(expiry, responseMs);
  }

  private async dns(monitor: Monitor, target: string, timeoutMs: number): Promise<ProbeResult> {
    const endpoint = targetEndpoint('dns', target);
    if ('error' in endpoint) return down(`the target must be ${endpoint.error}`);
    const refusal = await this.guard.refusal('dns', endpoint.host);
    if (refusal) return down(refusal);
    const type = monitor.recordType ?? 'A';
    const name = endpoint.host;
    const started = performance.now();
    let values: string[];
    try {
      values = await this.records(name, type, timeoutMs);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOTFOUND' || code === 'ENODATA' || code === 'NOTFOUND' || code === 'NODATA') {
        return down(`no ${type} record for ${name}`, elapsed(started));
      }
      return failureResult(error, `${type} ${name}`);
    }
    const responseMs = elapsed(started);
    if (values.length === 0) return down(`no ${type} record for ${name}`, responseMs);
    const shown = values.slice(0, 5).join(', ');
    if (monitor.expected === null) return up(`${type} ${name} → ${shown}`, responseMs);
    if (!values.some((value) => recordMatches(type, value, monitor.expected as string))) {
      return down(`${type} ${name} → ${shown}, not ${monitor.expected}`.slice(0, 200), responseMs);
    }
    return up(`${type} ${name} → ${shown}`.slice(0, 200), responseMs);
  }

  /**
   * The record's values. A and AAAA come from the system resolver (hosts file, then DNS: what the customer's
   * clients get); CNAME, MX and TXT are asked of DNS itself.
   */
  private async records(name: string, type: NonNullable<Monitor['recordType']>, timeoutMs: number): Promise<string[]> {
    if (type === 'A' || type === 'AAAA') {
      const family = type === 'A' ? 4 : 6;
      if (this.options.lookupAddresses) return this.options.lookupAddresses(name, family);
      return (await dnsLookup(name, { all: true, family })).map((entry) => entry.address);
    }
    const resolver = new Resolver({ timeout: Math.max(100, timeoutMs), tries: 1 });
    if (type === 'CNAME') return resolver.resolveCname(name);
    if (type === 'MX') return (await resolver.resolveMx(name)).map((record) => record.exchange);
    return (await resolver.resolveTxt(name)).map((chunks) => chunks.join(''));
  }

  private async tcp(target: string, signal: AbortSignal): Promise<ProbeResult> {
    const endpoint = targetEndpoint('tcp', target);
    if ('error' in endpoint) return down(`the target must be ${endpoint.error}`);
    const started = performance.now();
    const vetting = await this.guard.vet(endpoint.host);
    if (!vetting.ok) return down(vetting.reason);
    const port = endpoint.port ?? 0;
    try {
      await new Promise<void>((resolve, reject) => {
        const socket = net.connect({ host: vetting.target.address, port });
        const abort = () => socket.destroy();
        signal.addEventListener('abort', abort, { once: true });
        socket.once('connect', () => {
          signal.removeEventListener('abort', abort);
          socket.destroy();
          resolve();
        });
        socket.once('error', reject);
      });
    } catch (error) {
      return failureResult(error, `port ${port}`);
    }
    const responseMs = elapsed(started);
    return up(`port ${port} open in ${responseMs} ms`, responseMs);
  }
}

const normaliseName = (value: string): string => value.toLowerCase().replace(/\.$/, '');

/** Whether one answer is the expected value: addresses and names compare whole, TXT values contain it. */
export const recordMatches = (type: string, value: string, expected: string): boolean => {
  if (type === 'A' || type === 'AAAA') return canonicalAddress(value) === canonicalAddress(expected.trim());
  if (type === 'TXT') return value.includes(expected);
  return normaliseName(value) === normaliseName(expected.trim());
};
