/**
 * What an IP address is, for the checker's SSRF guard (issue 13): a monitor may make Opsdesk's checker connect
 * anywhere, so every address it would connect to is classified first and only public ones (and, where the stage
 * allows it, loopback) are reached. Pure: parses IPv4 and IPv6 text itself (no node:net in shared/).
 */

export const ADDRESS_CLASSES = [
  'public',
  'loopback',
  'private',
  'cgnat',
  'link-local',
  'metadata',
  'multicast',
  'unspecified',
  'reserved',
] as const;
export type AddressClass = (typeof ADDRESS_CLASSES)[number];

/** How the classes read in a refusal message. */
const CLASS_NAMES: Record<AddressClass, string> = {
  public: 'public',
  loopback: 'loopback',
  private: 'private network',
  cgnat: 'shared address space (CGNAT)',
  'link-local': 'link-local',
  metadata: 'cloud metadata service',
  multicast: 'multicast',
  unspecified: 'unspecified',
  reserved: 'reserved',
};

/** Parses dotted-quad IPv4 (exactly four decimal parts 0–255, no leading zeros: `010.0.0.1` is ambiguous). */
export const parseIpv4 = (text: string): number[] | null => {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const bytes: number[] = [];
  for (const part of parts) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part)) return null;
    const value = Number(part);
    if (value > 255) return null;
    bytes.push(value);
  }
  return bytes;
};

