import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import type { CustomerRole, User } from '../../../shared/tenancy/model.js';
import { useAuth } from '../auth/auth-context.js';
import { ConfirmButton } from '../components/confirm-button.js';
import { DataTable, RowError } from '../components/data-table.js';
import { LoadMore } from '../components/load-more.js';
import { SelectField } from '../components/select-field.js';
import { EmptyState, ErrorAlert, Loading, Notice } from '../components/status.js';
import { TextField } from '../components/text-field.js';
import { api, type InviteUserRequest, isApiError, NetworkError, newIdempotencyKey } from '../lib/api.js';
import { fieldMessage } from '../lib/format.js';
import { navigate } from '../lib/router.js';
import { signOut } from '../lib/session.js';
import { type PagedList, usePagedList } from '../lib/use-paged-list.js';

/** The two customer roles as the people who hold them call them. */
const CUSTOMER_ROLE_LABELS: Record<CustomerRole, string> = {
  'customer-member': 'Member',
  'customer-admin': 'Admin',
};
/** "… is now a member", "… invited as an admin". */
const CUSTOMER_ROLE_NOUNS: Record<CustomerRole, string> = {
  'customer-member': 'a member',
  'customer-admin': 'an admin',
};
const CUSTOMER_ROLE_OPTIONS = ['customer-member', 'customer-admin'] as const satisfies readonly CustomerRole[];
const isCustomerRole = (value: string): value is CustomerRole =>
  (CUSTOMER_ROLE_OPTIONS as readonly string[]).includes(value);

const customerRole = (user: User): CustomerRole =>
  user.roles.includes('customer-admin') ? 'customer-admin' : 'customer-member';

const loadUsers = (cursor: string | undefined, signal: AbortSignal) => api.listUsers({ cursor }, signal);

export function UsersPage() {
  const auth = useAuth();
  const users = usePagedList(loadUsers);
  const [notice, setNotice] = useState<string | null>(null);
  // The route table only renders this page for signed-in customer-admins.
  if (auth.status !== 'signed-in') return null;
  const organisation = auth.me.tenant?.name ?? 'your organisation';

  return (
    <>
      <h1>Users</h1>
      <p className="lead">
        Everyone who can sign in to Opsdesk for {organisation}. Admins choose the plan, manage payment and invite
        colleagues; members book hours and request tasks.
      </p>

      <section className="section" aria-labelledby="people-heading">
        <h2 id="people-heading" tabIndex={-1}>
          People
        </h2>
        {notice && <Notice>{notice}</Notice>}
        {users.status === 'loading' && <Loading>Loading users…</Loading>}
        {users.status === 'error' && (
          <ErrorAlert error={users.error} title="Could not load the users" onRetry={users.reload} />
        )}
        {users.status === 'ready' && <UserTable users={users} meId={auth.me.user.id} onNotice={setNotice} />}
      </section>

      <section className="section card" aria-labelledby="invite-heading">
        <h2 id="invite-heading">Invite a colleague</h2>
        <p className="muted">
          They receive an e-mail with how to sign in. You can change their role or remove them at any time. An address
          that already has an Opsdesk account with another organisation cannot join yours.
        </p>
        <InviteForm onInvited={() => users.reload()} />
      </section>
    </>
  );
}

type RowState =
  | { kind: 'idle' }
  | { kind: 'saving'; role: CustomerRole }
  | { kind: 'failed'; action: 'role' | 'remove'; error: unknown };

