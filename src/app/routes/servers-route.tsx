import { PageHeader } from '../../components/page-header';
import { ServerList } from '../../features/servers/server-list';

export function ServersRoute() {
  return (
    <>
      <PageHeader
        crumbs={[{ label: 'Compute', to: '/servers' }, { label: 'Servers' }]}
        title="Servers"
        description="Elastic Cloud Servers. Each NIC has an address in one subnet; virtual IPs are bound to NICs."
      />
      <ServerList />
    </>
  );
}
