import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../../functions/adapters/dynamodb/client.js';
import { DynamoCheckResultStore } from '../../functions/adapters/dynamodb/dynamo-check-result-store.js';
import { DynamoIncidentRepository } from '../../functions/adapters/dynamodb/dynamo-incident-repository.js';
import { DynamoMonitorRepository } from '../../functions/adapters/dynamodb/dynamo-monitor-repository.js';
import { DynamoTenantRepository } from '../../functions/adapters/dynamodb/dynamo-tenant-repository.js';
import { dueMarkerItem, monitorItem } from '../../functions/adapters/dynamodb/monitoring-items.js';
import { createTableInput } from '../../functions/adapters/dynamodb/table.js';
import { NetworkProber } from '../../functions/adapters/monitoring/network-prober.js';
import { ResolvingTargetGuard } from '../../functions/adapters/monitoring/target-guard.js';
import { RandomIds } from '../../functions/adapters/system/random-ids.js';
import { SystemClock } from '../../functions/adapters/system/system-clock.js';
import { HmacAckLinkSigner, heartbeatTokens } from '../../functions/monitoring/adapters.js';
import { DEFAULT_CHECK_CONCURRENCY, DEFAULT_CHECK_TIMEOUT_MS, runChecks } from '../../shared/monitoring/checks.js';
import {
  type CheckJob,
  type CheckQueue,
  DEFAULT_DISPATCH_LIMIT,
  dispatchDueMonitors,
} from '../../shared/monitoring/dispatch.js';
import type { IncidentDeps } from '../../shared/monitoring/incidents.js';
import type { Monitor } from '../../shared/monitoring/model.js';
import { newMonitor } from '../../shared/monitoring/monitors.js';
import type { HostChecker } from '../../shared/monitoring/ports.js';
import type { Tenant, User } from '../../shared/tenancy/model.js';
import { freePort, LOCAL_AWS, startDynamoDbLocal } from '../local-stack/engines.js';
import { countCommands, fmt, percentile } from './measure.js';

/**
 * What monitoring costs and how fast it pages (issue 13), on DynamoDB Local with the real repositories and the real
 * prober against a loopback HTTP server: probes per second, the checker end to end (its round trips and capacity
 * per check: the cost), the minute tick's dispatch of many due monitors, and detection → page latency with a
 * 1-minute interval and confirmation 2 (the checker's part measured, the schedule's two waits sampled and the
 * confirming check's interval added).
 */

const PROBES = 500;
const CHECKS = 200;
const DISPATCHED = Number(process.env.BENCH_DUE_MONITORS ?? 10_000);
const FAILING_RUNS = 30;
const SAMPLES = 10_000;
const MINUTE_MS = 60_000;
const TENANT_ID = 'bench-monitoring';

/** A deterministic PRNG (mulberry32): the same report samples the same waits. */
const seeded = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};