function UserTable({
  users,
  meId,
  onNotice,
}: {
  users: Extract<PagedList<User>, { status: 'ready' }>;
  meId: string;
  onNotice: (message: string | null) => void;
}) {
  const [rows, setRows] = useState<Record<string, RowState>>({});
  const setRow = (userId: string, state: RowState) => setRows((current) => ({ ...current, [userId]: state }));

  async function changeRole(user: User, role: CustomerRole) {
    if (rows[user.id]?.kind === 'saving' || role === customerRole(user)) return;
    setRow(user.id, { kind: 'saving', role });
    onNotice(null);
    try {
      const changed = await api.changeUserRole(user.id, role);
      if (user.id === meId && role !== 'customer-admin') {
        // The session still carries the admin role; signing in again gives one that matches.
        signOut('You are now a member of your organisation. Please sign in again.');
        navigate('/login');
        return;
      }
      users.update((items) => items.map((item) => (item.id === changed.id ? changed : item)));
      setRow(user.id, { kind: 'idle' });
      onNotice(`${changed.name} (${changed.email}) is now ${CUSTOMER_ROLE_NOUNS[role]}.`);
    } catch (error) {
      setRow(user.id, { kind: 'failed', action: 'role', error });
    }
  }

  async function remove(user: User) {
    onNotice(null);
    setRow(user.id, { kind: 'idle' });
    try {
      await api.removeUser(user.id);
    } catch (error) {
      setRow(user.id, { kind: 'failed', action: 'remove', error });
      return;
    }
    if (user.id === meId) {
      signOut('You have removed yourself from your organisation.');
      navigate('/login');
      return;
    }
    users.update((items) => items.filter((item) => item.id !== user.id));
    onNotice(`${user.name} (${user.email}) was removed and can no longer sign in.`);
    document.getElementById('people-heading')?.focus();
  }

  if (users.items.length === 0) {
    return <EmptyState>No users yet. Invite a colleague below.</EmptyState>;
  }

  return (
    <>
      <DataTable columns={['Name', 'E-mail', 'Role']} actions>
        {users.items.map((user) => {
          const row = rows[user.id] ?? { kind: 'idle' };
          const role = row.kind === 'saving' ? row.role : customerRole(user);
          const isMe = user.id === meId;
          return (
            <UserRow
              key={user.id}
              user={user}
              isMe={isMe}
              role={role}
              row={row}
              onRole={(next) => void changeRole(user, next)}
              onRemove={() => remove(user)}
              onDismiss={() => setRow(user.id, { kind: 'idle' })}
            />
          );
        })}
      </DataTable>
      <LoadMore list={users} />
    </>
  );
}

function UserRow({
  user,
  isMe,
  role,
  row,
  onRole,
  onRemove,
  onDismiss,
}: {
  user: User;
  isMe: boolean;
  role: CustomerRole;
  row: RowState;
  onRole: (role: CustomerRole) => void;
  onRemove: () => Promise<void>;
  onDismiss: () => void;
}) {
  return (
    <>
      <tr aria-busy={row.kind === 'saving' || undefined}>
        <td>
          {user.name}
          {isMe && <span className="muted"> (you)</span>}
        </td>
        <td className="cell-break">{user.email}</td>
        <td>
          <select
            className="select-inline"
            aria-label={`Role of ${user.email}`}
            value={role}
            onChange={(event) => {
              const next = event.currentTarget.value;
              if (isCustomerRole(next)) onRole(next);
            }}
          >
            {CUSTOMER_ROLE_OPTIONS.map((option) => (
              <option key={option} value={option}>
                {CUSTOMER_ROLE_LABELS[option]}
              </option>
            ))}
          </select>
          {row.kind === 'saving' && <Loading>Saving…</Loading>}
        </td>
        <td className="cell-actions">
          <ConfirmButton
            className="button button-secondary button-small"
            question={
              isMe
                ? 'Remove yourself from the organisation? You will be signed out.'
                : `Remove ${user.name} (${user.email})? They can no longer sign in.`
            }
            confirmLabel="Yes, remove"
            busyLabel="Removing…"
            onConfirm={onRemove}
          >
            Remove<span className="visually-hidden"> {user.email}</span>
          </ConfirmButton>
        </td>
      </tr>
      {row.kind === 'failed' && (
        <RowError
          colSpan={4}
          error={row.error}
          title={
            row.action === 'role' ? `Could not change the role of ${user.email}` : `Could not remove ${user.email}`
          }
          onDismiss={onDismiss}
        />
      )}
    </>
  );
}

type InviteField = 'email' | 'name' | 'role';
type InviteValues = { email: string; name: string; role: CustomerRole };
const INVITE_FIELDS: readonly InviteField[] = ['email', 'name', 'role'];
const isInviteField = (value: unknown): value is InviteField => (INVITE_FIELDS as readonly unknown[]).includes(value);

/** The server's own schema, loaded with zod in the chunk the sign-up form uses too; the server's 422 says the same. */
const loadInviteSchema = () =>
  import('../../../shared/tenancy/model.js').then((module) => module.InviteUserRequestSchema);

type InviteOutcome =
  | { kind: 'editing' }
  | { kind: 'submitting' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'invited'; email: string; role: CustomerRole };

const EMPTY_INVITE: InviteValues = { email: '', name: '', role: 'customer-member' };

