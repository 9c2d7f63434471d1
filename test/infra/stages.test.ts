import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Token, Validations } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { AppFunction } from '../../infra/constructs/app-function.js';
import { PROJECT_ROOT } from '../../infra/project-root.js';
import {
  loadStageConfig,
  parseStageConfig,
  STAGE_NAMES,
  type StageConfig,
  stageConfigPath,
} from '../../infra/stage-config.js';
import { routeEntries, routeKey } from '../../shared/contracts/routes.js';
import { createTestOpsdesk } from './support/opsdesk-app.js';

type Json = any;
type Templates = { stateful: Json; stateless: Json; edge: Json; operations: Json };

const CONFIGS = Object.fromEntries(STAGE_NAMES.map((name) => [name, loadStageConfig(name)])) as Record<
  (typeof STAGE_NAMES)[number],
  StageConfig
>;

/**
 * A stage synthesized as `cdk synth -c stage=<name>` does (cdk-nag on: app.synth throws on any finding), under one
 * construct id for all, so names CDK derives from construct paths compare (the pipeline chooses its own ids anyway).
 */
const synthesize = (config: StageConfig) => {
  const built = createTestOpsdesk({ stage: config, id: 'Stage' });
  built.app.synth();
  const assembly = built.stage.synth();
  const template = (stack: { artifactId: string }) => assembly.getStackArtifact(stack.artifactId).template;
  const templates: Templates = {
    stateful: template(built.stateful),
    stateless: template(built.stateless),
    edge: template(built.edge),
    operations: template(built.stage.operations),
  };
  return { ...built, templates };
};

const SYNTHESIZED = Object.fromEntries(STAGE_NAMES.map((name) => [name, synthesize(CONFIGS[name])])) as Record<
  (typeof STAGE_NAMES)[number],
  ReturnType<typeof synthesize>
>;

// ---- comparing templates: every difference must be a difference of the configurations ----------------------------

/** Every leaf (and every object or array) of a configuration by its path, `logs.functionRetentionDays`. */
const entriesOf = (value: unknown, path = ''): [string, unknown][] => {
  if (value === null || typeof value !== 'object') return [[path, value]];
  const children = Object.entries(value).flatMap(([key, child]) => entriesOf(child, path ? `${path}.${key}` : key));
  return [[path, value], ...children];
};

/** The configuration paths whose values differ between two stages. */
const differingPaths = (a: StageConfig, b: StageConfig): string[] => {
  const right = new Map(entriesOf(b));
  return entriesOf(a)
    .filter(([path, value]) => path !== '' && JSON.stringify(value) !== JSON.stringify(right.get(path)))
    .map(([path]) => path);
};

const valueAt = (config: StageConfig, path: string): unknown =>
  path.split('.').reduce<any>((value, key) => (value == null ? undefined : value[key]), config);

/**
 * A string with every differing configuration value (the stage's name, an account id, a domain, a secret name, or a
 * whole differing object as JSON) replaced by its path, and asset hashes by `<asset>`. Both stages' values are
 * replaced on both sides: one stage's value may be an ordinary word of the other's template (`opsdesk`).
 */
const normalise = (text: string, configs: StageConfig[], paths: string[]): string => {
  const replacements = configs
    .flatMap((config) => paths.map((path) => [path, valueAt(config, path)] as const))
    // Numbers are compared as numbers (below), never as parts of a string.
    .filter(([, value]) => typeof value !== 'number')
    .map(([path, value]) => [path, typeof value === 'string' ? value : JSON.stringify(value)] as const)
    .filter(([, value]) => value !== undefined && value !== 'null' && value.length > 1)
    .sort(([, x], [, y]) => y.length - x.length);
  let result = text.replace(/[0-9a-f]{64}/g, '<asset>');
  for (const [path, value] of replacements) result = result.split(value).join(`<${path}>`);
  return result;
};

/**
 * Whether two strings are the same name CDK generated from the stack's name (a CloudFront function, a policy):
 * each holds its stage's name and ends in a hash of it, and CDK cut each to a length limit in the middle, where
 * a longer stage name leaves fewer characters. Equal apart from the stage name, the hash and a cut of a few characters.
 */
