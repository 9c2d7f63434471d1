import type { IdentityProvider } from '../../../shared/tenancy/ports.js';

/**
 * The local stack's dev identity provider signs users in straight from the table (the e-mail
 * guard item names the user; the user item holds tenant and roles), so creating or deleting a user
 * in the identity provider has nothing more to store.
 */
export class LocalIdentityProvider implements IdentityProvider {
  async createUser(): Promise<void> {}
  async changeRole(): Promise<void> {}
  async deleteUser(): Promise<void> {}
}
