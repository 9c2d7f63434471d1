import { DynamoRateLimiter } from '../adapters/dynamodb/dynamo-rate-limiter.js';
import type { HttpRateLimiting } from '../http/rate-limit.js';
import { ENV, optionalEnv } from './env.js';
import { clock } from './platform.js';
import { rateLimitsFromEnv } from './rate-limits.js';
import { tableConfig } from './table.js';

let limiting: HttpRateLimiting | undefined;

/**
 * The rate limiting of this process, built on first use (the first handler with a limited route, at cold
 * start): buckets in the table on the stack's clock, numbers from the environment (read once).
 */
export const httpRateLimiting = (): HttpRateLimiting => {
  if (!limiting) {
    const { client, tableName } = tableConfig();
    limiting = {
      limiter: new DynamoRateLimiter(client, tableName, clock),
      limits: rateLimitsFromEnv(),
      clientIpHeader: optionalEnv(ENV.clientIpHeader)?.toLowerCase(),
    };
  }
  return limiting;
};
