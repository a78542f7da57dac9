import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { Badge, Button, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCheck, IconChevronDown, IconFolder, IconPencil, IconPlus, IconSettings, IconUser } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { NO_KNOWN_USERS, useActingAs, useActingUser, useSwitchUser, useUserScope } from '../../api/acting-user';
import { useProjects } from '../../api/projects/get-projects';
import { useProjectStore } from '../../api/project-store';
import { openProject } from '../../api/project-url';
import { useUsers } from '../../api/users/get-users';
import { useSwitchBlock } from '../../api/work-in-progress';
import { useProjectCreateBlock, useWriteBlock } from '../../api/write-access';
import { ProjectFormModal } from '../../components/project-form-modal';
import type { Role } from '../../contract';

const ROLE_LABELS: Record<Role, MessageDescriptor> = { Administrator: msg`Administrator`, 'Read-only': msg`Read-only` };

/** The header's project switcher: every project of the backend, create and rename. */
export function ProjectMenu({ fullWidth = false }: { fullWidth?: boolean }) {
  const { t } = useLingui();
  const projectId = useProjectStore((s) => s.projectId);
  const projects = useProjects();
  const current = projects.data?.find((p) => p.id === projectId);
  const [creating, create] = useDisclosure();
  const [renaming, rename] = useDisclosure();
  const switching = useSwitchBlock();
  const writeBlock = useWriteBlock();
  const createBlock = useProjectCreateBlock();
  const projectName = current?.display_name ?? '';
  const region = current?.region ?? '…';
  return (
    <>
      <Menu position="bottom-end" width={340} withinPortal onOpen={() => void projects.refetch()}>
        <Menu.Target>
          <Button variant="default" size="sm" fullWidth={fullWidth} justify={fullWidth ? 'space-between' : undefined} leftSection={<IconFolder size={16} />} rightSection={<IconChevronDown size={14} />} aria-label={t`Project ${projectName} (${projectId}), region ${region}: choose project`}>
            <Group gap={6} wrap="nowrap">
              <Text size="sm" fw={600} maw={160} truncate>
                {current?.display_name ?? projectId.slice(0, 8)}
              </Text>
              <Badge variant="light" color="gray" radius="sm" tt="none" size="sm">
                {current?.region ?? '…'}
              </Badge>
            </Group>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            <Trans>Projects</Trans>
          </Menu.Label>
          {switching && <Menu.Label c="orange">{switching}</Menu.Label>}
          {(projects.data ?? []).map((p) => (
            <Menu.Item key={p.id} disabled={Boolean(switching) && p.id !== projectId} onClick={() => openProject(p.id)} rightSection={p.id === projectId ? <IconCheck size={14} aria-label={t`current`} /> : null}>
              <Text size="sm" fw={600}>
                {p.display_name} <Text span size="xs" c="dimmed">{p.region}</Text>
              </Text>
              <Text size="xs" c="dimmed" ff="monospace">
                {p.id}
              </Text>
            </Menu.Item>
          ))}
          {projects.error && <Menu.Label c="red">
              <Trans>Could not list the projects.</Trans>
            </Menu.Label>}
          <Menu.Divider />
          <Menu.Item leftSection={<IconPlus size={14} />} onClick={create.open} disabled={Boolean(createBlock || switching)}>
            <Trans>Create project…</Trans>
          </Menu.Item>
          <Menu.Item leftSection={<IconPencil size={14} />} onClick={rename.open} disabled={!current || Boolean(writeBlock)}>
            <Trans>Rename this project…</Trans>
          </Menu.Item>
          {(createBlock ?? writeBlock) && (
            <Text size="xs" c="dimmed" px="sm" pb={4}>
              {createBlock ?? writeBlock}
            </Text>
          )}
          <Menu.Item leftSection={<IconSettings size={14} />} component={Link} to="/settings">
            <Trans>Manage projects</Trans>
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ProjectFormModal opened={creating} onClose={create.close} onDone={(p) => openProject(p.id)} />
      {current && <ProjectFormModal opened={renaming} onClose={rename.close} project={current} onDone={() => {}} />}
    </>
  );
}

/** Who the console acts as in this project, and the users it can switch to. */
export function UserMenu() {
  const { t } = useLingui();
  const acting = useActingAs();
  const scope = useUserScope();
  const known = useActingUser((s) => s.known[scope] ?? NO_KNOWN_USERS);
  const switchTo = useSwitchUser();
  const switching = useSwitchBlock();
  const users = useUsers();
  const name = acting?.name ?? 'admin';
  const roleCode: Role = acting?.role ?? 'Administrator';
  const role = t(ROLE_LABELS[roleCode]);
  return (
    <Menu position="bottom-end" width={300} withinPortal onOpen={() => void users.refetch()}>
      <Menu.Target>
        <UnstyledButton aria-label={t`Acting as ${name} (${role}): switch user`} px="xs" py={4} style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
          <Group gap={6} wrap="nowrap">
            <IconUser size={16} />
            <Text size="sm" fw={600}>
              {name}
            </Text>
            <Badge variant="light" color={roleCode === 'Read-only' ? 'orange' : 'blue'} radius="sm" tt="none" size="sm">
              {role}
            </Badge>
            <IconChevronDown size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Trans>Act as</Trans>
        </Menu.Label>
        {switching && <Menu.Label c="orange">{switching}</Menu.Label>}
        {(users.data ?? [{ id: 'admin', name: 'admin', role: 'Administrator' as const, builtin: true }]).map((u) => {
          const token = u.builtin ? null : (known[u.id]?.token ?? u.token);
          const current = u.builtin ? !acting : acting?.id === u.id;
          const usable = u.builtin || token !== null;
          return (
            <Menu.Item
              key={u.id}
              disabled={!usable || Boolean(switching)}
              onClick={() => switchTo(u.builtin ? null : { id: u.id, name: u.name, role: u.role, token: token! })}
              rightSection={current ? <IconCheck size={14} aria-label={t`current`} /> : null}
            >
              <Text size="sm" fw={600}>
                {u.name} <Text span size="xs" c="dimmed">{u.builtin ? t`built-in administrator` : t(ROLE_LABELS[u.role])}</Text>
              </Text>
              {!usable && (
                <Text size="xs" c="dimmed">
                  <Trans>Its token is not known in this browser: list the users once as an administrator.</Trans>
                </Text>
              )}
            </Menu.Item>
          );
        })}
        <Menu.Divider />
        <Menu.Item leftSection={<IconSettings size={14} />} component={Link} to="/settings#users">
          <Trans>Manage users</Trans>
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** In the header, side by side; `stacked` (a phone's navigation drawer), one under the other, full width. */
export default function HeaderMenus({ stacked = false }: { stacked?: boolean }) {
  if (stacked) {
    return (
      <Stack gap={4}>
        <ProjectMenu fullWidth />
        <UserMenu />
      </Stack>
    );
  }
  return (
    <Group gap="xs" wrap="nowrap">
      <ProjectMenu />
      <UserMenu />
    </Group>
  );
}
