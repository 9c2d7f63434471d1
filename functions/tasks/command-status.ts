import type { Context, EventBridgeEvent } from 'aws-lambda';
import { applyCommandStatus } from '../../shared/tasks/tasks.js';
import type { CommandStatusDetail } from '../adapters/local/local-event-bus.js';
import { logger } from '../observability/logger.js';
import { runInRequestContext } from '../observability/request-context.js';
import { tracedHandler } from '../observability/tracer.js';
import { createTaskDeps } from './wiring.js';

const deps = createTaskDeps();
// The task that reaches its outcome here counts as a finished run (TaskRunsFinished).

/**
 * The EventBridge rule's target for SSM "EC2 Command Invocation Status-change Notification" events.
 * Throws when the task is not known yet (the dispatcher records the command id just after SSM
 * accepted it): Lambda's asynchronous invocation retries it (twice, with backoff), as the local
 * stack's event delivery does. Its log lines carry the event's id as correlation id (a retry keeps it).
 */
export const handler = (event: EventBridgeEvent<string, CommandStatusDetail>, context?: Context): Promise<void> =>
  runInRequestContext(
    { requestId: context?.awsRequestId ?? event.id, correlationId: event.id, tenantId: null, userId: null },
    () =>
      tracedHandler(async () => {
        const detail = event.detail;
        const result = await applyCommandStatus(deps, {
          commandId: detail['command-id'],
          instanceId: detail['instance-id'],
          status: detail.status,
          at: event.time,
        });
        logger.info('SSM command status', { commandId: detail['command-id'], status: detail.status, result });
      }),
  );