/** `fn` over 0…count-1, `limit` at a time. */
const pool = async (count: number, limit: number, fn: (i: number) => Promise<void>) => {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next;
      next += 1;
      await fn(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
};

/**
 * An http monitor of the bench tenant as the API creates one (interval 1 min, confirmation 2 unless `confirmations`
 * says otherwise, no maintenance).
 */
const httpMonitor = (
  id: string,
  target: string,
  nextCheckAt: string,
  at: string,
  up = false,
  confirmations = 2,
): Monitor =>
  newMonitor({
    id,
    tenantId: TENANT_ID,
    name: `Bench ${id}`,
    kind: 'http',
    target,
    confirmations,
    method: 'GET',
    state: up ? 'up' : 'pending',
    lastCheckedAt: up ? at : null,
    lastResult: up ? { outcome: 'up', message: 'HTTP 200', responseMs: 1 } : null,
    nextCheckAt,
    createdAt: at,
  });

/** Seeds monitors with their due markers, exactly the items `create()` writes, 25 a BatchWriteItem. */
const seed = async (client: DynamoDBDocumentClient, tableName: string, monitors: Monitor[]) => {
  const items = monitors.flatMap((m) => [monitorItem(m), dueMarkerItem(m, m.nextCheckAt as string)]);
  const batches = Math.ceil(items.length / 25);
  await pool(batches, 8, async (b) => {
    let requests = items.slice(b * 25, b * 25 + 25).map((Item) => ({ PutRequest: { Item } }));
    while (requests.length) {
      const { UnprocessedItems } = await client.send(
        new BatchWriteCommand({ RequestItems: { [tableName]: requests } }),
      );
      requests = (UnprocessedItems?.[tableName] ?? []) as typeof requests;
    }
  });
};

const startTarget = async () => {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

const noHostChecks: HostChecker = {
  start: async () => {
    throw new Error('no host checks in the bench');
  },
  verdict: async () => null,
};

/** Tallies the commands a client sends by name, and the items its TransactWriteItems carry. */
const tallyCommands = (client: DynamoDBDocumentClient) => {
  const tally = { byName: new Map<string, number>(), transactItems: 0 };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const name = String((context as { commandName?: string }).commandName ?? 'command').replace(/Command$/, '');
      tally.byName.set(name, (tally.byName.get(name) ?? 0) + 1);
      const items = (args.input as { TransactItems?: unknown[] }).TransactItems;
      if (items) tally.transactItems += items.length;
      return next(args);
    },
    { step: 'initialize', name: 'tallyCommands' },
  );
  return {
    reset: () => {
      tally.byName.clear();
      tally.transactItems = 0;
    },
    /** `2 GetItem + 1 TransactWriteItems (4 items)` per unit. */
    describe: (units: number) =>
      [...tally.byName.entries()]
        .map(([name, n]) =>
          name === 'TransactWriteItems'
            ? `${fmt(n / units, 2)} ${name} (${fmt(tally.transactItems / n, 2)} items)`
            : n / units < 0.01
              ? `${n} ${name} in all`
              : `${fmt(n / units, 2)} ${name}`,
        )
        .join(' + '),
    /**
     * What DynamoDB itself bills at least (DynamoDB Local under-reports transactions): 2 WCU per item written in a
     * transaction (≤ 1 KB), 1 RCU per strongly consistent GetItem (≤ 4 KB); the due Query's reads are not counted.
     */
    billed: (units: number) =>
      `≥ ${fmt((2 * tally.transactItems) / units, 1)} WCU + ${fmt((tally.byName.get('GetItem') ?? 0) / units, 1)} RCU`,
  };
};

