import { AsyncLocalStorage } from 'node:async_hooks';
import { daemonAddress, emitDatagram } from './xray-emitter.js';
import {
  type AnnotationValue,
  annotate,
  captureException,
  encodeDatagram,
  formatTraceHeader,
  parseTraceHeader,
  type Subsegment,
  subsegmentName,
  type TraceHeader,
} from './xray-segment.js';

/**
 * X-Ray without an SDK: the subsegments Opsdesk wants, sent to the Lambda X-Ray daemon over UDP
 * (functions/observability/xray-emitter.ts) as the documents X-Ray expects (functions/observability/xray-segment.ts).
 *
 * - the HTTP handlers (the middy middleware `captureLambdaHandler`), the queue consumers and the event target
 *   (`tracedHandler`): a `## <handler>` subsegment annotated `ColdStart` and `Service`;
 * - `traced(name, annotations, fn)`: a subsegment around `fn` (nested calls nest), its error recorded;
 * - `traceClient(client)`: one `aws` subsegment per AWS SDK v3 call, with operation, region, request id, HTTP status,
 *   retries and the error, fault and throttle flags; the call's `X-Amzn-Trace-Id` names that subsegment as parent.
 *
 * Traced only when Lambda traces the invocation: a daemon address (`AWS_XRAY_DAEMON_ADDRESS`, set with active
 * tracing) and a sampled trace header (`Sampled=1` in the invocation's `_X_AMZN_TRACE_ID`, read per invocation).
 * Everywhere else — the local stack, the tests, unsampled invocations — each of these just runs what it was given.
 * Tracing never throws into the work it traces and never waits on the network.
 */

const SERVICE_NAME = process.env.POWERTOOLS_SERVICE_NAME ?? 'opsdesk';

/** The invocation's trace header: the runtime's invoke store (concurrent invocations), else the environment. */
const rawTraceHeader = (): string | undefined => {
  const store = (globalThis as { awslambda?: { InvokeStore?: { getXRayTraceId?: () => string | undefined } } })
    .awslambda?.InvokeStore;
  return store?.getXRayTraceId?.() ?? process.env._X_AMZN_TRACE_ID;
};

interface ActiveTrace {
  readonly raw: string;
  readonly header: TraceHeader & { readonly parent: string };
}

let lastHeader: { raw: string; header: TraceHeader | undefined } | undefined;

/** The running invocation's trace, if it is to be recorded (sampled, with a parent, a daemon to send to). */
const activeTrace = (): ActiveTrace | undefined => {
  if (!process.env.AWS_XRAY_DAEMON_ADDRESS) return undefined;
  const raw = rawTraceHeader();
  if (!raw) return undefined;
  if (lastHeader?.raw !== raw) lastHeader = { raw, header: parseTraceHeader(raw) };
  const header = lastHeader.header;
  if (!header?.sampled || !header.parent || !daemonAddress()) return undefined;
  return { raw, header: header as ActiveTrace['header'] };
};

/** The subsegment `traced`/`tracedHandler` run in (per async call chain). */
const storage = new AsyncLocalStorage<Subsegment>();

/**
 * The `## handler` subsegment of the middy middleware, per trace header: middy's before and after are separate calls,
 * so the middleware cannot run the handler inside `storage`. Keyed by the invocation's header, which is unique per
 * invocation, also when the runtime runs several at once (the header then comes from its invoke store).
 */
const handlerSubsegments = new Map<string, Subsegment>();
const MAX_OPEN_HANDLERS = 64;

/** The subsegment new work hangs under: the innermost open one of this trace, else Lambda's function segment. */
const currentSubsegment = (trace: ActiveTrace): Subsegment | undefined => {
  const stored = storage.getStore();
  if (stored && stored.traceId === trace.header.root && stored.endTime === undefined) return stored;
  return handlerSubsegments.get(trace.raw);
};

/**
 * A 64-bit id in 16 hex digits. The global Web Crypto, touched only when something is traced: importing `node:crypto`
 * would cost every cold start, traced or not.
 */
