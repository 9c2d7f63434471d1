import type { EventBridgeEvent } from 'aws-lambda';

export type CommandStatusDetail = {
  'command-id': string;
  'document-name': string;
  'instance-id': string;
  'requested-date-time': string;
  status: string;
};
export type CommandStatusEvent = EventBridgeEvent<
  'EC2 Command Invocation Status-change Notification',
  CommandStatusDetail
>;

type Target = (event: CommandStatusEvent) => Promise<void>;
let target: Target | null = null;

/**
 * The local stack's EventBridge: the local host runner publishes SSM's status-change events here,
 * and the local stack delivers them to the rule's target (the same handler as in AWS).
 */
export const setLocalEventTarget = (next: Target | null): void => {
  target = next;
};

export const publishLocalEvent = async (event: CommandStatusEvent): Promise<void> => {
  if (!target) throw new Error('No local event target: the local stack delivers SSM events');
  await target(event);
};
