import { spawnSync } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDocumentClient } from '../../functions/adapters/dynamodb/client.js';
import {
  DynamoOnCallRotaRepository,
  DynamoStaffAvailabilityRepository,
} from '../../functions/adapters/dynamodb/dynamo-staff-availability-repository.js';
import { DynamoSubscriptionRepository } from '../../functions/adapters/dynamodb/dynamo-subscription-repository.js';
import { DynamoTenantRepository } from '../../functions/adapters/dynamodb/dynamo-tenant-repository.js';
import { verifyDevToken } from '../../functions/adapters/local/dev-tokens.js';
import { setLocalEventTarget } from '../../functions/adapters/local/local-event-bus.js';
import { LocalHostRegistry } from '../../functions/adapters/local/local-host-registry.js';
import { killLocalCommands } from '../../functions/adapters/local/local-host-runner.js';
import { RandomIds } from '../../functions/adapters/system/random-ids.js';
import { SystemClock } from '../../functions/adapters/system/system-clock.js';
import { ENV } from '../../functions/config/env.js';
import { rateLimitEnvironment, rateLimitsFromEnv } from '../../functions/config/rate-limits.js';
import { tableProbe } from '../../functions/config/readiness.js';
import { stageEnvironment } from '../../functions/config/stage.js';
import { authorizeRequest, dynamoApiKeyLookup, sha256Hex } from '../../functions/identity/authorize-request.js';
import { Readiness } from '../../functions/platform/readiness.js';
import { loadStageConfig } from '../../infra/stage-config.js';
import { TABLE } from '../../shared/contracts/resources.js';
import { acquireDataDirLock, type DataDirLock, describeLockedDataDir } from './data-dir-lock.js';
import { type DiskGuard, startDiskGuard } from './disk-guard.js';
import { createDispatcher } from './dispatcher.js';
import {
  ensureTable,
  LOCAL_AWS,
  type LocalQueues,
  startLocalQueues,
  startWatchedDynamoDbLocal,
  type WatchedDynamoDbLocal,
} from './engines.js';
import { deliverCommandStatus } from './local-events.js';
import { startQueuePoller } from './queue-poller.js';
import { startLocalScheduler } from './scheduler.js';
import { seedDemoData } from './seed.js';
import { createLocalServer } from './server.js';
import { ensureWebBuild } from './web-build.js';

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** A start-up problem the user can fix; `main` prints the sentence and exits with code 1. */
export class LocalStackError extends Error {}

export interface LocalStackSettings {
  port: number;
  dataDir: string;
  /** The stack's clock starts at this instant and runs forward in real time. */
  clockStart?: Date;
  /** Build the web app when stale (default true). */
  buildWeb?: boolean;
  /** Writes are refused while less than this is free on DATA_DIR's disk (`MIN_FREE_DISK_MB`, default 256). */
  minFreeDiskMb?: number;
  /**
   * How long a scheduler "minute" lasts (`SCHEDULER_MINUTE_MS`, default 60000): the jobs run at their rate × this.
   * Shorter in the end-to-end tests and demos, so the minute jobs (dispatching checks, paging, sending mail) need not
   * be waited for; the stack's clock is not changed by it.
   */
  schedulerMinuteMs?: number;
}

export const DEFAULT_MIN_FREE_DISK_MB = 256;

