import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { SellerSchema } from '../shared/billing/invoices.js';
import { PROJECT_ROOT } from './project-root.js';

/**
 * What differs between Opsdesk's stages — and nothing else does: `cdk synth|deploy -c stage=<name>` reads
 * `infra/stages/<name>.json`, validated here, and the same code builds every stage from it (no branch per stage).
 * Plain `cdk synth` is `dev`.
 */

/** The retention periods CloudWatch Logs accepts (days). */
export const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;

const Throttle = z.strictObject({
  rateLimit: z.number().int().min(1).max(10_000),
  burstLimit: z.number().int().min(1).max(5_000),
});

const Hostname = z
  .string()
  .regex(
    /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
    'a lower-case DNS name, e.g. app.example.com',
  );

/**
 * An origin (scheme, host, port; no path) the app client may send users back to. Cognito accepts plain http only
 * for localhost, so the check is made here, at synth, instead of failing the deploy.
 */
const CallbackOrigin = z
  .url({ protocol: /^https?$/ })
  .refine(
    (value) => new URL(value).origin === value,
    'an origin without path or trailing slash, e.g. https://example.com',
  )
  .refine(
    (value) => new URL(value).protocol === 'https:' || ['localhost', '127.0.0.1'].includes(new URL(value).hostname),
    'https, or http on localhost only (Cognito refuses other http callback URLs)',
  );

export const StageConfigSchema = z.strictObject({
  /** The stage's name; prefixes its stack names (`dev-Opsdesk-Stateful`). */
  stage: z.string().regex(/^[a-z][a-z0-9-]{1,19}$/, 'lower-case letters, digits and dashes, 2–20 characters'),
  /**
   * Where it deploys. `null`: environment-agnostic (the dev stage synthesizes offline; `cdk deploy` then takes
   * the account and region of the credentials it runs with).
   */
  env: z
    .strictObject({
      account: z.string().regex(/^\d{12}$/, 'a 12-digit AWS account id'),
      region: z.string().regex(/^[a-z]{2}(-gov)?-[a-z]+-\d$/, 'an AWS region, e.g. eu-central-1'),
    })
    .nullable(),
  /** The web app's own domain on CloudFront and its ACM certificate (us-east-1); `null`: the *.cloudfront.net name. */
  domain: z
    .strictObject({
      name: Hostname,
      certificateArn: z
        .string()
        .regex(/^arn:aws:acm:us-east-1:\d{12}:certificate\/[0-9a-f-]{36}$/, 'an ACM certificate ARN in us-east-1'),
    })
    .nullable(),
  auth: z.strictObject({
    /** Prefix of the Cognito managed-login domain; `null`: `opsdesk-<stage>-<account id>`. */
    domainPrefix: z
      .string()
      .regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/)
      .nullable(),
    /** Origins besides the web app's own allowed as OAuth callback and logout targets (e.g. a developer's Vite server). */
    extraCallbackOrigins: z.array(CallbackOrigin).max(10),
  }),
  /** Who sells: the invoice header (functions get it as `SELLER`; the same schema checks it at cold start). */
  seller: SellerSchema,
  alarms: z.strictObject({
    /** Subscribed to the stage's alarm topic; `null`: no subscription (the topic still exists). */
    email: z.email().nullable(),
  }),
  logs: z.strictObject({
    /** Every function's log group. */
    functionRetentionDays: z.union(LOG_RETENTION_DAYS.map((days) => z.literal(days))),
    /** The HTTP API's access log. */
    accessLogRetentionDays: z.union(LOG_RETENTION_DAYS.map((days) => z.literal(days))),
  }),
  /** API Gateway stage throttles and the web ACL's per-IP limits. */
  throttles: z.strictObject({
    apiDefault: Throttle,
    apiPublic: Throttle,
    signUp: Throttle,
    stripeWebhook: Throttle,
    wafAnonymousPer5Minutes: z.number().int().min(100).max(2_000_000_000),
    wafApiPer5Minutes: z.number().int().min(100).max(2_000_000_000),
  }),
  /**
   * What happens to the data (table, queues, user pool, secrets) when its stack is deleted: `retain` keeps it,
   * `destroy` deletes it with the stack (throw-away stages only). Termination protection follows: on with `retain`.
   */
  removalPolicy: z.enum(['retain', 'destroy']),
  /** The stage's DynamoDB table. */
  table: z.strictObject({
    /**
     * `null`: the stateful stack creates and owns the table (the normal case). A table name: the stage uses that
     * existing table — one restored from PITR (docs/operations.md, "Restore the table") — and creates none; the
     * stack's own table, removed from its template, is kept by its removal policy `retain` (in a `destroy` stage
     * it is deleted).
     */
    importName: z
      .string()
      .regex(/^[A-Za-z0-9_.-]{3,255}$/, 'a DynamoDB table name: 3–255 letters, digits, _ . -')
      .nullable(),
  }),
  /** Name of the Secrets Manager secret holding Stripe's keys (`{ "secretKey", "webhookSecret" }`). */
  stripeSecretName: z.string().regex(/^[A-Za-z0-9/_+=.@-]{1,512}$/),
});
export type StageConfig = z.infer<typeof StageConfigSchema>;

export const STAGE_NAMES = ['dev', 'staging', 'prod'] as const;
export const DEFAULT_STAGE = 'dev';

export const stageConfigPath = (stage: string) => join(PROJECT_ROOT, 'infra', 'stages', `${stage}.json`);

/** Reads and validates a stage's configuration; throws one message naming the file and every wrong field. */
export const loadStageConfig = (stage: string = DEFAULT_STAGE): StageConfig => {
  if (!/^[a-z][a-z0-9-]{1,19}$/.test(stage))
    throw new Error(`Stage "${stage}" is not a stage name (e.g. dev, staging, prod).`);
  const path = stageConfigPath(stage);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Stage "${stage}": cannot read ${path}: ${(error as Error).message}`);
  }
  return parseStageConfig(raw, path, stage);
};

export const parseStageConfig = (raw: unknown, source: string, stage?: string): StageConfig => {
  const parsed = StageConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`${source} is not a valid stage configuration:\n  ${problems.join('\n  ')}`);
  }
  if (stage !== undefined && parsed.data.stage !== stage)
    throw new Error(`${source} says stage "${parsed.data.stage}", but it is the file of stage "${stage}".`);
  return parsed.data;
};
