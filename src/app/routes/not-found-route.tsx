import { useLocation } from 'react-router-dom';
import { NotFound } from '../../components/not-found';
import { PageHeader } from '../../components/page-header';

export function NotFoundRoute() {
  const { pathname } = useLocation();
  return (
    <>
      <PageHeader crumbs={[{ label: 'Console', to: '/vpcs' }, { label: 'Not found' }]} title="Page not found" />
      <NotFound
        what="Page"
        title="No page at this address"
        description={`${pathname} is not a page of the console: the address may be mistyped, or the link out of date. Check it, pick a page in the navigation, or start from the VPCs.`}
        backTo="/vpcs"
        backLabel="Go to VPCs"
      />
    </>
  );
}
