import { describe, expect, it } from 'vitest';
import {
  addressRefusal,
  canonicalAddress,
  classifyAddress,
  isIpLiteral,
  parseIpv6,
} from '../../../shared/monitoring/addresses.js';

describe('classifyAddress', () => {
  it.each([
    ['8.8.8.8', 'public'],
    ['172.32.0.1', 'public'],
    ['2606:4700:4700::1111', 'public'],
    ['::ffff:8.8.8.8', 'public'],
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['fd00::1', 'private'],
    ['fc00::1', 'private'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:a00:1', 'private'],
    ['64:ff9b::10.0.0.1', 'private'],
    ['2002:c0a8:101::1', 'private'],
    ['100.64.0.1', 'cgnat'],
    ['100.127.255.255', 'cgnat'],
    ['169.254.169.254', 'metadata'],
    ['fd00:ec2::254', 'metadata'],
    ['::ffff:169.254.169.254', 'metadata'],
    ['169.254.1.1', 'link-local'],
    ['fe80::1', 'link-local'],
    ['febf::1', 'link-local'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['ff02::1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['::', 'unspecified'],
    ['255.255.255.255', 'reserved'],
    ['192.0.2.1', 'reserved'],
    ['2001:db8::1', 'reserved'],
    ['::10.0.0.1', 'reserved'],
    ['[::1]', 'loopback'],
  ])('%s is %s', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });

  it.each(['example.org', '1.2.3', '1.2.3.4.5', '256.1.1.1', '010.0.0.1', '1::2::3', 'fe80::1%eth0', '12345::1', ''])(
    '%s is not an address',
    (text) => {
      expect(classifyAddress(text)).toBeNull();
      expect(isIpLiteral(text)).toBe(false);
    },
  );

  it('parses IPv6 with an IPv4 tail into 16 bytes', () => {
    expect(parseIpv6('::ffff:10.0.0.1')).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 255, 255, 10, 0, 0, 1]);
    expect(parseIpv6('1:2:3:4:5:6:7:8')?.length).toBe(16);
    expect(parseIpv6('1:2:3:4:5:6:7:8:9')).toBeNull();
  });
});

describe('addressRefusal', () => {
  const refused = [
    '10.0.0.1',
    '172.16.5.5',
    '192.168.0.10',
    '100.64.0.1',
    '169.254.169.254',
    '169.254.0.1',
    'fd00::1',
    'fe80::1',
    '::ffff:10.0.0.1',
    '0.0.0.0',
    '::',
    '224.0.0.251',
    'ff02::1',
    'fd00:ec2::254',
  ];

  it.each(refused)('refuses %s with and without allowLoopback', (address) => {
    expect(addressRefusal(address, { allowLoopback: false })).toMatch(/may not be checked/);
    expect(addressRefusal(address, { allowLoopback: true })).toMatch(/may not be checked/);
  });

  it('allows loopback only with allowLoopback', () => {
    expect(addressRefusal('127.0.0.1', { allowLoopback: false })).toBe(
      'the address 127.0.0.1 (loopback) may not be checked',
    );
    expect(addressRefusal('::1', { allowLoopback: false })).toMatch(/loopback/);
    expect(addressRefusal('127.0.0.1', { allowLoopback: true })).toBeNull();
    expect(addressRefusal('::1', { allowLoopback: true })).toBeNull();
    expect(addressRefusal('::ffff:127.0.0.1', { allowLoopback: true })).toBeNull();
  });

  it('names the class of a refused address', () => {
    expect(addressRefusal('169.254.169.254', { allowLoopback: true })).toBe(
      'the address 169.254.169.254 (cloud metadata service) may not be checked',
    );
    expect(addressRefusal('10.1.1.1', { allowLoopback: false })).toBe(
      'the address 10.1.1.1 (private network) may not be checked',
    );
  });

  it('allows public addresses', () => {
    expect(addressRefusal('93.184.216.34', { allowLoopback: false })).toBeNull();
    expect(addressRefusal('2a00:1450:4001:80b::200e', { allowLoopback: false })).toBeNull();
  });
});

describe('canonicalAddress', () => {
  it('compresses IPv6 the one way so DNS answers compare', () => {
    expect(canonicalAddress('2001:0DB8:0000:0000:0000:0000:0000:0001')).toBe('2001:db8::1');
    expect(canonicalAddress('0:0:0:0:0:0:0:1')).toBe('::1');
    expect(canonicalAddress('1:0:0:2:0:0:0:3')).toBe('1:0:0:2::3');
    expect(canonicalAddress('10.0.0.1')).toBe('10.0.0.1');
  });
});
