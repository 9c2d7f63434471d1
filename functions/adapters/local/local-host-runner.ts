import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AUTOMATED_TASK_TYPES,
  type CommandDocument,
  documentName,
  taskDocument,
} from '../../../shared/tasks/catalogue.js';
import { documentValueAllowed } from '../../../shared/tasks/parameters.js';
import type { CommandRunner, SendCommandInput } from '../../../shared/tasks/ports.js';
import type { CommandStatusEvent } from './local-event-bus.js';
import type { LocalHostRegistry } from './local-host-registry.js';

/** SSM keeps 24,000 characters of each stream in `GetCommandInvocation` (the first; the runner keeps the last). */
const MAX_STREAM_CHARS = 24_000;

/** Process groups of the commands running now, in every runner of this process (killed on shutdown). */
const runningGroups = new Set<number>();

/** This process's runners: written into each command's result file as its owner. */
const RUNNER_PROCESS = { pid: process.pid, runId: randomUUID() };

/** The commands this process runs now (result file written, final status not yet), in every runner. */
const inFlight = new Set<string>();

/** After its time limit a command is killed by the runner that runs it; past this much more, nobody runs it. */
const ORPHAN_GRACE_MS = 60_000;

const processAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: a process of another user has that pid now.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const killGroup = (pid: number): void => {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // The group has ended already.
  }
};

/** Kills every command the local host runners are running (the local stack calls it when it stops). */
export const killLocalCommands = (): void => {
  for (const pid of runningGroups) killGroup(pid);
  runningGroups.clear();
};

export const catalogueDocuments = (name: string): CommandDocument | undefined => {
  const type = AUTOMATED_TASK_TYPES.find((candidate) => documentName(candidate) === name);
  return type ? taskDocument(type) : undefined;
};

interface CommandResult {
  commandId: string;
  hostId: string;
  documentName: string;
  status: 'InProgress' | 'Success' | 'Failed' | 'TimedOut';
  exitCode: number | null;
  stdout: string;
  stderr: string;
  requestedAt: string;
  finishedAt: string | null;
  /** The runner process that runs the command (absent in files of earlier versions). */
  owner?: { pid: number; runId: string };
  /** The step's time limit, as applied. */
  timeoutSeconds?: number;
}

/** What a command whose runner stopped while it ran reports: like SSM for a host that went away mid-run. */
export const ORPHANED_STATUS = 'TimedOut';

export interface LocalHostRunnerOptions {
  registry: LocalHostRegistry;
  /** Delivers SSM's status-change events (the local stack's EventBridge). */
  emit: (event: CommandStatusEvent) => Promise<void>;
  now: () => Date;
  /** Documents by name; the catalogue's by default (tests add their own). */
  documents?: (name: string) => CommandDocument | undefined;
}

/** Replaces `{{ name }}` as SSM does (the values were checked against the document first). */
const interpolate = (line: string, values: Record<string, string>): string =>
  line.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (_, name: string) => values[name] ?? '');

/**
 * The local stack's SSM Run Command: runs a task document's shell step on this machine with
 * `/bin/sh`, in a sandbox directory under `DATA_DIR`, always with `dryRun=true`, within the
 * document's time limit, capturing standard output and error. It reports progress with the same
 * EventBridge events SSM sends, to the same handler.
 */