const newId = (): string => Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(8))).toString('hex');

const open = (trace: ActiveTrace, name: string): Subsegment => ({
  id: newId(),
  traceId: trace.header.root,
  parentId: currentSubsegment(trace)?.id ?? trace.header.parent,
  name: subsegmentName(name),
  startTime: Date.now() / 1000,
});

const close = (subsegment: Subsegment): void => {
  try {
    if (subsegment.endTime !== undefined) return;
    subsegment.endTime = Date.now() / 1000;
    const datagram = encodeDatagram(subsegment);
    if (datagram) emitDatagram(datagram);
  } catch {
    // tracing never fails the traced work
  }
};

/** Errors already recorded with their stack in an inner subsegment: outer ones name them without it. */
const recorded = new WeakSet<object>();

/**
 * `error` in the subsegment's cause; `fault` (a failure of ours or of the service: 5xx, no answer) unless `status`
 * says the caller was refused (4xx: `error`).
 */
const recordError = (subsegment: Subsegment, error: unknown, options: { remote?: boolean; status?: number } = {}) => {
  try {
    const status = options.status;
    if (status !== undefined && status >= 400 && status < 500) subsegment.error = true;
    else subsegment.fault = true;
    const first = !(typeof error === 'object' && error !== null && recorded.has(error));
    if (typeof error === 'object' && error !== null) recorded.add(error);
    subsegment.cause = {
      working_directory: process.cwd(),
      exceptions: [captureException(error, newId(), options.remote ?? false, first)],
    };
  } catch {
    // tracing never fails the traced work
  }
};

const annotateAll = (subsegment: Subsegment, annotations: Record<string, AnnotationValue | null | undefined>) => {
  for (const [key, value] of Object.entries(annotations))
    if (value !== null && value !== undefined && value !== '') annotate(subsegment, key, value);
};

let coldStart = process.env.AWS_LAMBDA_INITIALIZATION_TYPE !== 'provisioned-concurrency';

/** True for the first invocation of this process (not for provisioned concurrency, initialised ahead of time). */
const takeColdStart = (): boolean => {
  const cold = coldStart;
  coldStart = false;
  return cold;
};

const HANDLER_NAME = () => `## ${process.env._HANDLER ?? 'handler'}`;

const openHandler = (trace: ActiveTrace, cold: boolean): Subsegment => {
  const subsegment = open(trace, HANDLER_NAME());
  annotate(subsegment, 'ColdStart', cold);
  annotate(subsegment, 'Service', SERVICE_NAME);
  return subsegment;
};

/** What the rest of the code may ask of the tracer. */
export const tracer = {
  serviceName: SERVICE_NAME,
  /** True while the running invocation is traced and sampled. */
  isTracingEnabled: (): boolean => activeTrace() !== undefined,
  /** An indexed annotation on the innermost open subsegment (nothing outside one). */
  putAnnotation(key: string, value: AnnotationValue): void {
    const trace = activeTrace();
    const subsegment = trace && currentSubsegment(trace);
    if (subsegment) annotate(subsegment, key, value);
  },
  /** Unindexed metadata on the innermost open subsegment; dropped with a note when a datagram would exceed 62 KB. */
  putMetadata(key: string, value: unknown): void {
    const trace = activeTrace();
    const subsegment = trace && currentSubsegment(trace);
    if (!subsegment) return;
    subsegment.metadata ??= {};
    subsegment.metadata[key] = value;
  },
};

export type Tracer = typeof tracer;

/** Runs `fn` with `subsegment` as the innermost open one, recording its error and closing it whatever happens. */
const runIn = <T>(subsegment: Subsegment, fn: () => Promise<T>): Promise<T> =>
  storage.run(subsegment, async () => {
    try {
      return await fn();
    } catch (error) {
      recordError(subsegment, error);
      throw error;
    } finally {
      close(subsegment);
    }
  });

/**
 * `fn` in a subsegment of its own named `name`, annotated (annotations are indexed: a trace can be found by its
 * correlation id or tenant), its error recorded. Untraced, just `fn`.
 */
