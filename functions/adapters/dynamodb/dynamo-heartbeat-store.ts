import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Heartbeat, HeartbeatStore } from '../../../shared/operations/heartbeats.js';
import { keys } from './keys.js';
import { queryAll } from './pagination.js';

/** Scheduled jobs' heartbeats: one item per job in `P#HEARTBEAT` (access patterns 37–38). */
export class DynamoHeartbeatStore implements HeartbeatStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async record(heartbeat: Omit<Heartbeat, 'lastOkAt'>): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.heartbeat(heartbeat.jobId),
          // Two runs of a job can overlap (a slow run and the next invocation): the later finish wins.
          ConditionExpression: 'attribute_not_exists(finishedAt) OR finishedAt < :finishedAt',
          UpdateExpression: `SET entity = :entity, v = :v, jobId = :jobId, finishedAt = :finishedAt, outcome = :outcome, durationMs = :durationMs, #count = :count, #error = :error${
            heartbeat.outcome === 'ok' ? ', lastOkAt = :finishedAt' : ''
          }`,
          ExpressionAttributeNames: { '#count': 'count', '#error': 'error' },
          ExpressionAttributeValues: {
            ':entity': 'heartbeat',
            ':v': 1,
            ':jobId': heartbeat.jobId,
            ':finishedAt': heartbeat.finishedAt,
            ':outcome': heartbeat.outcome,
            ':durationMs': heartbeat.durationMs,
            ':count': heartbeat.count,
            ':error': heartbeat.error,
          },
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return;
      throw error;
    }
  }

  async list(): Promise<Heartbeat[]> {
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.heartbeatPartition, ':prefix': keys.heartbeatPrefix },
    });
    return items.map((item) => ({
      jobId: String(item.jobId),
      finishedAt: String(item.finishedAt),
      outcome: item.outcome === 'ok' ? 'ok' : 'failed',
      durationMs: Number(item.durationMs),
      count: typeof item.count === 'number' ? item.count : null,
      error: typeof item.error === 'string' ? item.error : null,
      lastOkAt: typeof item.lastOkAt === 'string' ? item.lastOkAt : null,
    }));
  }
}
