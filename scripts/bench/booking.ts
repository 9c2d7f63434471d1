import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../../functions/adapters/dynamodb/client.js';
import { DynamoBookingRepository } from '../../functions/adapters/dynamodb/dynamo-booking-repository.js';
import {
  DynamoOnCallRotaRepository,
  DynamoStaffAvailabilityRepository,
} from '../../functions/adapters/dynamodb/dynamo-staff-availability-repository.js';
import { DynamoSubscriptionRepository } from '../../functions/adapters/dynamodb/dynamo-subscription-repository.js';
import { DynamoTenantRepository } from '../../functions/adapters/dynamodb/dynamo-tenant-repository.js';
import { RandomIds } from '../../functions/adapters/system/random-ids.js';
import { SystemClock } from '../../functions/adapters/system/system-clock.js';
import { book } from '../../shared/booking/bookings.js';
import { TABLE } from '../../shared/contracts/resources.js';
import type { Actor } from '../../shared/platform/actor.js';
import { startLocalStack } from '../local-stack/stack.js';
import { countCommands, fmt, percentile } from './measure.js';

const ids = new RandomIds();

/**
 * Sequential stages of what a client sends, from a wrapper around it: a call's stage is one more than the highest
 * stage of the calls that had finished when it was sent (it may depend on them; calls in flight together share a
 * stage). `depth()` is the number of stages since `reset()`, `shape()` the commands of each stage.
 */
const countStages = (client: DynamoDBDocumentClient) => {
  let finished = 0;
  let calls: { stage: number; name: string }[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const call = { stage: finished + 1, name: String(context.commandName ?? '?').replace(/Command$/, '') };
      calls.push(call);
      try {
        return await next(args);
      } finally {
        finished = Math.max(finished, call.stage);
      }
    },
    { step: 'initialize', name: 'countStages' },
  );
  return {
    reset: () => {
      finished = 0;
      calls = [];
    },
    depth: () => Math.max(0, ...calls.map((call) => call.stage)),
    shape: () => {
      const byStage = new Map<number, Map<string, number>>();
      for (const call of calls) {
        const names = byStage.get(call.stage) ?? new Map<string, number>();
        names.set(call.name, (names.get(call.name) ?? 0) + 1);
        byStage.set(call.stage, names);
      }
      return [...byStage.entries()]
        .sort(([a], [b]) => a - b)
        .map(([, names]) => [...names].map(([name, n]) => (n > 1 ? `${name}×${n}` : name)).join(' + '))
        .join(' → ');
    },
  };
};
const clock = new SystemClock();

/**
 * Booking on the local stack (started in this process): availability for a month with five staff
 * and one type; booking latency under 100-way contention; DynamoDB round trips and consumed capacity
 * per booking (every command sent with ReturnConsumedCapacity=TOTAL).
 */
