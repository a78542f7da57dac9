import { Trans, useLingui } from '@lingui/react/macro';
import { Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { apiBaseUrl, useConnectionStore } from '../../api/connection';
import { useProjectStore } from '../../api/project-store';
import { useProjects } from '../../api/projects/get-projects';
import { CopyButton } from '../../components/copy-button';
import { DetailCard } from '../../components/detail-card';

export function ConnectionCard() {
  const { t } = useLingui();
  const projectId = useProjectStore((s) => s.projectId);
  const region = useProjects().data?.find((p) => p.id === projectId)?.region ?? '…';
  useConnectionStore((s) => s.backend);
  const origin = window.location.origin;
  const base = apiBaseUrl() || t`${origin} (service worker in this browser)`;
  const examplePath = `GET /v1/${projectId}/vpcs`;
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack>
        <Title order={2} fz="h4">
          <Trans>Connection</Trans>
        </Title>
        <Text size="sm" c="dimmed">
          <Trans>The console speaks Huawei Cloud&apos;s REST API. Point the same paths at this base URL from any client.</Trans>
        </Text>
        <DetailCard
          items={[
            {
              label: t`Project ID`,
              value: (
                <Group gap={4}>
                  <Code>{projectId}</Code>
                  <CopyButton value={projectId} label={t`Copy the project ID`} />
                </Group>
              ),
            },
            { label: t`Region`, value: region },
            { label: t`API base URL`, value: <Code>{base}</Code> },
            { label: t`Example`, value: <Code>{examplePath}</Code> },
          ]}
        />
      </Stack>
    </Paper>
  );
}
