import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/page-header';
import { BackendCard } from '../../features/settings/backend-card';
import { ConnectionCard } from '../../features/settings/connection-card';
import { DemoDataCard } from '../../features/settings/demo-data-card';
import { ProjectCard } from '../../features/settings/project-card';

export function SettingsRoute() {
  return (
    <>
      <PageHeader crumbs={[{ label: 'Console', to: '/vpcs' }, { label: 'Settings' }]} title="Settings" />
      <Stack maw={960}>
        <ProjectCard />
        <BackendCard />
        <ConnectionCard />
        <DemoDataCard />
      </Stack>
    </>
  );
}
