import { createUserRequest, updateUserRequest, type CreateUserRequest, type UpdateUserRequest, type User } from '../../contract';
import { ApiError, notFound } from '../errors';
import { BUILTIN_ADMIN, type Caller } from '../identity';
import { nowIso, randomId } from '../ids';
import { route, type Route } from '../router';
import type { Tx, UserRecord } from '../store';
import { noContent, ok } from './common';

const base = '/console/v1/:project/users';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function randomText(length: number, alphabet: string): string {
  return [...crypto.getRandomValues(new Uint8Array(length))].map((b) => alphabet[b % alphabet.length]).join('');
}

/** New credentials: a token, and an access key pair shaped as Huawei's (20-character AK, 40-character SK). */
export function newCredentials(): Pick<UserRecord, 'token' | 'access_key' | 'secret_key'> {
  return {
    token: `vipc-${randomText(40, 'abcdefghijklmnopqrstuvwxyz0123456789')}`,
    access_key: randomText(20, ALPHANUMERIC),
    secret_key: randomText(40, `${ALPHANUMERIC}abcdefghijklmnopqrstuvwxyz`),
  };
}

/** A user as the API shows it: secrets to administrators only. */
export function userView(user: UserRecord, viewer: Caller): User {
  const secrets = viewer.role === 'Administrator';
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    description: user.description,
    created_at: user.created_at,
    token: secrets ? user.token : null,
    access_key: user.access_key,
    secret_key: secrets ? user.secret_key : null,
  };
}

/** The built-in administrator, listed first: it has no credentials of its own. */
const builtinView = (): User => ({
  id: BUILTIN_ADMIN.id,
  name: BUILTIN_ADMIN.name,
  role: BUILTIN_ADMIN.role,
  description: 'Built in: any credential where authentication is open; the server’s own --token or --ak/--sk where it is on.',
  created_at: '',
  token: null,
  access_key: '',
  secret_key: null,
  builtin: true,
});

/**
 * The console's IAM-like users of a project: list, create (the answer carries its token and AK/SK),
 * change the role, delete; and `me`, who the request acts as.
 */
export const userRoutes: Route[] = [
  route({
    method: 'GET',
    pattern: base,
    run: ({ store, project, caller }) =>
      store.read(async (tx) => {
        const users = (await tx.ofProject('users', project)).sort((a, b) => a.name.localeCompare(b.name));
        return ok({ users: [builtinView(), ...users.map((u) => userView(u, caller))] });
      }),
  }),
  route({
    method: 'GET',
    pattern: `${base}/me`,
    run: async ({ store, project, caller }) => {
      if (caller.builtin) return ok({ user: builtinView() });
      const user = await store.read((tx) => tx.getOwned('users', project, caller.id));
      if (!user) throw notFound('Console.0404', `User ${caller.name} no longer exists.`);
      return ok({ user: userView(user, caller) });
    },
  }),
  route<CreateUserRequest>({
    method: 'POST',
    pattern: base,
    schema: createUserRequest,
    run: ({ store, project, caller, body }) =>
      store.write(async (tx) => {
        const { name, role, description = '' } = body.user;
        const users = await tx.ofProject('users', project);
        if (name === BUILTIN_ADMIN.name || users.some((u) => u.name === name)) {
          throw new ApiError('Console.0409', `A user named ${name} already exists in this project; choose another name.`, 409);
        }
        const user: UserRecord = { id: randomId('user'), project_id: project, name, role, description, created_at: nowIso(), ...newCredentials() };
        await tx.put('users', user);
        return ok({ user: userView(user, caller) }, 201);
      }),
  }),
  route<UpdateUserRequest>({
    method: 'PUT',
    pattern: `${base}/:id`,
    schema: updateUserRequest,
    run: ({ store, project, caller, params, body }) =>
      store.write(async (tx) => {
        const user = await mustUser(tx, project, params.id);
        const updated = { ...user, role: body.user.role };
        await tx.put('users', updated);
        return ok({ user: userView(updated, caller) });
      }),
  }),
  route({
    method: 'DELETE',
    pattern: `${base}/:id`,
    run: ({ store, project, params }) =>
      store.write(async (tx) => {
        await mustUser(tx, project, params.id);
        await tx.delete('users', params.id, project);
        return noContent();
      }),
  }),
];

async function mustUser(tx: Tx, project: string, id: string): Promise<UserRecord> {
  if (id === BUILTIN_ADMIN.id) throw new ApiError('Console.0400', 'The built-in administrator cannot be changed or deleted.', 400);
  const user = await tx.getOwned('users', project, id);
  if (!user) throw notFound('Console.0404', `User ${id} does not exist in this project.`);
  return user;
}
