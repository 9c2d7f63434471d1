import { GetCommandInvocationCommand, SendCommandCommand } from '@aws-sdk/client-ssm';
import type { CommandRunner, SendCommandInput } from '../../../shared/tasks/ports.js';
import { type BackoffOptions, withBackoff } from './backoff.js';
import type { SsmClientFor } from './tenant-ssm-clients.js';

/** The `StatusDetails` (spaces removed) that say more than their `Status` about whether the document ran. */
const REFINED_DETAILS: Record<string, readonly string[]> = {
  TimedOut: ['DeliveryTimedOut', 'ExecutionTimedOut'],
  Failed: ['Undeliverable', 'Terminated', 'InvalidPlatform', 'AccessDenied'],
};

/**
 * SSM Run Command. `SendCommand` targets exactly the one instance id (never tags or `*`), with the
 * task's document and validated parameters; output goes to the tenant's own CloudWatch log group
 * (`<outputLogGroupPrefix>/<tenantId>`, created by the node's agent on first use), and the excerpt is
 * read back with `GetCommandInvocation` when the command ends.
 */
export class SsmCommandRunner implements CommandRunner {
  constructor(
    private readonly clientFor: SsmClientFor,
    private readonly options: { outputLogGroupPrefix?: string; backoff?: BackoffOptions } = {},
  ) {}

  private get backoff(): BackoffOptions {
    return this.options.backoff ?? { attempts: 5, baseMs: 200 };
  }

  async send(tenantId: string, command: SendCommandInput): Promise<{ commandId: string }> {
    const client = await this.clientFor(tenantId);
    const result = await withBackoff(
      () =>
        client.send(
          new SendCommandCommand({
            DocumentName: command.documentName,
            InstanceIds: [command.hostId],
            Parameters: Object.fromEntries(Object.entries(command.parameters).map(([name, value]) => [name, [value]])),
            TimeoutSeconds: command.timeoutSeconds,
            Comment: command.comment.slice(0, 100),
            ...(this.options.outputLogGroupPrefix
              ? {
                  CloudWatchOutputConfig: {
                    CloudWatchOutputEnabled: true,
                    CloudWatchLogGroupName: `${this.options.outputLogGroupPrefix}/${tenantId}`,
                  },
                }
              : {}),
          }),
        ),
      this.backoff,
    );
    const commandId = result.Command?.CommandId;
    if (!commandId) throw new Error('SSM accepted the command but returned no command id');
    return { commandId };
  }

  /**
   * The invocation's status, refined by its details where they tell more: a `TimedOut` or `Failed`
   * status says whether the document ran only in `StatusDetails` (`DeliveryTimedOut` vs
   * `ExecutionTimedOut`; `Undeliverable`, `Terminated`, … vs a script that failed). A command SSM no
   * longer knows (`InvocationDoesNotExist`, e.g. past its retention) is thrown: the minute job times
   * the task out at its deadline.
   */
  async status(tenantId: string, commandId: string, hostId: string): Promise<string> {
    const client = await this.clientFor(tenantId);
    const invocation = await withBackoff(
      () => client.send(new GetCommandInvocationCommand({ CommandId: commandId, InstanceId: hostId })),
      this.backoff,
    );
    const status = invocation.Status ?? 'Pending';
    const details = (invocation.StatusDetails ?? '').replace(/\s+/g, '');
    return REFINED_DETAILS[status]?.includes(details) ? details : status;
  }

  /**
   * `GetCommandInvocation` returns the first 24,000 characters of each stream; the whole output is in
   * the tenant's CloudWatch log group (`<outputLogGroupPrefix>/<tenantId>`).
   */
  async output(tenantId: string, commandId: string, hostId: string): Promise<{ stdout: string; stderr: string }> {
    const client = await this.clientFor(tenantId);
    const invocation = await withBackoff(
      () => client.send(new GetCommandInvocationCommand({ CommandId: commandId, InstanceId: hostId })),
      this.backoff,
    );
    return { stdout: invocation.StandardOutputContent ?? '', stderr: invocation.StandardErrorContent ?? '' };
  }
}
