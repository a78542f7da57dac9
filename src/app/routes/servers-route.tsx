import { useLingui } from '@lingui/react/macro';
import { PageHeader } from '../../components/page-header';
import { ServerList } from '../../features/servers/server-list';

export function ServersRoute() {
  const { t } = useLingui();
  return (
    <>
      <PageHeader
        crumbs={[{ label: t`Compute`, to: '/servers' }, { label: t`Servers` }]}
        title={t`Servers`}
        description={t`Elastic Cloud Servers. Each NIC has an address in one subnet; virtual IPs are bound to NICs.`}
      />
      <ServerList />
    </>
  );
}
