import { Tracer } from '@aws-lambda-powertools/tracer';

/**
 * X-Ray through Powertools: the HTTP handlers (middy `captureLambdaHandler`), the queue consumers and the event
 * target (`traced`), and the AWS SDK clients where they are built (`tracer.captureAWSv3Client`). Outside Lambda (no
 * `AWS_EXECUTION_ENV`: the local stack, the tests) the tracer is off and each of these hands back what it was given.
 */
export const tracer = new Tracer({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'opsdesk' });

/** An AWS SDK v3 client whose calls become X-Ray subsegments (in Lambda; the client itself elsewhere). */
export const traceClient = <T>(client: T): T => tracer.captureAWSv3Client(client);

/**
 * `fn` in a subsegment of its own named `name`, annotated (annotations are indexed: a trace can be found by its
 * correlation id or tenant), its error recorded. Outside Lambda, just `fn`.
 */
export const traced = async <T>(
  name: string,
  annotations: Record<string, string | null | undefined>,
  fn: () => Promise<T>,
): Promise<T> => {
  const parent = tracer.isTracingEnabled() ? tracer.getSegment() : undefined;
  if (!parent) return fn();
  const subsegment = parent.addNewSubsegment(name);
  tracer.setSegment(subsegment);
  for (const [key, value] of Object.entries(annotations)) if (value) subsegment.addAnnotation(key, value);
  try {
    return await fn();
  } catch (error) {
    subsegment.addError(error as Error);
    throw error;
  } finally {
    subsegment.close();
    tracer.setSegment(parent);
  }
};

/**
 * A handler that is not a middy chain (queue consumers, the EventBridge target) traced as `captureLambdaHandler`
 * traces one: a `## <handler>` subsegment with the cold-start and service annotations.
 */
export const tracedHandler = <T>(fn: () => Promise<T>): Promise<T> => {
  if (!tracer.isTracingEnabled()) return fn();
  return traced(`## ${process.env._HANDLER ?? 'handler'}`, {}, async () => {
    tracer.annotateColdStart();
    tracer.addServiceNameAnnotation();
    return fn();
  });
};
