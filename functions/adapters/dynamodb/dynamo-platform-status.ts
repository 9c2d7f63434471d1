import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { PlatformStatusSource } from '../../../shared/reports/deps.js';
import type { PlatformSample } from '../../../shared/reports/status-page.js';
import { keys } from './keys.js';
import { queryAll } from './pagination.js';

/** A component whose last sample is older than this shows as `no_data` (the job runs every 5 minutes). */
export const PLATFORM_SAMPLE_FRESH_MS = 15 * 60_000;
/** Day items are kept a little longer than the page shows (90 days), then expire. */
const PLATFORM_DAY_TTL_DAYS = 100;
const DAY_MS = 86_400_000;

/** The attribute suffix of a component: its name in lowercase letters, digits and hyphens. */
export const componentKey = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const dayOf = (at: Date): string => at.toISOString().slice(0, 10);

/**
 * Opsdesk's own components for the provider's status page: one item per UTC day (`P#PLATFORM_STATUS`, `DAY#<date>`)
 * holding, per component, how often it was seen up and down that day (`up_<key>`, `down_<key>`, added to) and its
 * last sample (`state_<key>`, `at_<key>`), its name and its place on the page.
 */
export class DynamoPlatformStatus implements PlatformStatusSource {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly now: () => Date,
  ) {}

  /** Adds one sample per component to the day of `now` (one UpdateItem). */
  async record(samples: readonly PlatformSample[]): Promise<void> {
    if (!samples.length) return;
    const at = this.now();
    const names: Record<string, string> = { '#day': 'day', '#entity': 'entity', '#v': 'v', '#ttl': 'expiresAt' };
    const values: Record<string, unknown> = {
      ':day': dayOf(at),
      ':entity': 'platform_status_day',
      ':v': 1,
      ':ttl': Math.ceil((at.getTime() + PLATFORM_DAY_TTL_DAYS * DAY_MS) / 1000),
      ':at': at.toISOString(),
    };
    const sets = ['#day = :day', '#entity = :entity', '#v = :v', '#ttl = if_not_exists(#ttl, :ttl)'];
    const adds: string[] = [];
    samples.forEach((sample, index) => {
      const key = componentKey(sample.name);
      Object.assign(names, {
        [`#n${index}`]: `name_${key}`,
        [`#s${index}`]: `state_${key}`,
        [`#a${index}`]: `at_${key}`,
        [`#o${index}`]: `order_${key}`,
        [`#u${index}`]: `up_${key}`,
        [`#d${index}`]: `down_${key}`,
      });
      Object.assign(values, {
        [`:n${index}`]: sample.name,
        [`:s${index}`]: sample.state,
        [`:o${index}`]: index,
        [`:u${index}`]: sample.state === 'up' ? 1 : 0,
        [`:d${index}`]: sample.state === 'down' ? 1 : 0,
      });
      sets.push(`#n${index} = :n${index}`, `#s${index} = :s${index}`, `#a${index} = :at`, `#o${index} = :o${index}`);
      adds.push(`#u${index} :u${index}`, `#d${index} :d${index}`);
    });
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.platformStatusDay(dayOf(at)),
        UpdateExpression: `SET ${sets.join(', ')} ADD ${adds.join(', ')}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
  }

  /** Each component's last sample (from today's and yesterday's items); older than 15 minutes is `no_data`. */
  async current(): Promise<{ name: string; state: 'up' | 'down' | 'no_data' }[]> {
    const now = this.now();
    const items = await this.items(dayOf(new Date(now.getTime() - DAY_MS)), dayOf(now));
    const latest = new Map<string, { name: string; state: string; at: string; order: number }>();
    for (const item of items) {
      for (const component of componentsOf(item)) {
        const known = latest.get(component.key);
        if (!known || known.at < component.at) latest.set(component.key, component);
      }
    }
    return [...latest.values()]
      .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name))
      .map((component) => ({
        name: component.name,
        state:
          now.getTime() - Date.parse(component.at) > PLATFORM_SAMPLE_FRESH_MS
            ? 'no_data'
            : component.state === 'down'
              ? 'down'
              : 'up',
      }));
  }

  async days(fromDay: string, toDay: string): Promise<{ name: string; day: string; up: number; down: number }[]> {
    const items = await this.items(fromDay, toDay);
    return items.flatMap((item) =>
      componentsOf(item).map((component) => ({
        name: component.name,
        day: String(item.day),
        up: component.up,
        down: component.down,
      })),
    );
  }

  private items(fromDay: string, toDay: string) {
    return queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: {
        ':pk': keys.platformStatusPartition,
        ':from': keys.platformStatusDay(fromDay).sk,
        ':to': keys.platformStatusDay(toDay).sk,
      },
    });
  }
}

/** The components of one day item (those with a name: every recorded one). */
const componentsOf = (item: Record<string, unknown>) =>
  Object.keys(item)
    .filter((attribute) => attribute.startsWith('name_'))
    .map((attribute) => {
      const key = attribute.slice('name_'.length);
      return {
        key,
        name: String(item[attribute]),
        state: String(item[`state_${key}`] ?? ''),
        at: String(item[`at_${key}`] ?? ''),
        order: Number(item[`order_${key}`] ?? 0),
        up: Number(item[`up_${key}`] ?? 0),
        down: Number(item[`down_${key}`] ?? 0),
      };
    });