const sameGeneratedName = (x: string, xStage: string, y: string, yStage: string): boolean => {
  const parts = (name: string, stage: string) => {
    const match = /^(.*?)([0-9A-F]{8})$/.exec(name);
    const at = match ? match[1]!.indexOf(stage) : -1;
    return match && at >= 0 ? [match[1]!.slice(0, at), match[1]!.slice(at + stage.length)] : null;
  };
  const [left, right] = [parts(x, xStage), parts(y, yStage)];
  if (!left || !right || left[0] !== right[0]) return false;
  const [a, b] = [left[1]!, right[1]!];
  if (a === b) return true;
  let prefix = 0;
  while (prefix < Math.min(a.length, b.length) && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < Math.min(a.length, b.length) - prefix && a.at(-1 - suffix) === b.at(-1 - suffix)) suffix++;
  const cut = (text: string) => text.slice(prefix, text.length - suffix);
  return suffix >= 8 && /^[A-Za-z0-9-]{0,12}$/.test(cut(a)) && /^[A-Za-z0-9-]{0,12}$/.test(cut(b));
};

/** How a removal policy shows in a template: DeletionPolicy, the table's and the user pool's deletion protection. */
const REMOVAL_RENDERINGS = { retain: ['Retain', true, 'ACTIVE'], destroy: ['Delete', false, 'INACTIVE'] } as const;

interface Difference {
  at: string;
  left: unknown;
  right: unknown;
}

/**
 * The template with its keys normalised: a logical id made from a construct path that holds the stage's name (an
 * event source named after the queue's stack) loses that name and the hashes CDK makes of the path.
 */
const normaliseKeys = (value: Json, configs: StageConfig[], paths: string[]): Json => {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => normaliseKeys(item, configs, paths));
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => {
      const normalised = normalise(key, configs, paths.includes('stage') ? ['stage'] : []);
      return [
        normalised === key ? key : normalised.replace(/[0-9A-F]{8}/g, '<hash>'),
        normaliseKeys(child, configs, paths),
      ];
    }),
  );
};

const differences = (left: Json, right: Json, at = ''): Difference[] => {
  if (JSON.stringify(left) === JSON.stringify(right)) return [];
  const bothObjects = left !== null && right !== null && typeof left === 'object' && typeof right === 'object';
  if (!bothObjects || Array.isArray(left) !== Array.isArray(right)) return [{ at, left, right }];
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].flatMap((key) => differences(left[key], right[key], `${at}/${key}`));
};

/** The differences between two stages' templates that their configurations do not explain. */
const unexplained = (a: StageConfig, left: Templates, b: StageConfig, right: Templates): Difference[] => {
  const paths = differingPaths(a, b);
  const explains = ({ left: x, right: y }: Difference): boolean => {
    if (paths.includes('removalPolicy')) {
      const index = (REMOVAL_RENDERINGS[a.removalPolicy] as readonly unknown[]).indexOf(x);
      if (index >= 0 && REMOVAL_RENDERINGS[b.removalPolicy][index] === y) return true;
    }
    if (typeof x === 'string' && typeof y === 'string')
      return normalise(x, [a, b], paths) === normalise(y, [a, b], paths) || sameGeneratedName(x, a.stage, y, b.stage);
    if (typeof x === 'number' && typeof y === 'number')
      return paths.some((path) => valueAt(a, path) === x && valueAt(b, path) === y);
    return false;
  };
  return (['stateful', 'stateless', 'edge', 'operations'] as const).flatMap((stack) =>
    // Keys too: a resource or output that exists in one stage only is a difference.
    differences(normaliseKeys(left[stack], [a, b], paths), normaliseKeys(right[stack], [a, b], paths), stack).filter(
      (difference) => !explains(difference),
    ),
  );
};

/**
 * `config` with `shape`'s value wherever the two differ in shape (null against a value, lists of different
 * length): the values that only change numbers and names stay, so two stages compare resource by resource.
 */
