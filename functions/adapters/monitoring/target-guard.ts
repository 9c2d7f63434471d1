import { lookup as dnsLookup } from 'node:dns/promises';
import { addressRefusal, isIpLiteral, parseIpv4, parseIpv6 } from '../../../shared/monitoring/addresses.js';
import type { TargetGuard } from '../../../shared/monitoring/ports.js';

/** One address a name resolves to, as `dns.lookup({ all: true })` answers. */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to all its addresses (the system resolver by default; tests inject their own). */
export type Resolve = (host: string) => Promise<ResolvedAddress[]>;

export interface TargetGuardOptions {
  /** Loopback (127.0.0.0/8, ::1) may be checked: the local stack and tests, never AWS. */
  allowLoopback: boolean;
  /** Host names the checker never reaches: the provider's own endpoints (API, web, auth domains). */
  refuseHosts?: string[];
  /** How names are resolved (default: the system resolver, as `dns.lookup` with all answers). */
  resolve?: Resolve;
}

/** Where a check connects: the name it asked for, and the one address vetted for it (pinned). */
export interface VettedHost {
  host: string;
  address: string;
  family: 4 | 6;
}

/** `unresolved`: the name has no address (now) — not a refusal, the check itself reports it as down. */
export type Vetting = { ok: true; target: VettedHost } | { ok: false; reason: string; unresolved?: boolean };

export const systemResolve: Resolve = async (host) =>
  (await dnsLookup(host, { all: true, verbatim: true })).map((entry) => ({
    address: entry.address,
    family: entry.family === 6 ? 6 : 4,
  }));

/** Host names: letters, digits, hyphens and dots (a trailing dot allowed), labels of at most 63. */
const HOST_NAME =
  /^(?=.{1,253}\.?$)[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9])?)*\.?$/;

const normaliseHost = (host: string): string =>
  host
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '')
    .toLowerCase();

/** The host and port of a monitor's target for a kind, or the reason the target is not one. */
export const targetEndpoint = (
  kind: 'http' | 'tls' | 'dns' | 'tcp',
  target: string,
): { host: string; port: number | null } | { error: string } => {
  if (kind === 'http' || kind === 'tls') {
    // tls takes a URL (`https://host:port/`) or a bare `host[:port]`.
    const text = kind === 'tls' && !/^[a-z]+:\/\//i.test(target) ? `https://${target}` : target;
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return { error: 'a URL such as https://www.example.org/' };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { error: 'an http:// or https:// URL' };
    if (kind === 'tls' && url.protocol !== 'https:') return { error: 'an https:// URL' };
    if (url.username || url.password) return { error: 'a URL without user name or password' };
    const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
    return { host: normaliseHost(url.hostname), port };
  }
  if (kind === 'dns') {
    const host = normaliseHost(target);
    if (isIpLiteral(host) || !HOST_NAME.test(host)) return { error: 'a host name such as www.example.org' };
    return { host, port: null };
  }
  const match = /^(\[[0-9a-fA-F:.]+\]|[^:[\]]+):([0-9]{1,5})$/.exec(target);
  const port = Number(match?.[2]);
  if (!match?.[1] || !(port >= 1 && port <= 65_535)) return { error: 'host:port, such as db.example.org:5432' };
  return { host: normaliseHost(match[1]), port };
};

/**
 * The SSRF guard (issue 13): resolves a target's name, classifies EVERY address it resolves to, and refuses the
 * target if any one of them may not be reached (a name with a public and a private answer is refused: the client
 * could pick either). Loopback only with `allowLoopback`; link-local, the metadata service, private, CGNAT,
 * multicast, unspecified and reserved ranges never; nor the provider's own host names.
 *
 * `vet` also hands the checker the address to connect to, so the connection goes to exactly the address that was
 * checked: a second DNS answer (rebinding) cannot move it.
 */
export class ResolvingTargetGuard implements TargetGuard {
  private readonly resolve: Resolve;
  private readonly refused: Set<string>;

  constructor(private readonly options: TargetGuardOptions) {
    this.resolve = options.resolve ?? systemResolve;
    this.refused = new Set((options.refuseHosts ?? []).map(normaliseHost));
  }

  async refusal(kind: 'http' | 'tls' | 'dns' | 'tcp', target: string): Promise<string | null> {
    const endpoint = targetEndpoint(kind, target);
    if ('error' in endpoint) return `the target must be ${endpoint.error}`;
    if (kind === 'dns') return this.nameRefusal(endpoint.host);
    const vetting = await this.vet(endpoint.host);
    // A name that does not resolve (yet) reaches nothing: the monitor may be created and will report it as down.
    return vetting.ok || vetting.unresolved ? null : vetting.reason;
  }

  /** The provider's own names are refused for every kind (its API, web and auth domains). */
  private nameRefusal(host: string): string | null {
    const name = normaliseHost(host);
    if (this.refused.has(name)) return `${name} is Opsdesk’s own endpoint and may not be checked`;
    return null;
  }

  /** Resolves `host` once and vets every answer; the first address is the one to connect to. */
  async vet(host: string): Promise<Vetting> {
    const name = normaliseHost(host);
    const named = this.nameRefusal(name);
    if (named) return { ok: false, reason: named };
    if (isIpLiteral(name)) {
      const reason = addressRefusal(name, this.options);
      return reason
        ? { ok: false, reason }
        : { ok: true, target: { host: name, address: name, family: parseIpv4(name) ? 4 : 6 } };
    }
    if (!HOST_NAME.test(name)) return { ok: false, reason: `${host} is not a host name` };
    let answers: ResolvedAddress[];
    try {
      answers = await this.resolve(name);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOTFOUND' || code === 'ENODATA') {
        return { ok: false, reason: `${name} does not resolve`, unresolved: true };
      }
      return {
        ok: false,
        reason: `${name} could not be resolved (${code ?? (error as Error).message})`,
        unresolved: true,
      };
    }
    if (answers.length === 0) return { ok: false, reason: `${name} does not resolve`, unresolved: true };
    for (const answer of answers) {
      const reason = addressRefusal(answer.address, this.options);
      if (reason) return { ok: false, reason: `${name} resolves to ${answer.address}: ${reason}` };
    }
    const [first] = answers as [ResolvedAddress];
    const family = parseIpv6(first.address) ? 6 : 4;
    return { ok: true, target: { host: name, address: first.address, family } };
  }
}
