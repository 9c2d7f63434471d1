import { performance } from 'node:perf_hooks';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createDocumentClient } from '../../functions/adapters/dynamodb/client.js';
import { DynamoTenantRepository } from '../../functions/adapters/dynamodb/dynamo-tenant-repository.js';
import { createTableInput } from '../../functions/adapters/dynamodb/table.js';
import { CALLER_CACHE_TTL_MS } from '../../functions/config/callers.js';
import { CachedCallerDirectory } from '../../functions/http/caller-cache.js';
import type { Tenant, User } from '../../shared/tenancy/model.js';
import { LOCAL_AWS, startDynamoDbLocal } from '../local-stack/engines.js';
import { countCommands, fmt, percentile } from './measure.js';

/**
 * What resolving the caller against the table costs every authenticated request (issue 11): the round trips,
 * consumed capacity and latency of the directory's read on DynamoDB Local, uncached (a cold container, or the
 * first request of a user in 5 s) and from a warm container's cache.
 */
export const benchCallers = async (requests = 300): Promise<string> => {
  const dynamo = await startDynamoDbLocal();
  Object.assign(process.env, {
    AWS_REGION: LOCAL_AWS.region,
    AWS_ACCESS_KEY_ID: LOCAL_AWS.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_AWS.credentials.secretAccessKey,
  });
  try {
    const tableName = 'bench-callers';
    await new DynamoDBClient({ ...LOCAL_AWS, endpoint: dynamo.endpoint }).send(
      new CreateTableCommand(createTableInput(tableName)),
    );
    const client = createDocumentClient(dynamo.endpoint);
    const count = countCommands(client);
    const repository = new DynamoTenantRepository(client, tableName);
    const at = new Date().toISOString();
    const tenant: Tenant = {
      id: 'bench-tenant',
      name: 'Bench Verein',
      status: 'active',
      timeZone: 'Europe/Berlin',
      planId: null,
      createdAt: at,
      deletionDueAt: null,
    };
    const admin: User = {
      id: 'bench-admin',
      tenantId: tenant.id,
      email: 'admin@bench.example',
      name: 'Admin',
      roles: ['customer-admin'],
      createdAt: at,
    };
    const audit = {
      id: 'bench-audit',
      tenantId: tenant.id,
      at,
      actor: { userId: admin.id, email: admin.email, roles: admin.roles },
      action: 'tenant.signed_up',
      target: { type: 'tenant', id: tenant.id },
      details: {},
    };
    await repository.createTenantWithAdmin({ tenant, admin, audit });

    const measure = async (lookup: () => Promise<unknown>) => {
      count.reset();
      const samples: number[] = [];
      for (let i = 0; i < requests; i++) {
        const t = performance.now();
        await lookup();
        samples.push(performance.now() - t);
      }
      return {
        p50: percentile(samples, 50),
        p95: percentile(samples, 95),
        commands: count.commands,
        capacity: count.capacity,
      };
    };
    const uncached = await measure(() => repository.findCaller(tenant.id, admin.id));
    const cache = new CachedCallerDirectory(repository, CALLER_CACHE_TTL_MS);
    const cached = await measure(() => cache.findCaller(tenant.id, admin.id));
    client.destroy();
    return `## Resolving the caller (every authenticated request; DynamoDB Local, ${requests} sequential lookups each)

The token says who; the table says what they may do (shared/tenancy/resolve-caller.ts). One strongly consistent
\`BatchGetItem\` of the user and their organisation, kept ${CALLER_CACHE_TTL_MS / 1000} s by a warm container.

| lookup | round trips per request | capacity per request | p50 ms | p95 ms |
|---|---|---|---|---|
| uncached (cold container, or a user's first request in ${CALLER_CACHE_TTL_MS / 1000} s) | ${fmt(uncached.commands / requests, 2)} | ${fmt(uncached.capacity / requests, 2)} RCU | ${fmt(uncached.p50, 2)} | ${fmt(uncached.p95, 2)} |
| warm container's cache | ${fmt(cached.commands / requests, 2)} | ${fmt(cached.capacity / requests, 2)} RCU | ${fmt(cached.p50, 2)} | ${fmt(cached.p95, 2)} |
`;
  } finally {
    await dynamo.stop();
  }
};
