/**
 * X-Ray's wire format, pure: the trace header Lambda hands each invocation, the subsegment documents the tracer sends
 * and the datagram that carries one to the daemon. No I/O here (functions/observability/xray-emitter.ts sends).
 *
 * A subsegment sent on its own names its trace and its parent (`type: "subsegment"`, `trace_id`, `parent_id`); the
 * daemon forwards it and X-Ray nests it under the Lambda function's segment (the header's `Parent`) or under the
 * subsegment it names. https://docs.aws.amazon.com/xray/latest/devguide/xray-api-segmentdocuments.html
 */

/** `Root=1-…;Parent=…;Sampled=1` (and fields we carry along untouched, such as `Lineage`). */
export interface TraceHeader {
  readonly root: string;
  /** The segment (Lambda's function segment) or subsegment the work hangs under. */
  readonly parent: string | undefined;
  /** `Sampled=1`: only then is anything sent. `Sampled=0` or no decision: nothing. */
  readonly sampled: boolean;
  /** Other `key=value` fields, in order, forwarded to downstream calls as they came. */
  readonly extra: readonly string[];
}

const TRACE_ID = /^1-[0-9a-f]{8}-[0-9a-f]{24}$/;
const SEGMENT_ID = /^[0-9a-f]{16}$/;

/** The header's fields, or undefined when there is no usable trace (no header, a malformed Root or Parent). */
export const parseTraceHeader = (header: string | undefined | null): TraceHeader | undefined => {
  if (!header) return undefined;
  let root: string | undefined;
  let parent: string | undefined;
  let sampled = false;
  const extra: string[] = [];
  for (const field of header.split(';')) {
    const at = field.indexOf('=');
    if (at < 0) continue;
    const key = field.slice(0, at).trim();
    const value = field.slice(at + 1).trim();
    if (key === 'Root') root = value;
    else if (key === 'Parent') parent = value;
    else if (key === 'Sampled') sampled = value === '1';
    else if (key) extra.push(`${key}=${value}`);
  }
  if (!root || !TRACE_ID.test(root)) return undefined;
  if (parent !== undefined && !SEGMENT_ID.test(parent)) return undefined;
  return { root, parent, sampled, extra };
};

/** The header a downstream call gets: the same trace, with `parent` (our subsegment) as its parent. */
export const formatTraceHeader = (header: TraceHeader, parent: string): string =>
  [`Root=${header.root}`, `Parent=${parent}`, `Sampled=${header.sampled ? 1 : 0}`, ...header.extra].join(';');

export type AnnotationValue = string | number | boolean;

export interface StackFrame {
  path: string;
  line?: number;
  label: string;
}

export interface CapturedException {
  id: string;
  message: string;
  type: string;
  remote?: boolean;
  stack?: StackFrame[];
}

/** An open or closed subsegment: what `subsegmentDocument` turns into JSON. */
export interface Subsegment {
  readonly id: string;
  readonly traceId: string;
  readonly parentId: string;
  readonly name: string;
  readonly startTime: number;
  endTime?: number;
  namespace?: 'aws' | 'remote';
  annotations?: Record<string, AnnotationValue>;
  metadata?: Record<string, unknown>;
  aws?: Record<string, string | number>;
  http?: { response: { status?: number; content_length?: number } };
  error?: boolean;
  fault?: boolean;
  throttle?: boolean;
  cause?: { working_directory?: string; exceptions: CapturedException[] };
}

/** X-Ray's limits: at most 50 annotations, keys of letters, digits and underscores, strings up to 1,000 characters. */
const MAX_ANNOTATIONS = 50;
const MAX_ANNOTATION_STRING = 1000;
const MAX_NAME = 200;
const MAX_STACK_FRAMES = 10;

/** A key X-Ray indexes: other characters become `_` (X-Ray drops an annotation whose key has them). */
export const annotationKey = (key: string): string => key.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 250);

/** Adds an annotation within X-Ray's limits (the 51st and later are dropped, long strings cut). */
export const annotate = (subsegment: Subsegment, key: string, value: AnnotationValue): void => {
  subsegment.annotations ??= {};
  const name = annotationKey(key);
  if (!(name in subsegment.annotations) && Object.keys(subsegment.annotations).length >= MAX_ANNOTATIONS) return;
  subsegment.annotations[name] =
    typeof value === 'string' && value.length > MAX_ANNOTATION_STRING ? value.slice(0, MAX_ANNOTATION_STRING) : value;
};