export const traced = async <T>(
  name: string,
  annotations: Record<string, string | null | undefined>,
  fn: () => Promise<T>,
): Promise<T> => {
  const trace = activeTrace();
  if (!trace) return fn();
  const subsegment = open(trace, name);
  annotateAll(subsegment, annotations);
  return runIn(subsegment, fn);
};

/**
 * A handler that is not a middy chain (queue consumers, the EventBridge target, the authorizer) traced as
 * `captureLambdaHandler` traces one: a `## <handler>` subsegment with the cold-start and service annotations.
 */
export const tracedHandler = <T>(fn: () => Promise<T>): Promise<T> => {
  const cold = takeColdStart();
  const trace = activeTrace();
  if (!trace) return fn();
  const subsegment = openHandler(trace, cold);
  return runIn(subsegment, fn);
};

/** The part of a middy request the middleware reads. */
interface MiddyRequest {
  response?: unknown;
  error?: unknown;
}

const openByRequest = new WeakMap<object, { raw: string; subsegment: Subsegment }>();

const closeHandler = (request: MiddyRequest) => {
  const open = openByRequest.get(request);
  if (!open) return;
  openByRequest.delete(request);
  if (handlerSubsegments.get(open.raw) === open.subsegment) handlerSubsegments.delete(open.raw);
  close(open.subsegment);
};

const statusOf = (response: unknown): number | undefined => {
  const status = (response as { statusCode?: unknown } | null | undefined)?.statusCode;
  return typeof status === 'number' ? status : undefined;
};

/**
 * The middy middleware of the HTTP handlers: a `## <handler>` subsegment around the chain, annotated `ColdStart` and
 * `Service`. An error is recorded as `error` when the response the error middleware made of it is a 4xx (the caller
 * was refused), else as `fault`. Responses are never recorded (they hold personal data): `captureResponse` exists
 * only as Powertools' spelling of that.
 */
export const captureLambdaHandler = (_target: Tracer = tracer, _options: { captureResponse?: false } = {}) => ({
  before: (request: MiddyRequest): void => {
    const cold = takeColdStart();
    const trace = activeTrace();
    if (!trace) return;
    try {
      const subsegment = openHandler(trace, cold);
      if (handlerSubsegments.size >= MAX_OPEN_HANDLERS) handlerSubsegments.clear();
      handlerSubsegments.set(trace.raw, subsegment);
      openByRequest.set(request, { raw: trace.raw, subsegment });
    } catch {
      // tracing never fails the request
    }
  },
  after: (request: MiddyRequest): void => closeHandler(request),
  onError: (request: MiddyRequest): void => {
    const open = openByRequest.get(request);
    if (open) recordError(open.subsegment, request.error, { status: statusOf(request.response) });
    closeHandler(request);
  },
});

/** The smithy middleware stack surface `traceClient` needs (every AWS SDK v3 client has it). */
interface TraceableClient {
  middlewareStack: {
    add: (middleware: unknown, options: Record<string, unknown>) => void;
    remove: (name: string) => boolean;
  };
  config: { region?: unknown };
}

const MIDDLEWARE_NAME = 'opsdeskXRaySubsegment';

const THROTTLING = new Set([
  'ThrottlingException',
  'Throttling',
  'ThrottledException',
  'RequestThrottledException',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'SlowDown',
  'PriorRequestNotComplete',
  'BandwidthLimitExceeded',
  'LimitExceededException',
  'EC2ThrottledException',
  'TransactionInProgressException',
]);

const isThrottling = (error: unknown, status: number | undefined): boolean => {
  if (status === 429) return true;
  const object = error as { name?: unknown; $retryable?: { throttling?: unknown } } | undefined;
  return object?.$retryable?.throttling === true || (typeof object?.name === 'string' && THROTTLING.has(object.name));
};

interface ResponseMetadata {
  httpStatusCode?: number;
  requestId?: string;
  attempts?: number;
}

