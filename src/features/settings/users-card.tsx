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

function Secret({ value, label }: { value: string | null; label: string }) {
  const [shown, setShown] = useState(false);
  if (value === null) return <Text size="xs" c="dimmed">Only administrators see it</Text>;
  return (
    <Group gap={4} wrap="nowrap">
      <Code>{shown ? value : `${value.slice(0, 4)}${'•'.repeat(12)}`}</Code>
      <Button size="compact-xs" variant="subtle" onClick={() => setShown(!shown)} aria-label={`${shown ? 'Hide' : 'Show'} ${label}`}>
        {shown ? 'Hide' : 'Show'}
      </Button>
      <CopyButton value={value} label={`Copy ${label}`} />
    </Group>
  );
}

/** The project's users (IAM-like): their role, token and access key pair; create, change role, delete, act as. */
export function UsersCard() {
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
  // The API's own rules, in its words (contract `createUserRequest`).
  const newUser = useSchemaForm(createUserRequest.shape.user, { name: '', role: 'Read-only' as Role });
  const submit = newUser.onSubmit(async (user: CreateUserRequest['user']) => {
    const u = await create.mutateAsync(user);
    notifySuccess('User created', `${u.name} (${u.role}). Its token and AK/SK are in the list below.`);
  }, newUser.reset);
  const isActing = (u: User) => (u.builtin ? !acting : acting?.id === u.id);
  const columns: Column<User>[] = [
    {
      key: 'name',
      header: 'Name',
      render: (u) => (
        <>
          <Text size="sm" fw={600}>
            {u.name}
          </Text>
          {isActing(u) && (
            <Badge size="xs" variant="light" radius="sm" tt="none">
              acting
            </Badge>
          )}
        </>
      ),
    },
    {
      key: 'role',
      header: 'Role',
      render: (u) =>
        u.builtin ? (
          <Text size="sm">Administrator (built in)</Text>
        ) : (
          <Select
            aria-label={`Role of ${u.name}`}
            data={[...ROLES]}
            value={u.role}
            allowDeselect={false}
            disabled={writeBlock !== null || updateRole.isPending}
            onChange={(role) => role && role !== u.role && updateRole.mutate({ id: u.id, role: role as Role }, { onError: (e) => notifyError(`Could not change the role of ${u.name}`, e) })}
            w={130}
            size="xs"
          />
        ),
    },
    {
      key: 'token',
      header: 'Token',
      render: (u) => (u.builtin ? <Text size="xs" c="dimmed">any (authentication open)</Text> : <Secret value={u.token} label={`the token of ${u.name}`} />),
    },
    {
      key: 'keys',
      header: 'Access key pair (AK, SK)',
      wrap: true,
      render: (u) =>
        u.builtin ? (
          '—'
        ) : (
          <Stack gap={2}>
            <Code w="fit-content">{u.access_key}</Code>
            <Secret value={u.secret_key} label={`the secret key of ${u.name}`} />
          </Stack>
        ),
    },
  ];
  return (
    <Paper withBorder radius="md" p="lg" id="users">
      <Stack>
        <Title order={2} fz="h4">
          Users
        </Title>
        <Text size="sm" c="dimmed">
          Users of this project and their role: an Administrator may do everything, a Read-only user may read everything and change nothing
          (the API answers 403). Each user has a token (send it as X-Auth-Token) and an access key pair (sign with it as the Huawei SDK
          does). The built-in admin is whoever calls with any other credential where authentication is open (this browser, the demo);
          on a server started with --token or --ak/--sk, it is that credential.
        </Text>
        <ListPage
          label="Users"
          columns={columns}
          rows={users.data}
          rowKey={(u) => u.id}
          rowName={(u) => u.name}
          query={users}
          bare
          empty={{ title: 'No users', description: 'Create a user below.' }}
          skeletonRows={2}
          rowActions={(u) => {
            const token = u.token ?? known[u.id]?.token ?? null;
            const actAs = isActing(u)
              ? `You act as ${u.name} already.`
              : !u.builtin && token === null
                ? `Only administrators see the token of ${u.name}.`
                : null;
            return {
              actions: [
                { kind: 'act' as const, label: 'Act as', reads: true, disabledReason: actAs },
                ...(u.builtin ? [] : [{ kind: 'delete' as const, label: 'Delete', danger: true, disabledReason: null }]),
              ],
              onAction: (kind) => (kind === 'delete' ? setDeleting(u) : switchTo(u.builtin ? null : { id: u.id, name: u.name, role: u.role, token: token! })),
            };
          }}
        />
        <form onSubmit={submit} noValidate>
          <Group align="flex-start">
            <TextInput label="New user" placeholder="e.g. ops-alice" autoComplete="off" {...newUser.form.getInputProps('name')} w={220} />
            <Select label="Role" data={[...ROLES]} allowDeselect={false} {...newUser.form.getInputProps('role')} w={170} />
            <WriteButton type="submit" mt={25} leftSection={<IconUserPlus size={16} />} loading={newUser.submitting}>
              Create user
            </WriteButton>
          </Group>
        </form>
        <InlineError error={newUser.refusal} title="Could not create the user" />
      </Stack>
      <ConfirmDialog
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={`Delete user ${deleting?.name ?? ''}?`}
        confirmLabel="Delete user"
        onConfirm={async () => {
          if (!deleting) return;
          await remove.mutateAsync(deleting.id).then(
            () => notifySuccess('User deleted', `${deleting.name}'s token and access key no longer work.`),
            (e: unknown) => notifyError(`Could not delete ${deleting.name}`, e),
          );
        }}
      >
        {`Its token and access key stop naming this user at once; its entries in the operation log stay. Where authentication is open (this browser, a server without --token or --ak/--sk), any credential acts as the built-in administrator: roles there keep honest people from mistakes, they do not lock anyone out.`}
      </ConfirmDialog>
    </Paper>
  );
}
