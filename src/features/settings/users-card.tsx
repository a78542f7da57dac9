import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Badge, Button, Code, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { ROLES, createUserRequest, type CreateUserRequest, type Role, type User } from '../../contract';
import { NO_KNOWN_USERS, useActingAs, useActingUser, useSwitchUser, useUserScope } from '../../api/acting-user';
import { useCreateUser } from '../../api/users/create-user';
import { useDeleteUser } from '../../api/users/delete-user';
import { useUsers } from '../../api/users/get-users';
import { useUpdateUserRole } from '../../api/users/update-user';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ListPage } from '../../components/list-page';
import type { Column } from '../../components/resource-table';
import { CopyButton } from '../../components/copy-button';
import { InlineError } from '../../components/inline-error';
import { notifyError, notifySuccess } from '../../components/notify';
import { useSchemaForm } from '../../components/use-schema-form';
import { WriteButton } from '../../components/write-button';
import { useWriteBlock } from '../../api/write-access';

/** The roles as users read them (the API's values stay `Administrator` / `Read-only`). */
const ROLE_NAMES: Record<Role, MessageDescriptor> = { Administrator: msg`Administrator`, 'Read-only': msg`Read-only` };

/** A user's secret, hidden until shown; `what` names it in the buttons' labels ("the token of alice"). */
function Secret({ value, what }: { value: string | null; what: string }) {
  const { t } = useLingui();
  const [shown, setShown] = useState(false);
  if (value === null)
    return (
      <Text size="xs" c="dimmed">
        <Trans>Only administrators see it</Trans>
      </Text>
    );
  return (
    <Group gap={4} wrap="nowrap">
      <Code>{shown ? value : `${value.slice(0, 4)}${'•'.repeat(12)}`}</Code>
      <Button size="compact-xs" variant="subtle" onClick={() => setShown(!shown)} aria-label={shown ? t`Hide ${what}` : t`Show ${what}`}>
        {shown ? t`Hide` : t`Show`}
      </Button>
      <CopyButton value={value} label={t`Copy ${what}`} />
    </Group>
  );
}

