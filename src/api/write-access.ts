import { t } from '@lingui/core/macro';
import { useActingAs } from './acting-user';
import { useQuery } from '@tanstack/react-query';
import { getMeQueryOptions } from './users/get-users';

/**
 * Why the console may not write in this project now, or null when it may: the acting user is Read-only
 * (as the backend says; until it answers, as this browser last knew). Every write action shows it.
 */
/**
 * Why the console may not create a project now, or null: only the built-in administrator creates projects
 * (the API answers 403 to a user of a project).
 */
export function useProjectCreateBlock(): string | null {
  const acting = useActingAs();
  if (!acting) return null;
  const name = acting.name;
  return t`Only the built-in administrator creates projects; you act as ${name}.`;
}

export function useWriteBlock(): string | null {
  const acting = useActingAs();
  // The built-in administrator may write: only a user's role is asked of the backend.
  const me = useQuery({ ...getMeQueryOptions(acting?.id ?? null), enabled: acting !== null });
  // The backend's word on this user's role when it has answered for this user, else what this browser knew.
  const user = acting && (me.data?.id === acting.id ? me.data : acting);
  if (!user || user.role !== 'Read-only') return null;
  const name = user.name;
  return t`You act as ${name}, who is Read-only in this project: every change is refused. Switch user in the header, or ask an administrator.`;
}