/** Parses IPv6 text (with `::`, an IPv4 tail, no zone) into 16 bytes. */
export const parseIpv6 = (text: string): number[] | null => {
  if (!text.includes(':') || text.includes('%')) return null;
  let head = text;
  const lastColon = text.lastIndexOf(':');
  if (text.slice(lastColon + 1).includes('.')) {
    // An IPv4 tail (`::ffff:10.0.0.1`) is two more groups.
    const v4 = parseIpv4(text.slice(lastColon + 1));
    if (!v4) return null;
    const [a = 0, b = 0, c = 0, d = 0] = v4;
    head = `${text.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = head.split('::');
  if (halves.length > 2) return null;
  const groups = (part: string): number[] | null => {
    if (part === '') return [];
    const out: number[] = [];
    for (const group of part.split(':')) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return null;
      out.push(Number.parseInt(group, 16));
    }
    return out;
  };
  const left = groups(halves[0] ?? '');
  const right = halves.length === 2 ? groups(halves[1] ?? '') : [];
  if (!left || !right) return null;
  const missing = 8 - left.length - right.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const words = [...left, ...Array<number>(missing).fill(0), ...right];
  return words.flatMap((word) => [word >> 8, word & 0xff]);
};

/** Whether `text` is an IP address literal (IPv4 or IPv6, brackets allowed around IPv6). */
export const isIpLiteral = (text: string): boolean =>
  parseIpv4(text) !== null || parseIpv6(text.replace(/^\[(.*)\]$/, '$1')) !== null;

const inPrefix = (bytes: number[], prefix: number[], bits: number): boolean => {
  for (let bit = 0; bit < bits; bit++) {
    const index = bit >> 3;
    const mask = 0x80 >> (bit & 7);
    if (((bytes[index] ?? 0) & mask) !== ((prefix[index] ?? 0) & mask)) return false;
  }
  return true;
};

const V4_RANGES: [number[], number, AddressClass][] = [
  [[169, 254, 169, 254], 32, 'metadata'],
  [[0, 0, 0, 0], 8, 'unspecified'],
  [[10, 0, 0, 0], 8, 'private'],
  [[100, 64, 0, 0], 10, 'cgnat'],
  [[127, 0, 0, 0], 8, 'loopback'],
  [[169, 254, 0, 0], 16, 'link-local'],
  [[172, 16, 0, 0], 12, 'private'],
  [[192, 0, 0, 0], 24, 'reserved'],
  [[192, 0, 2, 0], 24, 'reserved'],
  [[192, 88, 99, 0], 24, 'reserved'],
  [[192, 168, 0, 0], 16, 'private'],
  [[198, 18, 0, 0], 15, 'reserved'],
  [[198, 51, 100, 0], 24, 'reserved'],
  [[203, 0, 113, 0], 24, 'reserved'],
  [[224, 0, 0, 0], 4, 'multicast'],
  [[240, 0, 0, 0], 4, 'reserved'],
];

const classifyV4 = (bytes: number[]): AddressClass =>
  V4_RANGES.find(([prefix, bits]) => inPrefix(bytes, prefix, bits))?.[2] ?? 'public';

/** fd00:ec2::254, the EC2 instance metadata service over IPv6. */
const EC2_METADATA_V6 = parseIpv6('fd00:ec2::254') as number[];

const classifyV6 = (bytes: number[]): AddressClass => {
  const zeroUpTo = (end: number) => bytes.slice(0, end).every((byte) => byte === 0);
  if (zeroUpTo(16)) return 'unspecified';
  if (zeroUpTo(15) && bytes[15] === 1) return 'loopback';
  // IPv4-mapped (::ffff:a.b.c.d): the connection goes to the IPv4 address.
  if (zeroUpTo(10) && bytes[10] === 0xff && bytes[11] === 0xff) return classifyV4(bytes.slice(12));
  // NAT64 (64:ff9b::/96) reaches the embedded IPv4 address.
  if (inPrefix(bytes, [0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0], 96)) return classifyV4(bytes.slice(12));
  // IPv4-compatible (::a.b.c.d, deprecated) and the rest of ::/8.
  if (bytes[0] === 0) return 'reserved';
  // 6to4 (2002::/16) embeds an IPv4 address too.
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return classifyV4(bytes.slice(2, 6));
  if (bytes.every((byte, index) => byte === EC2_METADATA_V6[index])) return 'metadata';
  if (bytes[0] === 0xff) return 'multicast';
  if (inPrefix(bytes, [0xfe, 0x80], 10)) return 'link-local';
  // Unique local (fc00::/7) and the deprecated site-local (fec0::/10).
  if (inPrefix(bytes, [0xfc], 7) || inPrefix(bytes, [0xfe, 0xc0], 10)) return 'private';
  // Documentation (2001:db8::/32), Teredo (2001::/32), ORCHID and benchmarking (2001:0::/23).
  if (inPrefix(bytes, [0x20, 0x01, 0x0d, 0xb8], 32) || inPrefix(bytes, [0x20, 0x01, 0x00, 0x00], 23)) return 'reserved';
  // Global unicast is 2000::/3; everything else is not routed on the internet.
  return inPrefix(bytes, [0x20], 3) ? 'public' : 'reserved';
};

/** The class of an IP address literal, or null when `address` is not one (a name). */
export const classifyAddress = (address: string): AddressClass | null => {
  const v4 = parseIpv4(address);
  if (v4) return classifyV4(v4);
  const v6 = parseIpv6(address.replace(/^\[(.*)\]$/, '$1'));
  return v6 ? classifyV6(v6) : null;
};

/** What the guard allows besides public addresses: loopback where the stage says so (local demos and tests). */
export interface AddressPolicy {
  allowLoopback: boolean;
}

/**
 * Why the checker may not connect to `address`, or null when it may. Only public addresses pass, and loopback
 * with `allowLoopback`; link-local and the metadata service never do, nor 0.0.0.0 and :: (which reach this machine).
 */
export const addressRefusal = (address: string, policy: AddressPolicy): string | null => {
  const kind = classifyAddress(address);
  if (kind === null) return `${address} is not an IP address`;
  if (kind === 'public' || (kind === 'loopback' && policy.allowLoopback)) return null;
  return `the address ${address} (${CLASS_NAMES[kind]}) may not be checked`;
};

/** The canonical text of an address (IPv6 lower-case and fully compressed), to compare DNS answers. */
export const canonicalAddress = (address: string): string => {
  if (parseIpv4(address)) return address;
  const bytes = parseIpv6(address.replace(/^\[(.*)\]$/, '$1'));
  if (!bytes) return address.toLowerCase();
  const words = Array.from({ length: 8 }, (_, index) => ((bytes[index * 2] ?? 0) << 8) | (bytes[index * 2 + 1] ?? 0));
  // The longest run of two or more zero words becomes `::` (RFC 5952).
  let best = { start: -1, length: 0 };
  for (let start = 0; start < 8; start++) {
    let length = 0;
    while (start + length < 8 && words[start + length] === 0) length++;
    if (length > best.length && length > 1) best = { start, length };
  }
  const hex = words.map((word) => word.toString(16));
  if (best.start < 0) return hex.join(':');
  return `${hex.slice(0, best.start).join(':')}::${hex.slice(best.start + best.length).join(':')}`;
};