/** The project's users (IAM-like): their role, token and access key pair; create, change role, delete, act as. */
export function UsersCard() {
  const { t } = useLingui();
  const users = useUsers();
  const acting = useActingAs();
  const switchTo = useSwitchUser();
  const scope = useUserScope();
  const known = useActingUser((s) => s.known[scope] ?? NO_KNOWN_USERS);
  const create = useCreateUser();
  const updateRole = useUpdateUserRole();
  const remove = useDeleteUser();
  const writeBlock = useWriteBlock();
  const [deleting, setDeleting] = useState<User | null>(null);
  const deletingName = deleting?.name ?? '';
  // The API's own rules, in its words (contract `createUserRequest`).
  const newUser = useSchemaForm(createUserRequest.shape.user, { name: '', role: 'Read-only' as Role });
  const roleOptions = ROLES.map((role) => ({ value: role, label: t(ROLE_NAMES[role]) }));
  const submit = newUser.onSubmit(async (user: CreateUserRequest['user']) => {
    const u = await create.mutateAsync(user);
    const name = u.name;
    const role = t(ROLE_NAMES[u.role]);
    notifySuccess(t`User created`, t`${name} (${role}). Its token and AK/SK are in the list below.`);
  }, newUser.reset);
  const isActing = (u: User) => (u.builtin ? !acting : acting?.id === u.id);
  const columns: Column<User>[] = [
    {
      key: 'name',
      header: t`Name`,
      render: (u) => (
        <>
          <Text size="sm" fw={600}>
            {u.name}
          </Text>
          {isActing(u) && (
            <Badge size="xs" variant="light" radius="sm" tt="none">
              <Trans>acting</Trans>
            </Badge>
          )}
        </>
      ),
    },
    {
      key: 'role',
      header: t`Role`,
      render: (u) => {
        const name = u.name;
        return u.builtin ? (
          <Text size="sm">
            <Trans>Administrator (built-in)</Trans>
          </Text>
        ) : (
          <Select
            aria-label={t`Role of ${name}`}
            data={roleOptions}
            value={u.role}
            allowDeselect={false}
            disabled={writeBlock !== null || updateRole.isPending}
            onChange={(role) => role && role !== u.role && updateRole.mutate({ id: u.id, role: role as Role }, { onError: (e) => notifyError(t`Could not change the role of ${name}`, e) })}
            w={130}
            size="xs"
          />
        );
      },
    },
    {
      key: 'token',
      header: t`Token`,
      render: (u) => {
        const name = u.name;
        return u.builtin ? (
          <Text size="xs" c="dimmed">
            <Trans>Any token (authentication is off)</Trans>
          </Text>
        ) : (
          <Secret value={u.token} what={t`the token of ${name}`} />
        );
      },
    },
    {
      key: 'keys',
      header: t`Access key pair (AK, SK)`,
      wrap: true,
      render: (u) => {
        const name = u.name;
        return u.builtin ? (
          '—'
        ) : (
          <Stack gap={2}>
            <Code w="fit-content">{u.access_key}</Code>
            <Secret value={u.secret_key} what={t`the secret key of ${name}`} />
          </Stack>
        );
      },
    },
  ];
  return (
    <Paper withBorder radius="md" p="lg" id="users">
      <Stack>
        <Title order={2} fz="h4">
          <Trans>Users</Trans>
        </Title>
        <Text size="sm" c="dimmed">
          <Trans>
            Users of this project and their roles: an Administrator can do everything; a Read-only user can read everything and change
            nothing (the API answers 403). Each user has a token (sent as X-Auth-Token) and an access key pair (to sign requests as the
            Huawei SDK does). When authentication is off (this browser, the demo), a call with any other credential acts as the built-in
            admin; on a server started with --token or --ak/--sk, the built-in admin is the caller with that credential.
          </Trans>
        </Text>
        <ListPage
          label={t`Users`}
          columns={columns}
          rows={users.data}
          rowKey={(u) => u.id}
          rowName={(u) => u.name}
          query={users}
          bare
          empty={{ title: t`No users`, description: t`Create a user below.` }}
          skeletonRows={2}
          rowActions={(u) => {
            const token = u.token ?? known[u.id]?.token ?? null;
            const name = u.name;
            const actAs = isActing(u) ? t`You act as ${name} already.` : !u.builtin && token === null ? t`Only administrators see the token of ${name}.` : null;
            return {
              actions: [
                { kind: 'act' as const, label: t({ context: 'user row', message: 'Act as' }), reads: true, disabledReason: actAs },
                ...(u.builtin ? [] : [{ kind: 'delete' as const, label: t`Delete`, danger: true, disabledReason: null }]),
              ],
              onAction: (kind) => (kind === 'delete' ? setDeleting(u) : switchTo(u.builtin ? null : { id: u.id, name: u.name, role: u.role, token: token! })),
            };
          }}
        />
        <form onSubmit={submit} noValidate>
          <Group align="flex-start">
            <TextInput label={t`New user`} placeholder={t`e.g. ops-alice`} autoComplete="off" {...newUser.form.getInputProps('name')} w={220} />
            <Select label={t`Role`} data={roleOptions} allowDeselect={false} {...newUser.form.getInputProps('role')} w={170} />
            <WriteButton type="submit" mt={25} leftSection={<IconUserPlus size={16} />} loading={newUser.submitting}>
              <Trans>Create user</Trans>
            </WriteButton>
          </Group>
        </form>
        <InlineError error={newUser.refusal} title={t`Could not create the user`} />
      </Stack>
      <ConfirmDialog
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t`Delete user ${deletingName}?`}
        confirmLabel={t`Delete user`}
        onConfirm={async () => {
          if (!deleting) return;
          const name = deleting.name;
          await remove.mutateAsync(deleting.id).then(
            () => notifySuccess(t`User deleted`, t`${name}'s token and access key no longer work.`),
            (e: unknown) => notifyError(t`Could not delete ${name}`, e),
          );
        }}
      >
        {t`Its token and access key stop naming this user at once; its entries in the operation log stay. Where authentication is open (this browser, a server without --token or --ak/--sk), any credential acts as the built-in administrator: roles there keep honest people from mistakes, they do not lock anyone out.`}
      </ConfirmDialog>
    </Paper>
  );
}
