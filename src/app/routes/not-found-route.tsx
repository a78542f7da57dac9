import { PageHeader } from '../../components/page-header';
import { NotFound } from '../../components/not-found';

export function NotFoundRoute() {
  return (
    <>
      <PageHeader crumbs={[{ label: 'Console', to: '/vpcs' }, { label: 'Not found' }]} title="Page not found" />
      <NotFound what="This page" backTo="/vpcs" backLabel="Go to VPCs" />
    </>
  );
}
