import { useLingui } from '@lingui/react/macro';
import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/page-header';
import { BackendCard } from '../../features/settings/backend-card';
import { ConnectionCard } from '../../features/settings/connection-card';
import { DemoDataCard } from '../../features/settings/demo-data-card';
import { ProjectCard } from '../../features/settings/project-card';
import { ProjectFileCard } from '../../features/settings/project-file-card';
import { UsersCard } from '../../features/settings/users-card';

export function SettingsRoute() {
  const { t } = useLingui();
  return (
    <>
      <PageHeader crumbs={[{ label: t`Console`, to: '/vpcs' }, { label: t`Settings` }]} title={t`Settings`} />
      <Stack maw={1100}>
        <ProjectCard />
        <UsersCard />
        <BackendCard />
        <ConnectionCard />
        <ProjectFileCard />
        <DemoDataCard />
      </Stack>
    </>
  );
}
