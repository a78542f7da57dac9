import { Trans, useLingui } from '@lingui/react/macro';
import { Anchor, Button, Code, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowBackUp, IconPlus, IconSwitchHorizontal } from '@tabler/icons-react';
import { useState } from 'react';
import { DEMO_PROJECT_ID, type Project } from '../../contract';
import { checkProjectId, isHuaweiProjectId } from '../../domain';
import { useProjects } from '../../api/projects/get-projects';
import { useProjectStore } from '../../api/project-store';
import { openProject } from '../../api/project-url';
import { CopyButton } from '../../components/copy-button';
import { ListPage } from '../../components/list-page';
import type { Column } from '../../components/resource-table';
import { WriteButton } from '../../components/write-button';
import { useProjectCreateBlock } from '../../api/write-access';
import { useSwitchBlock } from '../../api/work-in-progress';
import { ProjectFormModal } from '../../components/project-form-modal';

/** Every project of the backend: open, create, rename; and any project by its id. */
export function ProjectCard() {
  const { t } = useLingui();
  const projectId = useProjectStore((s) => s.projectId);
  const projects = useProjects();
  const [creating, create] = useDisclosure();
  const [renaming, setRenaming] = useState<Project | null>(null);
  const createBlock = useProjectCreateBlock();
  const switching = useSwitchBlock();
  const [value, setValue] = useState(projectId);
  const [submitted, setSubmitted] = useState(false);
  const next = value.trim();
  const error = checkProjectId(next)?.message ?? null;
  const columns: Column<Project>[] = [
    {
      key: 'name',
      header: t`Name`,
      wrap: true,
      render: (p) => (
        <>
          <Text size="sm" fw={600}>
            {p.display_name}
            {p.id === projectId && (
              <Text span size="xs" c="dimmed" fw={400}>
                {' '}
                <Trans>(current)</Trans>
              </Text>
            )}
          </Text>
          {p.description && (
            <Text size="xs" c="dimmed">
              {p.description}
            </Text>
          )}
        </>
      ),
    },
    { key: 'region', header: t`Region`, render: (p) => p.region },
    {
      key: 'id',
      header: t`Project ID`,
      render: (p) => {
        const name = p.display_name;
        return (
          <Group gap={4} wrap="nowrap">
            <Code>{p.id}</Code>
            <CopyButton value={p.id} label={t`Copy the ID of ${name}`} />
          </Group>
        );
      },
    },
  ];
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (!error && next !== projectId) openProject(next, '/settings');
  };
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack>
        <Group justify="space-between">
          <Title order={2} fz="h4">
            <Trans>Projects</Trans>
          </Title>
          <WriteButton
            leftSection={<IconPlus size={16} />}
            variant="default"
            onClick={create.open}
            blockedReason={createBlock ?? switching}
          >
            <Trans>Create project</Trans>
          </WriteButton>
        </Group>
        <Text size="sm" c="dimmed">
          <Trans>
            Each project is its own space: VPCs, servers, EIPs, users and the operation log of one project are not seen from another. The
            project is part of every page&apos;s address, so a link opens the same project.
          </Trans>
        </Text>
        <ListPage
          label={t`Projects`}
          columns={columns}
          rows={projects.data}
          rowKey={(p) => p.id}
          rowName={(p) => {
            const name = p.display_name;
            return t`project ${name}`;
          }}
          query={projects}
          bare
          empty={{ title: t`No projects yet`, description: t`A project is listed once something is written to it.` }}
          skeletonRows={2}
          rowActions={(p) => {
            const name = p.display_name;
            return {
              actions: [
                { kind: 'open', label: t`Open`, reads: true, disabledReason: p.id === projectId ? t`${name} is the project open now.` : switching },
                { kind: 'rename', label: t`Rename`, disabledReason: null },
              ],
              onAction: (kind) => (kind === 'open' ? openProject(p.id) : setRenaming(p)),
            };
          }}
        />
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <TextInput
              label={t`Project ID`}
              description={
                next && !error && !isHuaweiProjectId(next)
                  ? t`Not a Huawei project ID (32 hexadecimal characters), but the API accepts it.`
                  : t`Enter any project ID to open it. A new project starts empty and is listed once it holds a resource.`
              }
              value={value}
              onChange={(e) => setValue(e.currentTarget.value)}
              error={submitted || value !== projectId ? error : null}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              maw={480}
              autoComplete="off"
              spellCheck={false}
            />
            <Group>
              <Button type="submit" variant="default" leftSection={<IconSwitchHorizontal size={16} />} disabled={next === projectId}>
                <Trans>Switch project</Trans>
              </Button>
              <Button variant="default" leftSection={<IconArrowBackUp size={16} />} onClick={() => openProject(DEMO_PROJECT_ID, '/settings')} disabled={projectId === DEMO_PROJECT_ID}>
                <Trans>Use demo project</Trans>
              </Button>
              <Anchor size="sm" href="#users">
                <Trans>Users of this project</Trans>
              </Anchor>
            </Group>
          </Stack>
        </form>
      </Stack>
      <ProjectFormModal opened={creating} onClose={create.close} onDone={(p) => openProject(p.id, '/settings')} />
      <ProjectFormModal opened={renaming !== null} onClose={() => setRenaming(null)} project={renaming ?? undefined} onDone={() => {}} />
    </Paper>
  );
}