function InviteForm({ onInvited }: { onInvited: () => void }) {
  const [values, setValues] = useState<InviteValues>(EMPTY_INVITE);
  const [errors, setErrors] = useState<Partial<Record<InviteField, string>>>({});
  const [outcome, setOutcome] = useState<InviteOutcome>({ kind: 'editing' });
  // Kept for a retry of the very same invitation after the connection failed, so it cannot be sent twice.
  const retry = useRef<{ body: string; key: string } | null>(null);

  useEffect(() => {
    loadInviteSchema().catch(() => undefined);
  }, []);

  const update = useCallback(
    (field: InviteField) => (event: { currentTarget: HTMLInputElement | HTMLSelectElement }) => {
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [field]: value }));
      setErrors((current) => ({ ...current, [field]: undefined }));
    },
    [],
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    if (outcome.kind === 'submitting') return;
    setOutcome({ kind: 'submitting' });

    const name = values.name.trim();
    let request: InviteUserRequest = { email: values.email.trim(), role: values.role, ...(name ? { name } : {}) };
    const schema = await loadInviteSchema().catch(() => null);
    if (schema) {
      const parsed = schema.safeParse(request);
      if (!parsed.success) {
        const found: Partial<Record<InviteField, string>> = {};
        for (const issue of parsed.error.issues) {
          const field = issue.path[0];
          if (isInviteField(field)) found[field] ??= fieldMessage(issue.message);
        }
        setErrors(found);
        setOutcome({ kind: 'editing' });
        focusFirstInvalid(form);
        return;
      }
      request = parsed.data;
    }

    setErrors({});
    const body = JSON.stringify(request);
    const key = retry.current?.body === body ? retry.current.key : newIdempotencyKey();
    retry.current = { body, key };
    try {
      // The answer is the same for an address that cannot join (it is not stored): the reloaded list shows who did.
      const invited = await api.inviteUser(request, key);
      retry.current = null;
      onInvited();
      setValues(EMPTY_INVITE);
      setOutcome({ kind: 'invited', email: invited.email, role: request.role });
    } catch (error) {
      if (!(error instanceof NetworkError)) retry.current = null;
      if (isApiError(error, 409)) {
        // Only a member of this organisation is refused so: the address is the admin's own colleague.
        setErrors({ email: error.problem.detail || 'This address is already a member of your organisation.' });
        setOutcome({ kind: 'editing' });
        focusFirstInvalid(form);
        return;
      }
      if (isApiError(error, 422)) {
        const found: Partial<Record<InviteField, string>> = {};
        for (const [field, message] of Object.entries(error.fieldErrors())) {
          if (isInviteField(field)) found[field] = fieldMessage(message);
        }
        setErrors(found);
        setOutcome(Object.keys(found).length > 0 ? { kind: 'editing' } : { kind: 'failed', error });
        focusFirstInvalid(form);
        return;
      }
      setOutcome({ kind: 'failed', error });
    }
  }

  const submitting = outcome.kind === 'submitting';
  return (
    <>
      {outcome.kind === 'invited' && (
        <Notice>
          <p>
            Invitation sent to <strong>{outcome.email}</strong> as {CUSTOMER_ROLE_NOUNS[outcome.role]}. An address that
            already has an Opsdesk account elsewhere cannot join, and is not added to the list.
          </p>
        </Notice>
      )}
      {outcome.kind === 'failed' && <ErrorAlert error={outcome.error} title="The invitation was not sent" />}
      <form className="form form-compact" onSubmit={submit} noValidate aria-busy={submitting}>
        <TextField
          label="E-mail"
          name="email"
          type="email"
          autoComplete="off"
          required
          value={values.email}
          onChange={update('email')}
          error={errors.email}
        />
        <TextField
          label="Name (optional)"
          name="name"
          autoComplete="off"
          hint="Shown to your colleagues and the provider’s staff. Without it, the first part of the e-mail is used."
          value={values.name}
          onChange={update('name')}
          error={errors.name}
        />
        <SelectField label="Role" name="role" value={values.role} onChange={update('role')} error={errors.role}>
          {CUSTOMER_ROLE_OPTIONS.map((option) => (
            <option key={option} value={option}>
              {CUSTOMER_ROLE_LABELS[option]}
            </option>
          ))}
        </SelectField>
        <div className="form-actions">
          <button type="submit" className="button" disabled={submitting}>
            Send invitation
          </button>
          {submitting && <Loading>Sending the invitation…</Loading>}
        </div>
      </form>
    </>
  );
}

function focusFirstInvalid(form: HTMLFormElement): void {
  // After React has rendered the errors.
  requestAnimationFrame(() =>
    form.querySelector<HTMLInputElement | HTMLSelectElement>('[aria-invalid="true"]')?.focus(),
  );
}
