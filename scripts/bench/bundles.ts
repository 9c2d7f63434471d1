import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { ENV } from '../../functions/config/env.js';
import { LAMBDA_BUNDLING } from '../../infra/constructs/lambda-bundling.js';
import { PROJECT_ROOT } from '../local-stack/stack.js';
import { fmt, percentile } from './measure.js';

/**
 * The Lambda bundles as they are deployed (infra/constructs/lambda-bundling.ts: ESM, minified, the AWS SDK inside,
 * the credential chain cut to the environment), their size against issue 18's budgets with each bundle's five
 * largest contributors (esbuild's metafile), and their cold init: importing the bundle in a fresh Node process.
 */

/** In the request path of an HTTP API call: the context functions and the authorizers. 250 KB minified. */
export const API_BUDGET_BYTES = 250 * 1024;
/** Queue consumers, schedules, event handlers and triggers. 150 KB minified. */
export const CONSUMER_BUDGET_BYTES = 150 * 1024;

export type FunctionKind = 'api' | 'consumer';

/**
 * Every deployed Lambda entry: each module under functions/ that exports a `handler`, relative to the project root —
 * but adapters, and the dev identity provider, which only the local stack serves.
 */
export const lambdaEntries = (): string[] => {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'adapters' && entry.name !== 'dev-identity') walk(path);
      } else if (entry.name.endsWith('.ts') && /^export const handler\b/m.test(readFileSync(path, 'utf8'))) {
        found.push(relative(PROJECT_ROOT, path));
      }
    }
  };
  walk(join(PROJECT_ROOT, 'functions'));
  return found.sort();
};

export const kindOf = (entry: string): FunctionKind =>
  /\/http\.ts$/.test(entry) || /^functions\/identity\/[a-z-]+-authorizer\.ts$/.test(entry) ? 'api' : 'consumer';

export interface BundleMeasure {
  entry: string;
  kind: FunctionKind;
  bytes: number;
  budget: number;
  /** The five largest packages (or project folders) by bytes in the output. */
  top: { name: string; bytes: number }[];
  /** The bytes of the AWS SDK (`@aws-sdk/*`, `@smithy/*`, `@aws-crypto/*`, `@aws/*`) in the output. */
  sdkBytes: number;
  /** Every input file of the output (node_modules paths included), for what a bundle may not contain. */
  inputs: string[];
  code: string;
}

/** What an input path counts as: its npm package, or its project folder (`shared/booking`). */
const contributorOf = (input: string): string => {
  const inPackage = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (inPackage) return inPackage[1]!;
  return input.split('/').slice(0, 2).join('/');
};
const isSdk = (name: string) => /^@(aws-sdk|smithy|aws-crypto|aws)\//.test(name);

/** Bundles one entry exactly as AppFunction does and measures the output. */
export const bundleEntry = async (entry: string): Promise<BundleMeasure> => {
  const result = await build({
    entryPoints: [join(PROJECT_ROOT, entry)],
    absWorkingDir: PROJECT_ROOT,
    bundle: true,
    write: false,
    metafile: true,
    outfile: join(tmpdir(), 'opsdesk-bundle.mjs'),
    logLevel: 'silent',
    platform: LAMBDA_BUNDLING.platform,
    format: LAMBDA_BUNDLING.format,
    target: LAMBDA_BUNDLING.target,
    mainFields: [...LAMBDA_BUNDLING.mainFields],
    minify: LAMBDA_BUNDLING.minify,
    banner: { js: LAMBDA_BUNDLING.banner },
    alias: { ...LAMBDA_BUNDLING.alias },
  });
  const output = result.outputFiles.find((file) => file.path.endsWith('.mjs'))!;
  const meta = Object.values(result.metafile.outputs)[0]!;
  const byContributor = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(meta.inputs)) {
    const name = contributorOf(input);
    byContributor.set(name, (byContributor.get(name) ?? 0) + bytesInOutput);
  }
  const kind = kindOf(entry);
  return {
    entry,
    kind,
    bytes: output.contents.byteLength,
    budget: kind === 'api' ? API_BUDGET_BYTES : CONSUMER_BUDGET_BYTES,
    top: [...byContributor]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([name, bytes]) => ({ name, bytes })),
    sdkBytes: [...byContributor].filter(([name]) => isSdk(name)).reduce((sum, [, bytes]) => sum + bytes, 0),
    inputs: Object.keys(meta.inputs),
    code: output.text,
  };
};

