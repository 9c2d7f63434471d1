import {
  CreateActivationCommand,
  DeregisterManagedInstanceCommand,
  DescribeInstanceInformationCommand,
  GetCommandInvocationCommand,
  SendCommandCommand,
  SSMClient,
} from '@aws-sdk/client-ssm';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { SsmCommandRunner } from '../../../../functions/adapters/ssm/ssm-command-runner.js';
import { SsmHostDirectory } from '../../../../functions/adapters/ssm/ssm-host-directory.js';
import { TenantSsmClients } from '../../../../functions/adapters/ssm/tenant-ssm-clients.js';
import { DomainError } from '../../../../shared/errors.js';

const ssm = mockClient(SSMClient);
const sts = mockClient(STSClient);
const noSleep = { attempts: 4, baseMs: 1, sleep: async () => {} };
const throttled = () => Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });

beforeEach(() => {
  ssm.reset();
  sts.reset();
  sts.on(AssumeRoleCommand).resolves({
    Credentials: {
      AccessKeyId: 'AKIA',
      SecretAccessKey: 'secret',
      SessionToken: 'token',
      Expiration: new Date(Date.now() + 3_600_000),
    },
  });
});

const clients = () => new TenantSsmClients(new STSClient({}), 'arn:aws:iam::123456789012:role/task-runner');

describe('tenant-scoped SSM clients', () => {
  it('assume the task-runner role with the session tag tenantId, once per tenant while valid', async () => {
    const scoped = clients();
    await scoped.forTenant('tenant-a');
    await scoped.forTenant('tenant-a');
    await scoped.forTenant('tenant-b');
    const calls = sts.commandCalls(AssumeRoleCommand).map((call) => call.args[0].input);
    expect(calls).toHaveLength(2);
    expect(calls[0]).toMatchObject({
      RoleArn: 'arn:aws:iam::123456789012:role/task-runner',
      Tags: [{ Key: 'tenantId', Value: 'tenant-a' }],
    });
    expect(calls[1]?.Tags).toEqual([{ Key: 'tenantId', Value: 'tenant-b' }]);
  });
});