/** Subsegment names may hold letters, digits, spaces and `_.:/%&#=+\-@`, up to 200 characters. */
export const subsegmentName = (name: string): string =>
  name.replace(/[^\p{L}\p{N}\s_.:/%&#=+\\\-@]/gu, '_').slice(0, MAX_NAME) || 'subsegment';

/** `at label (path:line:column)` or `at path:line:column` → X-Ray's stack frame; up to ten frames. */
export const stackFrames = (stack: string | undefined): StackFrame[] => {
  if (!stack) return [];
  const frames: StackFrame[] = [];
  for (const raw of stack.split('\n')) {
    const line = raw.trim();
    if (!line.startsWith('at ')) continue;
    const body = line.slice(3);
    const open = body.lastIndexOf(' (');
    const label = open >= 0 ? body.slice(0, open) : 'anonymous';
    const location = open >= 0 ? body.slice(open + 2, body.endsWith(')') ? -1 : undefined) : body;
    const match = /^(.*?):(\d+)(?::\d+)?$/.exec(location);
    frames.push(match ? { path: match[1] ?? location, line: Number(match[2]), label } : { path: location, label });
    if (frames.length >= MAX_STACK_FRAMES) break;
  }
  return frames;
};

/** The exception as X-Ray shows it (`remote`: it came back from a service we called). */
export const captureException = (
  error: unknown,
  id: string,
  remote: boolean,
  withStack: boolean,
): CapturedException => {
  const object =
    typeof error === 'object' && error !== null
      ? (error as { name?: unknown; message?: unknown; stack?: unknown })
      : {};
  const message = typeof object.message === 'string' ? object.message : String(error);
  return {
    id,
    message: message.slice(0, 1000),
    type: typeof object.name === 'string' ? object.name : typeof error,
    ...(remote ? { remote: true } : {}),
    ...(withStack && typeof object.stack === 'string' ? { stack: stackFrames(object.stack) } : {}),
  };
};

/** The JSON object X-Ray expects for an independently sent subsegment. */
export const subsegmentDocument = (subsegment: Subsegment): Record<string, unknown> => {
  const document: Record<string, unknown> = {
    id: subsegment.id,
    trace_id: subsegment.traceId,
    parent_id: subsegment.parentId,
    type: 'subsegment',
    name: subsegment.name,
    start_time: subsegment.startTime,
  };
  if (subsegment.endTime === undefined) document.in_progress = true;
  else document.end_time = subsegment.endTime;
  if (subsegment.namespace) document.namespace = subsegment.namespace;
  if (subsegment.aws) document.aws = subsegment.aws;
  if (subsegment.http) document.http = subsegment.http;
  if (subsegment.error) document.error = true;
  if (subsegment.fault) document.fault = true;
  if (subsegment.throttle) document.throttle = true;
  if (subsegment.cause) document.cause = subsegment.cause;
  if (subsegment.annotations) document.annotations = subsegment.annotations;
  if (subsegment.metadata) document.metadata = { default: subsegment.metadata };
  return document;
};

/** The daemon's protocol header: one line before each document. */
export const DAEMON_HEADER = '{"format":"json","version":1}\n';

/**
 * The largest datagram we send. X-Ray takes documents up to 64 kB; an IPv4 UDP payload is at most 65,507 bytes. A
 * margin below both.
 */
export const MAX_DATAGRAM_BYTES = 62 * 1024;

/**
 * The datagram for `subsegment`, under `maxBytes`: if it is too large, the metadata is replaced by a note of how many
 * bytes were dropped, then the stack frames go; a subsegment still too large (it cannot be, with bounded annotations,
 * names and messages) is not sent (undefined). Never throws: unserialisable metadata (a cycle, a BigInt) is dropped
 * the same way.
 */
export const encodeDatagram = (subsegment: Subsegment, maxBytes = MAX_DATAGRAM_BYTES): Buffer | undefined => {
  const encode = (document: Record<string, unknown>): Buffer | undefined => {
    try {
      return Buffer.from(DAEMON_HEADER + JSON.stringify(document), 'utf8');
    } catch {
      return undefined;
    }
  };
  const document = subsegmentDocument(subsegment);
  const full = encode(document);
  if (full && full.length <= maxBytes) return full;
  if (document.metadata !== undefined) {
    document.metadata = {
      default: {
        truncated: full ? `metadata dropped: the document was ${full.length} bytes` : 'metadata dropped: not JSON',
      },
    };
    const lean = encode(document);
    if (lean && lean.length <= maxBytes) return lean;
  }
  if (subsegment.cause) {
    document.cause = {
      ...subsegment.cause,
      exceptions: subsegment.cause.exceptions.map(({ stack: _stack, ...exception }) => exception),
    };
    const leaner = encode(document);
    if (leaner && leaner.length <= maxBytes) return leaner;
  }
  return undefined;
};
