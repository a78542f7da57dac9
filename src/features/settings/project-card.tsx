import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconArrowBackUp, IconSwitchHorizontal } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { DEMO_PROJECT_ID } from '../../contract';
import { checkProjectId, isHuaweiProjectId } from '../../domain';
import { useProjectStore } from '../../api/project-store';
import { notifySuccess } from '../../components/notify';

export function ProjectCard() {
  const projectId = useProjectStore((s) => s.projectId);
  const setProjectId = useProjectStore((s) => s.setProjectId);
  const qc = useQueryClient();
  const [value, setValue] = useState(projectId);
  const [submitted, setSubmitted] = useState(false);
  const next = value.trim();
  const error = checkProjectId(next)?.message ?? null;
  const switchTo = (id: string) => {
    if (id === projectId) return;
    void qc.cancelQueries();
    qc.clear();
    setProjectId(id);
    setValue(id);
    setSubmitted(false);
    notifySuccess(
      'Project switched',
      id === DEMO_PROJECT_ID ? 'Back in the demo project.' : `Now working in project ${id}. A project the backend has not seen starts empty.`,
    );
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (!error) switchTo(next);
  };
  return (
    <Paper withBorder radius="md" p="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} fz="h4">
            Project
          </Title>
          <Text size="sm" c="dimmed">
            Every request names a project, and each project is its own space: VPCs, servers and EIPs of one project are not seen from
            another. Switching forgets every cached answer.
          </Text>
          <TextInput
            label="Project ID"
            description={
              next && !error && !isHuaweiProjectId(next)
                ? 'Not a Huawei project ID (32 hexadecimal characters), but the API accepts it.'
                : 'A Huawei project ID is 32 hexadecimal characters.'
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
            <Button type="submit" leftSection={<IconSwitchHorizontal size={16} />} disabled={next === projectId}>
              Switch project
            </Button>
            <Button
              variant="default"
              leftSection={<IconArrowBackUp size={16} />}
              onClick={() => switchTo(DEMO_PROJECT_ID)}
              disabled={projectId === DEMO_PROJECT_ID}
            >
              Use demo project
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
