import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { PROJECT_ROOT } from '../project-root.js';

/**
 * Where the delivery pipeline lives and what it watches: `infra/stages/pipeline.json`, read by
 * `cdk synth|deploy -c pipeline=true`. What the stages themselves deploy stays in their own files
 * (`infra/stages/staging.json`, `prod.json`).
 */

const Account = z.string().regex(/^\d{12}$/, 'a 12-digit AWS account id');
const Region = z.string().regex(/^[a-z]{2}(-gov)?-[a-z]+-\d$/, 'an AWS region, e.g. eu-central-1');
/** A Secrets Manager secret name (not an ARN): the tooling account's secret of the smoke user of one stage. */
const SecretName = z
  .string()
  .regex(/^[A-Za-z0-9/_+=.@-]{1,512}$/, 'a Secrets Manager secret name, e.g. opsdesk/smoke/staging')
  .refine(
    (name) => !/-[A-Za-z0-9]{6}$/.test(name),
    'a name that does not end in a hyphen and six characters (Secrets Manager takes those for an ARN suffix)',
  );

export const PipelineConfigSchema = z.strictObject({
  /** The tooling account the pipeline, its artifact bucket and its CodeBuild projects live in. */
  tooling: z.strictObject({ account: Account, region: Region }),
  source: z.strictObject({
    /** The GitHub (or GitLab, Bitbucket) repository, `owner/name`. */
    repository: z
      .string()
      .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'owner/name, e.g. opsdesk/opsdesk')
      .refine((value) => !value.endsWith('.git'), 'owner/name without .git'),
    /** Every commit merged to it goes through the pipeline; nothing else reaches a stage. */
    branch: z
      .string()
      .min(1)
      .max(255)
      .regex(/^(?!\/|.*\/\/|.*\.\.|.*\/$)[A-Za-z0-9._/-]+$/, 'a git branch name, e.g. main'),
    /** The CodeStar (CodeConnections) connection to the repository host, authorised once in the console. */
    connectionArn: z
      .string()
      .regex(
        /^arn:aws(-[a-z]+)*:(codestar-connections|codeconnections):[a-z]{2}(-gov)?-[a-z]+-\d:\d{12}:connection\/[0-9a-f-]{36}$/,
        'a CodeStar connection ARN, arn:aws:codeconnections:<region>:<account>:connection/<uuid>',
      ),
  }),
  /**
   * Per stage, the tooling account's secret holding its smoke user as JSON `{ "clientId", "username", "password" }`:
   * the Cognito app client that allows USER_PASSWORD_AUTH and a customer-admin of an organisation of its own.
   */
  smoke: z.strictObject({
    staging: z.strictObject({ secretName: SecretName }),
    prod: z.strictObject({ secretName: SecretName }),
  }),
});
export type PipelineConfig = z.infer<typeof PipelineConfigSchema>;

export const PIPELINE_CONFIG_PATH = join(PROJECT_ROOT, 'infra', 'stages', 'pipeline.json');

/** Validates a pipeline configuration; throws one message naming the source and every wrong field. */
export const parsePipelineConfig = (raw: unknown, source: string): PipelineConfig => {
  const parsed = PipelineConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`${source} is not a valid pipeline configuration:\n  ${problems.join('\n  ')}`);
  }
  if (parsed.data.smoke.staging.secretName === parsed.data.smoke.prod.secretName)
    throw new Error(`${source}: staging and prod need smoke users of their own (smoke.*.secretName are the same).`);
  return parsed.data;
};

export const loadPipelineConfig = (path: string = PIPELINE_CONFIG_PATH): PipelineConfig => {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Pipeline: cannot read ${path}: ${(error as Error).message}`);
  }
  return parsePipelineConfig(raw, path);
};