/**
 * The environment a deployed function starts with, as far as its cold start reads it: every name functions/config
 * reads set to a well-formed stand-in (nothing is called while importing), and Lambda's own variables.
 */
const coldStartEnvironment = (): NodeJS.ProcessEnv => {
  const devStage = JSON.parse(readFileSync(join(PROJECT_ROOT, 'infra/stages/dev.json'), 'utf8')) as { seller: unknown };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    AWS_REGION: 'eu-west-1',
    AWS_DEFAULT_REGION: 'eu-west-1',
    AWS_ACCESS_KEY_ID: 'AKIAEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'example',
    AWS_SESSION_TOKEN: 'example',
    AWS_LAMBDA_FUNCTION_NAME: 'opsdesk-bench',
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '512',
    POWERTOOLS_SERVICE_NAME: 'bench',
    POWERTOOLS_METRICS_NAMESPACE: 'Opsdesk/bench',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
  for (const name of Object.values(ENV)) env[name] = 'arn:aws:iam::123456789012:role/bench';
  Object.assign(env, {
    [ENV.stage]: 'dev',
    [ENV.seller]: JSON.stringify(devStage.seller),
    [ENV.tableName]: 'opsdesk-bench',
    [ENV.userPoolId]: 'eu-west-1_Example',
    [ENV.userPoolClientIds]: 'client1',
    [ENV.identityProvider]: 'cognito',
    [ENV.webUrl]: 'https://opsdesk.example',
    [ENV.paymentGraceDays]: '14',
    [ENV.notifier]: 'ses',
    [ENV.notificationFrom]: 'bookings@opsdesk.example',
    [ENV.hostRunner]: 'ssm',
    [ENV.clientIpHeader]: 'x-viewer-address',
    [ENV.devIdentitySecret]: 'bench-secret-bench-secret-bench-secret-bench',
  });
  for (const name of Object.keys(env)) if (/^RATE_LIMIT_/.test(name)) delete env[name];
  delete env[ENV.dynamoDbEndpoint];
  delete env[ENV.clockOffsetMs];
  delete env[ENV.localHostsDir];
  delete env[ENV.stripeApiUrl];
  delete env[ENV.stripeSecretKey];
  delete env[ENV.stripeWebhookSecret];
  return env;
};

/** Wall-clock milliseconds of `node <args>` in a fresh process; throws with its stderr when it fails. */
const timeNode = (args: string[], env: NodeJS.ProcessEnv): Promise<number> =>
  new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code === 0) resolve(ms);
      else reject(new Error(`node ${args.join(' ')} failed: ${stderr.slice(-1200)}`));
    });
  });

/**
 * Functions that read a secret at cold start (Stripe's keys, the origin secret) get it from this stand-in for
 * Secrets Manager on 127.0.0.1 (`AWS_ENDPOINT_URL_SECRETS_MANAGER`): one local round trip, where Lambda makes one
 * to the regional endpoint.
 */
