import type { MessageAttributeValue } from '@aws-sdk/client-sqs';
import type { SQSRecord } from 'aws-lambda';
import {
  acceptedCorrelationId,
  currentRequestContext,
  type RequestContext,
} from '../../observability/request-context.js';

/**
 * The request context a message carries from its sender to its consumer, as SQS message attributes (not in the
 * body: the body is the domain's contract, and FIFO deduplication ids stay what they were).
 */
export const MESSAGE_CONTEXT_ATTRIBUTES = { correlationId: 'correlationId', tenantId: 'tenantId', userId: 'userId' };

const text = (value: string): MessageAttributeValue => ({ DataType: 'String', StringValue: value });

/** The running request's context as message attributes; none outside a request (nothing to follow). */
export const messageContextAttributes = (): Record<string, MessageAttributeValue> | undefined => {
  const context = currentRequestContext();
  if (!context) return undefined;
  return {
    [MESSAGE_CONTEXT_ATTRIBUTES.correlationId]: text(context.correlationId),
    ...(context.tenantId ? { [MESSAGE_CONTEXT_ATTRIBUTES.tenantId]: text(context.tenantId) } : {}),
    ...(context.userId ? { [MESSAGE_CONTEXT_ATTRIBUTES.userId]: text(context.userId) } : {}),
  };
};

const attribute = (record: SQSRecord, name: string): string | undefined =>
  acceptedCorrelationId(record.messageAttributes?.[name]?.stringValue);

/**
 * The context a consumer handles `record` in: the sender's correlation id (a message without one — sent from
 * outside a request, or by hand — starts its own, named after the message), the tenant the body names (a
 * fan-out's sender is finance, the message is about one tenant) or else the sender's, the sender's user.
 */
export const recordContext = (record: SQSRecord, requestId: string, body: unknown): RequestContext => {
  const bodyTenant = (body as { tenantId?: unknown } | null)?.tenantId;
  return {
    requestId,
    correlationId: attribute(record, MESSAGE_CONTEXT_ATTRIBUTES.correlationId) ?? record.messageId,
    tenantId:
      (typeof bodyTenant === 'string' ? bodyTenant : undefined) ??
      attribute(record, MESSAGE_CONTEXT_ATTRIBUTES.tenantId) ??
      null,
    userId: attribute(record, MESSAGE_CONTEXT_ATTRIBUTES.userId) ?? null,
  };
};