export const benchBooking = async (): Promise<string> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'opsdesk-bench-booking-'));
  const stack = await startLocalStack({ port: 0, dataDir, buildWeb: false });
  try {
    const client = createDocumentClient(process.env.DYNAMODB_ENDPOINT);
    const staff = new DynamoStaffAvailabilityRepository(client, TABLE.name);
    const tenants = new DynamoTenantRepository(client, TABLE.name);
    const owner = (await tenants.findUserByEmail('owner@demo.example'))!;
    const actor: Actor = { userId: owner.id, email: owner.email, roles: owner.roles, tenantId: owner.tenantId };

    // Five staff: the seeded operator and four more, in two zones.
    const weekly = (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, start: '09:00', end: '17:00' }));
    const extra: string[] = [];
    for (let i = 0; i < 4; i++) {
      const staffId = ids.newId();
      extra.push(staffId);
      await staff.put(
        staffId,
        { timeZone: i % 2 ? 'Europe/Berlin' : 'Europe/Lisbon', weekly, exceptions: [] },
        {
          id: ids.newId(),
          tenantId: null,
          at: new Date().toISOString(),
          actor: { userId: 'bench', email: 'bench@opsdesk.local', roles: ['provider-admin'] },
          action: 'staff.availability_set',
          target: { type: 'staff', id: staffId },
          details: {},
        },
      );
    }

    const raceStaff = extra[0]!;

    // Round trips, sequential stages and consumed capacity per booking, through the use case with a counting client.
    const count = countCommands(client);
    const stages = countStages(client);
    const deps = {
      bookings: new DynamoBookingRepository(client, TABLE.name),
      staff,
      onCall: new DynamoOnCallRotaRepository(client, TABLE.name),
      tenants,
      subscriptions: new DynamoSubscriptionRepository(client, TABLE.name),
      clock,
      ids,
    };
    const monday = (() => {
      const d = new Date(Date.now() + 7 * 86_400_000);
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + ((8 - d.getUTCDay()) % 7));
    })();
    const perBooking: { commands: number; capacity: number; stages: number; shape: string }[] = [];
    for (let i = 0; i < 40; i++) {
      const start = new Date(monday + Math.floor(i / 8) * 86_400_000 + (9 + (i % 8)) * 3_600_000).toISOString();
      count.reset();
      stages.reset();
      await book(deps, actor, { typeId: 'hands-on', start, durationMinutes: 60 });
      perBooking.push({
        commands: count.commands,
        capacity: count.capacity,
        stages: stages.depth(),
        shape: stages.shape(),
      });
    }
    const login = await fetch(`${stack.url}/auth/dev/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'owner@demo.example' }),
    });
    const authorization = `Bearer ${((await login.json()) as { token: string }).token}`;

    // Availability for a month, five staff, one type (40 bookings in it).
    const query = new URLSearchParams({
      type: 'hands-on',
      from: new Date(monday).toISOString(),
      to: new Date(monday + 31 * 86_400_000).toISOString(),
      timeZone: 'America/New_York',
      durationMinutes: '60',
    });
    const availability: number[] = [];
    let slotCount = 0;
    for (let i = 0; i < 50; i++) {
      const t = performance.now();
      const response = await fetch(`${stack.url}/api/availability?${query}`, { headers: { authorization } });
      slotCount = ((await response.json()) as { slots: unknown[] }).slots.length;
      availability.push(performance.now() - t);
    }

    // 100-way contention for one slot of one staff member (one wins, 99 get 409), three rounds on three slots.
    const raced = { won: [] as number[], lost: [] as number[], other: [] as number[], firstLoss: '' };
    for (let round = 0; round < 3; round++) {
      const contested = new Date(monday + (14 + round) * 86_400_000 + 10 * 3_600_000).toISOString();
      await Promise.all(
        Array.from({ length: 100 }, async () => {
          const t = performance.now();
          const response = await fetch(`${stack.url}/api/bookings`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization },
            body: JSON.stringify({ typeId: 'hands-on', start: contested, durationMinutes: 60, staffId: raceStaff }),
          });
          const text = await response.text();
          const ms = performance.now() - t;
          if (response.status === 201) raced.won.push(ms);
          else if (response.status === 409) {
            raced.lost.push(ms);
            raced.firstLoss ||= text;
          } else raced.other.push(response.status);
        }),
      );
    }
    client.destroy();
    const avg = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    return `## Booking (local stack in-process, DynamoDB Local)

| measure | value |
|---|---|
| availability, 31 days × 5 staff × 1 type (${slotCount} slots, 40 bookings), 50 requests | p50 ${fmt(percentile(availability, 50))} ms, p95 ${fmt(percentile(availability, 95))} ms (target < 100 ms p95) |
| 100 concurrent POST /api/bookings for one start time and one staff member, 3 rounds | ${raced.won.length} × 201, ${raced.lost.length} × 409${raced.other.length ? `, ${raced.other.length} other (${[...new Set(raced.other)].join(', ')})` : ''}; all: p50 ${fmt(percentile([...raced.won, ...raced.lost], 50))} ms, p99 ${fmt(percentile([...raced.won, ...raced.lost], 99))} ms; winners max ${fmt(Math.max(...raced.won))} ms; losers (409) p50 ${fmt(percentile(raced.lost, 50))} ms, p99 ${fmt(percentile(raced.lost, 99))} ms |
| DynamoDB calls per booking (use case, 40 bookings; counted by a wrapper around the client) | first ${perBooking[0]?.commands}, then mean ${fmt(avg(perBooking.slice(1).map((b) => b.commands)))} |
| sequential stages per booking (a call depends on every call that finished before it was sent) | first ${perBooking[0]?.stages} (${perBooking[0]?.shape}), then ${[...new Set(perBooking.slice(1).map((b) => `${b.stages} (${b.shape})`))].join('; ')} |
| consumed capacity per booking (ReturnConsumedCapacity=TOTAL) | ${fmt(avg(perBooking.map((b) => b.capacity)))} capacity units |
`;
  } finally {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
};