const startSecretsManager = async () => {
  const secret = JSON.stringify({ secretKey: 'sk_test_bench', webhookSecret: 'whsec_bench' });
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
      response.end(
        JSON.stringify({
          ARN: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:bench',
          Name: 'bench',
          SecretString: secret,
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
};

export interface ColdInit {
  entry: string;
  /** Median wall time of `node <bundle>` minus the median of `node -e 0`, interleaved, in ms. */
  aboveEmptyMs: number;
  medianMs: number;
}

/**
 * Cold init: each bundle written to a directory without node_modules (as in Lambda, everything it needs is inside)
 * and imported by a fresh `node` process, `runs` times, interleaved with an empty `node -e 0` so load on the machine
 * hits both alike. The import includes the module's top-level work (clients built, configuration read).
 */
export const measureColdInit = async (
  bundles: BundleMeasure[],
  runs = 7,
): Promise<{ emptyMs: number; results: ColdInit[] }> => {
  const dir = mkdtempSync(join(tmpdir(), 'opsdesk-cold-'));
  const secrets = await startSecretsManager();
  const env = { ...coldStartEnvironment(), AWS_ENDPOINT_URL_SECRETS_MANAGER: secrets.url };
  try {
    const files = bundles.map((bundle) => {
      const file = join(dir, `${bundle.entry.replace(/[/.]/g, '_')}.mjs`);
      writeFileSync(file, bundle.code);
      return file;
    });
    const empty: number[] = [];
    const samples = bundles.map(() => [] as number[]);
    for (let run = 0; run < runs; run++) {
      for (const [index, file] of files.entries()) {
        empty.push(await timeNode(['-e', '0'], env));
        samples[index]!.push(await timeNode([file], env));
      }
    }
    const emptyMs = percentile(empty, 50);
    return {
      emptyMs,
      results: bundles.map((bundle, index) => {
        const medianMs = percentile(samples[index]!, 50);
        return { entry: bundle.entry, medianMs, aboveEmptyMs: medianMs - emptyMs };
      }),
    };
  } finally {
    secrets.close();
    rmSync(dir, { recursive: true, force: true });
  }
};

/** Cold init budget: importing the bundle adds at most this much to an empty Node process. */
export const COLD_INIT_BUDGET_MS = 60;

const kb = (bytes: number) => `${fmt(bytes / 1024, 0)} KB`;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

/** The report section of `npm run bench`. */
export const benchBundles = async (): Promise<string> => {
  const bundles: BundleMeasure[] = [];
  for (const entry of lambdaEntries()) bundles.push(await bundleEntry(entry));
  const cold = await measureColdInit(bundles);
  const coldOf = new Map(cold.results.map((result) => [result.entry, result]));
  const rows = bundles.map((bundle) => {
    const init = coldOf.get(bundle.entry)!;
    return `| ${bundle.entry} | ${bundle.kind} | ${kb(bundle.bytes)} | ${kb(bundle.budget)} ${verdict(bundle.bytes <= bundle.budget)} | ${kb(bundle.sdkBytes)} | ${kb(bundle.bytes - bundle.sdkBytes)} | ${bundle.top.map((t) => `${t.name} ${kb(t.bytes)}`).join(', ')} | ${fmt(init.aboveEmptyMs)} ms ${verdict(init.aboveEmptyMs <= COLD_INIT_BUDGET_MS)} |`;
  });
  const total = bundles.reduce((sum, bundle) => sum + bundle.bytes, 0);
  const passing = bundles.filter((bundle) => bundle.bytes <= bundle.budget).length;
  const coldPassing = cold.results.filter((result) => result.aboveEmptyMs <= COLD_INIT_BUDGET_MS).length;
  return `## Lambda bundles and cold init (as deployed: infra/constructs/lambda-bundling.ts)

Each function bundled by esbuild exactly as AppFunction does (ESM, minified, the AWS SDK inside, the credential chain
cut to the environment). Budget: ${kb(API_BUDGET_BYTES)} for the API's functions (context functions and authorizers),
${kb(CONSUMER_BUDGET_BYTES)} for consumers. "AWS SDK" is the part of the bundle from \`@aws-sdk/*\`, \`@smithy/*\`,
\`@aws-crypto/*\`; "ours + libraries" is the rest. Cold init: the bundle imported by a fresh \`node\` process from a
directory without node_modules, median of 7, minus the median of an empty \`node -e 0\` (${fmt(cold.emptyMs)} ms here)
measured interleaved; budget ${COLD_INIT_BUDGET_MS} ms.

${passing} of ${bundles.length} bundles within their size budget; ${coldPassing} of ${bundles.length} within the cold-init budget; ${kb(total)} in all.

| function | kind | size | budget | AWS SDK | ours + libraries | five largest contributors | cold init above \`node -e 0\` |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}
`;
};
