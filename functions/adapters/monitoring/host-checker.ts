import {
  HOST_CHECK_DOCUMENT,
  HOST_CHECK_TIMEOUT_SECONDS,
  hostCheckParameters,
  PENDING_COMMAND_STATUSES,
  parseHostCheckOutput,
} from '../../../shared/monitoring/host-check.js';
import type { Monitor } from '../../../shared/monitoring/model.js';
import type { HostChecker, ProbeResult } from '../../../shared/monitoring/ports.js';
import type { CommandRunner } from '../../../shared/tasks/ports.js';

/**
 * SSM statuses meaning the check never ran on the host (it was unreachable, or the command was refused): no data,
 * not down — a host check says whether a disk, service or certificate is fine, not whether SSM reaches the host.
 */
const NOT_RUN = new Set([
  'DeliveryTimedOut',
  'Undeliverable',
  'Cancelled',
  'Cancelling',
  'Terminated',
  'AccessDenied',
  'InvalidPlatform',
  'ExecutionTimedOut',
  'TimedOut',
]);

/** SSM answers `InvocationDoesNotExist` for a moment right after SendCommand: the command is still on its way. */
const NOT_YET_KNOWN = 'InvocationDoesNotExist';

const noData = (message: string): ProbeResult => ({ outcome: 'no_data', responseMs: null, message });

/**
 * Host checks through the tasks' CommandRunner (SSM Run Command in AWS, the local host runner locally): `start`
 * sends `Opsdesk-HostCheck` with the monitor's check as parameters; `verdict` reads the finished command's last
 * `OPSDESK-CHECK` line. Checks are not tasks: they take no host lock and record no task run.
 */
export class SsmHostChecker implements HostChecker {
  constructor(private readonly runner: CommandRunner) {}

  async start(monitor: Monitor): Promise<{ commandId: string }> {
    if (!monitor.hostId || !monitor.hostCheck) {
      throw new Error(`monitor ${monitor.id} has no host or host check`);
    }
    return this.runner.send(monitor.tenantId, {
      hostId: monitor.hostId,
      documentName: HOST_CHECK_DOCUMENT,
      parameters: hostCheckParameters(monitor.hostCheck),
      timeoutSeconds: HOST_CHECK_TIMEOUT_SECONDS,
      comment: `Opsdesk monitor ${monitor.id}`,
    });
  }

  async verdict(monitor: Monitor, commandId: string): Promise<ProbeResult | null> {
    if (!monitor.hostId) return noData('the monitor has no host');
    let status: string;
    try {
      status = await this.runner.status(monitor.tenantId, commandId, monitor.hostId);
    } catch (error) {
      if ((error as Error).name === NOT_YET_KNOWN) return null;
      return noData(`the host check’s status could not be read: ${(error as Error).message}`.slice(0, 200));
    }
    if ((PENDING_COMMAND_STATUSES as readonly string[]).includes(status)) return null;
    if (NOT_RUN.has(status)) return noData(`the host check did not run (SSM: ${status})`);
    try {
      const output = await this.runner.output(monitor.tenantId, commandId, monitor.hostId);
      return parseHostCheckOutput(output, status);
    } catch (error) {
      return noData(`the host check’s output could not be read: ${(error as Error).message}`.slice(0, 200));
    }
  }
}
