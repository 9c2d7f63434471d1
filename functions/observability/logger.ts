import { LogFormatter, Logger, LogItem } from '@aws-lambda-powertools/logger';
import type { LogAttributes, UnformattedAttributes } from '@aws-lambda-powertools/logger/types';
import { redact, redactText } from './redaction.js';
import { currentRequestContext } from './request-context.js';

/**
 * Powertools' JSON layout plus two things every line gets: the running request's or message's context
 * (`requestId`, `correlationId`, `tenantId`, `userId` — unless the line names them itself) read from the async
 * context, not from logger state another concurrent request could have changed; and redaction of credentials and
 * personal data in the message and every attribute (functions/observability/redaction.ts).
 */
export class OpsdeskLogFormatter extends LogFormatter {
  override formatAttributes(attributes: UnformattedAttributes, additionalLogAttributes: LogAttributes): LogItem {
    const context = currentRequestContext();
    const contextual = context
      ? {
          requestId: context.requestId,
          correlationId: context.correlationId,
          tenantId: context.tenantId,
          userId: context.userId,
        }
      : {};
    const lambda = attributes.lambdaContext;
    return new LogItem({
      attributes: {
        level: attributes.logLevel,
        message: typeof attributes.message === 'string' ? redactText(attributes.message) : attributes.message,
        timestamp: this.formatTimestamp(attributes.timestamp),
        service: attributes.serviceName,
        cold_start: lambda?.coldStart,
        function_arn: lambda?.invokedFunctionArn,
        function_memory_size: lambda?.memoryLimitInMB,
        function_name: lambda?.functionName,
        function_request_id: lambda?.awsRequestId,
        sampling_rate: attributes.sampleRateValue,
        xray_trace_id: attributes.xRayTraceId,
      },
    }).addAttributes(
      redact({ ...contextual, ...additionalLogAttributes }, (error) => this.formatError(error)) as LogAttributes,
    );
  }
}

/** One structured JSON logger per function, created at module scope. */
export const logger = new Logger({
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'opsdesk',
  logFormatter: new OpsdeskLogFormatter(),
});
