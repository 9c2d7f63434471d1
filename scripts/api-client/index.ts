import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { paths } from './schema.js';

/**
 * The typed client for customers' scripts: openapi-fetch over the types openapi-typescript generates from the
 * OpenAPI document the API serves (schema.d.ts). Every path, parameter, body and answer is checked by TypeScript.
 *
 * ```ts
 * const opsdesk = createOpsdeskClient({ baseUrl: 'https://opsdesk.example', apiKey: process.env.OPSDESK_API_KEY! });
 * const { data, error } = await opsdesk.POST('/api/tasks', { body: { typeId: 'custom', params: { description: '…' } } });
 * ```
 */

export type { components, operations, paths } from './schema.js';

export interface OpsdeskClientOptions {
  /** Where the API answers: `https://<your Opsdesk>` (the paths start with `/api/`). */
  baseUrl: string;
  /** An API key (`odk_…`, made by a customer-admin under Organisation → API keys), or a user's token. */
  apiKey: string;
  /** Another fetch (a proxy, a test's); the global one by default. */
  fetch?: ClientOptions['fetch'];
}

export type OpsdeskClient = Client<paths>;

export const createOpsdeskClient = ({ baseUrl, apiKey, fetch }: OpsdeskClientOptions): OpsdeskClient =>
  createClient<paths>({
    baseUrl,
    headers: { Authorization: `Bearer ${apiKey}` },
    ...(fetch ? { fetch } : {}),
  });
