import type { IdentityProvider } from '../../../shared/tenancy/ports.js';

/**
 * The local stack's dev identity provider signs users in straight from the table (the e-mail
 * guard item names the user; the user item holds tenant and roles), so creating or deleting a user
 * in the identity provider has nothing more to store. It issues no refresh tokens either (a dev token is
 * signed anew at each sign-in), so signing a user out has nothing to revoke: what the old token may still
 * do is decided per request from the table (resolve-caller.ts), as in AWS.
 */
export class LocalIdentityProvider implements IdentityProvider {
  async createUser(): Promise<void> {}
  async changeRole(): Promise<void> {}
  async deleteUser(): Promise<void> {}
  async signOut(): Promise<void> {}
}