describe('SSM command runner', () => {
  const runner = () => {
    const scoped = clients();
    return new SsmCommandRunner((tenantId) => scoped.forTenant(tenantId), {
      outputLogGroupPrefix: '/opsdesk/task-output',
      backoff: noSleep,
    });
  };
  const command = {
    hostId: 'mi-0123456789abcdef0',
    documentName: 'Opsdesk-CertificateCheck',
    parameters: { domain: 'www.example.org', port: '443', dryRun: 'false' },
    timeoutSeconds: 60,
    comment: 'opsdesk task 0mwr-abc',
  };

  it('targets exactly the one host with the document and parameters', async () => {
    ssm.on(SendCommandCommand).resolves({ Command: { CommandId: 'cmd-1' } });
    await expect(runner().send('tenant-a', command)).resolves.toEqual({ commandId: 'cmd-1' });
    const input = ssm.commandCalls(SendCommandCommand)[0]?.args[0].input;
    expect(input).toEqual({
      DocumentName: 'Opsdesk-CertificateCheck',
      InstanceIds: ['mi-0123456789abcdef0'],
      Parameters: { domain: ['www.example.org'], port: ['443'], dryRun: ['false'] },
      TimeoutSeconds: 60,
      Comment: 'opsdesk task 0mwr-abc',
      CloudWatchOutputConfig: {
        CloudWatchOutputEnabled: true,
        CloudWatchLogGroupName: '/opsdesk/task-output/tenant-a',
      },
    });
    expect(input).not.toHaveProperty('Targets');
  });

  it('writes each tenant’s output into that tenant’s own log group', async () => {
    ssm.on(SendCommandCommand).resolves({ Command: { CommandId: 'cmd-1' } });
    const scoped = runner();
    await scoped.send('tenant-a', command);
    await scoped.send('tenant-b', command);
    const groups = ssm
      .commandCalls(SendCommandCommand)
      .map((call) => call.args[0].input.CloudWatchOutputConfig?.CloudWatchLogGroupName);
    expect(groups).toEqual(['/opsdesk/task-output/tenant-a', '/opsdesk/task-output/tenant-b']);
  });

  it('retries throttling with backoff and then succeeds', async () => {
    ssm
      .on(SendCommandCommand)
      .rejectsOnce(throttled())
      .rejectsOnce(throttled())
      .resolves({ Command: { CommandId: 'cmd-2' } });
    await expect(runner().send('tenant-a', command)).resolves.toEqual({ commandId: 'cmd-2' });
    expect(ssm.commandCalls(SendCommandCommand)).toHaveLength(3);
  });

  it('gives up after the last attempt, so the queue retries the message', async () => {
    ssm.on(SendCommandCommand).rejects(throttled());
    await expect(runner().send('tenant-a', command)).rejects.toThrow('Rate exceeded');
    expect(ssm.commandCalls(SendCommandCommand)).toHaveLength(4);
  });

  it('does not retry other errors', async () => {
    ssm.on(SendCommandCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
    await expect(runner().send('tenant-a', command)).rejects.toThrow('denied');
    expect(ssm.commandCalls(SendCommandCommand)).toHaveLength(1);
  });

  it('refines a TimedOut or Failed status by its details, which tell whether the document ran', async () => {
    const ssmRunner = runner();
    const answers: [string, string | undefined, string][] = [
      ['TimedOut', 'Delivery Timed Out', 'DeliveryTimedOut'],
      ['TimedOut', 'ExecutionTimedOut', 'ExecutionTimedOut'],
      ['Failed', 'Undeliverable', 'Undeliverable'],
      ['Failed', 'Failed', 'Failed'],
      ['InProgress', 'InProgress', 'InProgress'],
      ['Success', undefined, 'Success'],
    ];
    for (const [Status, StatusDetails, expected] of answers) {
      ssm.on(GetCommandInvocationCommand).resolves({ Status: Status as 'Failed', StatusDetails });
      expect(await ssmRunner.status('tenant-a', 'cmd-1', 'mi-0123456789abcdef0')).toBe(expected);
    }
  });

  it('throws when SSM no longer knows the invocation (the minute job decides by the deadline)', async () => {
    ssm
      .on(GetCommandInvocationCommand)
      .rejects(Object.assign(new Error('no invocation'), { name: 'InvocationDoesNotExist' }));
    await expect(runner().status('tenant-a', 'cmd-1', 'mi-0123456789abcdef0')).rejects.toMatchObject({
      name: 'InvocationDoesNotExist',
    });
    expect(ssm.commandCalls(GetCommandInvocationCommand)).toHaveLength(1);
  });

  it('reads the output of one invocation', async () => {
    ssm.on(GetCommandInvocationCommand).resolves({ StandardOutputContent: 'days_left=42', StandardErrorContent: '' });
    await expect(runner().output('tenant-a', 'cmd-1', 'mi-0123456789abcdef0')).resolves.toEqual({
      stdout: 'days_left=42',
      stderr: '',
    });
    expect(ssm.commandCalls(GetCommandInvocationCommand)[0]?.args[0].input).toEqual({
      CommandId: 'cmd-1',
      InstanceId: 'mi-0123456789abcdef0',
    });
  });
});

describe('SSM host directory', () => {
  it('turns an SSM failure into 503 DEPENDENCY.UNAVAILABLE, after retrying throttling', async () => {
    ssm.on(DescribeInstanceInformationCommand).rejects(throttled());
    ssm.on(CreateActivationCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
    const scoped = clients();
    const hosts = new SsmHostDirectory((tenantId) => scoped.forTenant(tenantId), {
      managedNodeRoleName: 'opsdesk-managed-node',
      region: 'eu-central-1',
      backoff: noSleep,
    });
    await expect(hosts.describe('tenant-a')).rejects.toMatchObject({ code: 'DEPENDENCY.UNAVAILABLE' });
    expect(ssm.commandCalls(DescribeInstanceInformationCommand)).toHaveLength(4);
    await expect(
      hosts.createActivation({ tenantId: 'tenant-a', name: 'web', expiresAt: new Date(), registrationLimit: 1 }),
    ).rejects.toBeInstanceOf(DomainError);
  });

  const directory = () => {
    const scoped = clients();
    return new SsmHostDirectory((tenantId) => scoped.forTenant(tenantId), {
      managedNodeRoleName: 'opsdesk-managed-node',
      region: 'eu-central-1',
      backoff: noSleep,
    });
  };

  it('creates a tagged hybrid activation with a limit and an expiry', async () => {
    ssm.on(CreateActivationCommand).resolves({ ActivationId: 'act-1', ActivationCode: 'code-1' });
    const expiresAt = new Date('2026-11-23T00:00:00Z');
    await expect(
      directory().createActivation({ tenantId: 'tenant-a', name: 'web-01', expiresAt, registrationLimit: 1 }),
    ).resolves.toEqual({ activationId: 'act-1', activationCode: 'code-1', region: 'eu-central-1' });
    expect(ssm.commandCalls(CreateActivationCommand)[0]?.args[0].input).toMatchObject({
      IamRole: 'opsdesk-managed-node',
      DefaultInstanceName: 'web-01',
      RegistrationLimit: 1,
      ExpirationDate: expiresAt,
      Tags: [{ Key: 'opsdesk:tenantId', Value: 'tenant-a' }],
    });
  });

  it('lists only nodes carrying the tenant tag, following pages', async () => {
    ssm
      .on(DescribeInstanceInformationCommand)
      .resolvesOnce({
        InstanceInformationList: [
          {
            InstanceId: 'mi-0123456789abcdef0',
            Name: 'web-01',
            PlatformName: 'Ubuntu',
            PlatformVersion: '24.04',
            AgentVersion: '3.3.0',
            PingStatus: 'Online',
            LastPingDateTime: new Date('2026-11-21T10:00:00Z'),
            RegistrationDate: new Date('2026-11-01T10:00:00Z'),
            IPAddress: '10.0.0.5',
            ActivationId: 'act-1',
          },
        ],
        NextToken: 'page-2',
      })
      .resolvesOnce({
        InstanceInformationList: [{ InstanceId: 'mi-0123456789abcdef1', PingStatus: 'ConnectionLost' }],
      });
    const hosts = await directory().describe('tenant-a');
    expect(hosts.map((host) => [host.id, host.pingStatus])).toEqual([
      ['mi-0123456789abcdef0', 'Online'],
      ['mi-0123456789abcdef1', 'ConnectionLost'],
    ]);
    expect(hosts[0]).toMatchObject({
      name: 'web-01',
      platform: 'Ubuntu 24.04',
      lastSeenAt: '2026-11-21T10:00:00.000Z',
      activationId: 'act-1',
    });
    expect(hosts[1]?.activationId).toBeNull();
    const calls = ssm.commandCalls(DescribeInstanceInformationCommand).map((call) => call.args[0].input);
    expect(
      calls.every(
        (input) =>
          JSON.stringify(input.Filters) === JSON.stringify([{ Key: 'tag:opsdesk:tenantId', Values: ['tenant-a'] }]),
      ),
    ).toBe(true);
    expect(calls[1]?.NextToken).toBe('page-2');
  });

  it('deregisters only a node of the tenant (one SSM no longer lists is gone already)', async () => {
    ssm
      .on(DescribeInstanceInformationCommand)
      .resolves({ InstanceInformationList: [{ InstanceId: 'mi-0123456789abcdef0' }] });
    ssm.on(DeregisterManagedInstanceCommand).resolves({});
    await directory().deregister('tenant-a', 'mi-0123456789abcdef0');
    await directory().deregister('tenant-a', 'mi-00000000000000bad');
    expect(ssm.commandCalls(DeregisterManagedInstanceCommand).map((call) => call.args[0].input)).toEqual([
      { InstanceId: 'mi-0123456789abcdef0' },
    ]);
  });
});
