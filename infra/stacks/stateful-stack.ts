import { Duration, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  FeaturePlan,
  LambdaVersion,
  ManagedLoginVersion,
  Mfa,
  ResourceServerScope,
  StringAttribute,
  UserPool,
  type UserPoolDomain,
  UserPoolOperation,
  type UserPoolResourceServer,
} from 'aws-cdk-lib/aws-cognito';
import { AttributeType, BillingMode, type ITable, ProjectionType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { DeduplicationScope, FifoThroughputLimit, Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { QUEUES, TABLE } from '../../shared/contracts/resources.js';
import { ROLE_SCOPE_PREFIX, ROLES, scopeForRole } from '../../shared/contracts/roles.js';
import { AppFunction } from '../constructs/app-function.js';
import type { StageConfig } from '../stage-config.js';

/** The Cognito resource server's identifier: the part of a role scope before the slash (`opsdesk`). */
export const RESOURCE_SERVER_IDENTIFIER = ROLE_SCOPE_PREFIX.replace(/\/$/, '');

/** The custom attribute that ties a customer to their tenant; Cognito names it `custom:tenantId`. */
export const TENANT_ID_ATTRIBUTE = 'tenantId';

/** `removalPolicy` of a stage's configuration as CDK's. */
export const removalPolicyOf = (config: Pick<StageConfig, 'removalPolicy'>): RemovalPolicy =>
  config.removalPolicy === 'retain' ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

export interface StatefulStackProps extends StackProps {
  /** The stage's configuration: removal policy, Stripe secret name, log retention, the auth domain prefix. */
  config: StageConfig;
  /**
   * Prefix of the Cognito managed-login domain (`<prefix>.auth.<region>.amazoncognito.com`) when the
   * configuration names none; prefixes are global across AWS, so the default includes stage and account id.
   */
  authDomainPrefix?: string;
}

/**
 * Everything that holds data or identities and must survive a redeploy of the code: the table, the
 * queues, the user pool. Kept apart so the stateless stack can be destroyed and recreated freely.
 */
export class StatefulStack extends Stack {
  /**
   * The stage's table: the one this stack creates, or — `table.importName` in the configuration — an existing
   * table (restored from PITR) used by name, which nothing in the stage creates or changes.
   */
  readonly table: ITable;
  /** Keyed by the manifest's queue id (`task-dispatch`, …). */
  readonly queues: ReadonlyMap<string, Queue>;
  /** Each queue's dead-letter queue, keyed by the same id (`task-dispatch` → its DLQ). */
  readonly deadLetterQueues: ReadonlyMap<string, Queue>;
  readonly userPool: UserPool;
  readonly resourceServer: UserPoolResourceServer;
  readonly userPoolDomain: UserPoolDomain;
  /**
   * Stripe's keys, `{ "secretKey": "sk_…", "webhookSecret": "whsec_…" }`, set by the operator after
   * the first deploy (`aws secretsmanager put-secret-value`). Empty keys mean ledger billing.
   */
  readonly stripeSecret: Secret;
  /**
   * The key of the one-click acknowledgement links in page e-mails (HMAC-SHA256), generated per stage. Here, not in
   * the stateless stack: links already mailed (valid 24 h) must survive a redeploy of the code.
   */
  readonly ackLinkSecret: Secret;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);
    const { config } = props;
    // `retain` keeps every piece of data when its resource or the stack goes, and protects the table and the
    // pool against deletion; `destroy` (throw-away stages) lets the whole stage be deleted with its stacks.
    const removalPolicy = removalPolicyOf(config);
    const deletionProtection = config.removalPolicy === 'retain';

    const { importName } = config.table;
    this.table =
      importName === null
        ? this.createTable(removalPolicy, deletionProtection)
        : // The index names make Table.grant* cover `…/index/gsi1` too (the stack's own grants list them anyway).
          Table.fromTableAttributes(this, 'Table', {
            tableName: importName,
            globalIndexes: TABLE.globalIndexes.map((index) => index.name),
          });
    const queues = this.createQueues(removalPolicy);
    this.queues = queues.queues;
    this.deadLetterQueues = queues.deadLetterQueues;
    this.stripeSecret = new Secret(this, 'StripeSecret', {
      secretName: config.stripeSecretName,
      description:
        'Opsdesk Stripe keys: {"secretKey":"sk_…","webhookSecret":"whsec_…"}; empty secretKey = ledger billing',
      generateSecretString: {
        secretStringTemplate: JSON.stringify({ secretKey: '', webhookSecret: '' }),
        generateStringKey: 'unused',
      },
      removalPolicy,
    });
    Validations.of(this.stripeSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Stripe API keys are rolled in the Stripe dashboard, not by a Secrets Manager rotation Lambda; the operator puts the new value.',
    });

    this.ackLinkSecret = new Secret(this, 'AckLinkSecret', {
      description: 'Opsdesk incident acknowledgement links: the HMAC-SHA256 key (64 random characters)',
      generateSecretString: { passwordLength: 64, excludePunctuation: true, includeSpace: false },
      removalPolicy,
    });
    Validations.of(this.ackLinkSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The ack-link key signs links that live 24 h; a scheduled rotation would only void links in open pages. A suspected leak is answered by putting a new random value (aws secretsmanager put-secret-value), which voids every link at once.',
    });

    // The trigger lives here, not in the stateless stack: the pool references the function, and a
    // stateless function referenced by the stateful pool would make the stacks depend on each other.
    const preTokenGeneration = new AppFunction(this, 'PreTokenGeneration', {
      entry: 'functions/identity/pre-token-generation.ts',
      serviceName: 'opsdesk-identity',
      description: 'Cognito pre-token-generation (V2): role scopes, tenant and email claims in the access token',
      memorySize: 256,
      timeout: Duration.seconds(5),
      stage: config,
    });

    this.userPool = new UserPool(this, 'UserPool', {
      // Sign-up goes through POST /api/signup, which creates the tenant and its first admin together.
      selfSignUpEnabled: false,
      // Username = the Opsdesk user id (AdminCreateUser); people sign in with their e-mail alias.
      signInAliases: { username: true, email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      keepOriginal: { email: true },
      standardAttributes: {
        email: { required: true, mutable: true },
        fullname: { required: false, mutable: true },
      },
      customAttributes: {
        // Immutable: once a user belongs to a tenant, no API call (not even an admin's) can move them.
        [TENANT_ID_ATTRIBUTE]: new StringAttribute({ mutable: false, minLen: 1, maxLen: 64 }),
      },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        passwordHistorySize: 5,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false, email: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // ESSENTIALS is the smallest plan with access-token customisation (the V2 trigger below).
      featurePlan: FeaturePlan.ESSENTIALS,
      deletionProtection,
      removalPolicy,
      userInvitation: {
        emailSubject: 'Your Opsdesk account',
        emailBody:
          'Welcome to Opsdesk. Sign in with your e-mail address and the temporary password {####} (user {username}).',
      },
    });
    this.userPool.addTrigger(
      UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG,
      preTokenGeneration.function,
      LambdaVersion.V2_0,
    );

    ROLES.forEach((role, precedence) => {
      // Precedence follows the order in ROLES: the most privileged role wins where Cognito must pick one.
      this.userPool.addGroup(`Group-${role}`, { groupName: role, precedence, description: `Opsdesk role ${role}` });
    });

    this.resourceServer = this.userPool.addResourceServer('ResourceServer', {
      identifier: RESOURCE_SERVER_IDENTIFIER,
      userPoolResourceServerName: 'Opsdesk API',
      scopes: ROLES.map((role) => {
        const scope = new ResourceServerScope({ scopeName: role, scopeDescription: `Acts as ${role}` });
        // The API authorizer requires scopeForRole(role) of a token; fail the synth if the two ever disagree.
        if (`${RESOURCE_SERVER_IDENTIFIER}/${scope.scopeName}` !== scopeForRole(role)) {
          throw new Error(`Resource server scope for ${role} does not match scopeForRole`);
        }
        return scope;
      }),
    });

    this.userPoolDomain = this.userPool.addDomain('Domain', {
      cognitoDomain: {
        domainPrefix: config.auth.domainPrefix ?? props.authDomainPrefix ?? `opsdesk-${config.stage}-${this.account}`,
      },
      managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });

    Validations.of(this.userPool).acknowledge(
      {
        id: 'AwsSolutions-COG2',
        reason:
          'MFA is optional (TOTP) rather than required: customer members are invited by their admins and enrol a second factor themselves; requiring it is a per-tenant policy still to come.',
      },
      {
        id: 'AwsSolutions-COG8',
        reason:
          'ESSENTIALS, not PLUS: the pre-token-generation V2 trigger needs ESSENTIALS; PLUS threat protection is priced per active user and is a later cost decision. Passwords follow a strong policy with history.',
      },
    );
  }

  private createTable(removalPolicy: RemovalPolicy, deletionProtection: boolean): Table {
    const table = new Table(this, 'Table', {
      partitionKey: { name: TABLE.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      // PITR in every stage: a throw-away stage's restore drill is the same as production's.
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection,
      timeToLiveAttribute: TABLE.timeToLiveAttribute,
      removalPolicy,
    });
    for (const index of TABLE.globalIndexes) {
      table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
        projectionType: ProjectionType.ALL,
      });
    }
    return table;
  }

  private createQueues(removalPolicy: RemovalPolicy): {
    queues: Map<string, Queue>;
    deadLetterQueues: Map<string, Queue>;
  } {
    const queues = new Map<string, Queue>();
    const deadLetterQueues = new Map<string, Queue>();
    for (const definition of QUEUES) {
      // Names are left to CloudFormation (like the table's); functions get URLs via queueUrlEnvName.
      // Retained (the stage's removal policy): a replaced or removed queue keeps its messages (billing outbox:
      // later, never lost).
      const common = {
        removalPolicy,
        encryption: QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
        fifo: definition.fifo ? true : undefined,
      } as const;
      const deadLetterQueue = new Queue(this, `${definition.id}-dlq`, {
        ...common,
        // The maximum, so a failed message can still be inspected and redriven two weeks later.
        retentionPeriod: Duration.days(14),
      });
      const queue = new Queue(this, definition.id, {
        ...common,
        visibilityTimeout: Duration.seconds(definition.visibilityTimeoutSeconds),
        retentionPeriod: Duration.days(definition.retentionDays),
        deadLetterQueue: { queue: deadLetterQueue, maxReceiveCount: definition.maxReceiveCount },
        // FIFO: deduplication ids are explicit (task id), throughput is limited per message group (host).
        ...(definition.fifo
          ? {
              contentBasedDeduplication: false,
              deduplicationScope: DeduplicationScope.MESSAGE_GROUP,
              fifoThroughputLimit: FifoThroughputLimit.PER_MESSAGE_GROUP_ID,
            }
          : {}),
      });
      queues.set(definition.id, queue);
      deadLetterQueues.set(definition.id, deadLetterQueue);
    }
    return { queues, deadLetterQueues };
  }
}
