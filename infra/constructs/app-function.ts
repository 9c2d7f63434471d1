import { join } from 'node:path';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  ApplicationLogLevel,
  Architecture,
  LoggingFormat,
  Runtime,
  SystemLogLevel,
  Tracing,
} from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { stageEnvironment } from '../../functions/config/stage.js';
import { PROJECT_ROOT } from '../project-root.js';
import type { StageConfig } from '../stage-config.js';
import { LAMBDA_BUNDLING } from './lambda-bundling.js';

export interface AppFunctionProps {
  /** Entry file relative to the project root, e.g. `functions/tenancy/http.ts`; it must export `handler`. */
  entry: string;
  /** `POWERTOOLS_SERVICE_NAME`: how this function names itself in logs and metrics. */
  serviceName: string;
  description?: string;
  /** Merged over the defaults below; the caller's value wins for the same name. */
  environment?: Record<string, string>;
  memorySize?: number;
  timeout?: Duration;
  /**
   * The stage it belongs to: its name and seller go into the environment (`STAGE`, `SELLER`, with the metrics
   * namespace: functions/config/stage.ts), its log retention is the stage's `logs.functionRetentionDays`.
   */
  stage: Pick<StageConfig, 'stage' | 'seller' | 'logs'>;
}

/**
 * The one place that holds Lambda defaults, so every function in Opsdesk bundles, logs and runs the
 * same way. Callers add only what differs: entry, environment, grants.
 */
export class AppFunction extends Construct {
  readonly function: NodejsFunction;
  readonly logGroup: LogGroup;
  /** The bundled entry, relative to the project root (the bundle-size test measures every deployed one). */
  readonly entry: string;

  constructor(scope: Construct, id: string, props: AppFunctionProps) {
    super(scope, id);
    this.entry = props.entry;

    // An explicit log group: retention is ours to set (the implicit one keeps logs forever) and the
    // group is part of the stack, so it goes when the function goes.
    this.logGroup = new LogGroup(this, 'LogGroup', {
      // LOG_RETENTION_DAYS (stage-config.ts) holds exactly the values RetentionDays names.
      retention: props.stage.logs.functionRetentionDays as RetentionDays,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // Our own role instead of the default one: the default attaches the AWS managed
    // AWSLambdaBasicExecutionRole (logs:* on every log group of the account). This role may only
    // write to this function's own log group; callers add data grants on top.
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of ${props.serviceName}`,
    });
    this.logGroup.grantWrite(role);
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Active X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords have no resource-level permissions; no other action of this role is granted on * (test/infra/constructs/app-function.test.ts).',
    });

    this.function = new NodejsFunction(this, 'Function', {
      entry: join(PROJECT_ROOT, props.entry),
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: join(PROJECT_ROOT, 'package-lock.json'),
      // The newest Node runtime aws-cdk-lib knows (cdk-nag L1 asks for the latest).
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      description: props.description,
      role,
      logGroup: this.logGroup,
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: ApplicationLogLevel.INFO,
      systemLogLevelV2: SystemLogLevel.WARN,
      // Every function is traced (X-Ray), so a request can be followed across functions, queues and the SDK calls.
      tracing: Tracing.ACTIVE,
      environment: {
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        ...stageEnvironment(props.stage),
        NODE_OPTIONS: '--enable-source-maps',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        ...props.environment,
      },
      bundling: {
        // Never Docker: the local esbuild package bundles in milliseconds and works offline.
        forceDockerBundling: false,
        format: OutputFormat.ESM,
        mainFields: [...LAMBDA_BUNDLING.mainFields],
        minify: LAMBDA_BUNDLING.minify,
        target: LAMBDA_BUNDLING.target,
        sourceMap: true,
        // Source maps only need mappings and names for stack traces; embedding sources doubles the asset.
        sourcesContent: false,
        // Bundle the SDK clients the project pins in package-lock.json instead of using whatever
        // version the runtime ships: behaviour is then the one the tests ran against, and one minified file
        // loads faster at cold start than the runtime's unbundled SDK (docs/performance.md).
        bundleAwsSDK: true,
        externalModules: [],
        esbuildArgs: Object.fromEntries(
          Object.entries(LAMBDA_BUNDLING.alias).map(([module, replacement]) => [`--alias:${module}`, replacement]),
        ),
        banner: LAMBDA_BUNDLING.banner,
      },
    });
  }
}
