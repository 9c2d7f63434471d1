import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminUserGlobalSignOutCommand,
  type CognitoIdentityProviderClient,
  UserNotFoundException,
} from '@aws-sdk/client-cognito-identity-provider';
import type { Role } from '../../../shared/contracts/roles.js';
import type { IdentityProvider } from '../../../shared/tenancy/ports.js';

/**
 * Users live in the Cognito user pool under their Opsdesk id as username (so access tokens carry
 * it in `username`), with the e-mail as sign-in alias, the tenant in the immutable `custom:tenantId`
 * and the role as group membership. Cognito e-mails the temporary password.
 */
export class CognitoIdentityProvider implements IdentityProvider {
  constructor(
    private readonly client: CognitoIdentityProviderClient,
    private readonly userPoolId: string,
  ) {}

  async createUser(input: { userId: string; email: string; name: string; tenantId: string | null; role: Role }) {
    await this.client.send(
      new AdminCreateUserCommand({
        UserPoolId: this.userPoolId,
        Username: input.userId,
        DesiredDeliveryMediums: ['EMAIL'],
        UserAttributes: [
          { Name: 'email', Value: input.email },
          { Name: 'email_verified', Value: 'true' },
          { Name: 'name', Value: input.name },
          ...(input.tenantId ? [{ Name: 'custom:tenantId', Value: input.tenantId }] : []),
        ],
      }),
    );
    await this.client.send(
      new AdminAddUserToGroupCommand({ UserPoolId: this.userPoolId, Username: input.userId, GroupName: input.role }),
    );
  }

  /** Added to the new group first: a failure in between leaves both roles, never none. */
  async changeRole(input: { userId: string; from: Role; to: Role }) {
    await this.client.send(
      new AdminAddUserToGroupCommand({ UserPoolId: this.userPoolId, Username: input.userId, GroupName: input.to }),
    );
    await this.client.send(
      new AdminRemoveUserFromGroupCommand({
        UserPoolId: this.userPoolId,
        Username: input.userId,
        GroupName: input.from,
      }),
    );
  }

  /** Revokes the user's refresh tokens: no new access token without signing in again. A gone user has none. */
  async signOut(userId: string) {
    try {
      await this.client.send(new AdminUserGlobalSignOutCommand({ UserPoolId: this.userPoolId, Username: userId }));
    } catch (error) {
      if (!(error instanceof UserNotFoundException)) throw error;
    }
  }

  async deleteUser(userId: string) {
    try {
      await this.client.send(new AdminDeleteUserCommand({ UserPoolId: this.userPoolId, Username: userId }));
    } catch (error) {
      if (!(error instanceof UserNotFoundException)) throw error;
    }
  }
}