/** Runs the four measurements; see the module comment and the section's text. */
export const benchMonitoring = async (): Promise<string> => {
  const dynamo = await startDynamoDbLocal();
  Object.assign(process.env, {
    AWS_REGION: LOCAL_AWS.region,
    AWS_ACCESS_KEY_ID: LOCAL_AWS.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_AWS.credentials.secretAccessKey,
  });
  const target = await startTarget();
  try {
    const tableName = 'bench-monitoring';
    await new DynamoDBClient({ ...LOCAL_AWS, endpoint: dynamo.endpoint }).send(
      new CreateTableCommand(createTableInput(tableName)),
    );
    const client = createDocumentClient(dynamo.endpoint);
    const count = countCommands(client);
    const tally = tallyCommands(client);
    const clock = new SystemClock();
    const ids = new RandomIds();
    const tenants = new DynamoTenantRepository(client, tableName);
    const at = clock.now().toISOString();
    // No plan: the default terms, covered 24×7, so a confirmed failure pages at once.
    const tenant: Tenant = {
      id: TENANT_ID,
      name: 'Bench Verein',
      status: 'active',
      timeZone: 'Europe/Berlin',
      planId: null,
      createdAt: at,
      deletionDueAt: null,
    };
    const admin: User = {
      id: 'bench-admin',
      tenantId: TENANT_ID,
      email: 'admin@bench.example',
      name: 'Admin',
      roles: ['customer-admin'],
      createdAt: at,
    };
    const audit = {
      id: 'bench-audit',
      tenantId: TENANT_ID,
      at,
      actor: { userId: admin.id, email: admin.email, roles: admin.roles },
      action: 'tenant.signed_up',
      target: { type: 'tenant', id: TENANT_ID },
      details: {},
    };
    await tenants.createTenantWithAdmin({ tenant, admin, audit });
    const guard = { allowLoopback: true, refuseHosts: [] };
    const monitors = new DynamoMonitorRepository(client, tableName);
    const incidents = new DynamoIncidentRepository(client, tableName);
    const deps: IncidentDeps = {
      clock,
      ids,
      monitors,
      results: new DynamoCheckResultStore(client, tableName, () => clock.now()),
      incidents,
      tenants,
      hosts: { get: async () => null },
      targets: new ResolvingTargetGuard(guard),
      // The rota lookup is not what is measured here: one operator is always on call.
      staff: {
        onCallAt: async () => ({ staffId: 'bench-operator', email: 'oncall@provider.example', name: 'On Call' }),
        providerAdmins: async () => [],
        get: async () => null,
      },
      ackLinks: new HmacAckLinkSigner('bench-ack-link-secret-of-32-characters!'),
      diagnostics: {
        request: async () => {
          throw new Error('no diagnostics in the bench');
        },
        describe: async () => null,
      },
      hostActivity: { disruptiveTaskOn: async () => null },
      tokens: heartbeatTokens,
      links: { web: 'http://127.0.0.1:3000', api: 'http://127.0.0.1:3000' },
    };
    const prober = new NetworkProber({ ...guard, clock });
    const checkers = { prober, hostChecker: noHostChecks };
    // Monitors of the checker runs are due in an hour: the dispatch below sees only its own.
    const later = new Date(clock.now().getTime() + 3_600_000).toISOString();

    // 1. Probes per second: the prober alone, 10 at a time as the checker runs them.
    const probeTarget = httpMonitor('bench-probe', target.url, later, at);
    const probeMs: number[] = [];
    let probesUp = 0;
    const probeStart = performance.now();
    await pool(PROBES, DEFAULT_CHECK_CONCURRENCY, async () => {
      const t = performance.now();
      const result = await prober.probe(probeTarget, DEFAULT_CHECK_TIMEOUT_MS);
      probeMs.push(performance.now() - t);
      if (result.outcome === 'up') probesUp += 1;
    });
    const probeTotal = performance.now() - probeStart;
    if (probesUp !== PROBES) throw new Error(`probes: ${probesUp} of ${PROBES} up`);

    // 2. The checker end to end: load, probe, one transaction per result; a first run (each monitor's first result
    // of the month also writes its usage record) and a second (the steady state, every minute after).
    const checked = Array.from({ length: CHECKS }, (_, i) => httpMonitor(`bench-check-${i}`, target.url, later, at));
    await seed(client, tableName, checked);
    const checkRun = async (scheduledAt: string) => {
      const jobs: CheckJob[] = checked.map((m) => ({ tenantId: TENANT_ID, monitorId: m.id, scheduledAt }));
      count.reset();
      tally.reset();
      const t = performance.now();
      await runChecks(deps, checkers, jobs);
      const ms = performance.now() - t;
      return {
        ms,
        commands: count.commands,
        capacity: count.capacity,
        sent: tally.describe(CHECKS),
        billed: tally.billed(CHECKS),
      };
    };
    const tick = Date.parse(at) - (Date.parse(at) % MINUTE_MS);
    const firstRun = await checkRun(new Date(tick).toISOString());
    const steadyRun = await checkRun(new Date(tick + MINUTE_MS).toISOString());
    const sample = await monitors.get(TENANT_ID, 'bench-check-0');
    if (sample?.state !== 'up' || sample.version !== 3) throw new Error('checker: results were not applied');

    // 3. The minute tick's dispatch: DISPATCHED monitors due, ticks as the handler calls them until none is due.
    const dueAt = new Date(clock.now().getTime() - 30_000).toISOString();
    const seedStart = performance.now();
    await seed(
      client,
      tableName,
      Array.from({ length: DISPATCHED }, (_, i) => httpMonitor(`bench-due-${i}`, target.url, dueAt, at)),
    );
    const seedMs = performance.now() - seedStart;
    let batches = 0;
    let jobsSent = 0;
    const queue: CheckQueue = {
      send: async (jobs) => {
        batches += 1;
        jobsSent += jobs.length;
      },
    };
    count.reset();
    tally.reset();
    const ticks: { sent: number; ms: number }[] = [];
    for (let round = 0; round < 5 && jobsSent < DISPATCHED; round += 1) {
      const t = performance.now();
      const { sent } = await dispatchDueMonitors(deps, queue);
      ticks.push({ sent, ms: performance.now() - t });
      if (sent === 0) break;
    }
    const dispatchMs = ticks.reduce((sum, t) => sum + t.ms, 0);
    const dispatchCommands = count.commands;
    const dispatchCapacity = count.capacity;
    const dispatchSent = tally.describe(DISPATCHED);
    const dispatchBilled = tally.billed(DISPATCHED);
    if (jobsSent !== DISPATCHED) throw new Error(`dispatch: ${jobsSent} of ${DISPATCHED} sent`);
    const slowestTick = Math.max(...ticks.map((t) => t.ms));

    // 4. Detection → page: a monitor that is up, its target's port now closed: down, re-checked at once (down),
    // confirmed — one transaction opens the incident with the on-call page's e-mail in the outbox. Confirmation 1, so
    // one run does all of it: the costliest run of a failure (with 2, the pair's run opens nothing and the confirming
    // run one interval later has one probe, no re-check).
    const closed = `http://127.0.0.1:${await freePort()}/`;
    const failingMs: number[] = [];
    for (let i = 0; i < FAILING_RUNS; i++) {
      const monitor = httpMonitor(`bench-fail-${i}`, closed, later, new Date(tick - MINUTE_MS).toISOString(), true, 1);
      await seed(client, tableName, [monitor]);
      const t = performance.now();
      await runChecks(deps, checkers, [{ tenantId: TENANT_ID, monitorId: monitor.id, scheduledAt: at }]);
      failingMs.push(performance.now() - t);
      const after = await monitors.get(TENANT_ID, monitor.id);
      const incident = after?.incidentId ? await incidents.get(TENANT_ID, after.incidentId) : null;
      if (incident?.pages !== 1) throw new Error(`failing monitor ${i}: no incident paged`);
    }
    const random = seeded(13);
    // Confirmation 2: the next check (0–60 s) is a failure and its re-check (one observation); the next scheduled
    // check, one interval later, confirms it and opens the incident; the outbox sender's minute (0–60 s).
    const latencies = Array.from({ length: SAMPLES }, () => {
      const checker = failingMs[Math.floor(random() * failingMs.length)] as number;
      return random() * MINUTE_MS + MINUTE_MS + checker + random() * MINUTE_MS;
    });
    const checkerMax = Math.max(...failingMs);
    client.destroy();

    const perSecond = (n: number, ms: number) => fmt((n / ms) * 1000, 0);
    const seconds = (ms: number) => fmt(ms / 1000);
    const dispatchNote =
      ticks.length > 1
        ? `The dispatcher reads at most ${DEFAULT_DISPATCH_LIMIT.toLocaleString('en')} due monitors a tick (\`DEFAULT_DISPATCH_LIMIT\`): ${DISPATCHED.toLocaleString('en')} due at once take ${ticks.length} ticks (${ticks.map((t) => `${t.sent.toLocaleString('en')} in ${seconds(t.ms)} s`).join(', ')}), so the last ${(DISPATCHED - (ticks[0]?.sent ?? 0)).toLocaleString('en')} are checked a minute late.`
        : `One tick sent all ${DISPATCHED.toLocaleString('en')}.`;
    return `## Monitoring (checker, dispatcher, detection → page; DynamoDB Local, loopback HTTP target)

The real repositories on DynamoDB Local and the real \`NetworkProber\` (loopback allowed) against an HTTP server in
this process; on-call lookup, diagnostics and the SQS queue are stubbed (the dispatcher's queue only counts batches).
A check's probe here takes a loopback round trip: against the internet the probes wait longer, the store does not.
Capacity: DynamoDB Local reports a TransactWriteItems as 2 units whatever it holds; DynamoDB bills 2 WCU per item
(per KB) written in a transaction, so the \`≥ … WCU\` figures count the items sent (reads: 1 RCU each, ≤ 4 KB).

| measured | figure |
|---|---|
| probes per second (\`NetworkProber.probe\`, ${PROBES} http checks, ${DEFAULT_CHECK_CONCURRENCY} at a time) | ${perSecond(PROBES, probeTotal)} checks/s (probe p50 ${fmt(percentile(probeMs, 50), 2)} ms, p95 ${fmt(percentile(probeMs, 95), 2)} ms) |
| checker end to end (\`runChecks\`, ${CHECKS} due http monitors): first result of the month | ${perSecond(CHECKS, firstRun.ms)} checks/s; per check ${fmt(firstRun.commands / CHECKS, 2)} round trips (${firstRun.sent}), ${firstRun.billed} in DynamoDB (Local reports ${fmt(firstRun.capacity / CHECKS, 2)}) |
| checker end to end: steady state (every minute after) | ${perSecond(CHECKS, steadyRun.ms)} checks/s; per check ${fmt(steadyRun.commands / CHECKS, 2)} round trips (${steadyRun.sent}), ${steadyRun.billed} in DynamoDB (Local reports ${fmt(steadyRun.capacity / CHECKS, 2)}) |
| dispatch of ${DISPATCHED.toLocaleString('en')} due monitors (\`dispatchDueMonitors\`, batches of 10) | ${fmt(dispatchMs, 0)} ms in all, ${fmt(dispatchMs / DISPATCHED, 2)} ms per monitor, slowest tick ${seconds(slowestTick)} s — ${slowestTick < MINUTE_MS ? 'fits' : '**does not fit**'} in the one-minute tick; ${batches} batches, per monitor ${fmt(dispatchCommands / DISPATCHED, 2)} round trips (${dispatchSent}), ${dispatchBilled} in DynamoDB (Local reports ${fmt(dispatchCapacity / DISPATCHED, 2)}) |
| checker on a failing monitor (confirmation 1: down, re-check down, incident opened and page queued in one run; ${FAILING_RUNS} runs) | p50 ${fmt(percentile(failingMs, 50))} ms, p95 ${fmt(percentile(failingMs, 95))} ms, max ${fmt(checkerMax)} ms |

${dispatchNote} Seeding the ${DISPATCHED.toLocaleString('en')} monitors and their due markers (BatchWriteItem) took ${seconds(seedMs)} s and is not counted.

**Detection → page latency** (interval 1 minute, confirmation 2): outage start → the next scheduled check (a wait
of 0–60 s, **schedule**): it fails and is re-checked at once, the re-check fails — one observation, the count is 1,
nothing opens → the next scheduled check one interval later (60 s, **schedule**) fails: the second observation, one
transaction opens the incident with the page's e-mail in the outbox (the checker's time: **measured** above, a run
with a re-check, so an upper estimate of this run of one probe) → \`send-notifications\`, every minute, sends it
(a wait of 0–60 s, **schedule**). Both waits sampled uniformly, the interval added, the checker's time drawn from the
${FAILING_RUNS} runs: ${SAMPLES.toLocaleString('en')} samples, seeded. Not included: the dispatcher's time to reach the monitor in its tick
(above), SQS delivery and SES.

| detection → page | p50 s | p95 s | max s | the design's bound |
|---|---|---|---|---|
| outage start → page e-mail sent | ${seconds(percentile(latencies, 50))} | ${seconds(percentile(latencies, 95))} | ${seconds(Math.max(...latencies))} | ≤ 180 s + checker time: the next check (≤ 60 s), the confirming check one interval later (60 s), the outbox sender (≤ 60 s) (${seconds(MINUTE_MS * 3 + checkerMax)} s with the slowest run) |
`;
  } finally {
    await target.stop();
    await dynamo.stop();
  }
};