export const readSettings = (env: NodeJS.ProcessEnv): LocalStackSettings => {
  const portText = env.PORT ?? '3000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    throw new LocalStackError(`PORT must be a whole number from 0 to 65535, not "${portText}".`);
  }
  let clockStart: Date | undefined;
  if (env.CLOCK_START) {
    clockStart = new Date(env.CLOCK_START);
    if (Number.isNaN(clockStart.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(env.CLOCK_START)) {
      throw new LocalStackError(
        `CLOCK_START must be an ISO 8601 instant such as 2026-03-01T09:00:00Z, not "${env.CLOCK_START}".`,
      );
    }
  }
  const marginText = env.MIN_FREE_DISK_MB ?? String(DEFAULT_MIN_FREE_DISK_MB);
  const minFreeDiskMb = Number(marginText);
  if (!/^\d+$/.test(marginText) || !Number.isSafeInteger(minFreeDiskMb)) {
    throw new LocalStackError(
      `MIN_FREE_DISK_MB must be a whole number of megabytes, such as ${DEFAULT_MIN_FREE_DISK_MB}, not "${marginText}".`,
    );
  }
  const minuteText = env.SCHEDULER_MINUTE_MS ?? '60000';
  const schedulerMinuteMs = Number(minuteText);
  if (!/^\d+$/.test(minuteText) || schedulerMinuteMs < 1000 || schedulerMinuteMs > 60_000) {
    throw new LocalStackError(
      `SCHEDULER_MINUTE_MS must be a whole number of milliseconds from 1000 to 60000, not "${minuteText}".`,
    );
  }
  return {
    port,
    dataDir: resolve(env.DATA_DIR ?? '.data'),
    minFreeDiskMb,
    schedulerMinuteMs,
    ...(clockStart ? { clockStart } : {}),
  };
};

const prepareDataDir = (dataDir: string) => {
  try {
    mkdirSync(join(dataDir, 'dynamodb'), { recursive: true });
    const probe = join(dataDir, '.write-test');
    writeFileSync(probe, 'ok');
    rmSync(probe);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new LocalStackError(
      `DATA_DIR ${dataDir} is not a writable directory (${code}); choose another, e.g. DATA_DIR=.data npm start.`,
    );
  }
};

const checkJava = () => {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new LocalStackError(
      'Java was not found on PATH, and DynamoDB Local needs Java 17 or newer: install it (e.g. apt-get install -y openjdk-17-jre-headless) and run npm start again.',
    );
  }
};

const listen = (server: Server, port: number): Promise<number> =>
  new Promise((resolveListen, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new LocalStackError(
            `Port ${port} is already in use; stop what uses it or pick another, e.g. PORT=3001 npm start.`,
          ),
        );
      } else if (error.code === 'EACCES') {
        reject(
          new LocalStackError(
            `Port ${port} needs privileges this user lacks; pick one above 1023, e.g. PORT=3000 npm start.`,
          ),
        );
      } else reject(error);
    });
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolveListen(typeof address === 'object' && address ? address.port : port);
    });
  });

