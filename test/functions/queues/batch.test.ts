import type { SQSEvent } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { logger } from '../../../functions/observability/logger.js';
import { processBatch } from '../../../functions/queues/batch.js';
import { lambdaContext } from '../../../scripts/local-stack/dispatcher.js';

/**
 * The local stack runs HTTP handlers and queue consumers in one process with one logger: a
 * consumer's log lines carry its own invocation, never the last HTTP request's.
 */
let lines: Record<string, unknown>[];

beforeEach(() => {
  lines = [];
  logger.setLogLevel('INFO');
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    for (const line of String(chunk).split('\n')) if (line.trim().startsWith('{')) lines.push(JSON.parse(line));
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  logger.setLogLevel('SILENT');
  logger.resetKeys();
});

const event = (...ids: string[]): SQSEvent => ({
  Records: ids.map((id) => ({
    messageId: id,
    receiptHandle: id,
    body: JSON.stringify({ id }),
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: '0',
      SenderId: 'test',
      ApproximateFirstReceiveTimestamp: '0',
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:local:000000000000:opsdesk-task-dispatch.fifo',
    awsRegion: 'local',
  })),
});

describe('queue consumers’ log context', () => {
  it('replaces the last HTTP request’s context with the batch’s own, and names each message', async () => {
    // What the HTTP handler's middleware leaves in the shared logger after a request.
    logger.addContext(lambdaContext('tasks', 'http-request-1'));
    logger.appendKeys({ route: 'requestTask' });

    await processBatch<{ id: string }>(event('m1', 'm2'), async (message) => {
      logger.info('consumed', { id: message.id });
    });

    expect(lines).toHaveLength(2);
    for (const [index, line] of lines.entries()) {
      expect(line.function_name).toBe('opsdesk-task-dispatch-consumer');
      expect(line.function_request_id).not.toBe('http-request-1');
      expect(line.route).toBeUndefined();
      expect(line.messageId).toBe(`m${index + 1}`);
    }
    // One invocation, one request id.
    expect(lines[0]?.function_request_id).toBe(lines[1]?.function_request_id);
  });

  it('uses Lambda’s context when Lambda passes one, and leaves no message id behind', async () => {
    await processBatch<{ id: string }>(
      event('m3'),
      async () => {
        logger.info('consumed');
      },
      { context: lambdaContext('tasks', 'lambda-request-7') },
    );
    logger.info('after');
    expect(lines[0]).toMatchObject({ function_request_id: 'lambda-request-7', messageId: 'm3' });
    expect(lines[1]?.messageId).toBeUndefined();
  });
});
