import { describe, expect, it } from 'vitest';
import { parseDaemonAddress } from '../../../functions/observability/xray-emitter.js';
import {
  annotate,
  DAEMON_HEADER,
  encodeDatagram,
  formatTraceHeader,
  parseTraceHeader,
  type Subsegment,
  stackFrames,
  subsegmentDocument,
  subsegmentName,
} from '../../../functions/observability/xray-segment.js';

const ROOT = '1-5759e988-bd862e3fe1be46a994272793';
const PARENT = '53995c3f42cd8ad8';

const subsegment = (extra: Partial<Subsegment> = {}): Subsegment => ({
  id: '0123456789abcdef',
  traceId: ROOT,
  parentId: PARENT,
  name: 'work',
  startTime: 1_700_000_000.123,
  endTime: 1_700_000_000.456,
  ...extra,
});

describe('parseTraceHeader', () => {
  it('reads Root, Parent and Sampled, and keeps other fields in order for downstream calls', () => {
    const header = parseTraceHeader(`Root=${ROOT};Parent=${PARENT};Sampled=1;Lineage=a87bd80c:1|68fd508a:5`);
    expect(header).toEqual({ root: ROOT, parent: PARENT, sampled: true, extra: ['Lineage=a87bd80c:1|68fd508a:5'] });
    expect(formatTraceHeader(header!, 'fedcba9876543210')).toBe(
      `Root=${ROOT};Parent=fedcba9876543210;Sampled=1;Lineage=a87bd80c:1|68fd508a:5`,
    );
  });

  it('tells unsampled and undecided traces from sampled ones', () => {
    expect(parseTraceHeader(`Root=${ROOT};Parent=${PARENT};Sampled=0`)?.sampled).toBe(false);
    expect(parseTraceHeader(`Root=${ROOT};Parent=${PARENT}`)?.sampled).toBe(false);
    expect(parseTraceHeader(`Sampled=1;Parent=${PARENT};Root=${ROOT}`)?.sampled).toBe(true);
  });

  it('gives nothing for a missing or malformed header', () => {
    expect(parseTraceHeader(undefined)).toBeUndefined();
    expect(parseTraceHeader('')).toBeUndefined();
    expect(parseTraceHeader('Root=nonsense;Sampled=1')).toBeUndefined();
    expect(parseTraceHeader(`Root=${ROOT};Parent=not-hex;Sampled=1`)).toBeUndefined();
    expect(parseTraceHeader(`Parent=${PARENT};Sampled=1`)).toBeUndefined();
  });

  it('accepts a root without a parent (nothing can hang under it: the tracer then sends nothing)', () => {
    expect(parseTraceHeader(`Root=${ROOT};Sampled=1`)).toMatchObject({ root: ROOT, parent: undefined, sampled: true });
  });
});

describe('parseDaemonAddress', () => {
  it('reads host:port and the UDP half of the two-protocol form', () => {
    expect(parseDaemonAddress('169.254.79.129:2000')).toEqual({ host: '169.254.79.129', port: 2000 });
    expect(parseDaemonAddress('tcp:127.0.0.1:2000 udp:127.0.0.2:2001')).toEqual({ host: '127.0.0.2', port: 2001 });
    expect(parseDaemonAddress('[::1]:2000')).toEqual({ host: '::1', port: 2000 });
  });

  it('gives nothing for an unset or unreadable address', () => {
    expect(parseDaemonAddress(undefined)).toBeUndefined();
    expect(parseDaemonAddress('localhost')).toBeUndefined();
    expect(parseDaemonAddress('127.0.0.1:99999')).toBeUndefined();
    expect(parseDaemonAddress('tcp:127.0.0.1:2000 tcp:127.0.0.1:2001')).toBeUndefined();
  });
});

describe('subsegment documents', () => {
  it('are independent subsegments naming their trace and parent, with only the fields that are set', () => {
    expect(subsegmentDocument(subsegment())).toEqual({
      id: '0123456789abcdef',
      trace_id: ROOT,
      parent_id: PARENT,
      type: 'subsegment',
      name: 'work',
      start_time: 1_700_000_000.123,
      end_time: 1_700_000_000.456,
    });
    expect(subsegmentDocument(subsegment({ endTime: undefined }))).toMatchObject({ in_progress: true });
  });

  it('keep annotations within X-Ray’s limits: key characters, string length, fifty at most', () => {
    const open = subsegment();
    annotate(open, 'tenant-id', 'x'.repeat(2000));
    for (let index = 0; index < 60; index++) annotate(open, `key${index}`, index);
    expect(open.annotations?.tenant_id).toHaveLength(1000);
    expect(Object.keys(open.annotations ?? {})).toHaveLength(50);
    expect(subsegmentName('## index.handler')).toBe('## index.handler');
    expect(subsegmentName('a<b>c')).toBe('a_b_c');
  });

  it('turn a V8 stack into X-Ray frames', () => {
    const frames = stackFrames(
      'Error: boom\n    at run (/var/task/index.mjs:12:34)\n    at /var/task/index.mjs:56:7\n    at async Promise.all (index 0)',
    );
    expect(frames.slice(0, 2)).toEqual([
      { path: '/var/task/index.mjs', line: 12, label: 'run' },
      { path: '/var/task/index.mjs', line: 56, label: 'anonymous' },
    ]);
  });
});

describe('encodeDatagram', () => {
  const decode = (datagram: Buffer | undefined) => {
    const text = datagram?.toString('utf8') ?? '';
    expect(text.startsWith(DAEMON_HEADER)).toBe(true);
    return JSON.parse(text.slice(DAEMON_HEADER.length));
  };

  it('prefixes the daemon header to the document', () => {
    expect(decode(encodeDatagram(subsegment()))).toEqual(subsegmentDocument(subsegment()));
  });

  it('drops metadata that would overflow the datagram, saying so, and keeps everything else', () => {
    const big = subsegment({ metadata: { blob: 'x'.repeat(5000) }, annotations: { tenantId: 't-1' } });
    const datagram = encodeDatagram(big, 2000);
    expect(datagram!.length).toBeLessThanOrEqual(2000);
    const document = decode(datagram);
    expect(document.metadata.default.truncated).toMatch(/^metadata dropped: the document was \d+ bytes$/);
    expect(document.annotations).toEqual({ tenantId: 't-1' });
  });

  it('drops metadata that is not JSON instead of throwing', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(decode(encodeDatagram(subsegment({ metadata: { cyclic, big: 1n } }))).metadata.default.truncated).toBe(
      'metadata dropped: not JSON',
    );
  });

  it('drops stack frames next, and sends nothing rather than an oversize datagram', () => {
    const stack = Array.from({ length: 10 }, (_, index) => ({
      path: `/var/task/${'p'.repeat(200)}.mjs`,
      line: index,
      label: 'f',
    }));
    const failing = subsegment({
      fault: true,
      cause: { exceptions: [{ id: 'aaaaaaaaaaaaaaaa', message: 'boom', type: 'Error', stack }] },
    });
    const document = decode(encodeDatagram(failing, 1000));
    expect(document.cause.exceptions).toEqual([{ id: 'aaaaaaaaaaaaaaaa', message: 'boom', type: 'Error' }]);
    expect(encodeDatagram(failing, 100)).toBeUndefined();
  });
});
