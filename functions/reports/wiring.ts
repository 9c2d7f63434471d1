import type { ReportsDeps } from '../../shared/reports/deps.js';
import { DynamoCheckResultStore } from '../adapters/dynamodb/dynamo-check-result-store.js';
import { DynamoIncidentRepository } from '../adapters/dynamodb/dynamo-incident-repository.js';
import { DynamoMonitorRepository } from '../adapters/dynamodb/dynamo-monitor-repository.js';
import { DynamoPlatformStatus } from '../adapters/dynamodb/dynamo-platform-status.js';
import { DynamoReportFactsReader } from '../adapters/dynamodb/dynamo-report-facts.js';
import { DynamoReportStore } from '../adapters/dynamodb/dynamo-report-store.js';
import { DynamoStatusPageRepository } from '../adapters/dynamodb/dynamo-status-page-repository.js';
import { DynamoTenantRepository } from '../adapters/dynamodb/dynamo-tenant-repository.js';
import { webOrigin } from '../config/env.js';
import { clock, ids } from '../config/platform.js';
import { tableConfig } from '../config/table.js';

/**
 * The reports context's adapters, built once per cold start by its entry points (HTTP; the period-close consumer
 * makes the reports with the same ones).
 */
export const createReportsDeps = () => {
  const { client, tableName } = tableConfig();
  const deps: ReportsDeps = {
    clock,
    ids,
    statusPages: new DynamoStatusPageRepository(client, tableName),
    monitors: new DynamoMonitorRepository(client, tableName),
    results: new DynamoCheckResultStore(client, tableName, () => clock.now()),
    incidents: new DynamoIncidentRepository(client, tableName),
    tenants: new DynamoTenantRepository(client, tableName),
    platform: new DynamoPlatformStatus(client, tableName, () => clock.now()),
    reports: new DynamoReportStore(client, tableName),
    facts: new DynamoReportFactsReader(client, tableName),
    links: { web: webOrigin() },
  };
  return { deps, table: { client, tableName } };
};
