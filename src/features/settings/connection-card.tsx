import { Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { apiBaseUrl, useConnectionStore } from '../../api/connection';
import { useProjectStore } from '../../api/project-store';
import { useProjects } from '../../api/projects/get-projects';
import { CopyButton } from '../../components/copy-button';
import { DetailCard } from '../../components/detail-card';

export function ConnectionCard() {
  const projectId = useProjectStore((s) => s.projectId);
  const region = useProjects().data?.find((p) => p.id === projectId)?.region ?? '…';
  useConnectionStore((s) => s.backend);
  const base = apiBaseUrl() || `${window.location.origin} (service worker in this browser)`;
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack>
        <Title order={2} fz="h4">
          Connection
        </Title>
        <Text size="sm" c="dimmed">
          The console speaks Huawei Cloud&apos;s REST API. Point the same paths at this base URL from any client.
        </Text>
        <DetailCard
          items={[
            {
              label: 'Project ID',
              value: (
                <Group gap={4}>
                  <Code>{projectId}</Code>
                  <CopyButton value={projectId} label="Copy the project ID" />
                </Group>
              ),
            },
            { label: 'Region', value: region },
            { label: 'API base URL', value: <Code>{base}</Code> },
            { label: 'Example', value: <Code>{`GET /v1/${projectId}/vpcs`}</Code> },
          ]}
        />
      </Stack>
    </Paper>
  );
}
