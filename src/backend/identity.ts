import type { Role } from '../contract';
import { accessKeyOf, checkAuth, type AuthPolicy } from './auth';
import { ApiError, backendCodes } from './errors';
import type { ApiRequest } from './handler';
import type { UserRecord } from './store';

/** Who a request acts as: a user of its project, or the built-in administrator. */
export interface Caller {
  id: string;
  name: string;
  role: Role;
  builtin: boolean;
  /** The project the user belongs to; undefined for the built-in administrator (every project). */
  project?: string;
}

/**
 * The built-in administrator: any credential where authentication is open (local use, the in-browser
 * backend, the demo), the server's own `--token` / `--ak` where it is on.
 */
export const BUILTIN_ADMIN: Caller = { id: 'admin', name: 'admin', role: 'Administrator', builtin: true };

/** The token, or the access key an AK/SK signature names, a request carries (nothing checked yet). */
export function credentialOf(req: ApiRequest): { token: string } | { accessKey: string } | null {
  const token = req.headers['x-auth-token']?.trim();
  if (token) return { token };
  const accessKey = accessKeyOf(req.headers['authorization']);
  return accessKey ? { accessKey } : null;
}

/** Finds the user a credential belongs to, in any project. */
export type UserFinder = (credential: { token: string } | { accessKey: string }) => Promise<UserRecord | undefined>;

/**
 * Maps a request's credential to its caller. A credential of a user (its token, or a signature made
 * with its access key pair, checked as the server's own is) acts as that user, in that user's project
 * only (`project` set: another project answers 403). Any other credential is the server's own (checked by
 * `checkAuth`): it acts as the built-in administrator, and where authentication is on, a credential that is
 * neither answers 401.
 */
export async function identify(req: ApiRequest, policy: AuthPolicy | undefined, findUser: UserFinder, project?: string): Promise<Caller> {
  const credential = credentialOf(req);
  const user = credential ? await findUser(credential) : undefined;
  if (!user) {
    await checkAuth(req, policy);
    return BUILTIN_ADMIN;
  }
  // A user's own access key pair checks its signature as the server's pair would (a token is its own proof).
  if ('accessKey' in credential!) await checkAuth(req, { ak: user.access_key, sk: user.secret_key, now: policy?.now });
  if (project !== undefined && user.project_id !== project) {
    throw new ApiError(
      backendCodes.forbidden,
      `User ${user.name} belongs to project ${user.project_id}, not to ${project}: use a credential of a user of ${project}.`,
      403,
    );
  }
  return { id: user.id, name: user.name, role: user.role, builtin: false, project: user.project_id };
}