export class LocalHostRunner implements CommandRunner {
  private readonly documents: (name: string) => CommandDocument | undefined;
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly options: LocalHostRunnerOptions) {
    this.documents = options.documents ?? catalogueDocuments;
  }

  private resultFile(commandId: string): string {
    return join(this.options.registry.dir, 'commands', `${commandId}.json`);
  }

  private save(result: CommandResult): void {
    mkdirSync(join(this.options.registry.dir, 'commands'), { recursive: true });
    writeFileSync(this.resultFile(result.commandId), JSON.stringify(result, null, 2));
  }

  async send(tenantId: string, command: SendCommandInput): Promise<{ commandId: string }> {
    const host = this.options.registry.host(command.hostId);
    // What IAM's tag condition does in AWS: another tenant's node is out of reach.
    if (!host || host.tenantId !== tenantId) {
      throw Object.assign(new Error(`Not authorized to send commands to ${command.hostId}`), {
        name: 'AccessDeniedException',
      });
    }
    const document = this.documents(command.documentName);
    if (!document) throw Object.assign(new Error(`No document ${command.documentName}`), { name: 'InvalidDocument' });
    const values: Record<string, string> = {};
    for (const [name, parameter] of Object.entries(document.parameters)) {
      const value = command.parameters[name] ?? parameter.default;
      if (value === undefined || !documentValueAllowed(parameter, value)) {
        throw Object.assign(new Error(`Parameter ${name} is missing or not allowed`), { name: 'InvalidParameters' });
      }
      values[name] = value;
    }
    values.dryRun = 'true';
    const step = document.mainSteps[0];
    if (!step) throw Object.assign(new Error('The document has no step'), { name: 'InvalidDocument' });
    const commandId = randomUUID();
    const timeoutSeconds = Math.min(Number(step.inputs.timeoutSeconds), command.timeoutSeconds);
    const result: CommandResult = {
      commandId,
      hostId: host.id,
      documentName: command.documentName,
      status: 'InProgress',
      exitCode: null,
      stdout: '',
      stderr: '',
      requestedAt: this.options.now().toISOString(),
      finishedAt: null,
      owner: RUNNER_PROCESS,
      timeoutSeconds,
    };
    inFlight.add(commandId);
    this.save(result);
    const script = step.inputs.runCommand.map((line) => interpolate(line, values)).join('\n');
    // Like SSM, the command runs after SendCommand has answered.
    const run = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.execute(result, script, timeoutSeconds))
      .catch(() => undefined)
      .finally(() => {
        // A run that broke off before its final status was saved is an orphan from now on (see `status`).
        inFlight.delete(commandId);
        this.running.delete(run);
      });
    this.running.add(run);
    return { commandId };
  }

  private event(result: CommandResult): CommandStatusEvent {
    return {
      version: '0',
      id: randomUUID(),
      'detail-type': 'EC2 Command Invocation Status-change Notification',
      source: 'aws.ssm',
      account: '000000000000',
      time: this.options.now().toISOString(),
      region: 'local',
      resources: [`arn:aws:ssm:local:000000000000:managed-instance/${result.hostId}`],
      detail: {
        'command-id': result.commandId,
        'document-name': result.documentName,
        'instance-id': result.hostId,
        'requested-date-time': result.requestedAt,
        status: result.status,
      },
    };
  }

  private async execute(result: CommandResult, script: string, timeoutSeconds: number): Promise<void> {
    await this.options.emit(this.event(result));
    const sandbox = join(this.options.registry.dir, 'sandbox', result.hostId);
    mkdirSync(sandbox, { recursive: true });
    const outcome = await new Promise<{ code: number | null; timedOut: boolean; stdout: string; stderr: string }>(
      (resolve) => {
        const child = spawn('/bin/sh', ['-c', script], {
          cwd: sandbox,
          detached: true,
          env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: sandbox, LANG: 'C.UTF-8', TMPDIR: sandbox },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        let timedOut = false;
        child.stdout.on('data', (chunk: Buffer) => {
          stdout = (stdout + chunk.toString('utf8')).slice(-MAX_STREAM_CHARS);
        });
        child.stderr.on('data', (chunk: Buffer) => {
          stderr = (stderr + chunk.toString('utf8')).slice(-MAX_STREAM_CHARS);
        });
        const pid = child.pid;
        if (pid) runningGroups.add(pid);
        const timer = setTimeout(() => {
          timedOut = true;
          // The whole process group: a shell's children (sleep, du) must not outlive the time limit.
          // (Scripts run helpers with `timeout --foreground`, which stays in this group.)
          if (pid) killGroup(pid);
        }, timeoutSeconds * 1000);
        const done = (outcome: { code: number | null; timedOut: boolean; stdout: string; stderr: string }) => {
          clearTimeout(timer);
          if (pid) runningGroups.delete(pid);
          resolve(outcome);
        };
        child.on('close', (code) => done({ code, timedOut, stdout, stderr }));
        child.on('error', (error) =>
          done({ code: null, timedOut: false, stdout, stderr: `${stderr}${error.message}` }),
        );
      },
    );
    const finished: CommandResult = {
      ...result,
      status: outcome.timedOut ? 'TimedOut' : outcome.code === 0 ? 'Success' : 'Failed',
      exitCode: outcome.code,
      stdout: outcome.stdout,
      stderr: outcome.timedOut
        ? `${outcome.stderr}\nThe command exceeded its ${timeoutSeconds} s time limit.`
        : outcome.stderr,
      finishedAt: this.options.now().toISOString(),
    };
    this.save(finished);
    await this.options.emit(this.event(finished));
  }

  private invocation(tenantId: string, commandId: string, hostId: string): CommandResult {
    const host = this.options.registry.host(hostId);
    if (!host || host.tenantId !== tenantId) throw new Error(`No invocation of ${commandId} on ${hostId}`);
    const result = JSON.parse(readFileSync(this.resultFile(commandId), 'utf8')) as CommandResult;
    if (result.hostId !== hostId) throw new Error(`No invocation of ${commandId} on ${hostId}`);
    return result;
  }

  /**
   * A command left `InProgress` that no runner runs any more: this process does not (it died and the
   * stack was started again, or its run broke off), and the process named as its owner is gone or —
   * should its pid have been reused — the command is past its time limit, when its runner would have
   * killed it.
   */
  private orphaned(result: CommandResult): boolean {
    if (result.status !== 'InProgress' || inFlight.has(result.commandId)) return false;
    const owner = result.owner;
    if (!owner || owner.runId === RUNNER_PROCESS.runId || !processAlive(owner.pid)) return true;
    const limit = (result.timeoutSeconds ?? 3600) * 1000 + ORPHAN_GRACE_MS;
    return this.options.now().getTime() > Date.parse(result.requestedAt) + limit;
  }

  /**
   * The command as it stands: an orphaned one is finalised in its file as `TimedOut`, its output
   * saying plainly that the local stack stopped while it ran. Its status event is not emitted: the
   * minute job asks for it (the event's handler may be the one asking).
   */
  private current(tenantId: string, commandId: string, hostId: string): CommandResult {
    const result = this.invocation(tenantId, commandId, hostId);
    if (!this.orphaned(result)) return result;
    const finished: CommandResult = {
      ...result,
      status: ORPHANED_STATUS,
      stderr:
        `${result.stderr}\nThe local stack stopped while this command ran (runner process ${result.owner?.pid ?? 'unknown'}` +
        ' is gone): its outcome is unknown. Check the host before running it again.',
      finishedAt: this.options.now().toISOString(),
    };
    this.save(finished);
    return finished;
  }

  async status(tenantId: string, commandId: string, hostId: string): Promise<string> {
    return this.current(tenantId, commandId, hostId).status;
  }

  async output(tenantId: string, commandId: string, hostId: string): Promise<{ stdout: string; stderr: string }> {
    const result = this.current(tenantId, commandId, hostId);
    return { stdout: result.stdout, stderr: result.stderr };
  }

  /** Waits for the commands still running (tests, and the local stack's shutdown). */
  async settle(): Promise<void> {
    await Promise.all([...this.running]);
  }
}
