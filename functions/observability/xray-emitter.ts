import { createSocket, type Socket } from 'node:dgram';

/**
 * Sends subsegment datagrams to the X-Ray daemon (in Lambda the one the runtime runs, at `AWS_XRAY_DAEMON_ADDRESS`):
 * one UDP socket per process, created on first use and unref'd so it never keeps the process (or a test) alive; each
 * send is fire and forget, and a failure — a bad address, a full buffer, a closed socket — is swallowed: tracing never
 * fails or slows the work it traces.
 */

export interface DaemonAddress {
  readonly host: string;
  readonly port: number;
}

/**
 * `host:port`, or the daemon's two-protocol form `tcp:host:port udp:host:port` (the UDP one is ours). Undefined when
 * unset or unreadable.
 */
export const parseDaemonAddress = (value: string | undefined): DaemonAddress | undefined => {
  if (!value) return undefined;
  const parts = value.trim().split(/\s+/);
  const udp = parts.find((part) => part.startsWith('udp:'))?.slice(4) ?? (parts.length === 1 ? parts[0] : undefined);
  if (!udp) return undefined;
  const at = udp.lastIndexOf(':');
  const host = udp.slice(0, at).replace(/^\[(.*)\]$/, '$1');
  const port = Number(udp.slice(at + 1));
  if (at <= 0 || !host || !Number.isInteger(port) || port <= 0 || port > 65_535) return undefined;
  return { host, port };
};

let cached: { value: string; address: DaemonAddress | undefined } | undefined;

/** The daemon's address from the environment (read each time, parsed once per value). */
export const daemonAddress = (): DaemonAddress | undefined => {
  const value = process.env.AWS_XRAY_DAEMON_ADDRESS;
  if (!value) return undefined;
  if (cached?.value !== value) cached = { value, address: parseDaemonAddress(value) };
  return cached.address;
};

type Family = 'udp4' | 'udp6';
const sockets: Partial<Record<Family, Socket>> = {};

const openSocket = (family: Family): Socket => {
  const created = createSocket(family);
  created.on('error', () => {
    // The socket is gone for good: drop it, the next datagram opens a fresh one.
    if (sockets[family] === created) delete sockets[family];
    try {
      created.close();
    } catch {
      // already closed
    }
  });
  created.unref();
  return created;
};

/** Sends `datagram` to the daemon and returns at once; never throws. */
export const emitDatagram = (datagram: Uint8Array, address: DaemonAddress | undefined = daemonAddress()): void => {
  if (!address) return;
  const family: Family = address.host.includes(':') ? 'udp6' : 'udp4';
  try {
    sockets[family] ??= openSocket(family);
    sockets[family].send(datagram, address.port, address.host, () => undefined);
  } catch {
    delete sockets[family];
  }
};
