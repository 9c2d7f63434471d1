import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '../../../shared/platform/ports.js';
import {
  gcra,
  gcraBounds,
  type RateBucket,
  type RateDecision,
  type RateLimit,
  type RateLimiter,
} from '../../../shared/platform/rate-limits.js';
import { keys } from './keys.js';

/** Rounds at most: a rested write, a busy write, and once more if TTL deleted the bucket in between. */
const MAX_ATTEMPTS = 3;

/**
 * GCRA buckets in the table, one item each (`tat` in epoch ms, TTL `expiresAt`), changed by conditional
 * UpdateItems only — no read before the write, so concurrent requests cannot both take the last token.
 * DynamoDB cannot compute `max(tat, now)`, so the two cases are two conditions: a rested bucket
 * (`tat ≤ now` or none) is set to `now + T`; a busy one (`now < tat ≤ admitUpTo`) is incremented by T.
 * A failed condition returns the item (ALL_OLD), which says which case applies or that the request is over
 * the limit and for how long; `tat` only grows, so that answer stays true.
 */
export class DynamoRateLimiter implements RateLimiter {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock,
  ) {}

  async take(bucket: RateBucket, limit: RateLimit): Promise<RateDecision> {
    const now = this.clock.now().getTime();
    const bounds = gcraBounds(now, limit);
    const common = {
      TableName: this.tableName,
      Key: keys.rateBucket(bucket.owner, bucket.name),
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
      ReturnValues: 'UPDATED_NEW' as const,
    };
    const values = {
      ':entity': 'rate_bucket',
      ':v': 1,
      ':expiresAt': Math.ceil(bounds.expiresAtMs / 1000),
    };
    const set = 'SET entity = :entity, v = :v, expiresAt = :expiresAt';
    let rested = true;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      try {
        const { Attributes } = await this.client.send(
          rested
            ? new UpdateCommand({
                ...common,
                UpdateExpression: `${set}, tat = :tat`,
                ConditionExpression: 'attribute_not_exists(tat) OR tat <= :now',
                ExpressionAttributeValues: { ...values, ':tat': bounds.restedTat, ':now': now },
              })
            : new UpdateCommand({
                ...common,
                UpdateExpression: `${set}, tat = tat + :interval`,
                ConditionExpression: 'tat > :now AND tat <= :admitUpTo',
                ExpressionAttributeValues: {
                  ...values,
                  ':interval': bounds.interval,
                  ':now': now,
                  ':admitUpTo': bounds.admitUpTo,
                },
              }),
        );
        return { allowed: true, tat: Number(Attributes?.tat), retryAfterMs: 0 };
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        const stored = (error.Item as Record<string, { N?: string }> | undefined)?.tat?.N;
        const tat = stored === undefined ? null : Number(stored);
        const decision = gcra(tat, now, limit);
        if (!decision.allowed) return decision;
        rested = tat === null || tat <= now;
      }
    }
    // Only TTL deleting the item between attempts, again and again, gets here: refuse for one interval.
    return { allowed: false, tat: now, retryAfterMs: bounds.interval };
  }
}