const alignShape = (config: unknown, shape: unknown): any => {
  if (config === null || shape === null) return config === null && shape === null ? null : shape;
  if (Array.isArray(config) || Array.isArray(shape))
    return Array.isArray(config) && Array.isArray(shape) && config.length === shape.length ? config : shape;
  if (typeof config === 'object' && typeof shape === 'object')
    return Object.fromEntries(
      Object.entries(config as object).map(([key, value]) => [key, alignShape(value, (shape as any)[key])]),
    );
  return config;
};

// ---- reading templates --------------------------------------------------------------------------------------------

const resourcesOf = (template: Json, type: string): [string, Json][] =>
  Object.entries(template.Resources as Record<string, Json>).filter(([, resource]) => resource.Type === type);
const distributionConfig = (templates: Templates) =>
  resourcesOf(templates.stateless, 'AWS::CloudFront::Distribution')[0]![1].Properties.DistributionConfig;
const appFunctions = (templates: Templates) =>
  [templates.stateful, templates.stateless].flatMap((template) =>
    resourcesOf(template, 'AWS::Lambda::Function')
      .filter(([, fn]) => fn.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME)
      .map(([id, fn]) => ({ id, fn, template })),
  );

describe('stage configurations', () => {
  it('has one valid file per stage in infra/stages, named after its stage', () => {
    const files = readdirSync(join(PROJECT_ROOT, 'infra', 'stages')).filter((file) => file.endsWith('.json'));
    // pipeline.json beside them is the delivery pipeline's own configuration, not a stage.
    expect(files.filter((file) => file !== 'pipeline.json').sort()).toEqual(
      STAGE_NAMES.map((name) => `${name}.json`).sort(),
    );
    for (const name of STAGE_NAMES) expect(CONFIGS[name].stage).toBe(name);
  });

  const dev = JSON.parse(readFileSync(stageConfigPath('dev'), 'utf8'));
  const refusal = (change: (config: Json) => void) => {
    const config = structuredClone(dev);
    change(config);
    try {
      parseStageConfig(config, 'infra/stages/broken.json');
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('accepted');
  };

  it.each([
    ['logs.functionRetentionDays', (config: Json) => (config.logs.functionRetentionDays = 8)],
    ['throttles.apiDefault.rateLimit', (config: Json) => (config.throttles.apiDefault.rateLimit = 0)],
    ['auth.extraCallbackOrigins.0', (config: Json) => (config.auth.extraCallbackOrigins = ['http://example.com'])],
    ['auth.extraCallbackOrigins.0', (config: Json) => (config.auth.extraCallbackOrigins = ['https://a.example/x'])],
    ['seller.country', (config: Json) => (config.seller.country = 'de')],
    ['domain.certificateArn', (config: Json) => (config.domain = { name: 'a.example.com', certificateArn: 'x' })],
    ['removalPolicy', (config: Json) => (config.removalPolicy = 'snapshot')],
    ['env.account', (config: Json) => (config.env = { account: '12', region: 'eu-central-1' })],
    ['stripeSecretName', (config: Json) => delete config.stripeSecretName],
    ['logz', (config: Json) => (config.logz = {})],
  ])('refuses a wrong %s, naming the file and the field', (field, change) => {
    const message = refusal(change);
    expect(message).toContain('infra/stages/broken.json is not a valid stage configuration');
    expect(message).toContain(field);
  });

  it('refuses an unknown stage naming its file, a name that is no stage name, and a file of another stage', () => {
    expect(() => loadStageConfig('qa')).toThrow(/Stage "qa": cannot read .*infra\/stages\/qa\.json/);
    expect(() => loadStageConfig('../etc')).toThrow(/is not a stage name/);
    expect(() => parseStageConfig(dev, stageConfigPath('prod'), 'prod')).toThrow(/says stage "dev".*stage "prod"/);
  });
});

describe('every stage from the same code', () => {
  it('passes cdk-nag in every stage (the synth above would have thrown)', () => {
    for (const name of STAGE_NAMES)
      expect(Object.keys(SYNTHESIZED[name].templates.stateless.Resources).length).toBeGreaterThan(50);
  });

  it('gives staging and prod templates that differ only where their configurations differ', () => {
    const { staging, prod } = SYNTHESIZED;
    expect(differingPaths(staging.config, prod.config)).toEqual(
      expect.arrayContaining(['stage', 'env.account', 'domain.name', 'logs.functionRetentionDays']),
    );
    expect(unexplained(staging.config, staging.templates, prod.config, prod.templates)).toEqual([]);
  });

  // With the one above: dev ~ staging' ~ staging ~ prod, where staging' is staging with dev's nulls and lists
  // (environment, domain, domain prefix, callback origins), which the assertions below check one by one.
  it('gives dev and staging (aligned to dev where a value is null or a list longer) templates that differ only where their configurations differ', () => {
    const dev = SYNTHESIZED.dev;
    const aligned: StageConfig = alignShape(CONFIGS.staging, dev.config);
    expect(differingPaths(dev.config, aligned)).toEqual(
      expect.arrayContaining(['stage', 'removalPolicy', 'logs.functionRetentionDays', 'stripeSecretName']),
    );
    const { templates } = synthesize(aligned);
    expect(unexplained(dev.config, dev.templates, aligned, templates)).toEqual([]);
  }, 120_000);

  it('finds a difference the configurations do not explain (the comparison is not blind)', () => {
    const { staging, prod } = SYNTHESIZED;
    const tampered = structuredClone(prod.templates);
    resourcesOf(tampered.stateless, 'AWS::Lambda::Function')[0]![1].Properties.MemorySize = 1024;
    expect(unexplained(staging.config, staging.templates, prod.config, tampered)).toHaveLength(1);
  });

  it('names its stacks after the stage, and branches nowhere on a stage name', () => {
    for (const name of STAGE_NAMES) {
      const { stateful, stateless, edge } = SYNTHESIZED[name];
      expect([stateful.stackName, stateless.stackName, edge.stackName]).toEqual([
        `${name}-Opsdesk-Stateful`,
        `${name}-Opsdesk-Stateless`,
        `${name}-Opsdesk-Edge`,
      ]);
    }
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? sources(join(dir, entry.name))
          : entry.name.endsWith('.ts')
            ? [join(dir, entry.name)]
            : [],
      );
    // The pipeline chooses which stages it deploys by name; nothing that builds a stage does.
    const building = sources(join(PROJECT_ROOT, 'infra')).filter(
      (file) => !file.includes(`${join('infra', 'pipeline')}`) && !file.endsWith('stage-config.ts'),
    );
    for (const file of building)
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/['"`](dev|staging|prod)['"`]|\.stage\s*[!=]==/);
  });
});

describe('each configuration value lands where it should', () => {
  it.each(STAGE_NAMES)('%s: environment (the edge stack in us-east-1 when the region is known)', (name) => {
    const { config, stateful, stateless, edge } = SYNTHESIZED[name];
    if (config.env) {
      expect([stateful.account, stateful.region]).toEqual([config.env.account, config.env.region]);
      expect([stateless.account, stateless.region]).toEqual([config.env.account, config.env.region]);
      expect([edge.account, edge.region]).toEqual([config.env.account, 'us-east-1']);
    } else {
      // Environment-agnostic: `cdk deploy` fills in the account and region of its credentials.
      for (const stack of [stateful, stateless, edge]) expect(Token.isUnresolved(stack.region)).toBe(true);
      expect(JSON.stringify(SYNTHESIZED[name].templates)).toContain('"Ref":"AWS::AccountId"');
    }
  });

  it.each(STAGE_NAMES)(
    '%s: every function traced, with STAGE, the metrics namespace, SELLER and its log retention',
    (name) => {
      const { config, templates, stage } = SYNTHESIZED[name];
      const functions = appFunctions(templates);
      expect(functions).toHaveLength(
        stage.node.findAll().filter((construct) => construct instanceof AppFunction).length,
      );
      for (const { id, fn, template } of functions) {
        expect(fn.Properties.TracingConfig, id).toEqual({ Mode: 'Active' });
        expect(fn.Properties.Environment.Variables, id).toMatchObject({
          STAGE: config.stage,
          POWERTOOLS_METRICS_NAMESPACE: 'Opsdesk',
          SELLER: JSON.stringify(config.seller),
        });
        const logGroup = template.Resources[fn.Properties.LoggingConfig.LogGroup.Ref];
        expect(logGroup.Properties.RetentionInDays, id).toBe(config.logs.functionRetentionDays);
      }
    },
  );

  it.each(STAGE_NAMES)('%s: nothing but X-Ray is granted on * to a function role', (name) => {
    const { templates } = SYNTHESIZED[name];
    for (const { fn, template } of appFunctions(templates)) {
      const role = fn.Properties.Role['Fn::GetAtt'][0];
      const policies = resourcesOf(template, 'AWS::IAM::Policy').filter(([, policy]) =>
        policy.Properties.Roles.some((reference: Json) => reference.Ref === role),
      );
      const onEverything = policies.flatMap(([, policy]) =>
        policy.Properties.PolicyDocument.Statement.filter((statement: Json) => statement.Resource === '*'),
      );
      expect(onEverything).toHaveLength(1);
      expect(onEverything[0].Action.sort()).toEqual(['xray:PutTelemetryRecords', 'xray:PutTraceSegments']);
    }
  });

  it.each(STAGE_NAMES)('%s: the API access log retention and every throttle', (name) => {
    const { config, templates } = SYNTHESIZED[name];
    const [, apiStage] = resourcesOf(templates.stateless, 'AWS::ApiGatewayV2::Stage')[0]!;
    const accessLogs =
      templates.stateless.Resources[apiStage.Properties.AccessLogSettings.DestinationArn['Fn::GetAtt'][0]];
    expect(accessLogs.Properties.RetentionInDays).toBe(config.logs.accessLogRetentionDays);
    const { throttles } = config;
    expect(apiStage.Properties.DefaultRouteSettings).toMatchObject({
      ThrottlingRateLimit: throttles.apiDefault.rateLimit,
      ThrottlingBurstLimit: throttles.apiDefault.burstLimit,
    });
    const own: Record<string, { rateLimit: number; burstLimit: number }> = {
      signUp: throttles.signUp,
      stripeWebhook: throttles.stripeWebhook,
    };
    for (const [id, definition] of routeEntries().filter(
      ([, route]) => route.access === 'public' && !route.localOnly,
    )) {
      const expected = own[id] ?? throttles.apiPublic;
      expect(apiStage.Properties.RouteSettings[routeKey(definition)], id).toEqual({
        ThrottlingRateLimit: expected.rateLimit,
        ThrottlingBurstLimit: expected.burstLimit,
      });
    }
    const [, acl] = resourcesOf(templates.edge, 'AWS::WAFv2::WebACL')[0]!;
    const limitOf = (rule: string) =>
      acl.Properties.Rules.find((candidate: Json) => candidate.Name === rule).Statement.RateBasedStatement.Limit;
    expect(limitOf('AnonymousRoutesPerIp')).toBe(throttles.wafAnonymousPer5Minutes);
    expect(limitOf('ApiPerIp')).toBe(throttles.wafApiPer5Minutes);
  });

  it.each(STAGE_NAMES)('%s: the domain on CloudFront, the web origin in callbacks, logouts and WEB_URL', (name) => {
    const { config, templates, stateless } = SYNTHESIZED[name];
    const distribution = distributionConfig(templates);
    const [, client] = resourcesOf(templates.stateless, 'AWS::Cognito::UserPoolClient')[0]!;
    const distributionOrigin = {
      'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [expect.stringMatching(/Distribution/), 'DomainName'] }]],
    };
    const origins: unknown[] = [
      config.domain ? `https://${config.domain.name}` : distributionOrigin,
      ...config.auth.extraCallbackOrigins,
    ];
    const withPath = (origin: unknown, path: string) =>
      typeof origin === 'string'
        ? `${origin}${path}`
        : {
            'Fn::Join': [
              '',
              ['https://', { 'Fn::GetAtt': [expect.stringMatching(/Distribution/), 'DomainName'] }, path],
            ],
          };
    expect(client.Properties.CallbackURLs).toEqual(origins.map((origin) => withPath(origin, '/auth/callback')));
    expect(client.Properties.LogoutURLs).toEqual(origins.map((origin) => withPath(origin, '/')));
    for (const { fn } of appFunctions(templates).filter(({ fn }) => fn.Properties.Environment.Variables.WEB_URL))
      expect(fn.Properties.Environment.Variables.WEB_URL).toEqual(origins[0]);
    const acknowledged = (id: string) =>
      stateless.node
        .findAll()
        .some((construct) =>
          construct.node.metadata.some(
            (entry) =>
              entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY &&
              Object.keys(entry.data as object).some((key) => key.endsWith(id)),
          ),
        );
    if (config.domain) {
      expect(distribution.Aliases).toEqual([config.domain.name]);
      expect(distribution.ViewerCertificate).toEqual({
        AcmCertificateArn: config.domain.certificateArn,
        MinimumProtocolVersion: 'TLSv1.2_2021',
        SslSupportMethod: 'sni-only',
      });
      expect(acknowledged('AwsSolutions-CFR4')).toBe(false);
    } else {
      expect(distribution.Aliases).toBeUndefined();
      expect(distribution.ViewerCertificate).toBeUndefined();
      expect(acknowledged('AwsSolutions-CFR4')).toBe(true);
    }
  });

  it.each(STAGE_NAMES)('%s: the removal policy on the data, termination protection, the Stripe secret name', (name) => {
    const { config, templates, stateful, edge, stateless } = SYNTHESIZED[name];
    const [deletionPolicy, protectedFlag, poolProtection] = REMOVAL_RENDERINGS[config.removalPolicy];
    const data = [
      ...resourcesOf(templates.stateful, 'AWS::DynamoDB::Table'),
      ...resourcesOf(templates.stateful, 'AWS::SQS::Queue'),
      ...resourcesOf(templates.stateful, 'AWS::Cognito::UserPool'),
      ...resourcesOf(templates.stateful, 'AWS::SecretsManager::Secret'),
    ];
    expect(data.length).toBeGreaterThan(4);
    for (const [id, resource] of data) {
      expect(resource.DeletionPolicy, id).toBe(deletionPolicy);
      expect(resource.UpdateReplacePolicy, id).toBe(deletionPolicy);
    }
    const [, table] = resourcesOf(templates.stateful, 'AWS::DynamoDB::Table')[0]!;
    expect(table.Properties.DeletionProtectionEnabled).toBe(protectedFlag);
    expect(table.Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    const [, pool] = resourcesOf(templates.stateful, 'AWS::Cognito::UserPool')[0]!;
    expect(pool.Properties.DeletionProtection).toBe(poolProtection);
    expect(stateful.terminationProtection).toBe(config.removalPolicy === 'retain');
    expect(edge.terminationProtection).toBe(config.removalPolicy === 'retain');
    expect(stateless.terminationProtection).toBe(false);
    const [, secret] = resourcesOf(templates.stateful, 'AWS::SecretsManager::Secret')[0]!;
    expect(secret.Properties.Name).toBe(config.stripeSecretName);
  });

  it.each(STAGE_NAMES)('%s: the Cognito domain prefix (the configured one, else stage and account)', (name) => {
    const { config, templates } = SYNTHESIZED[name];
    const [, domain] = resourcesOf(templates.stateful, 'AWS::Cognito::UserPoolDomain')[0]!;
    expect(domain.Properties.Domain).toEqual(
      config.auth.domainPrefix ??
        (config.env
          ? `opsdesk-${config.stage}-${config.env.account}`
          : { 'Fn::Join': ['', [`opsdesk-${config.stage}-`, { Ref: 'AWS::AccountId' }]] }),
    );
  });
});