const devSecret = (dataDir: string): string => {
  const file = join(dataDir, 'dev-identity.secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
};

export interface RunningLocalStack {
  url: string;
  port: number;
  dataDir: string;
  seeded: boolean;
  web: 'fresh' | 'built' | 'skipped';
  /** The stack's clock: the machine's, moved by `CLOCK_START` when it is set. */
  now(): Date;
  /** Whether `CLOCK_START` moved the clock. */
  clockShifted: boolean;
  /** Resolves, with one sentence, if the stack can no longer run (DynamoDB Local keeps dying); then stop it. */
  fatal: Promise<LocalStackError>;
  stop(): Promise<void>;
}

/** The stack's lines about itself while it runs (the engine, the disk), on stderr. */
const log = (line: string) => console.error(`local stack: ${line}`);
/** DynamoDB Local's own output, marked as such. */
const engineLog = (line: string) => console.error(`[dynamodb-local] ${line}`);

/** Takes the data dir for this stack's whole life, or says in one sentence which stack has it. */
const lockDataDir = (dataDir: string): DataDirLock => {
  const attempt = acquireDataDirLock(dataDir, new SystemClock().now().toISOString());
  if (!attempt.acquired) throw new LocalStackError(describeLockedDataDir(dataDir, attempt.owner));
  return attempt.lock;
};

/**
 * Starts everything the local stack is: the data dir's lock (`DATA_DIR/stack.lock`, held until stopped), the HTTP
 * server (bound early, so a taken port fails fast) with the disk guard in front of its API writes, DynamoDB Local with
 * data under `DATA_DIR` (watched, and restarted on its port if it dies), fauxqs with the queues, the table, demo data
 * on an empty data dir, and the built web app. The handlers are the Lambda handlers, configured through the same
 * environment variables CDK sets.
 */
export const startLocalStack = async (settings: LocalStackSettings): Promise<RunningLocalStack> => {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  // The defaults CDK deploys, each overridable as in AWS (RATE_LIMIT_*); a bad value stops here.
  const rateLimits = rateLimitsFromEnv(process.env);
  prepareDataDir(settings.dataDir);
  // Before anything touches the data dir's contents: a second stack on it stops here, the first undisturbed.
  const lock = lockDataDir(settings.dataDir);
  let diskGuard: DiskGuard | undefined;
  let closeServer = async () => {};
  let stopScheduler = () => {};
  let stopPoller = async () => {};
  let dynamo: WatchedDynamoDbLocal | undefined;
  let queues: LocalQueues | undefined;
  const stopEngines = async () => {
    await Promise.all([dynamo?.stop(), queues?.stop()]);
  };
  let reportFatal: (error: LocalStackError) => void = () => {};
  const fatal = new Promise<LocalStackError>((resolveFatal) => {
    reportFatal = resolveFatal;
  });
  try {
    checkJava();
    diskGuard = startDiskGuard({
      path: settings.dataDir,
      minFreeMb: settings.minFreeDiskMb ?? DEFAULT_MIN_FREE_DISK_MB,
      log,
    });
    const clockOffsetMs = settings.clockStart ? settings.clockStart.getTime() - new SystemClock().now().getTime() : 0;
    const clock = new SystemClock(clockOffsetMs);
    const state = {
      now: () => clock.now(),
      dispatch: null as ReturnType<typeof createDispatcher> | null,
      webDir: join(PROJECT_ROOT, 'web', 'dist'),
      webConfig: { identity: 'dev' },
      refuseWrites: diskGuard.refusal,
    };
    const server = createLocalServer(state);
    const port = await listen(server, settings.port);
    closeServer = () => new Promise<void>((done) => server.close(() => done()));
    lock.update({ url: `http://127.0.0.1:${port}` });

    const webBuild = settings.buildWeb === false ? Promise.resolve('skipped' as const) : ensureWebBuild(PROJECT_ROOT);
    webBuild.catch(() => undefined); // awaited below; this only keeps an early failure from going unhandled
    const engine = startWatchedDynamoDbLocal(join(settings.dataDir, 'dynamodb'), {
      log,
      engineLog,
      onGiveUp: (message) => reportFatal(new LocalStackError(message)),
    });
    const localQueues = startLocalQueues();
    // Both are awaited before either's failure is thrown, so the one that did start is stopped below.
    const [engineResult, queuesResult] = await Promise.allSettled([engine, localQueues]);
    if (engineResult.status === 'fulfilled') dynamo = engineResult.value;
    if (queuesResult.status === 'fulfilled') queues = queuesResult.value;
    if (engineResult.status === 'rejected') throw engineResult.reason;
    if (queuesResult.status === 'rejected') throw queuesResult.reason;
    if (!dynamo || !queues) throw new Error('unreachable: both engines started');
    const created = await ensureTable(dynamo.endpoint, TABLE.name);

    const secret = devSecret(settings.dataDir);
    Object.assign(process.env, {
      AWS_REGION: LOCAL_AWS.region,
      AWS_ACCESS_KEY_ID: LOCAL_AWS.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_AWS.credentials.secretAccessKey,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      [ENV.tableName]: TABLE.name,
      [ENV.dynamoDbEndpoint]: dynamo.endpoint,
      [ENV.identityProvider]: 'local',
      [ENV.notifier]: 'local',
      [ENV.devIdentitySecret]: secret,
      // The acknowledgement links' signing key, derived from the data directory's dev secret (stable across restarts).
      [ENV.ackLinkSecret]: createHmac('sha256', secret).update('opsdesk-ack-link').digest('hex'),
      // The demo monitors watch this stack on 127.0.0.1: loopback may be checked here (never in AWS).
      [ENV.monitorAllowLoopback]: 'true',
      [ENV.clockOffsetMs]: String(clockOffsetMs),
      [ENV.webUrl]: `http://127.0.0.1:${port}`,
      [ENV.hostRunner]: 'local',
      [ENV.localHostsDir]: join(settings.dataDir, 'hosts'),
      ...rateLimitEnvironment(rateLimits),
      // What AppFunction gives every function of a stage (STAGE, metrics namespace, SELLER), from the dev stage's file.
      ...stageEnvironment(loadStageConfig('dev')),
      // The SDK's own per-service endpoint variable: every SQS client in the process talks to fauxqs.
      AWS_ENDPOINT_URL_SQS: queues.endpoint,
      ...queues.env,
    });
    const hostRegistry = new LocalHostRegistry(join(settings.dataDir, 'hosts'));

    if (created) {
      const client = createDocumentClient(dynamo.endpoint);
      // Imported only now: the functions' modules read the environment set above when first loaded.
      const { createMonitoringDeps } = await import('../../functions/monitoring/wiring.js');
      const { createReportsDeps } = await import('../../functions/reports/wiring.js');
      await seedDemoData({
        tenants: new DynamoTenantRepository(client, TABLE.name),
        subscriptions: new DynamoSubscriptionRepository(client, TABLE.name),
        staff: new DynamoStaffAvailabilityRepository(client, TABLE.name),
        onCall: new DynamoOnCallRotaRepository(client, TABLE.name),
        registerHost: (host) =>
          hostRegistry.update((registry) => {
            registry.hosts = [...registry.hosts.filter((known) => known.id !== host.id), host];
          }),
        clock,
        ids: new RandomIds(),
        monitoring: { deps: createMonitoringDeps().deps, stackUrl: `http://127.0.0.1:${port}` },
        statusPages: createReportsDeps().deps,
      });
      client.destroy();
    }
    const web = await webBuild;
    setLocalEventTarget(deliverCommandStatus);
    // The consumers wait while the table does not answer (a restarting engine): no message is dead-lettered by an outage.
    const tableClient = createDocumentClient(dynamo.endpoint);
    // The API's authorizer, as in AWS: dev identity tokens, and API keys by their hash's lookup item.
    state.dispatch = createDispatcher(
      authorizeRequest({
        verifyToken: (token) => verifyDevToken(token, secret, clock.now()),
        findApiKey: dynamoApiKeyLookup(tableClient, TABLE.name),
        hash: sha256Hex,
        clock,
      }),
      clock,
    );
    const table = new Readiness({ table: tableProbe(tableClient, TABLE.name) }, { cacheMs: 1_000, timeoutMs: 1_000 });
    const poller = startQueuePoller(
      queues.endpoint,
      queues.urls,
      console.error,
      async () => (await table.check()).ready,
    );
    stopPoller = async () => {
      await poller.stop();
      tableClient.destroy();
    };
    const scheduler = startLocalScheduler(console.error, settings.schedulerMinuteMs);
    stopScheduler = scheduler.stop;
    return {
      url: `http://127.0.0.1:${port}`,
      port,
      dataDir: settings.dataDir,
      seeded: created,
      web,
      now: () => clock.now(),
      clockShifted: clockOffsetMs !== 0,
      fatal,
      stop: async () => {
        stopScheduler();
        await stopPoller();
        killLocalCommands();
        setLocalEventTarget(null);
        diskGuard?.stop();
        await closeServer();
        await stopEngines();
        lock.release();
      },
    };
  } catch (error) {
    await stopPoller();
    diskGuard?.stop();
    await closeServer();
    await stopEngines();
    lock.release();
    throw error;
  }
};
