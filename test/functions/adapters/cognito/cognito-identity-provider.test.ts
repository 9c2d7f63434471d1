import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
  UserNotFoundException,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { CognitoIdentityProvider } from '../../../../functions/adapters/cognito/cognito-identity-provider.js';

const cognito = mockClient(CognitoIdentityProviderClient);
const provider = new CognitoIdentityProvider(new CognitoIdentityProviderClient({ region: 'eu-central-1' }), 'pool-1');

beforeEach(() => cognito.reset());

describe('CognitoIdentityProvider', () => {
  it('creates the user under the Opsdesk id with the tenant attribute, then puts it in its role group', async () => {
    cognito.on(AdminCreateUserCommand).resolves({});
    cognito.on(AdminAddUserToGroupCommand).resolves({});
    await provider.createUser({
      userId: 'u-1',
      email: 'a@b.example',
      name: 'Ada',
      tenantId: 't-1',
      role: 'customer-admin',
    });

    const [create] = cognito.commandCalls(AdminCreateUserCommand);
    expect(create?.args[0].input).toEqual({
      UserPoolId: 'pool-1',
      Username: 'u-1',
      DesiredDeliveryMediums: ['EMAIL'],
      UserAttributes: [
        { Name: 'email', Value: 'a@b.example' },
        { Name: 'email_verified', Value: 'true' },
        { Name: 'name', Value: 'Ada' },
        { Name: 'custom:tenantId', Value: 't-1' },
      ],
    });
    const [group] = cognito.commandCalls(AdminAddUserToGroupCommand);
    expect(group?.args[0].input).toEqual({ UserPoolId: 'pool-1', Username: 'u-1', GroupName: 'customer-admin' });
  });

  it('gives staff no tenant attribute', async () => {
    cognito.on(AdminCreateUserCommand).resolves({});
    cognito.on(AdminAddUserToGroupCommand).resolves({});
    await provider.createUser({
      userId: 'u-2',
      email: 'o@opsdesk.example',
      name: 'Otto',
      tenantId: null,
      role: 'operator',
    });
    const attributes = cognito.commandCalls(AdminCreateUserCommand)[0]?.args[0].input.UserAttributes ?? [];
    expect(attributes.map((attribute) => attribute.Name)).not.toContain('custom:tenantId');
  });

  it('propagates a failure, so sign-up can undo its table write', async () => {
    cognito.on(AdminCreateUserCommand).rejects(new Error('throttled'));
    await expect(
      provider.createUser({ userId: 'u-3', email: 'x@y.example', name: 'X', tenantId: 't', role: 'customer-admin' }),
    ).rejects.toThrow('throttled');
    expect(cognito.commandCalls(AdminAddUserToGroupCommand)).toHaveLength(0);
  });

  it('changes a role by adding the new group before removing the old one', async () => {
    cognito.on(AdminAddUserToGroupCommand).resolves({});
    cognito.on(AdminRemoveUserFromGroupCommand).resolves({});
    await provider.changeRole({ userId: 'u-5', from: 'customer-admin', to: 'customer-member' });
    const order = cognito.calls().map((call) => call.args[0].constructor.name);
    expect(order).toEqual(['AdminAddUserToGroupCommand', 'AdminRemoveUserFromGroupCommand']);
    expect(cognito.commandCalls(AdminAddUserToGroupCommand)[0]?.args[0].input.GroupName).toBe('customer-member');
    expect(cognito.commandCalls(AdminRemoveUserFromGroupCommand)[0]?.args[0].input.GroupName).toBe('customer-admin');
  });

  it('treats deleting a user that is already gone as done', async () => {
    cognito.on(AdminDeleteUserCommand).rejects(new UserNotFoundException({ message: 'gone', $metadata: {} }));
    await expect(provider.deleteUser('u-4')).resolves.toBeUndefined();
  });

  it('signs a user out everywhere (refresh tokens revoked); a user already gone has no session to end', async () => {
    cognito.on(AdminUserGlobalSignOutCommand).resolves({});
    await provider.signOut('u-6');
    expect(cognito.commandCalls(AdminUserGlobalSignOutCommand)[0]?.args[0].input).toEqual({
      UserPoolId: 'pool-1',
      Username: 'u-6',
    });
    cognito.on(AdminUserGlobalSignOutCommand).rejects(new UserNotFoundException({ message: 'gone', $metadata: {} }));
    await expect(provider.signOut('u-7')).resolves.toBeUndefined();
  });
});
