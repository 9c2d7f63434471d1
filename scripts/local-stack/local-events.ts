import type { CommandStatusEvent } from '../../functions/adapters/local/local-event-bus.js';

/**
 * The local EventBridge rule: SSM status events from the local host runner go to the same handler
 * as in AWS, retried with backoff like EventBridge's asynchronous invocation (the first event can
 * arrive before the dispatcher has recorded the command id).
 */
export const deliverCommandStatus = async (event: CommandStatusEvent): Promise<void> => {
  const { handler } = await import('../../functions/tasks/command-status.js');
  for (let attempt = 1; ; attempt++) {
    try {
      await handler(event);
      return;
    } catch (error) {
      if (attempt >= 6) {
        console.error(`local events: command-status failed for good: ${(error as Error).message}`);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
    }
  }
};