const regionOf = async (config: TraceableClient['config']): Promise<string | undefined> => {
  try {
    const region = typeof config.region === 'function' ? await config.region() : config.region;
    return typeof region === 'string' ? region : undefined;
  } catch {
    return undefined;
  }
};

/** `aws` and `http` of an SDK call's subsegment (`table_name`/`queue_url` name the resource on the service map). */
const describeCall = async (
  subsegment: Subsegment,
  operation: string,
  config: TraceableClient['config'],
  input: Record<string, unknown> | undefined,
  metadata: ResponseMetadata | undefined,
  contentLength: unknown,
) => {
  const aws: Record<string, string | number> = { operation };
  const region = await regionOf(config);
  if (region) aws.region = region;
  if (metadata?.requestId) aws.request_id = metadata.requestId;
  aws.retries = Math.max(0, (metadata?.attempts ?? 1) - 1);
  if (typeof input?.TableName === 'string') aws.table_name = input.TableName;
  if (typeof input?.QueueUrl === 'string') aws.queue_url = input.QueueUrl;
  subsegment.aws = aws;
  const status = metadata?.httpStatusCode;
  if (typeof status === 'number') {
    subsegment.http = { response: { status } };
    const length = Number(contentLength);
    if (contentLength !== undefined && Number.isFinite(length)) subsegment.http.response.content_length = length;
  }
};

interface HandlerContext {
  clientName?: string;
  commandName?: string;
}

interface HandlerArgs {
  input?: Record<string, unknown>;
  request?: { headers?: Record<string, string> };
}

interface HandlerOutput {
  output?: { $metadata?: ResponseMetadata };
  response?: { headers?: Record<string, string | undefined> };
}

const xrayMiddleware =
  (config: TraceableClient['config']) =>
  (next: (args: HandlerArgs) => Promise<HandlerOutput>, context: HandlerContext) =>
  async (args: HandlerArgs): Promise<HandlerOutput> => {
    const trace = activeTrace();
    if (!trace) return next(args);
    let subsegment: Subsegment;
    let operation: string;
    try {
      operation = (context.commandName ?? 'Unknown').replace(/Command$/, '');
      subsegment = open(trace, (context.clientName ?? 'AWS').replace(/Client$/, ''));
      subsegment.namespace = 'aws';
      const headers = args.request?.headers;
      if (headers && !Object.keys(headers).some((name) => name.toLowerCase() === 'x-amzn-trace-id'))
        headers['X-Amzn-Trace-Id'] = formatTraceHeader(trace.header, subsegment.id);
    } catch {
      return next(args);
    }
    let result: HandlerOutput;
    try {
      result = await next(args);
    } catch (error) {
      try {
        const metadata = (error as { $metadata?: ResponseMetadata } | undefined)?.$metadata;
        await describeCall(subsegment, operation, config, args.input, metadata, undefined);
        const status = metadata?.httpStatusCode;
        if (isThrottling(error, status)) subsegment.throttle = true;
        recordError(subsegment, error, { remote: status !== undefined, status });
      } catch {
        // tracing never replaces the call's error
      }
      close(subsegment);
      throw error;
    }
    try {
      await describeCall(
        subsegment,
        operation,
        config,
        args.input,
        result?.output?.$metadata,
        result?.response?.headers?.['content-length'],
      );
    } catch {
      // tracing never fails the call
    }
    close(subsegment);
    return result;
  };

/**
 * An AWS SDK v3 client whose calls become X-Ray subsegments. Where no daemon is configured at cold start (outside
 * Lambda, or without active tracing) the client is handed back untouched: no middleware, no cost.
 */
export const traceClient = <T>(client: T): T => {
  if (!daemonAddress()) return client;
  try {
    const traceable = client as unknown as TraceableClient;
    traceable.middlewareStack.remove(MIDDLEWARE_NAME);
    traceable.middlewareStack.add(xrayMiddleware(traceable.config), {
      step: 'build',
      name: MIDDLEWARE_NAME,
      tags: ['X_RAY', 'TRACING'],
      override: true,
    });
  } catch {
    // a client without a middleware stack is used untraced
  }
  return client;
};
